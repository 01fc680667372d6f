import { basename } from 'node:path';
import { ok, type Result } from '../core/errors.ts';
import { readLocalFile } from '../core/local-file.ts';
import { type DocKind, extractFile, MAX_FILE_BYTES } from '../core/profile/intake.ts';

/** Reads a CV, JD or panel file from disk through the same intake (and limits) as chat uploads. */
export async function readDocumentFile(path: string, kind: DocKind): Promise<Result<string>> {
  const bytes = await readLocalFile(path, path, MAX_FILE_BYTES);
  if (!bytes.ok) return bytes;
  const name = /\.[a-z0-9]+$/i.test(path) ? basename(path) : `${basename(path)}.txt`;
  const r = await extractFile({ name, bytes: bytes.value }, kind);
  return r.ok ? ok(r.value.text) : r;
}

/** A question, reference or answer file for `prep grade`: plain text, at most 1 MB. */
export async function readTextFile(path: string): Promise<Result<string>> {
  const bytes = await readLocalFile(path, path, 1024 * 1024);
  return bytes.ok ? ok(new TextDecoder('utf-8').decode(bytes.value)) : bytes;
}
