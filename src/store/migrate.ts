import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** A migration that could not be applied; the database is as it was before that file. */
export class MigrationError extends Error {
  readonly file: string;
  constructor(file: string, cause: unknown) {
    super(`migration ${file} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.file = file;
  }
}

export interface MigrationFile {
  version: number;
  name: string;
  file: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }));
}

/**
 * Applies every migration not yet recorded, each in its own transaction, in file order.
 * An advisory lock keeps two replicas starting together from applying the same file twice.
 * Returns the files applied now.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(727274)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (seen.length > 0) return false;
      try {
        await tx.exec(m.sql);
      } catch (e) {
        throw new MigrationError(m.file, e);
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.file);
  }
  return applied;
}

/** True when every migration file is recorded as applied (readiness). */
export async function isMigrated(db: Db, dir = MIGRATIONS_DIR): Promise<boolean> {
  try {
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
    const have = new Set(rows.map((r) => Number(r.version)));
    return listMigrations(dir).every((m) => have.has(m.version));
  } catch {
    return false;
  }
}
