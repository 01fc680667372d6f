// Validates data/ (skills taxonomy, question bank, questions to ask, loops) and prints counts.
// Usage: npm run check-data   (exit 1 with the list of problems)
import { validateData } from '../src/core/bank/validate.ts';
import { checkLineModel } from '../src/core/profile/jd-lines.ts';
import { checkMustModel } from '../src/core/profile/jd-must.ts';
import { checkTrackModel } from '../src/core/profile/jd-track.ts';

try {
  const r = validateData();
  console.log(`skills: ${r.skills} ${JSON.stringify(r.skillCategories)}`);
  console.log(`questions: ${r.questions}; questions to ask: ${r.askQuestions}; loops: ${r.loopTracks.join(', ')}`);
  for (const [track, cats] of Object.entries(r.coverage)) console.log(`  ${track.padEnd(17)} ${JSON.stringify(cats)}`);
  const lines = checkLineModel();
  console.log(`JD line model: ${lines.features} features, ${lines.kb} KB`);
  r.problems.push(...lines.problems);
  const track = checkTrackModel();
  console.log(`JD track model: ${track.features} features, ${track.kb} KB`);
  r.problems.push(...track.problems);
  const must = checkMustModel();
  console.log(`JD must-have confidence model: ${must.features} features, ${must.kb} KB`);
  r.problems.push(...must.problems);
  if (r.problems.length) {
    console.log(r.problems.join('\n'));
    process.exit(1);
  }
  console.log('data OK');
} catch (e) {
  console.log((e as Error).message);
  process.exit(1);
}
