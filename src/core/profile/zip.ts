import { inflateRawSync } from 'node:zlib';

/** One file of a zip archive, as its central directory declares it (declared sizes may lie). */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Limits checked on the central directory, before a single byte is inflated. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Inflated / compressed, for entries large enough to matter (a bomb compresses ~1000:1). */
  maxRatio: number;
}

export type ZipProblem = 'not_zip' | 'too_many_entries' | 'too_large' | 'ratio' | 'unsafe_name' | 'encrypted';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Entries smaller than this inflated can have any ratio (XML of repeated tags compresses well). */
const RATIO_FLOOR = 1024 * 1024;

/** Reads the central directory of a zip held in memory. Never inflates anything. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): { entries: ZipEntry[] } | { problem: ZipProblem } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { problem: 'not_zip' };
  const count = b.readUInt16LE(end + 10);
  const cdSize = b.readUInt32LE(end + 12);
  const cdOffset = b.readUInt32LE(end + 16);
  // Zip64 markers: a DOCX never needs them, and they would hide the real sizes.
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) return { problem: 'too_large' };
  if (count > limits.maxEntries) return { problem: 'too_many_entries' };
  if (cdOffset + cdSize > end) return { problem: 'not_zip' };
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || b.readUInt32LE(p) !== CENTRAL) return { problem: 'not_zip' };
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: b.toString('utf8', p + 46, p + 46 + nameLen),
      method: b.readUInt16LE(p + 10),
      encrypted: (b.readUInt16LE(p + 8) & 1) === 1,
      compressedSize: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      localOffset: b.readUInt32LE(p + 42),
    };
    p += 46 + nameLen + extraLen + commentLen;
    if (entry.encrypted) return { problem: 'encrypted' };
    if (entry.name.startsWith('/') || entry.name.includes('\\') || entry.name.split('/').includes('..') || entry.name.includes('\0'))
      return { problem: 'unsafe_name' };
    total += entry.size;
    if (total > limits.maxTotalBytes) return { problem: 'too_large' };
    if (entry.size > RATIO_FLOOR && entry.size > limits.maxRatio * Math.max(1, entry.compressedSize)) return { problem: 'ratio' };
    entries.push(entry);
  }
  return { entries };
}

/**
 * Inflates one entry, never producing more than maxBytes whatever the headers claim
 * (zlib stops at maxOutputLength and throws a RangeError). Returns undefined for a damaged entry.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer | 'too_large' | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > b.length || b.readUInt32LE(at) !== LOCAL) return undefined;
  const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) return undefined;
  if (entry.method === 0) return data.length > maxBytes ? 'too_large' : Buffer.from(data);
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (e) {
    return e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : undefined;
  }
}
