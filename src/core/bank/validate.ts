import { join } from 'node:path';
import { DATA_ROOT, readDataDir, readDataFile } from '../data-files.ts';
import { SkillFile } from '../skills/schema.ts';
import { contentWords, jaccard, NEAR_DUPLICATE } from '../text/similarity.ts';
import { AskFile, BankFile, type Category, LoopFile, type Track } from './schema.ts';

export interface DataReport {
  problems: string[];
  skills: number;
  skillCategories: Record<string, number>;
  questions: number;
  /** Questions per track and category. */
  coverage: Partial<Record<Track, Partial<Record<Category, number>>>>;
  askQuestions: number;
  loopTracks: Track[];
}

/** Validates everything in data/: schemas, unique ids and spellings, references, near-duplicate questions. */
export function validateData(): DataReport {
  const problems: string[] = [];
  const skills = readDataDir('skills', SkillFile);
  const ids = new Set<string>();
  const spellings = new Map<string, string>();
  const skillCategories: Record<string, number> = {};
  for (const s of skills) {
    if (ids.has(s.id)) problems.push(`skill id repeated: ${s.id}`);
    ids.add(s.id);
    skillCategories[s.category] = (skillCategories[s.category] ?? 0) + 1;
    for (const n of [s.name, ...s.aliases, ...s.exact]) {
      const key = n.toLowerCase();
      const prev = spellings.get(key);
      if (prev && prev !== s.id) problems.push(`skill spelling "${n}" used by ${prev} and ${s.id}`);
      spellings.set(key, s.id);
    }
  }
  for (const s of skills) for (const a of s.adjacent) if (!ids.has(a)) problems.push(`skill ${s.id}: adjacent "${a}" is not a skill id`);
  for (const s of skills) for (const a of s.implies) if (!ids.has(a)) problems.push(`skill ${s.id}: implies "${a}" is not a skill id`);
  for (const s of skills)
    for (const n of s.shared) {
      const owner = spellings.get(n.toLowerCase());
      if (!owner || owner === s.id) problems.push(`skill ${s.id}: shared spelling "${n}" is not another skill's spelling`);
    }

  const bank = readDataDir('bank', BankFile);
  const qids = new Set<string>();
  const coverage: DataReport['coverage'] = {};
  for (const q of bank) {
    if (qids.has(q.id)) problems.push(`question id repeated: ${q.id}`);
    qids.add(q.id);
    for (const sk of q.skills)
      if (!spellings.has(sk.toLowerCase()) && !ids.has(sk)) problems.push(`question ${q.id}: skill "${sk}" is not in the taxonomy`);
    for (const t of q.tracks) {
      coverage[t] ??= {};
      const c = coverage[t] as Partial<Record<Category, number>>;
      c[q.category] = (c[q.category] ?? 0) + 1;
    }
  }
  const words = bank.map((q) => contentWords(q.text));
  for (let i = 0; i < bank.length; i++)
    for (let j = i + 1; j < bank.length; j++)
      if (jaccard(words[i], words[j]) >= NEAR_DUPLICATE) problems.push(`near-duplicate questions: ${bank[i].id} ~ ${bank[j].id}`);

  const ask = readDataFile(join(DATA_ROOT, 'ask.yaml'), AskFile);
  const loops = readDataFile(join(DATA_ROOT, 'loops.yaml'), LoopFile);
  return {
    problems,
    skills: skills.length,
    skillCategories,
    questions: bank.length,
    coverage,
    askQuestions: ask.reduce((n, t) => n + t.questions.length, 0),
    loopTracks: loops.map((l) => l.track),
  };
}
