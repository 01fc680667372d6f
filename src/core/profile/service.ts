import type { Store } from '../../store/index.ts';
import { ok, type Result } from '../errors.ts';
import type { Identity, User } from '../identity.ts';
import { acceptText, type DocKind, type ExtractedText, extractFile, type IncomingFile } from './intake.ts';

/** What /prep status shows of a document: never its content, only what identifies it. */
export interface DocumentSummary {
  kind: DocKind;
  version: number;
  firstLine: string;
  chars: number;
  source: string;
  createdAt: Date;
}

/** Intake and the user's documents: save, summarise, forget. Knows no chat platform. */
export class ProfileService {
  readonly #store: Store;
  readonly #queued: () => void;
  readonly #forgotten = new Set<(who: Identity) => Promise<void> | void>();
  constructor(store: Store, queued: () => void = () => undefined) {
    this.#store = store;
    this.#queued = queued;
  }

  /**
   * Runs after a user's forget, for what lives outside the database (an adapter's local files).
   * Returns the unsubscribe function.
   */
  onForget(listener: (who: Identity) => Promise<void> | void): () => void {
    this.#forgotten.add(listener);
    return () => this.#forgotten.delete(listener);
  }

  user(who: Identity): Promise<User> {
    return this.#store.users.ensure(who);
  }

  /** Saves pasted text or a file as a new version. On any error nothing stored changes. */
  async save(
    user: User,
    kind: DocKind,
    input: { text: string } | { file: IncomingFile },
    opts: { append?: boolean } = {},
  ): Promise<Result<DocumentSummary>> {
    const extracted: Result<ExtractedText> = 'file' in input ? await extractFile(input.file, kind) : acceptText(input.text, kind);
    if (!extracted.ok) return extracted;
    let { text } = extracted.value;
    if (opts.append) {
      const prev = await this.#store.documents.current(user.id, kind);
      if (prev) {
        const merged = acceptText(`${prev.text}\n\n${text}`, kind, extracted.value.source);
        if (!merged.ok) return merged;
        text = merged.value.text;
      }
    }
    const doc = await this.#store.documents.add(user.id, kind, text, extracted.value.source);
    return ok(summarise(doc));
  }

  async setTimezone(user: User, zone: string): Promise<void> {
    await this.#store.users.setTimezone(user.id, zone);
  }

  async status(user: User): Promise<DocumentSummary[]> {
    const docs = await this.#store.documents.currentAll(user.id);
    return docs.map(summarise);
  }

  async current(user: User, kind: DocKind): Promise<string | undefined> {
    return (await this.#store.documents.current(user.id, kind))?.text;
  }

  /**
   * Deletes everything personal of this user, immediately: documents, reports, attempts, a
   * personal drop, queued posts to them. The bot's uploads of their reports are deleted on the
   * platform through the outbox (queued in the same transaction, so a platform that is down
   * now still gets the delete later); adapters' own files go through onForget listeners.
   */
  async forget(user: User): Promise<void> {
    const who = await this.#store.users.byId(user.id);
    let uploads = 0;
    await this.#store.db.transaction(async (tx) => {
      for (const f of await this.#store.uploads.forUser(tx, user.id)) {
        uploads++;
        await this.#store.outbox.enqueue(tx, {
          dedupeKey: `delete-file:${f.platform}:${f.fileRef}`,
          platform: f.platform,
          workspace: f.workspace,
          channel: '',
          kind: 'delete-file',
          payload: { file: f.fileRef },
        });
      }
      await this.#store.users.forget(tx, user.id);
    });
    if (uploads) this.#queued();
    if (!who) return;
    const identity: Identity = { platform: who.platform as Identity['platform'], workspace: who.workspaceExternalId, user: who.externalId };
    for (const l of this.#forgotten) await l(identity);
  }
}

function summarise(d: { kind: DocKind; version: number; text: string; chars: number; source: string; createdAt: Date }): DocumentSummary {
  const first = d.text.split('\n').find((l) => l.trim().length > 0) ?? '';
  return {
    kind: d.kind,
    version: d.version,
    firstLine: first.length > 70 ? `${first.slice(0, 69)}…` : first,
    chars: d.chars,
    source: d.source,
    createdAt: d.createdAt,
  };
}
