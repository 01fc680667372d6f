import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Pairs of opposite words from WordNet (data/antonyms.txt, written by `npm run build-antonyms`):
 * "synchronous"/"asynchronous", "include"/"exclude", "mutable"/"immutable". About 1,000 pairs.
 */
const FILE = fileURLToPath(new URL('../../../data/antonyms.txt', import.meta.url));
let loaded: Map<string, Set<string>> | undefined;

function table(): Map<string, Set<string>> {
  if (loaded) return loaded;
  loaded = new Map();
  let text = '';
  try {
    text = readFileSync(FILE, 'utf8');
  } catch {
    return loaded;
  }
  for (const line of text.split('\n')) {
    const [a, b] = line.split(' ');
    if (!a || !b) continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const s = loaded.get(x) ?? new Set<string>();
      s.add(y);
      loaded.set(x, s);
    }
  }
  return loaded;
}

/** The opposites of a word (lowercase base form), if WordNet lists any. */
export function antonymsOf(word: string): ReadonlySet<string> | undefined {
  return table().get(word);
}

/** Whether two words (any of their given forms) are opposites. */
export function areOpposites(a: readonly string[], b: readonly string[]): boolean {
  const bs = b.flatMap(forms);
  for (const x of a.flatMap(forms)) {
    const opp = table().get(x);
    if (opp && bs.some((y) => opp.has(y))) return true;
  }
  return false;
}

/** A word and its adjective form when it is an "-ly" adverb ("synchronously" → "synchronous"). */
export function forms(word: string): string[] {
  return word.length > 5 && word.endsWith('ly') ? [word, word.slice(0, -2)] : [word];
}
