import { join } from 'node:path';
import { openApp, StartupError } from './app.ts';
import { runShell } from './chat/shell/index.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './log.ts';

/** Composition root: config → store → services → adapters. Nothing else starts work. */
async function main(): Promise<number> {
  const parsed = loadConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 1;
  }
  const config = parsed.config;
  const shellMode = !config.slack && !config.discord;
  // The terminal chat owns stdout; keep its logs to warnings unless asked otherwise.
  const log = createLogger(config.logLevel ?? (shellMode ? 'warn' : 'info'));
  let app: Awaited<ReturnType<typeof openApp>>;
  try {
    app = await openApp(config, log);
  } catch (e) {
    if (e instanceof StartupError) {
      process.stderr.write(`Start-up failed: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  try {
    if (shellMode) {
      await runShell(app.router, {
        input: process.stdin,
        output: process.stdout,
        tty: Boolean(process.stdin.isTTY && process.stdout.isTTY),
        filesDir: join(config.dataDir, 'reports'),
      });
      return 0;
    }
    process.stderr.write('Slack and Discord adapters are not built yet; unset their variables to use the terminal chat.\n');
    return 1;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`prep-bot stopped on an unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
