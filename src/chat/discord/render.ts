import { type Action, type Block, plainText, type Reply } from '../message.ts';
import { chunk, clip } from '../text.ts';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#create-message). */
export const LIMITS = {
  contentChars: 2000,
  embedsPerMessage: 10,
  embedTitleChars: 256,
  embedDescriptionChars: 4096,
  embedCharsPerMessage: 6000,
  fieldsPerEmbed: 25,
  fieldNameChars: 256,
  fieldValueChars: 1024,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabelChars: 80,
  customIdChars: 100,
} as const;

/** Button styles of the API (https://discord.com/developers/docs/components/reference#button-button-styles). */
const STYLE = { primary: 1, secondary: 2, danger: 4, link: 5 } as const;

/** The prefix of a button's custom id that runs a `/prep …` line. */
export const COMMAND_PREFIX = 'p:';

export interface DiscordEmbed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
}

export interface DiscordButton {
  type: 2;
  style: number;
  label: string;
  custom_id?: string;
  url?: string;
}

export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

/** One message body as the REST API takes it (files are attached separately). */
export interface DiscordMessage {
  content: string;
  embeds: DiscordEmbed[];
  components: DiscordActionRow[];
  /** Always `{ parse: [] }`: nothing in a message may ping, whoever wrote the text. */
  allowed_mentions: { parse: [] };
}

/**
 * Discord Markdown that would change what text means: emphasis, code, spoilers, masked links,
 * headings/quotes/lists at a line start, and mentions. A backslash makes each literal; `@everyone`
 * and `@here` get a zero-width space so they can never ping, even where a client ignores the escape.
 * https://support.discord.com/hc/en-us/articles/210298617
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\*_~`|[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2')
    .replace(/@(everyone|here)/gi, '@\u200b$1');
}

function line(b: Block): string | undefined {
  switch (b.type) {
    case 'text':
      return escapeMarkdown(b.text);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '•'} ${escapeMarkdown(item).replace(/\n/g, '\n   ')}`).join('\n');
    case 'context':
      // "-#" is Discord's small grey subtext, like Slack's context block.
      return escapeMarkdown(b.text)
        .split('\n')
        .map((l) => `-# ${l}`)
        .join('\n');
    case 'progress': {
      const total = Math.max(1, b.total);
      const filled = Math.round((Math.min(b.done, total) / total) * 10);
      return `\`${'▓'.repeat(filled)}${'░'.repeat(10 - filled)}\` ${escapeMarkdown(clip(b.label, 200))} (${b.done}/${b.total})`;
    }
    default:
      return undefined;
  }
}

const embedSize = (e: DiscordEmbed) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** A button's custom id: the command it runs, or undefined when it would not fit Discord's 100 characters. */
export function customIdOf(a: Action): string | undefined {
  const id = `${COMMAND_PREFIX}${a.command ?? ''}`;
  return id.length <= LIMITS.customIdChars ? id : undefined;
}

function buttonOf(a: Action): DiscordButton | undefined {
  const label = clip(a.label, LIMITS.buttonLabelChars);
  if (a.url) return { type: 2, style: STYLE.link, label, url: a.url };
  const custom_id = customIdOf(a);
  if (!a.command || !custom_id) return undefined;
  return { type: 2, style: a.style ? STYLE[a.style] : STYLE.secondary, label, custom_id };
}

/** Actions → action rows of at most five buttons, at most five rows. */
function rowsOf(actions: Action[]): DiscordActionRow[] {
  const buttons = actions.map(buttonOf).filter((b): b is DiscordButton => b !== undefined);
  const rows: DiscordActionRow[] = [];
  for (let i = 0; i < buttons.length && rows.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow)
    rows.push({ type: 1, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  return rows;
}

/**
 * Reply → one or more Discord messages (pure). Text goes in embeds (4,096 characters a
 * description, 25 fields, 6,000 characters and 10 embeds a message); what does not fit starts
 * another embed or another message. Buttons ride on the last message. A mention the platform
 * chose (never one from text) is shown in the content; `allowed_mentions` keeps it silent too.
 */
export function renderDiscord(r: Reply): DiscordMessage[] {
  const embeds: DiscordEmbed[] = [];
  let current: DiscordEmbed | undefined;
  const open = (): DiscordEmbed => {
    current = {};
    embeds.push(current);
    return current;
  };
  const addText = (t: string) => {
    for (const piece of chunk(t, LIMITS.embedDescriptionChars)) {
      const e = current && !current.fields ? current : open();
      if (e.description && e.description.length + 1 + piece.length > LIMITS.embedDescriptionChars) {
        open().description = piece;
        continue;
      }
      e.description = e.description ? `${e.description}\n${piece}` : piece;
    }
  };
  const actions: Action[] = [];
  for (const b of r.blocks) {
    if (b.type === 'header') {
      open().title = clip(escapeMarkdown(b.text), LIMITS.embedTitleChars);
    } else if (b.type === 'divider') {
      current = undefined;
    } else if (b.type === 'actions') {
      actions.push(...b.actions);
    } else if (b.type === 'fields') {
      for (const f of b.fields) {
        const field = {
          name: clip(escapeMarkdown(f.label), LIMITS.fieldNameChars) || '\u200b',
          value: clip(escapeMarkdown(f.value), LIMITS.fieldValueChars) || '\u200b',
          inline: f.value.length <= 40,
        };
        const fits = (e: DiscordEmbed) =>
          (e.fields?.length ?? 0) < LIMITS.fieldsPerEmbed &&
          embedSize(e) + field.name.length + field.value.length <= LIMITS.embedCharsPerMessage;
        const e = current && fits(current) ? current : open();
        e.fields ??= [];
        e.fields.push(field);
      }
    } else {
      const t = line(b);
      if (t) addText(t);
    }
  }
  const mention = r.mention && /^\d{15,25}$/.test(r.mention) ? `<@${r.mention}>` : '';
  const messages: DiscordMessage[] = [];
  let batch: DiscordEmbed[] = [];
  let size = 0;
  const flush = () => {
    messages.push({ content: '', embeds: batch, components: [], allowed_mentions: { parse: [] } });
    batch = [];
    size = 0;
  };
  for (const e of embeds.filter((x) => x.title || x.description || x.fields?.length)) {
    const n = embedSize(e);
    if (batch.length && (batch.length >= LIMITS.embedsPerMessage || size + n > LIMITS.embedCharsPerMessage)) flush();
    batch.push(e);
    size += n;
  }
  if (batch.length || messages.length === 0) flush();
  messages[0].content = mention;
  const last = messages[messages.length - 1];
  last.components = rowsOf(actions);
  // An empty message is refused by Discord; say something rather than nothing.
  if (!last.content && last.embeds.length === 0) last.content = clip(escapeMarkdown(plainText(r)), LIMITS.contentChars) || '…';
  return messages;
}
