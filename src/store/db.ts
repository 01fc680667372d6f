import { mkdirSync } from 'node:fs';

/** The one database interface the repositories use; implemented by pg and by PGlite. */
export interface Db {
  readonly kind: 'postgres' | 'pglite';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements (migrations); no parameters. */
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction on one connection; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type Queryable = Pick<Db, 'query' | 'exec'>;

/** Opens PostgreSQL when a URL is given, else PGlite persisted in dataDir/pgdata (or in memory). */
export async function openDb(opts: { databaseUrl?: string; dataDir?: string; memory?: boolean }): Promise<Db> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.memory ? undefined : `${opts.dataDir ?? './.data'}/pgdata`);
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  // int8 and numeric as JS numbers: counts and scores here stay far below 2^53.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  pg.types.setTypeParser(1700, (v: string) => Number(v));
  // A lost server must fail queries fast (readiness turns 503) rather than hang them: bounded
  // connects, TCP keep-alive to notice a dead peer. Clients broken mid-query are discarded by
  // the pool, and the next query opens a fresh connection, so the bot reconnects by itself.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, keepAlive: true, idleTimeoutMillis: 30_000 });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool drops it and the next query reconnects */
  });
  const wrap = (c: { query: (s: string, p?: unknown[]) => Promise<{ rows: unknown[] }> }): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => (await c.query(sql, params)).rows as T[],
    exec: async (sql: string) => {
      await c.query(sql);
    },
  });
  const top = wrap(pool);
  return {
    kind: 'postgres',
    query: top.query,
    exec: top.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dir: string | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dir) mkdirSync(dir, { recursive: true });
  const db = dir ? await PGlite.create(dir) : await PGlite.create();
  // PGlite is one connection: serialise transactions so two callers never interleave inside one.
  let chain: Promise<unknown> = Promise.resolve();
  const normalise = (rows: unknown[]) =>
    rows.map((r) => {
      const o = r as Record<string, unknown>;
      for (const k in o) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
      return o;
    });
  const q: Queryable = {
    query: async <T>(sql: string, params?: unknown[]) => normalise((await db.query(sql, params)).rows) as T[],
    exec: async (sql: string) => {
      await db.exec(sql);
    },
  };
  return {
    kind: 'pglite',
    query: async <T>(sql: string, params?: unknown[]) => {
      await chain.catch(() => undefined);
      return q.query<T>(sql, params);
    },
    exec: q.exec,
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const run = chain
        .catch(() => undefined)
        .then(() =>
          db.transaction(async (tx) =>
            fn({
              query: async <R>(sql: string, params?: unknown[]) => normalise((await tx.query(sql, params)).rows) as R[],
              exec: async (sql: string) => {
                await tx.exec(sql);
              },
            }),
          ),
        );
      chain = run;
      return run;
    },
    close: () => db.close(),
  };
}
