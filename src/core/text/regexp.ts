/** A string as a regular expression that matches it literally ("Acme (EU)" → "Acme \(EU\)"). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
