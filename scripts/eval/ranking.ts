// The ranking's own promises (issue 10, item 5), checked on one report: they need no label, only the engine's reading
// of the ad. Every must-have the bank covers has a question in the top 15 (a list of alternatives is one must-have,
// met by a question on any of them); the top 10 holds no question of a track unrelated to the role and none written
// for another level than the role's, and no such question ranks above one at the role's level anywhere in the list;
// the top 40's likelihoods span at least 40 points.
import { GENERATED_PREFIX } from '../../src/core/bank/generated.ts';
import type { Bank } from '../../src/core/bank/load.ts';
import { alternativeUnit, type ParsedJd } from '../../src/core/profile/jd.ts';
import { trackFit } from '../../src/core/report/rank.ts';
import type { PredictedQuestion } from '../../src/core/report/schema.ts';
import type { Taxonomy } from '../../src/core/skills/taxonomy.ts';

export interface RankingCheck {
  /** Must-have units (alternatives together) the bank has a question for, and those with none in the top 15. */
  units: number;
  unitsMissing: string[][];
  /** Top-10 questions of a track unrelated to the role / written for other levels than the role's. */
  offTrack: number;
  offLevel: number;
  /** Questions (anywhere in the list) written for another level that rank above one written for the role's level. */
  offLevelAbove: number;
  /** Likelihood of the first question less that of the fortieth (or the last). */
  span: number;
}

export function checkRanking(questions: PredictedQuestion[], jd: ParsedJd, bank: Bank, taxonomy: Taxonomy): RankingCheck {
  const skillsOf = (q: PredictedQuestion) => bank.byId.get(q.id)?.skillIds ?? [];
  const covered = (id: string) => bank.questions.some((q) => q.skillIds.includes(id)) || Boolean(bank.generated.get(id)?.length);
  const unit = alternativeUnit(jd);
  const units = new Map<string, string[]>();
  for (const id of jd.must)
    if (taxonomy.get(id)?.category !== 'behavioural' && covered(id)) units.set(unit(id), [...(units.get(unit(id)) ?? []), id]);
  const top15 = new Set(questions.slice(0, 15).flatMap(skillsOf));
  // (A question built for a skill is asked on the role's own track, at any level.)
  const curated = questions.slice(0, 10).flatMap((q) => {
    const b = q.id.startsWith(GENERATED_PREFIX) ? undefined : bank.byId.get(q.id);
    return b ? [b] : [];
  });
  // (A built question is at the role's level; a curated one at its own levels.)
  const atLevel = questions.map((q) => q.id.startsWith(GENERATED_PREFIX) || (bank.byId.get(q.id)?.levels.includes(jd.seniority) ?? true));
  const lastAtLevel = atLevel.lastIndexOf(true);
  return {
    units: units.size,
    unitsMissing: [...units.values()].filter((u) => !u.some((id) => top15.has(id))),
    offTrack: curated.filter((q) => trackFit(q, jd.track) === 'off').length,
    offLevel: curated.filter((q) => !q.levels.includes(jd.seniority)).length,
    offLevelAbove: atLevel.filter((at, i) => !at && i < lastAtLevel).length,
    span: questions.length ? questions[0].likelihood - questions[Math.min(39, questions.length - 1)].likelihood : 0,
  };
}
