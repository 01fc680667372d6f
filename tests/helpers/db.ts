import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type App, openApp } from '../../src/app.ts';
import { silentLogger } from '../../src/log.ts';
import { type Db, openDb } from '../../src/store/db.ts';

export const TEST_KEY = Buffer.alloc(32, 7);

/** Which databases the store tests run on: always PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
export const DB_TARGETS: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, empty database of the given kind; a throwaway database on the real server. */
export async function freshDb(kind: 'pglite' | 'postgres'): Promise<{ db: Db; url?: string; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const db = await openDb({ memory: true });
    return { db, drop: () => db.close() };
  }
  const admin = process.env.TEST_DATABASE_URL as string;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db = await openDb({ databaseUrl: url.toString() });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close().catch(() => undefined);
      const c2 = new pg.Client({ connectionString: admin });
      await c2.connect();
      await c2.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c2.end();
    },
  };
}

/** A whole app (migrated store, services, router) on a fresh database. */
export async function freshApp(
  kind: 'pglite' | 'postgres' = 'pglite',
  now?: () => Date,
  publicUrl?: string,
): Promise<App & { drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const app = await openApp({ databaseUrl: undefined, dataDir: '', dataKey: TEST_KEY }, silentLogger, { memory: true, now, publicUrl });
    return { ...app, drop: () => app.close() };
  }
  const fresh = await freshDb('postgres');
  await fresh.db.close();
  const app = await openApp({ databaseUrl: fresh.url, dataDir: '', dataKey: TEST_KEY }, silentLogger, { now, publicUrl });
  return {
    ...app,
    async drop() {
      await app.close();
      await fresh.drop().catch(() => undefined);
    },
  };
}

/** Every user table's rows as text, for "this appears nowhere" checks. */
export async function dumpAllTables(db: Db): Promise<string> {
  const tables = await db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  let all = '';
  for (const { table_name } of tables) {
    const rows = await db.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${table_name}" t`);
    all += rows.map((r) => r.j).join('\n');
  }
  return all;
}
