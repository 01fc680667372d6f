import { join } from 'node:path';
import { DATA_ROOT, readDataDir, readDataFile } from '../data-files.ts';
import type { Taxonomy } from '../skills/taxonomy.ts';
import { type BuiltQuestions, generatedQuestions } from './generated.ts';
import { AskFile, BankFile, type BankQuestion, LoopFile } from './schema.ts';

/** A bank question with its skills resolved to taxonomy ids. */
export interface Question extends BankQuestion {
  skillIds: string[];
}

export interface Bank {
  /** The curated questions (data/bank). */
  questions: Question[];
  /** Curated and generated questions by question id. */
  byId: ReadonlyMap<string, Question>;
  /** For each technical taxonomy skill, questions built from its concepts (by skill id), one per leading concept. */
  generated: BuiltQuestions;
  ask: ReturnType<typeof AskFile.parse>;
  loops: ReturnType<typeof LoopFile.parse>;
}

/** Curated questions by id, falling back to the built ones ("sk-java") — those are made when first asked for. */
class QuestionIndex extends Map<string, Question> {
  readonly #built: BuiltQuestions;

  constructor(curated: Question[], built: BuiltQuestions) {
    super(curated.map((q) => [q.id, q]));
    this.#built = built;
  }

  override get(id: string): Question | undefined {
    return super.get(id) ?? this.#built.byQuestionId(id);
  }

  override has(id: string): boolean {
    return super.has(id) || this.#built.byQuestionId(id) !== undefined;
  }
}

let cached: Bank | undefined;

/**
 * Whether a question can be put to anyone on its track. "Your experience goes well beyond what this role asks for…"
 * is premised on one candidate's CV: a report asks it of them, a channel drop or a practice pick from the track never.
 */
export function askedOfAnyone(q: { topics?: readonly string[] }): boolean {
  return !q.topics?.includes('overqualified');
}

/** The curated bank from data/, validated and resolved once per process. */
export function loadBank(taxonomy: Taxonomy): Bank {
  if (cached) return cached;
  const questions = readDataDir('bank', BankFile).map((q) => ({
    ...q,
    skillIds: [...new Set(q.skills.map((s) => taxonomy.resolve(s)?.id).filter((id): id is string => Boolean(id)))],
  }));
  const generated = generatedQuestions(taxonomy);
  cached = {
    questions,
    byId: new QuestionIndex(questions, generated),
    generated,
    ask: readDataFile(join(DATA_ROOT, 'ask.yaml'), AskFile),
    loops: readDataFile(join(DATA_ROOT, 'loops.yaml'), LoopFile),
  };
  return cached;
}
