import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fail, ok, type Result } from '../core/errors.ts';
import { type DocKind, extractFile, MAX_FILE_BYTES } from '../core/profile/intake.ts';

/** Reads a CV, JD or panel file from disk through the same intake (and limits) as chat uploads. */
export async function readDocumentFile(path: string, kind: DocKind): Promise<Result<string>> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return fail('file_not_found', { path });
  }
  if (size > MAX_FILE_BYTES) return fail('file_too_large', { name: path, mb: (size / 1024 / 1024).toFixed(1) });
  const name = /\.[a-z0-9]+$/i.test(path) ? basename(path) : `${basename(path)}.txt`;
  const r = await extractFile({ name, bytes: new Uint8Array(readFileSync(path)) }, kind);
  return r.ok ? ok(r.value.text) : r;
}
