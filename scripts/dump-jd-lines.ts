// Prints the cleaned lines of job ads as "class<TAB>line" rows for hand labelling (eval/corpus/lines/<id>.tsv).
// Usage: node scripts/dump-jd-lines.ts <jd-id>...   The class column is only a first guess to correct by
// reading (the committed classifier's, else the heading rule's); every row must be checked by hand.
import { cleanDocument } from '../src/core/profile/clean.ts';
import { normaliseText } from '../src/core/profile/intake.ts';
import { classifyLines, lineClassifier, linesOfText, ruleParts } from '../src/core/profile/jd-lines.ts';
import { detectLanguage } from '../src/core/profile/language.ts';
import { loadTaxonomy } from '../src/core/skills/taxonomy.ts';
import { readDoc } from './eval/labels.ts';

const tx = loadTaxonomy();
const model = lineClassifier();
for (const id of process.argv.slice(2)) {
  const doc = cleanDocument(normaliseText(readDoc('jd', id)));
  const language = doc.meta.language ?? detectLanguage(doc.text);
  const rows = model
    ? classifyLines(doc.text, language, tx, model).map((r) => [r.cls, r.line.text])
    : (() => {
        const lines = linesOfText(doc.text);
        const rules = ruleParts(lines);
        return lines.map((l, i) => [rules[i], l.text]);
      })();
  console.log(rows.map(([c, t]) => `${c}\t${t.replace(/\t/g, ' ')}`).join('\n'));
}
