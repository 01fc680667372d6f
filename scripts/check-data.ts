// Validates data/: schema, unique ids, adjacency and skill references, near-duplicate questions.
// Usage: npm run check-data   (exit 1 with a list of problems)
import { join } from 'node:path';
import { AskFile, BankFile, LoopFile } from '../src/core/bank/schema.ts';
import { DATA_ROOT, readDataDir, readDataFile } from '../src/core/data-files.ts';
import { SkillFile } from '../src/core/skills/schema.ts';
import { contentWords, jaccard, NEAR_DUPLICATE } from '../src/core/text/similarity.ts';

const problems: string[] = [];
const skills = readDataDir('skills', SkillFile);
const ids = new Set<string>();
const names = new Map<string, string>();
for (const s of skills) {
  if (ids.has(s.id)) problems.push(`skill id repeated: ${s.id}`);
  ids.add(s.id);
  for (const n of [s.name, ...s.aliases, ...s.exact]) {
    const key = n.toLowerCase();
    const prev = names.get(key);
    if (prev && prev !== s.id) problems.push(`skill spelling "${n}" used by ${prev} and ${s.id}`);
    names.set(key, s.id);
  }
}
for (const s of skills) for (const a of s.adjacent) if (!ids.has(a)) problems.push(`skill ${s.id}: adjacent "${a}" is not a skill id`);

let bank: ReturnType<typeof BankFile.parse> = [];
try {
  bank = readDataDir('bank', BankFile);
} catch (e) {
  problems.push(String((e as Error).message));
}
const qids = new Set<string>();
for (const q of bank) {
  if (qids.has(q.id)) problems.push(`question id repeated: ${q.id}`);
  qids.add(q.id);
  for (const sk of q.skills)
    if (!names.has(sk.toLowerCase()) && !ids.has(sk)) problems.push(`question ${q.id}: skill "${sk}" is not in the taxonomy`);
}
const words = bank.map((q) => contentWords(q.text));
for (let i = 0; i < bank.length; i++)
  for (let j = i + 1; j < bank.length; j++)
    if (jaccard(words[i], words[j]) >= NEAR_DUPLICATE) problems.push(`near-duplicate questions: ${bank[i].id} ~ ${bank[j].id}`);

try {
  readDataFile(join(DATA_ROOT, 'ask.yaml'), AskFile);
  readDataFile(join(DATA_ROOT, 'loops.yaml'), LoopFile);
} catch (e) {
  problems.push(String((e as Error).message));
}

const byTrack = new Map<string, number>();
for (const q of bank) for (const t of q.tracks) byTrack.set(t, (byTrack.get(t) ?? 0) + 1);
console.log(`skills: ${skills.length}, questions: ${bank.length}`, Object.fromEntries(byTrack));
if (problems.length) {
  console.log(problems.join('\n'));
  process.exit(1);
}
console.log('data OK');
