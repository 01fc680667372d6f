import type { Cipher } from './crypto.ts';
import type { Db } from './db.ts';

export type DocKind = 'cv' | 'jd' | 'panel';

export interface StoredDocument {
  id: number;
  kind: DocKind;
  version: number;
  source: string;
  chars: number;
  createdAt: Date;
  text: string;
}

interface Row {
  id: number;
  kind: DocKind;
  version: number;
  source: string;
  chars: number;
  created_at: Date | string;
  key_id: string;
  body: Uint8Array;
}

/** Versioned, encrypted documents: a new upload is a new version; the highest is current. */
export class DocumentRepo {
  readonly #db: Db;
  readonly #cipher: Cipher;
  constructor(db: Db, cipher: Cipher) {
    this.#db = db;
    this.#cipher = cipher;
  }

  async add(userId: number, kind: DocKind, text: string, source: string): Promise<StoredDocument> {
    const sealed = this.#cipher.seal(text);
    return this.#db.transaction(async (tx) => {
      // Lock the user's row so two uploads at once cannot both claim the same version number.
      await tx.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [userId]);
      const [row] = await tx.query<Row>(
        `INSERT INTO documents (user_id, kind, version, source, chars, key_id, body)
         VALUES ($1, $2, COALESCE((SELECT max(version) FROM documents WHERE user_id = $1 AND kind = $2), 0) + 1, $3, $4, $5, $6)
         RETURNING id, kind, version, source, chars, created_at, key_id, body`,
        [userId, kind, source, text.length, sealed.keyId, sealed.data],
      );
      return this.#toDoc(row, text);
    });
  }

  async current(userId: number, kind: DocKind): Promise<StoredDocument | undefined> {
    const [row] = await this.#db.query<Row>(
      `SELECT id, kind, version, source, chars, created_at, key_id, body FROM documents
       WHERE user_id = $1 AND kind = $2 ORDER BY version DESC LIMIT 1`,
      [userId, kind],
    );
    return row ? this.#toDoc(row) : undefined;
  }

  /** The current version of each kind on file. */
  async currentAll(userId: number): Promise<StoredDocument[]> {
    const rows = await this.#db.query<Row>(
      `SELECT DISTINCT ON (kind) id, kind, version, source, chars, created_at, key_id, body FROM documents
       WHERE user_id = $1 ORDER BY kind, version DESC`,
      [userId],
    );
    return rows.map((r) => this.#toDoc(r));
  }

  #toDoc(r: Row, text?: string): StoredDocument {
    return {
      id: Number(r.id),
      kind: r.kind,
      version: Number(r.version),
      source: r.source,
      chars: Number(r.chars),
      createdAt: new Date(r.created_at),
      text: text ?? this.#cipher.open({ keyId: r.key_id, data: Buffer.from(r.body) }),
    };
  }
}
