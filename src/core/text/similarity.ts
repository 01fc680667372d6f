/** Cheap lexical similarity used to keep question lists free of near-duplicates. */

const STOP = new Set(
  'a an the and or of to in on for with how what why when which who you your would do does did is are was were be been it its this that these those as at by from into about can could should i we they them our us me my if then than so but not no yes there their have has had will just any all each one two some more most very'.split(
    ' ',
  ),
);

/** Lowercased content words with a crude plural/-ing fold, for comparing question wordings. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9+#.\s-]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => w.replace(/(ies)$/, 'y').replace(/(ing|es|s)$/, ''));
  return new Set(words.filter((w) => w.length > 1));
}

/** Jaccard overlap of two word sets, 0..1. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Two question wordings this similar are treated as the same question. */
export const NEAR_DUPLICATE = 0.6;

export function isNearDuplicate(a: string, b: string): boolean {
  return jaccard(contentWords(a), contentWords(b)) >= NEAR_DUPLICATE;
}
