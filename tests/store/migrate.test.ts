import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isMigrated, MigrationError, migrate } from '../../src/store/migrate.ts';
import { DB_TARGETS, freshDb } from '../helpers/db.ts';

describe.each(DB_TARGETS)('migrations on %s', (kind) => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await drop?.();
    drop = undefined;
  });

  it('applies every file once, records it, and is a no-op the second time', async () => {
    const f = await freshDb(kind);
    drop = f.drop;
    const first = await migrate(f.db);
    expect(first[0]).toBe('0001_init.sql');
    expect(await migrate(f.db)).toEqual([]);
    expect(await isMigrated(f.db)).toBe(true);
    const tables = await f.db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema='public' ORDER BY 1",
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['workspaces', 'users', 'documents', 'schema_migrations']));
  });

  it('leaves the database as it was when a migration fails, and names the file', async () => {
    const f = await freshDb(kind);
    drop = f.drop;
    const dir = mkdtempSync(join(tmpdir(), 'mig-'));
    writeFileSync(join(dir, '0001_ok.sql'), 'CREATE TABLE good (id int);');
    writeFileSync(join(dir, '0002_broken.sql'), 'CREATE TABLE half (id int);\nCREATE TABLE oops (id nonsense_type);');
    const err = await migrate(f.db, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect((err as Error).message).toMatch(/migration 0002_broken\.sql failed: .*nonsense_type/);
    const tables = await f.db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema='public'");
    const names = tables.map((t) => t.table_name);
    expect(names).toContain('good');
    expect(names).not.toContain('half');
    const recorded = await f.db.query<{ version: number }>('SELECT version FROM schema_migrations');
    expect(recorded.map((r) => Number(r.version))).toEqual([1]);
  });

  it('references the user with ON DELETE CASCADE from every table holding user data, SET NULL from the workspace’s', async () => {
    const f = await freshDb(kind);
    drop = f.drop;
    await migrate(f.db);
    const fks = await f.db.query<{ table_name: string; column_name: string; delete_rule: string }>(
      `SELECT tc.table_name, kcu.column_name, rc.delete_rule FROM information_schema.table_constraints tc
       JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name
       JOIN information_schema.constraint_column_usage cu ON cu.constraint_name = tc.constraint_name
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
       WHERE tc.constraint_type = 'FOREIGN KEY' AND cu.table_name = 'users'`,
    );
    expect(fks.length).toBeGreaterThan(5);
    // The exceptions are the workspace's things that only point at whoever created them: whom to
    // tell if a channel post fails, a channel drop's creator, a custom question's author, whose
    // model spend it was. Forgetting that person clears the pointer instead of deleting what the
    // workspace uses (or, for spend, what its daily budget counts).
    const pointers = new Set(['outbox.notify_user_id', 'drop_schedules.user_id', 'custom_questions.created_by', 'llm_calls.user_id']);
    for (const fk of fks)
      expect(fk.delete_rule, `${fk.table_name}.${fk.column_name}`).toBe(
        pointers.has(`${fk.table_name}.${fk.column_name}`) ? 'SET NULL' : 'CASCADE',
      );
  });
});
