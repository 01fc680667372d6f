import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, StartupError } from '../../src/app.ts';
import { silentLogger } from '../../src/log.ts';
import { Cipher, KeyMismatchError, loadOrCreateKeyFile } from '../../src/store/crypto.ts';
import { DB_TARGETS, dumpAllTables, freshApp } from '../helpers/db.ts';

const SECRET_CV = 'Ada Quietwater — staff engineer who rebuilt the Zephyrine ledger; phone +44 7700 900123';

describe('AES-256-GCM cipher', () => {
  it('round-trips text and never stores it in clear', () => {
    const c = new Cipher(Buffer.alloc(32, 3));
    const sealed = c.seal(SECRET_CV);
    expect(sealed.data.includes(Buffer.from('Quietwater'))).toBe(false);
    expect(c.open(sealed)).toBe(SECRET_CV);
    expect(sealed.keyId).toMatch(/^[0-9a-f]{12}$/);
  });

  it('refuses a different key with a clear error instead of garbage', () => {
    const sealed = new Cipher(Buffer.alloc(32, 3)).seal(SECRET_CV);
    expect(() => new Cipher(Buffer.alloc(32, 4)).open(sealed)).toThrow(KeyMismatchError);
    expect(() => new Cipher(Buffer.alloc(32, 4)).open(sealed)).toThrow(/set DATA_KEY to the key used/);
  });

  it('detects tampering', () => {
    const c = new Cipher(Buffer.alloc(32, 3));
    const sealed = c.seal(SECRET_CV);
    sealed.data[sealed.data.length - 1] ^= 1;
    expect(() => c.open(sealed)).toThrow(/integrity check/);
  });

  it('generates the embedded key once, with mode 0600', () => {
    const dir = mkdtempSync(join(tmpdir(), 'key-'));
    const k1 = loadOrCreateKeyFile(dir);
    const k2 = loadOrCreateKeyFile(dir);
    expect(k1.equals(k2)).toBe(true);
    expect(statSync(join(dir, 'data.key')).mode & 0o777).toBe(0o600);
  });
});

describe.each(DB_TARGETS)('documents at rest on %s', (kind) => {
  let app: Awaited<ReturnType<typeof freshApp>>;
  beforeAll(async () => {
    app = await freshApp(kind);
  });
  afterAll(async () => {
    await app.drop();
  });

  it('keeps no plaintext anywhere in the database', async () => {
    const user = await app.services.profile.user({ platform: 'shell', workspace: 'local', user: 'ada' });
    const saved = await app.services.profile.save(user, 'cv', {
      text: `${SECRET_CV}\n${'Built payment systems in Go and Kafka. '.repeat(4)}`,
    });
    expect(saved.ok).toBe(true);
    expect(await app.services.profile.current(user, 'cv')).toContain('Quietwater');
    const dump = await dumpAllTables(app.db);
    expect(dump).toContain('"kind":"cv"');
    expect(dump).not.toContain('Quietwater');
    // The whole phone number, not a fragment: four hex digits of ciphertext can spell "7700" by chance.
    expect(dump).not.toContain('7700 900123');
    for (const plain of ['Quietwater', '+44 7700 900123']) expect(dump.toLowerCase()).not.toContain(Buffer.from(plain).toString('hex'));
  });
});

describe('start-up with the wrong key', () => {
  it('stops with a message that names both keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-'));
    const a = await openApp({ databaseUrl: undefined, dataDir: dir, dataKey: Buffer.alloc(32, 1) }, silentLogger);
    const u = await a.services.profile.user({ platform: 'shell', workspace: 'local', user: 'x' });
    await a.services.profile.save(u, 'jd', {
      text: 'Senior Backend Engineer at Example Corp. Requirements: Go, Kafka, PostgreSQL, five years.',
    });
    await a.close();
    const err = await openApp({ databaseUrl: undefined, dataDir: dir, dataKey: Buffer.alloc(32, 2) }, silentLogger).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toMatch(/encrypted with key [0-9a-f]{12} but DATA_KEY is key [0-9a-f]{12}/);
  });
});
