import { openApp, StartupError } from './app.ts';
import { createDiscordAdapter } from './chat/discord/app.ts';
import { loadConfig } from './config.ts';
import { createChatModel, LlmEngine } from './llm/engine.ts';
import { createLogger } from './log.ts';

/**
 * One Discord shard (a child of the ShardingManager that main starts with DISCORD_SHARDS): the
 * client and the router on the shared PostgreSQL, nothing else. The web server, cron, outbox
 * and Slack stay in the manager process. discord.js tells the client its shard through the
 * environment the manager gives this process.
 */
async function shard(): Promise<number> {
  const parsed = loadConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 1;
  }
  const config = parsed.config;
  if (!config.discord || !config.databaseUrl) {
    process.stderr.write('A Discord shard needs DISCORD_TOKEN, DISCORD_APPLICATION_ID and DATABASE_URL.\n');
    return 1;
  }
  const log = createLogger(config.logLevel ?? 'info').child({ component: 'discord-shard' });
  let app: Awaited<ReturnType<typeof openApp>>;
  try {
    const llm = config.llm ? new LlmEngine(createChatModel(config.llm), config.llm) : undefined;
    app = await openApp(config, log, { publicUrl: config.publicUrl, llm });
  } catch (e) {
    process.stderr.write(`Shard start-up failed: ${(e as Error).message}\n`);
    return e instanceof StartupError ? 1 : 2;
  }
  const discord = createDiscordAdapter({ config: config.discord, router: app.router, ports: { events: app.store.events }, log });
  try {
    await discord.start();
  } catch (e) {
    process.stderr.write(`Shard start-up failed: Discord did not accept the configuration: ${(e as Error).message}\n`);
    await app.close();
    return 1;
  }
  // The manager kills a shard with SIGTERM, or it loses the manager (IPC closes).
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
    process.once('disconnect', resolve);
  });
  await discord.stop();
  await app.close();
  return 0;
}

shard().then(
  (code) => {
    process.exit(code);
  },
  (e: unknown) => {
    process.stderr.write(`Discord shard stopped on an unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exit(1);
  },
);
