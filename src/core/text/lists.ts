/** Words joined as a sentence joins them: "A", "A and B", "A, B and C" (or "A, B or C" with `or`). */
export function wordList(xs: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${conjunction} ${xs[xs.length - 1]}`;
}
