import { join } from 'node:path';
import { DATA_ROOT, readDataDir, readDataFile } from '../data-files.ts';
import type { Taxonomy } from '../skills/taxonomy.ts';
import { AskFile, BankFile, type BankQuestion, LoopFile } from './schema.ts';

/** A bank question with its skills resolved to taxonomy ids. */
export interface Question extends BankQuestion {
  skillIds: string[];
}

export interface Bank {
  questions: Question[];
  byId: ReadonlyMap<string, Question>;
  ask: ReturnType<typeof AskFile.parse>;
  loops: ReturnType<typeof LoopFile.parse>;
}

let cached: Bank | undefined;

/** The curated bank from data/, validated and resolved once per process. */
export function loadBank(taxonomy: Taxonomy): Bank {
  if (cached) return cached;
  const questions = readDataDir('bank', BankFile).map((q) => ({
    ...q,
    skillIds: [...new Set(q.skills.map((s) => taxonomy.resolve(s)?.id).filter((id): id is string => Boolean(id)))],
  }));
  cached = {
    questions,
    byId: new Map(questions.map((q) => [q.id, q])),
    ask: readDataFile(join(DATA_ROOT, 'ask.yaml'), AskFile),
    loops: readDataFile(join(DATA_ROOT, 'loops.yaml'), LoopFile),
  };
  return cached;
}
