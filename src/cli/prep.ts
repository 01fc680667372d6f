#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { openApp, StartupError } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';

/** One CLI subcommand: what `prep --help` lists and what runs it. */
interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(argv: string[]): Promise<number>;
}

const out = (s: string) => process.stdout.write(`${s}\n`);
const err = (s: string) => process.stderr.write(`${s}\n`);

const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'prep migrate',
  summary: 'Apply pending database migrations (DATABASE_URL, or the embedded database under DATA_DIR)',
  async run(argv) {
    parseArgs({ args: argv, options: {}, allowPositionals: false });
    const cfg = loadConfig(process.env);
    if (!cfg.ok) {
      err(cfg.message);
      return 1;
    }
    const log = createLogger(cfg.config.logLevel ?? 'info');
    try {
      const app = await openApp(cfg.config, log);
      const rows = await app.db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
      out(`Database is up to date: ${rows.map((r) => `${String(r.version).padStart(4, '0')}_${r.name}`).join(', ')}`);
      await app.close();
      return 0;
    } catch (e) {
      if (e instanceof StartupError) {
        err(`Migration failed: ${e.message}`);
        return 1;
      }
      throw e;
    }
  },
};

const FORMATS = ['json', 'md', 'html'] as const;

const reportCommand: CliCommand = {
  name: 'report',
  usage: 'prep report --cv F --jd F [--panel F] [--date YYYY-MM-DD] [--format json|md|html] [--out F] [--offline]',
  summary: 'Build an Interview Intelligence Report from files (no database needed); uses the LLM when OPENAI_* is set, unless --offline',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        cv: { type: 'string' },
        jd: { type: 'string' },
        panel: { type: 'string' },
        date: { type: 'string' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
        offline: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    });
    if (!values.cv || !values.jd) {
      err(`Both --cv and --jd are needed.\nUsage: ${this.usage}`);
      return 2;
    }
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) {
      err(`--format must be one of ${FORMATS.join(', ')}.`);
      return 2;
    }
    // The CLI is a composition root: its clock and zone are the machine's.
    const now = new Date();
    if (values.date !== undefined) {
      const { checkDate } = await import('../core/time.ts');
      const checked = checkDate(values.date, now, Intl.DateTimeFormat().resolvedOptions().timeZone);
      if (!checked.ok) {
        const { errorText } = await import('../chat/errors.ts');
        err(`--date: ${errorText(checked.error, 'cli')}`);
        return 2;
      }
    }
    const { readDocumentFile } = await import('./files.ts');
    const { errorText } = await import('../chat/errors.ts');
    const docs: Record<string, string> = {};
    for (const [kind, path] of [
      ['cv', values.cv],
      ['jd', values.jd],
      ['panel', values.panel],
    ] as const) {
      if (!path) continue;
      const r = await readDocumentFile(path, kind);
      if (!r.ok) {
        err(`${kind}: ${errorText(r.error, 'cli')}`);
        return 1;
      }
      docs[kind] = r.value;
    }
    const { chooseEngine, engineLine } = await import('./llm.ts');
    const engine = await chooseEngine(process.env, values.offline);
    if ('error' in engine) {
      err(engine.error);
      return 1;
    }
    const { buildOfflineReport } = await import('../core/report/build.ts');
    let { report } = buildOfflineReport({ cv: docs.cv, jd: docs.jd, panel: docs.panel, interviewDate: values.date, now });
    if (engine.kind === 'llm') {
      const { writeReportWithLlm } = await import('../llm/report.ts');
      report = (await writeReportWithLlm(engine.engine, report, { cv: docs.cv, jd: docs.jd, panel: docs.panel })).report;
    }
    const fellBack = report.meta.fallbacks.map((f) => f.section);
    err(
      engine.kind === 'llm' && report.meta.engine === 'offline'
        ? `Written by the offline engine: every LLM section fell back (${report.meta.fallbacks[0]?.reason ?? 'unknown reason'}).`
        : engineLine('Written', engine, fellBack),
    );
    const text =
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'html'
          ? (await import('../core/report/render-html.ts')).renderHtml(report)
          : (await import('../core/report/render-md.ts')).renderMarkdown(report);
    if (values.out) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(values.out, text);
      err(`Wrote ${values.out} (fit ${report.fitScore.score}/100, ${report.questions.length} questions).`);
    } else process.stdout.write(text);
    return 0;
  },
};

const bankCommand: CliCommand = {
  name: 'bank',
  usage: 'prep bank list [--track T] [--format json]',
  summary: 'List the question bank, optionally for one track',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { track: { type: 'string' }, format: { type: 'string', default: 'text' } },
      allowPositionals: true,
    });
    if (positionals[0] !== 'list') {
      err(`Usage: ${this.usage}`);
      return 2;
    }
    const { Track } = await import('../core/bank/schema.ts');
    if (values.track && !Track.safeParse(values.track).success) {
      err(`Unknown track "${values.track}". Tracks: ${Track.options.join(', ')}.`);
      return 2;
    }
    const { loadTaxonomy } = await import('../core/skills/taxonomy.ts');
    const { loadBank } = await import('../core/bank/load.ts');
    const bank = loadBank(loadTaxonomy());
    const qs = bank.questions.filter((q) => !values.track || q.tracks.includes(values.track as never));
    if (values.format === 'json') {
      out(
        JSON.stringify(
          qs.map(({ skillIds: _ids, ...q }) => q),
          null,
          2,
        ),
      );
      return 0;
    }
    for (const q of qs) out(`${q.id.padEnd(44)} ${q.category.padEnd(13)} ${q.difficulty.padEnd(6)} ${q.text}`);
    err(`${qs.length} questions${values.track ? ` on the ${values.track} track` : ''}.`);
    return 0;
  },
};

const gradeCommand: CliCommand = {
  name: 'grade',
  usage:
    'prep grade --question ID --answer-file F [--format json] [--offline] | --question-file Q --reference-file R --answer-file F | --batch IN.jsonl [--out OUT.jsonl] [--llm]',
  summary:
    'Grade answers: a bank question, your own question with a reference answer (LLM when OPENAI_* is set, unless --offline), or a JSONL batch (offline unless --llm)',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        question: { type: 'string' },
        'question-file': { type: 'string' },
        'reference-file': { type: 'string' },
        'answer-file': { type: 'string' },
        batch: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'text' },
        offline: { type: 'boolean', default: false },
        llm: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    });
    if (values.offline && values.llm) {
      err('Give --offline or --llm, not both.');
      return 2;
    }
    const { chooseEngine, engineLine } = await import('./llm.ts');
    // A batch may be thousands of rows: it costs model calls only when asked for.
    const engine = await chooseEngine(process.env, values.offline || (Boolean(values.batch) && !values.llm));
    if ('error' in engine) {
      err(engine.error);
      return 1;
    }
    if (values.batch && values.llm && engine.kind === 'offline') {
      err(`--llm needs OPENAI_BASE_URL or OPENAI_API_KEY (${engine.why}).`);
      return 2;
    }
    const grading = await import('./grade.ts');
    const { checkLocalFile } = await import('../core/local-file.ts');
    const { errorText } = await import('../chat/errors.ts');
    if (values.batch) {
      const checked = await checkLocalFile(values.batch, values.batch);
      if (!checked.ok) {
        err(errorText(checked.error, 'cli'));
        return 1;
      }
      return grading.gradeBatch(values.batch, values.out, engine.kind === 'llm' ? engine.engine : undefined, (fellBack) =>
        engineLine('Graded', values.llm ? engine : { kind: 'offline', why: 'batches stay offline unless --llm' }, fellBack),
      );
    }
    const answerFile = values['answer-file'];
    if (!answerFile) {
      err(`--answer-file is needed.\nUsage: ${this.usage}`);
      return 2;
    }
    const { readTextFile } = await import('./files.ts');
    const texts: Record<string, string> = {};
    for (const path of [values['question-file'], values['reference-file'], answerFile]) {
      if (!path) continue;
      const r = await readTextFile(path);
      if (!r.ok) {
        err(errorText(r.error, 'cli'));
        return 1;
      }
      texts[path] = r.value;
    }
    const q = values.question
      ? grading.bankQuestion(values.question)
      : values['question-file'] && values['reference-file']
        ? grading.referenceQuestion(texts[values['question-file']], texts[values['reference-file']])
        : undefined;
    if (!q) {
      err(
        values.question
          ? `No question "${values.question}" in the bank (prep bank list shows the ids).`
          : `Give --question ID, or --question-file and --reference-file.\nUsage: ${this.usage}`,
      );
      return 2;
    }
    const answer = texts[answerFile];
    let grade = grading.grade(q, answer);
    let fellBack: string[] = [];
    if (engine.kind === 'llm') {
      const { gradeWithLlm } = await import('../llm/grade.ts');
      const r = await gradeWithLlm(engine.engine, q, answer, grade);
      grade = r.grade;
      if (r.call.outcome !== 'ok') fellBack = [r.call.reason ?? 'the model call failed'];
    }
    const line = fellBack.length ? `Graded by the offline engine: the LLM call failed (${fellBack[0]}).` : engineLine('Graded', engine);
    if (values.format === 'json') {
      out(JSON.stringify(grade, null, 2));
      err(line);
    } else out(`${grading.gradeText(grade)}\n${line}`);
    return 0;
  },
};

/** Every CLI subcommand, in the order `prep --help` lists them. */
export const CLI_COMMANDS: CliCommand[] = [reportCommand, gradeCommand, bankCommand, migrateCommand];

function help(): string {
  const width = Math.max(...CLI_COMMANDS.map((c) => c.usage.length));
  return [
    'prep — prep-bot from the command line',
    '',
    'Usage:',
    ...CLI_COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Run without arguments or with --help to see this list. `npm start` runs the chat bot.',
  ].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(help());
    return 0;
  }
  const cmd = CLI_COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    err(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      err(`${(e as Error).message}\nUsage: ${cmd.usage}`);
      return 2;
    }
    const { fsError } = await import('../core/local-file.ts');
    const known = fsError(e);
    err(`prep ${name} failed: ${known ? (await import('../chat/errors.ts')).errorText(known, 'cli') : (e as Error).message}`);
    return 1;
  }
}

if (import.meta.main) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
