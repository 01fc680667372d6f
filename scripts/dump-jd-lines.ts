// Prints the cleaned lines of job ads as "label<TAB>line" rows for hand labelling (eval/corpus/lines/<id>.tsv).
// Usage: node scripts/dump-jd-lines.ts <jd-id>...   (label column prefilled with the heading rule's guess)
import { normaliseText } from '../src/core/profile/intake.ts';
import { jdLines } from '../src/core/profile/jd-lines.ts';
import { classifyHeading } from '../src/core/profile/jd-sections.ts';
import { readDoc } from './eval/labels.ts';

for (const id of process.argv.slice(2)) {
  const rows = jdLines(normaliseText(readDoc('jd', id))).map((l) => {
    const guess = l.isHeading ? 'heading' : l.heading ? classifyHeading(l.heading) : 'other';
    return `${guess}\t${l.text.replace(/\t/g, ' ')}`;
  });
  console.log(rows.join('\n'));
}
