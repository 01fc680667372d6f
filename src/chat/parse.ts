import type { IncomingFile } from '../core/profile/intake.ts';
import type { CommandInput } from './command.ts';

/** Splits "cv some text" into the command name and its input. */
export function splitCommand(line: string, files: IncomingFile[] = []): { name: string; input: CommandInput } {
  const trimmed = line.replace(/^\s*\/?prep\b/i, '').replace(/^\s+/, '');
  const m = trimmed.match(/^(\S*)([\s\S]*)$/);
  const name = (m?.[1] ?? '').toLowerCase();
  const rest = (m?.[2] ?? '').replace(/^[ \t]+/, '').replace(/^\n/, '');
  const words: string[] = [];
  const opts: Record<string, string> = {};
  for (const w of rest.split(/\s+/).filter(Boolean)) {
    const kv = w.match(/^([a-z][a-z-]*)=(.+)$/i);
    if (kv) opts[kv[1].toLowerCase()] = kv[2];
    else words.push(w);
  }
  return { name, input: { words, opts, rest: rest.trim(), files } };
}

/** Edit distance, for "did you mean". */
export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest known name, when it is close enough to be a typo. */
export function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = k.startsWith(name) && name.length >= 2 ? 0.5 : levenshtein(name, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 2)) ? best : undefined;
}
