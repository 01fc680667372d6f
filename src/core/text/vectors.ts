import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Word vectors for soft matching: the compact int8 subset written by `npm run build-vectors`
 * (data/word-vectors.bin, ~4.7 MB, ~42k words). Loaded once, on first use; ~6 MB resident.
 */
export interface WordVectors {
  /** Row of a word (lowercase), or -1 when it is not in the subset. */
  index(word: string): number;
  /** Cosine similarity of two rows, in [-1, 1]. */
  cosine(a: number, b: number): number;
  /** Frequency rank of a row's word in the full embedding set (0 = most frequent). */
  rank(row: number): number;
  /** Adds weight × the row's unit vector to acc (for centroids). */
  addTo(acc: Float32Array, row: number, weight: number): void;
  readonly dims: number;
}

const FILE = fileURLToPath(new URL('../../../data/word-vectors.bin', import.meta.url));
let loaded: WordVectors | null | undefined;

/** The word vectors, or null when the data file is missing (soft matching is then skipped). */
export function wordVectors(): WordVectors | null {
  if (loaded !== undefined) return loaded;
  let buf: Buffer;
  try {
    buf = readFileSync(FILE);
  } catch {
    loaded = null;
    return loaded;
  }
  if (buf.toString('ascii', 0, 4) !== 'PVEC' || buf.readUInt32LE(4) !== 1) throw new Error(`${FILE}: not a version-1 vector file`);
  const count = buf.readUInt32LE(8);
  const dims = buf.readUInt32LE(12);
  const vocabBytes = buf.readUInt32LE(16);
  let at = 20;
  const words = buf.toString('utf8', at, at + vocabBytes).split('\n');
  at += vocabBytes;
  const ranks = new Uint32Array(count);
  for (let i = 0; i < count; i++) ranks[i] = buf.readUInt32LE(at + i * 4);
  at += count * 4;
  const matrix = new Int8Array(count * dims);
  matrix.set(new Int8Array(buf.buffer, buf.byteOffset + at, count * dims));
  const norms = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += matrix[i * dims + d] ** 2;
    norms[i] = Math.sqrt(s) || 1;
  }
  const rows = new Map(words.map((w, i) => [w, i]));
  loaded = {
    index: (w) => rows.get(w) ?? -1,
    cosine(a, b) {
      if (a === b) return 1;
      let s = 0;
      const oa = a * dims;
      const ob = b * dims;
      for (let d = 0; d < dims; d++) s += matrix[oa + d] * matrix[ob + d];
      return s / (norms[a] * norms[b]);
    },
    rank: (row) => ranks[row],
    addTo(acc, row, weight) {
      const o = row * dims;
      const k = weight / norms[row];
      for (let d = 0; d < dims; d++) acc[d] += matrix[o + d] * k;
    },
    dims,
  };
  return loaded;
}
