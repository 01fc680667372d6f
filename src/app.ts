import { dropReplies } from './chat/replies/drops.ts';
import { Router } from './chat/router.ts';
import type { Config } from './config.ts';
import type { LlmCall } from './core/ports.ts';
import { createServices, QueuedSignal, type Services } from './core/services.ts';
import { LlmUsage } from './core/usage.ts';
import type { LlmEngine } from './llm/engine.ts';
import { languageModel } from './llm/model.ts';
import type { Logger } from './log.ts';
import { type Cipher, loadOrCreateKeyFile } from './store/crypto.ts';
import { type Db, openDb } from './store/db.ts';
import { createStore, type Store } from './store/index.ts';
import { migrate } from './store/migrate.ts';

/** Everything that runs on top of the database, wired once. */
export interface App {
  db: Db;
  /** The repositories: for jobs, ports built in main, and tests. Chat adapters never get it. */
  store: Store;
  services: Services;
  router: Router;
  /** Fires when posts were queued; main connects the outbox drainer. */
  queued: QueuedSignal;
  close(): Promise<void>;
}

/** A start-up problem the operator must fix; main prints the message without a stack. */
export class StartupError extends Error {}

/**
 * Opens the database, applies migrations, checks the data key and builds the services.
 * Used by main (the bot), the CLI and the tests, so all three start the same way.
 */
export async function openApp(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'dataKey'>,
  log: Logger,
  opts: {
    memory?: boolean;
    now?: () => Date;
    publicUrl?: string;
    lateWindowMs?: number;
    llm?: LlmEngine;
    onLlmCall?: (c: LlmCall) => void;
  } = {},
): Promise<App> {
  let db: Db;
  try {
    db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, memory: opts.memory });
    await db.query('SELECT 1');
  } catch (e) {
    throw new StartupError(
      `cannot open the database${config.databaseUrl ? ' at DATABASE_URL' : ` under ${config.dataDir}`}: ${(e as Error).message}`,
    );
  }
  try {
    const applied = await migrate(db);
    if (applied.length) log.info({ applied }, 'migrations applied');
    const key = config.dataKey ?? (config.databaseUrl ? undefined : loadOrCreateKeyFile(config.dataDir));
    if (!key) throw new StartupError('DATA_KEY is required when DATABASE_URL is set');
    const store = createStore(db, key);
    await checkKey(db, store.cipher);
    const now = opts.now ?? (() => new Date());
    const queued = new QueuedSignal();
    // The model port is implemented by llm/ and wired here; the core only knows the port.
    const llm = opts.llm ? new LlmUsage(languageModel(opts.llm), store, now, opts.onLlmCall) : undefined;
    const services = createServices(store, { now, llm, dropReplies, queued, lateWindowMs: opts.lateWindowMs });
    return { db, store, services, queued, router: new Router(services, log, { publicUrl: opts.publicUrl }), close: () => db.close() };
  } catch (e) {
    await db.close().catch(() => undefined);
    if (e instanceof StartupError) throw e;
    throw new StartupError((e as Error).message);
  }
}

/** Refuses to start with a key that cannot open what is stored, instead of failing per request. */
async function checkKey(db: Db, cipher: Cipher): Promise<void> {
  const rows = await db.query<{ key_id: string }>(
    'SELECT key_id FROM documents UNION SELECT key_id FROM reports UNION SELECT key_id FROM attempts UNION SELECT key_id FROM slack_installations UNION SELECT key_id FROM outbox WHERE key_id IS NOT NULL',
  );
  const foreign = rows.map((r) => r.key_id).filter((k) => k !== cipher.keyId);
  if (foreign.length)
    throw new StartupError(
      `the stored documents were encrypted with key ${foreign.join(', ')} but DATA_KEY is key ${cipher.keyId}; set DATA_KEY to the original key (embedded mode keeps it in DATA_DIR/data.key)`,
    );
}
