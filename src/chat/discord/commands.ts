import { Difficulty, Track } from '../../core/bank/schema.ts';
import type { Command } from '../command.ts';
import { clip } from '../text.ts';

/**
 * How each command of the registry appears as a `/prep` subcommand: typed options, and how
 * their values are written back into the `/prep …` line the router parses (so a slash command,
 * a button and a typed line meet the same grammar and the same validation).
 */
export interface OptionSpec {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'boolean' | 'user' | 'channel' | 'attachment';
  required?: boolean;
  choices?: readonly string[];
  minValue?: number;
  maxValue?: number;
  maxLength?: number;
  /**
   * word: a positional word (in declaration order) · key: `name=value` · flag: the option's name
   * when true · rest: text after the words, on its own line · file: an uploaded file.
   */
  as: 'word' | 'key' | 'flag' | 'rest' | 'file';
}

export interface SubcommandSpec {
  options: OptionSpec[];
  /** A line of its own when the option grammar is not enough (bank add's Q:/A:). */
  line?: (values: OptionValues) => string;
}

export type OptionValues = Record<string, string | number | boolean | undefined>;

const track: OptionSpec = { name: 'track', description: 'Which track', type: 'string', choices: Track.options, as: 'word' };
const difficulty: OptionSpec = { name: 'difficulty', description: 'How hard', type: 'string', choices: Difficulty.options, as: 'word' };
const documentOptions = (what: string): OptionSpec[] => [
  { name: 'file', description: `${what} as a PDF, DOCX, TXT or MD file (up to 5 MB)`, type: 'attachment', as: 'file' },
  { name: 'text', description: `${what} as text (or leave empty to paste it in a form)`, type: 'string', maxLength: 6000, as: 'rest' },
];

/** Every command of the registry, by name. A test fails when this and the registry disagree. */
export const SUBCOMMANDS: Record<string, SubcommandSpec> = {
  help: { options: [{ name: 'command', description: 'A command to explain', type: 'string', maxLength: 20, as: 'word' }] },
  cv: { options: documentOptions('Your CV') },
  jd: { options: documentOptions('The job description') },
  panel: {
    options: [
      { name: 'add', description: 'Add to the notes instead of replacing them', type: 'boolean', as: 'flag' },
      ...documentOptions('Notes on your interviewers'),
    ],
  },
  report: {
    options: [
      {
        name: 'show',
        description: 'Show a report you already have instead of building one',
        type: 'string',
        choices: ['show', 'md'],
        as: 'word',
      },
      { name: 'id', description: 'Which report (default: your latest)', type: 'integer', minValue: 1, as: 'word' },
      {
        name: 'date',
        description: 'Interview date, YYYY-MM-DD (the 7-day plan ends the day before)',
        type: 'string',
        maxLength: 10,
        as: 'key',
      },
    ],
  },
  practice: { options: [track, difficulty] },
  hint: { options: [] },
  skip: { options: [] },
  mock: {
    options: [
      { name: 'questions', description: 'How many questions (1–8, default 3)', type: 'integer', minValue: 1, maxValue: 8, as: 'word' },
    ],
  },
  stats: { options: [] },
  bank: {
    options: [
      {
        name: 'action',
        description: 'List the questions, or add one',
        type: 'string',
        choices: ['list', 'add'],
        required: true,
        as: 'word',
      },
      { name: 'question', description: 'The question, as you would ask it', type: 'string', maxLength: 1000, as: 'rest' },
      { name: 'reference', description: 'A reference answer of a few sentences', type: 'string', maxLength: 4000, as: 'rest' },
      {
        name: 'file',
        description: 'A YAML or JSON list of {question, reference, category, difficulty, track}',
        type: 'attachment',
        as: 'file',
      },
    ],
    line: (v) => `bank ${v.action ?? 'list'}${v.question ? ` Q: ${v.question}\nA: ${v.reference ?? ''}` : ''}`,
  },
  timezone: {
    options: [
      { name: 'zone', description: 'An IANA time zone such as Europe/Berlin', type: 'string', required: true, maxLength: 64, as: 'word' },
    ],
  },
  drop: {
    options: [
      {
        name: 'action',
        description: 'What to do',
        type: 'string',
        choices: ['setup', 'list', 'pause', 'resume', 'now', 'remove'],
        required: true,
        as: 'word',
      },
      { name: 'channel', description: 'setup: the channel to post in (or which drop)', type: 'channel', as: 'word' },
      { name: 'time', description: 'setup: local time, HH:MM', type: 'string', maxLength: 5, as: 'word' },
      { name: 'timezone', description: 'setup: an IANA time zone such as Europe/Berlin', type: 'string', maxLength: 64, as: 'word' },
      { name: 'id', description: 'pause/resume/now/remove: which drop', type: 'integer', minValue: 1, as: 'word' },
      { ...track, as: 'key' },
      { ...difficulty, as: 'key' },
      { name: 'weekdays', description: 'setup: Monday to Friday only', type: 'boolean', as: 'flag' },
      { name: 'pool', description: 'setup: the bank, or your own questions', type: 'string', choices: ['bank', 'custom'], as: 'key' },
      { name: 'feedback', description: 'setup: feedback in the thread or by DM', type: 'string', choices: ['thread', 'dm'], as: 'key' },
      { name: 'summary', description: 'setup: time of the end-of-day summary, HH:MM', type: 'string', maxLength: 5, as: 'key' },
    ],
  },
  instructor: {
    options: [
      { name: 'action', description: 'Add or remove', type: 'string', choices: ['add', 'remove'], required: true, as: 'word' },
      { name: 'user', description: 'Who', type: 'user', required: true, as: 'word' },
    ],
  },
  cohort: { options: [{ name: 'days', description: 'Over the last 7 or 30 days', type: 'string', choices: ['7', '30'], as: 'word' }] },
  daily: {
    options: [
      { name: 'action', description: 'On or off', type: 'string', choices: ['on', 'off'], required: true, as: 'word' },
      { name: 'time', description: 'on: local time, HH:MM', type: 'string', maxLength: 5, as: 'word' },
    ],
  },
  feedback: {
    options: [
      { name: 'answer', description: 'The answer id (from a Details button)', type: 'integer', required: true, minValue: 1, as: 'word' },
    ],
  },
  usage: { options: [] },
  status: { options: [] },
  privacy: { options: [] },
  forget: { options: [] },
  cancel: { options: [] },
};

/** Discord allows 25 subcommands (and groups) per command. */
export const MAX_SUBCOMMANDS = 25;

/** Application command option types (https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type). */
const OPTION_TYPE = { subcommand: 1, string: 3, integer: 4, boolean: 5, user: 6, channel: 7, attachment: 11 } as const;
/** Text channels only, for a drop (GUILD_TEXT, GUILD_ANNOUNCEMENT). */
const POSTABLE_CHANNELS = [0, 5];

function optionJson(o: OptionSpec) {
  return {
    type: OPTION_TYPE[o.type],
    name: o.name,
    description: clip(o.description, 100),
    ...(o.required ? { required: true } : {}),
    ...(o.choices ? { choices: o.choices.map((c) => ({ name: c, value: c })) } : {}),
    ...(o.minValue !== undefined ? { min_value: o.minValue } : {}),
    ...(o.maxValue !== undefined ? { max_value: o.maxValue } : {}),
    ...(o.maxLength !== undefined ? { max_length: o.maxLength } : {}),
    ...(o.type === 'channel' ? { channel_types: POSTABLE_CHANNELS } : {}),
  };
}

/**
 * The `/prep` application command, from the one registry: a subcommand per command, its
 * description the command's summary. Works in servers and in the bot's DM.
 */
export function prepCommandJson(commands: readonly Command[]) {
  const missing = commands.filter((c) => !SUBCOMMANDS[c.name]).map((c) => c.name);
  if (missing.length) throw new Error(`no Discord options for: ${missing.join(', ')} (add them to src/chat/discord/commands.ts)`);
  if (commands.length > MAX_SUBCOMMANDS)
    throw new Error(`${commands.length} commands > Discord's ${MAX_SUBCOMMANDS} subcommands: group them into subcommand groups`);
  return {
    name: 'prep',
    type: 1,
    description: 'Interview preparation: your CV and a job description in, a report and graded practice out',
    // Guild and bot DM (https://discord.com/developers/docs/interactions/application-commands#interaction-contexts).
    contexts: [0, 1],
    integration_types: [0],
    options: commands.map((c) => {
      const spec = SUBCOMMANDS[c.name];
      // Discord wants required options first.
      const options = [...spec.options].sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)));
      return { type: OPTION_TYPE.subcommand, name: c.name, description: clip(c.summary, 100), options: options.map(optionJson) };
    }),
  };
}

/**
 * A subcommand's option values → the `/prep …` line the router parses. Users and channels
 * become the neutral `@id` and `#id`; files are handed over separately.
 */
export function lineOf(name: string, values: OptionValues): string {
  const spec = SUBCOMMANDS[name];
  if (!spec) return name;
  if (spec.line) return spec.line(values);
  const words: string[] = [name];
  const keys: string[] = [];
  let rest = '';
  for (const o of spec.options) {
    const v = values[o.name];
    if (v === undefined || v === '' || v === false) continue;
    const s = o.type === 'user' ? `@${v}` : o.type === 'channel' ? `#${v}` : String(v).trim();
    if (o.as === 'word') words.push(s);
    else if (o.as === 'key') keys.push(`${o.name}=${s}`);
    else if (o.as === 'flag') words.push(o.name);
    else if (o.as === 'rest') rest = String(v);
  }
  const line = [...words, ...keys].join(' ');
  return rest ? `${line}\n${rest}` : line;
}
