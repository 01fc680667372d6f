import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type App, openApp, StartupError } from './app.ts';
import { dropReplies } from './chat/replies/drops.ts';
import { runShell } from './chat/shell/index.ts';
import { type Config, loadConfig } from './config.ts';
import { deliveryHooks } from './jobs/hooks.ts';
import { startJobs } from './jobs/index.ts';
import { Outbox, type Transport } from './jobs/outbox.ts';
import { PromptError } from './llm/prompts.ts';
import { createLogger, type Logger } from './log.ts';
import { createMetrics, type Metrics } from './web/metrics.ts';

/**
 * Outbox pace per workspace. Slack allows chat.postMessage about once a second per channel with
 * bursts, and a few hundred a minute per workspace (https://docs.slack.dev/apis/web-api/rate-limits);
 * a 429 with Retry-After slows the drainer further. Discord allows about 5 messages per 5 seconds
 * per channel; discord.js's REST queue waits out its 429s itself.
 */
const POSTS_PER_SECOND = 5;
/** How long a graceful stop waits for acked work and queued posts (compose gives the container 30 s). */
const SHUTDOWN_GRACE_MS = 25_000;

/**
 * The Discord side: the client in this process, or shards in child processes (DISCORD_SHARDS,
 * with PostgreSQL) while this process keeps the web server, cron, outbox and Slack. Either way
 * the outbox posts over REST from here.
 */
async function startDiscord(app: App, config: Config, log: Logger, metrics: Metrics) {
  const discordConfig = config.discord as NonNullable<Config['discord']>;
  const { discordTransport } = await import('./chat/discord/transport.ts');
  if (discordConfig.shards) {
    const { startShards } = await import('./chat/discord/sharding.ts');
    const shards = startShards({
      file: fileURLToPath(new URL('./discord-shard.ts', import.meta.url)),
      token: discordConfig.token,
      count: discordConfig.shards,
      log,
    });
    return { transport: discordTransport({ token: discordConfig.token, apiUrl: discordConfig.apiUrl }), ...shards };
  }
  const { createDiscordAdapter } = await import('./chat/discord/app.ts');
  const adapter = createDiscordAdapter({
    config: discordConfig,
    router: app.router,
    ports: { events: app.store.events },
    log,
    onCommand: (command, seconds) => {
      metrics.commands.inc({ platform: 'discord', command });
      metrics.commandSeconds.observe({ platform: 'discord' }, seconds);
    },
  });
  return {
    transport: discordTransport({ token: discordConfig.token, apiUrl: discordConfig.apiUrl, botId: () => adapter.client.user?.id }),
    ready: adapter.ready,
    start: adapter.start,
    stop: adapter.stop,
  };
}

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
  // Bolt and the web server load while the database opens (PGlite compiles its WASM off the main thread).
  const serving = config.slack ? import('./serve.ts') : undefined;
  serving?.catch(() => undefined);
  let app: Awaited<ReturnType<typeof openApp>>;
  try {
    // The chat model is built once, here, and injected; a prompt that does not match its callers stops start-up.
    // LangChain and the OpenAI client (hundreds of modules) load only when a model is configured.
    const llm = config.llm
      ? await import('./llm/engine.ts').then(({ createChatModel, LlmEngine }) => {
          const settings = config.llm as NonNullable<typeof config.llm>;
          return new LlmEngine(createChatModel(settings), settings);
        })
      : undefined;
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
        log,
      });
      return 0;
    }
    // Each platform's code loads only when it is configured; the terminal chat starts without them.
    const web = { publicUrl: config.publicUrl, metricsToken: config.metricsToken };
    const transports = new Map<string, Transport>();
    const slackConfig = config.slack;
    const slack = slackConfig
      ? (await (serving ?? import('./serve.ts'))).createSlackServer(app, slackConfig, log, metrics, web)
      : undefined;
    if (slack) transports.set('slack', slack.slack.transport);
    const discord = config.discord ? await startDiscord(app, config, log, metrics) : undefined;
    if (discord) transports.set('discord', discord.transport);
    const platformsReady = () => (slack?.slack.ready() ?? true) && (discord?.ready() ?? true);
    const server =
      slack?.server ??
      (await import('./web/server.ts')).createWebServer({
        db: app.db,
        reports: app.services.reports,
        log,
        metrics,
        platformReady: platformsReady,
        ...web,
      });
    slack?.setReady(platformsReady);
    const outbox = new Outbox(app.store, transports, log, app.services.now, {
      ratePerSecond: POSTS_PER_SECOND,
      ...deliveryHooks(app.store, dropReplies.deliveryFailed),
    });
    try {
      await listen(server, config.port, config.host);
    } catch (e) {
      process.stderr.write(`Start-up failed: cannot listen on ${config.host}:${config.port}: ${(e as Error).message}\n`);
      return 1;
    }
    if (!config.publicUrl) log.warn('PUBLIC_URL is not set: reports get no "Open full report" link (the Markdown file is still uploaded)');
    if (slack)
      try {
        await slack.slack.start();
      } catch (e) {
        server.close();
        process.stderr.write(
          `Start-up failed: Slack did not accept the configuration: ${(e as Error).message}. Check SLACK_BOT_TOKEN (and SLACK_APP_TOKEN for Socket Mode).\n`,
        );
        return 1;
      }
    if (discord)
      try {
        await discord.start();
      } catch (e) {
        server.close();
        await slack?.slack.stop();
        process.stderr.write(
          `Start-up failed: Discord did not accept the configuration: ${(e as Error).message}. Check DISCORD_TOKEN and that the Message Content intent is switched on.\n`,
        );
        return 1;
      }
    const jobs = startJobs(app.services.drops.ticker, outbox, log);
    const unsubscribe = app.queued.on(jobs.kick);
    if (config.slack) {
      const mode = config.slack.appToken
        ? 'Socket Mode'
        : config.slack.oauth
          ? 'HTTP with OAuth install at /slack/install'
          : 'HTTP at /slack/events';
      log.info({ port: config.port, mode }, 'prep-bot is running on Slack');
    }
    if (config.discord) log.info({ port: config.port, shards: config.discord.shards ?? 'in process' }, 'prep-bot is running on Discord');
    const signal = await untilSignal();
    log.info({ signal, inFlight: slack?.slack.inFlight() }, 'shutting down: finishing acked work and queued posts');
    // Stop taking requests (readiness goes false, keep-alive sockets close), finish what was
    // acked, then send what it queued; only then close the database.
    const stopped = (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await slack?.slack.stop();
      await discord?.stop();
      unsubscribe();
      await jobs.stop();
      await closed;
    })();
    const late = await Promise.race([
      stopped.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), SHUTDOWN_GRACE_MS).unref()),
    ]);
    if (late) log.warn({ inFlight: slack?.slack.inFlight() }, 'shutdown grace period over; stopping with work unfinished');
    else log.info('stopped cleanly');
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
