// Re-aligns the hand line labels (eval/corpus/lines/<jd-id>.tsv) with the lines the engine reads after a change
// to the reader (cleanDocument): a line still there keeps its hand label, in order; a line the reader now
// produces for the first time (a front-matter list read as a section, a setext heading) gets the heading
// rule's class and is printed for review; a line the reader no longer produces (template comments, TOML keys)
// is dropped. Usage: node scripts/jd-lines/realign.ts [--write]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../../src/core/profile/clean.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { linesOfText, ruleParts } from '../../src/core/profile/jd-lines.ts';
import { readDoc } from '../eval/labels.ts';
import { LINES_DIR } from './train.ts';

const write = process.argv.includes('--write');
let changed = 0;
for (const file of readdirSync(LINES_DIR)
  .filter((f) => f.endsWith('.tsv'))
  .sort()) {
  const id = file.replace(/\.tsv$/, '');
  const rows = readFileSync(join(LINES_DIR, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((r) => {
      const [cls, ...rest] = r.split('\t');
      return { cls, text: rest.join('\t') };
    });
  const lines = linesOfText(cleanDocument(normaliseText(readDoc('jd', id))).text);
  const texts = lines.map((l) => l.text.replace(/\t/g, ' '));
  if (texts.length === rows.length && texts.every((t, i) => t === rows[i].text)) continue;
  const rules = ruleParts(lines);
  // Longest common subsequence of the old rows and the new lines: matched lines keep their hand labels.
  const n = rows.length;
  const m = texts.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let a = n - 1; a >= 0; a--)
    for (let b = m - 1; b >= 0; b--) lcs[a][b] = rows[a].text === texts[b] ? lcs[a + 1][b + 1] + 1 : Math.max(lcs[a + 1][b], lcs[a][b + 1]);
  const kept = new Map<number, string>();
  for (let a = 0, b = 0; a < n && b < m; ) {
    if (rows[a].text === texts[b]) {
      kept.set(b, rows[a].cls);
      a++;
      b++;
    } else if (lcs[a + 1][b] >= lcs[a][b + 1]) a++;
    else b++;
  }
  const fresh: string[] = [];
  const out = texts.map((t, i) => {
    const label = kept.get(i);
    if (label) return `${label}\t${t}`;
    const cls = lines[i].isHeading ? 'heading' : rules[i];
    fresh.push(`  + ${cls}\t${t.slice(0, 110)}`);
    return `${cls}\t${t}`;
  });
  changed++;
  console.log(`${file}: ${rows.length} → ${out.length} lines, ${fresh.length} new`);
  for (const f of fresh) console.log(f);
  if (write) writeFileSync(join(LINES_DIR, file), `${out.join('\n')}\n`);
}
console.log(`${changed} file(s) ${write ? 'rewritten' : 'differ (run with --write to rewrite)'}`);
