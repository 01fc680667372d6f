import type { Server } from 'node:http';
import { join } from 'node:path';
import { openApp, StartupError } from './app.ts';
import { dropReplies } from './chat/replies/drops.ts';
import { runShell } from './chat/shell/index.ts';
import { loadConfig } from './config.ts';
import { deliveryHooks } from './jobs/hooks.ts';
import { startJobs } from './jobs/index.ts';
import { Outbox } from './jobs/outbox.ts';
import { createChatModel, LlmEngine } from './llm/engine.ts';
import { PromptError } from './llm/prompts.ts';
import { createLogger } from './log.ts';
import { createMetrics } from './web/metrics.ts';

/**
 * Outbox pace per workspace. Slack allows chat.postMessage about once a second per channel with
 * bursts, and a few hundred a minute per workspace (https://docs.slack.dev/apis/web-api/rate-limits);
 * a 429 with Retry-After slows the drainer further.
 */
const SLACK_POSTS_PER_SECOND = 5;

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => resolve(s));
  });
}

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
  const metrics = createMetrics();
  let app: Awaited<ReturnType<typeof openApp>>;
  try {
    // The chat model is built once, here, and injected; a prompt that does not match its callers stops start-up.
    const llm = config.llm ? new LlmEngine(createChatModel(config.llm), config.llm) : undefined;
    app = await openApp(config, log, {
      publicUrl: config.publicUrl,
      llm,
      onLlmCall: (c) => {
        metrics.llmCalls.inc({ task: c.task, outcome: c.outcome });
        metrics.llmTokens.inc({ direction: 'in' }, c.tokensIn);
        metrics.llmTokens.inc({ direction: 'out' }, c.tokensOut);
        metrics.llmCostUsd.inc(c.costUsd);
      },
    });
  } catch (e) {
    if (e instanceof StartupError || e instanceof PromptError) {
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
    if (!config.slack) {
      process.stderr.write('The Discord adapter is not built yet; set the Slack variables, or none to use the terminal chat.\n');
      return 1;
    }
    // Bolt and the web server load only when Slack is configured; the terminal chat starts without them.
    const { createSlackServer } = await import('./serve.ts');
    const { slack, server } = createSlackServer(app, config.slack, log, metrics, {
      publicUrl: config.publicUrl,
      metricsToken: config.metricsToken,
    });
    const outbox = new Outbox(app.store, new Map([['slack', slack.transport]]), log, app.services.now, {
      ratePerSecond: SLACK_POSTS_PER_SECOND,
      ...deliveryHooks(app.store, dropReplies.deliveryFailed),
    });
    try {
      await listen(server, config.port, config.host);
    } catch (e) {
      process.stderr.write(`Start-up failed: cannot listen on ${config.host}:${config.port}: ${(e as Error).message}\n`);
      return 1;
    }
    if (!config.publicUrl) log.warn('PUBLIC_URL is not set: reports get no "Open full report" link (the Markdown file is still uploaded)');
    try {
      await slack.start();
    } catch (e) {
      server.close();
      process.stderr.write(
        `Start-up failed: Slack did not accept the configuration: ${(e as Error).message}. Check SLACK_BOT_TOKEN (and SLACK_APP_TOKEN for Socket Mode).\n`,
      );
      return 1;
    }
    const jobs = startJobs(app.services.drops.ticker, outbox, log);
    const unsubscribe = app.queued.on(jobs.kick);
    const mode = config.slack.appToken
      ? 'Socket Mode'
      : config.slack.oauth
        ? 'HTTP with OAuth install at /slack/install'
        : 'HTTP at /slack/events';
    log.info({ port: config.port, mode }, 'prep-bot is running on Slack');
    const signal = await untilSignal();
    log.info({ signal }, 'shutting down');
    unsubscribe();
    await jobs.stop();
    await slack.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return 0;
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
