// Lists taxonomy skills that no bank question covers (a question covers a skill when one of its
// `skills:` resolves to that id, as in loadBank). Pass skill names or ids to check just those.
// Usage: node scripts/uncovered-skills.ts [name ...]
import { loadBank } from '../src/core/bank/load.ts';
import { loadTaxonomy } from '../src/core/skills/taxonomy.ts';

const taxonomy = loadTaxonomy();
const covered = new Set(loadBank(taxonomy).questions.flatMap((q) => q.skillIds));
const wanted = process.argv.slice(2);
if (wanted.length) {
  for (const name of wanted) {
    const skill = taxonomy.resolve(name);
    console.log(`${name} -> ${skill ? `${skill.id} ${covered.has(skill.id) ? 'covered' : 'uncovered'}` : 'not in the taxonomy'}`);
  }
} else {
  const uncovered = [...taxonomy.skills.keys()].filter((id) => !covered.has(id));
  console.log(`uncovered: ${uncovered.length} of ${taxonomy.skills.size}`);
  console.log(uncovered.join(' '));
}
