// The human-graded development rows (UNT CS short answers, assignments 1–4) for the grading bench
// and the calibration fit. They live beside the repository, never inside it: a fresh clone has none.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface DevRow {
  id: string;
  question: string;
  reference: string;
  answer: string;
  /** Average of the two human grades, 0–5. */
  score: number;
}

const FILE = 'unt-cs-dev.jsonl';

/** Where the dev rows are: ../shared/eval from the repository root (or from a worktree's parent). */
export function devSetPath(): string | undefined {
  const dirs = [resolve('..', 'shared', 'eval'), resolve('..', '..', 'shared', 'eval')];
  return dirs.map((d) => resolve(d, FILE)).find((f) => existsSync(f));
}

export function loadDevSet(path = devSetPath()): DevRow[] | undefined {
  if (!path) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as {
        id: string;
        question: string;
        reference_answer: string;
        answer: string;
        label_or_score: { score_avg_0_5: number };
      };
      return { id: r.id, question: r.question, reference: r.reference_answer, answer: r.answer, score: r.label_or_score.score_avg_0_5 };
    });
}
