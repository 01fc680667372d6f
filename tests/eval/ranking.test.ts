// The eval's count of the ranking's own promises (scripts/eval/ranking.ts) on a real pair, and on the same report with
// each promise broken by hand: a count that could not fail would hide a regression across the corpus.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRanking } from '../../scripts/eval/ranking.ts';
import { loadBank } from '../../src/core/bank/load.ts';
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const bank = loadBank(tx);
const doc = (kind: 'jd' | 'cv', name: string) => readFileSync(`eval/corpus/${kind}/${name}`, 'utf8');
// A junior support ad and a career changer's CV, both real (eval/corpus).
const { report, analysis } = buildOfflineReport({
  jd: doc('jd', 'jd-080-support-en.md'),
  cv: doc('cv', 'cv-181-call-centre-to-developer.txt'),
  now: new Date('2024-01-15T12:00:00Z'),
});

describe('the ranking checks npm run eval counts', () => {
  it('finds every promise kept on a real junior pair', () => {
    const c = checkRanking(report.questions, analysis.jd, bank, tx);
    expect(c.units).toBeGreaterThan(0);
    expect(c).toMatchObject({ unitsMissing: [], offTrack: 0, offLevel: 0, offLevelAbove: 0 });
    expect(c.span).toBeGreaterThanOrEqual(40);
  });

  it('counts a senior-only question in the top ten, an unrelated track, a must-have pushed out of the top 15 and flat likelihoods', () => {
    // (Neither touches a must-have of the ad, so the must-have left out below stays missing.)
    const touchesMust = (q: { skillIds: string[] }) => q.skillIds.some((id) => analysis.jd.must.includes(id));
    const senior = bank.questions.find((q) => q.tracks.includes('customer-success') && !q.levels.includes('junior') && !touchesMust(q));
    const offTrack = bank.questions.find(
      (q) => q.tracks.length === 1 && q.tracks[0] === 'frontend' && q.levels.includes('junior') && !touchesMust(q),
    );
    expect(senior).toBeDefined();
    expect(offTrack).toBeDefined();
    const as = (q: NonNullable<typeof senior>) => ({ ...report.questions[0], id: q.id });
    const must = analysis.jd.must.find((id) => report.questions.slice(0, 15).some((q) => bank.byId.get(q.id)?.skillIds.includes(id)));
    const withoutMust = report.questions.filter((q) => !bank.byId.get(q.id)?.skillIds.includes(must ?? ''));
    const broken = [as(senior!), as(offTrack!), ...withoutMust].map((q) => ({ ...q, likelihood: 50 }));
    const c = checkRanking(broken, analysis.jd, bank, tx);
    expect(c.offLevel).toBeGreaterThanOrEqual(1);
    expect(c.offLevelAbove).toBeGreaterThanOrEqual(1);
    expect(c.offTrack).toBe(1);
    expect(c.unitsMissing.flat()).toContain(must);
    expect(c.span).toBe(0);
  });
});
