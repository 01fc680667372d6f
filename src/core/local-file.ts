import { constants, type Stats } from 'node:fs';
import { type FileHandle, open, realpath, stat } from 'node:fs/promises';
import { type AppError, fail, ok, type Result } from './errors.ts';

/** Kernel views and devices: never a document, and reading them can hang or never end. */
const SPECIAL_ROOTS = ['/proc/', '/sys/', '/dev/'];
const CHUNK = 256 * 1024;

/**
 * Checks that a local path is a regular file we may read, without opening anything that could
 * block (a FIFO with no writer) or never end (/dev/zero, /proc/self/mem). `shown` is the path as
 * the person typed it, used in every message. Errors are sentences, never errno text.
 */
export async function checkLocalFile(path: string, shown: string, maxBytes?: number): Promise<Result<{ real: string; size: number }>> {
  let real: string;
  let st: Stats;
  try {
    real = await realpath(path);
    st = await stat(real);
  } catch (e) {
    return pathError(e, shown);
  }
  if (SPECIAL_ROOTS.some((r) => `${real}/`.startsWith(r))) return fail('not_a_file', { path: shown, what: 'system' });
  if (!st.isFile()) return fail('not_a_file', { path: shown, what: kindOf(st) });
  if (maxBytes !== undefined && st.size > maxBytes) return tooLarge(shown, st.size, maxBytes);
  return ok({ real, size: st.size });
}

/**
 * Reads a local file of at most maxBytes: type and size checked first, opened non-blocking,
 * checked again on the open handle (the path may have been swapped), read in chunks that stop one
 * byte past the limit whatever stat said (a file can grow while we read; /dev/zero says 0).
 */
export async function readLocalFile(path: string, shown: string, maxBytes: number): Promise<Result<Uint8Array>> {
  const checked = await checkLocalFile(path, shown, maxBytes);
  if (!checked.ok) return checked;
  let fh: FileHandle | undefined;
  try {
    fh = await open(checked.value.real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    const st = await fh.stat();
    if (!st.isFile()) return fail('not_a_file', { path: shown, what: kindOf(st) });
    const chunks: Buffer[] = [];
    let got = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - got));
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, got);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      got += bytesRead;
      if (got > maxBytes) return tooLarge(shown, Math.max(got, st.size), maxBytes);
    }
    return ok(new Uint8Array(Buffer.concat(chunks, got)));
  } catch (e) {
    return pathError(e, shown);
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'pipe';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'other';
}

function tooLarge(shown: string, size: number, maxBytes: number): Result<never> {
  return fail('file_too_large', { name: shown, mb: (size / 1024 / 1024).toFixed(1), limitMb: Math.round(maxBytes / 1024 / 1024) });
}

/** The expected failure for a file-system error (never its errno text), for callers outside this module. */
export function fsError(e: unknown): AppError | undefined {
  const err = e as { code?: unknown; path?: unknown };
  if (typeof err.code !== 'string' || !/^E[A-Z]+$/.test(err.code)) return undefined;
  const r = pathError(e, typeof err.path === 'string' ? err.path : 'that path');
  return r.ok ? undefined : r.error;
}

function pathError(e: unknown, shown: string): Result<never> {
  switch ((e as { code?: string }).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fail('file_not_found', { path: shown });
    case 'EACCES':
    case 'EPERM':
      return fail('file_unreadable', { path: shown, reason: 'permission' });
    case 'ELOOP':
    case 'ENAMETOOLONG':
      return fail('file_unreadable', { path: shown, reason: 'loop' });
    case 'EISDIR':
      return fail('not_a_file', { path: shown, what: 'folder' });
    default:
      return fail('file_unreadable', { path: shown, reason: 'io' });
  }
}
