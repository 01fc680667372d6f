import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Raw deflate of head + `times` × unit + tail without ever holding the inflated bytes: a ~1 MB
 * block of units is compressed once (sync-flushed, not final) and repeated; independent blocks
 * concatenate into one valid stream because none refers back past its own start.
 */
export function repeatedDeflate(head: Buffer, unit: Buffer, times: number, tail: Buffer): { data: Buffer; size: number; crc: number } {
  const perBlock = Math.max(1, Math.floor((1024 * 1024) / unit.length));
  const block = Buffer.alloc(unit.length * perBlock);
  for (let i = 0; i < perBlock; i++) unit.copy(block, i * unit.length);
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const parts: Buffer[] = [deflateRawSync(head, flush)];
  let crc = crc32(head);
  const full = Math.floor(times / perBlock);
  const zBlock = deflateRawSync(block, flush);
  const blockCrc = full > 0 ? block : undefined;
  for (let i = 0; i < full; i++) {
    parts.push(zBlock);
    crc = crc32(blockCrc as Buffer, crc);
  }
  const rest = Buffer.alloc(unit.length * (times - full * perBlock));
  for (let i = 0; i < times - full * perBlock; i++) unit.copy(rest, i * unit.length);
  parts.push(deflateRawSync(rest, flush));
  crc = crc32(rest, crc);
  parts.push(deflateRawSync(tail, { level: 9 }));
  crc = crc32(tail, crc);
  return { data: Buffer.concat(parts), size: head.length + unit.length * times + tail.length, crc };
}

const BASE = 65521;

function adler32(buf: Buffer, start = 1): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  for (let i = 0; i < buf.length; i++) {
    a = (a + buf[i]) % BASE;
    b = (b + a) % BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 of two pieces from the checksums of each (the piece after has length len2). */
function adler32Combine(adler1: number, adler2: number, len2: number): number {
  const rem = len2 % BASE;
  const a1 = adler1 & 0xffff;
  const b1 = (adler1 >>> 16) & 0xffff;
  const a = (a1 + (adler2 & 0xffff) + BASE - 1) % BASE;
  const b = (((rem * a1) % BASE) + b1 + ((adler2 >>> 16) & 0xffff) + BASE - rem) % BASE;
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 of head + `times` × unit + tail, as repeatedDeflate lays them out, without the whole. */
export function adler32Of(head: Buffer, unit: Buffer, times: number, tail: Buffer): number {
  const perBlock = Math.max(1, Math.floor((1024 * 1024) / unit.length));
  const block = Buffer.alloc(unit.length * perBlock);
  for (let i = 0; i < perBlock; i++) unit.copy(block, i * unit.length);
  const blockSum = adler32(block);
  let sum = adler32(head);
  const full = Math.floor(times / perBlock);
  for (let i = 0; i < full; i++) sum = adler32Combine(sum, blockSum, block.length);
  for (let i = full * perBlock; i < times; i++) sum = adler32(unit, sum);
  return adler32(tail, sum);
}
