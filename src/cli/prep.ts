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

/** Later subcommands (report, grade, bank) register here. */
export const CLI_COMMANDS: CliCommand[] = [migrateCommand];

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
    err(`prep ${name} failed: ${(e as Error).message}`);
    return 1;
  }
}

if (import.meta.main) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
