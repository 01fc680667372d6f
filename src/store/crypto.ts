import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Ciphertext as stored: the key id beside the sealed bytes (iv | tag | ciphertext). */
export interface Sealed {
  keyId: string;
  data: Buffer;
}

/** The data key does not open this ciphertext: a configuration problem, never silently garbage. */
export class KeyMismatchError extends Error {
  constructor(keyId: string, have: string) {
    super(
      `stored data was encrypted with key ${keyId} but DATA_KEY is key ${have}; set DATA_KEY to the key used when the data was written`,
    );
  }
}

/** AES-256-GCM for personal text at rest. */
export class Cipher {
  readonly keyId: string;
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('DATA_KEY must be 32 bytes');
    this.#key = key;
    this.keyId = createHash('sha256').update(key).digest('hex').slice(0, 12);
  }

  seal(plaintext: string): Sealed {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.#key, iv);
    const body = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
    return { keyId: this.keyId, data: Buffer.concat([iv, c.getAuthTag(), body]) };
  }

  open(sealed: Sealed): string {
    if (sealed.keyId !== this.keyId) throw new KeyMismatchError(sealed.keyId, this.keyId);
    const buf = Buffer.from(sealed.data);
    const d = createDecipheriv('aes-256-gcm', this.#key, buf.subarray(0, 12));
    d.setAuthTag(buf.subarray(12, 28));
    try {
      return Buffer.concat([d.update(buf.subarray(28)), d.final()]).toString('utf8');
    } catch {
      throw new Error(`stored data under key ${sealed.keyId} failed its integrity check (tampered or corrupt)`);
    }
  }
}

/**
 * The embedded default: read DATA_DIR/data.key, or create it (mode 0600) on first start.
 * Only used when DATABASE_URL is unset; a shared database must be given DATA_KEY explicitly.
 */
export function loadOrCreateKeyFile(dataDir: string): Buffer {
  const path = join(dataDir, 'data.key');
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte base64 key`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return key;
}
