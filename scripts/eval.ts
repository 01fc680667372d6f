// npm run eval [-- --details] [-- --until-batch=N] — runs the offline engine on the real-document corpus (eval/corpus) and
// prints, separately for the dev and held-out splits, how far it is from the labels written before
// tuning (eval/corpus/labels.yaml). More columns cover documents nobody has tuned on: `untuned`, the
// held-out rows of the later collection rounds (batch: 2 to 14), and `batch-3` … `batch-14`, every
// row of the third to fourteenth rounds (dev and held-out: each was collected after the tuning of its time).
// A measurement, never a pass/fail test. Reads only repository files.
import { loadBank } from '../src/core/bank/load.ts';
import { parseCv } from '../src/core/profile/cv.ts';
import { normaliseText } from '../src/core/profile/intake.ts';
import { parseJd } from '../src/core/profile/jd.ts';
import { buildOfflineReport, loopFor } from '../src/core/report/build.ts';
import { cvLevel } from '../src/core/report/fit.ts';
import { rankQuestions } from '../src/core/report/rank.ts';
import { loopSection } from '../src/core/report/sections.ts';
import { loadTaxonomy } from '../src/core/skills/taxonomy.ts';
import { BANDS, type JdLabel, loadLabels, loadSecondBands, loadSecondLabels, readDoc, type Split } from './eval/labels.ts';
import { addCounts, type Counts, num, pct, prf, spearman } from './eval/metrics.ts';
import { checkRanking } from './eval/ranking.ts';

const details = process.argv.includes('--details');
const tx = loadTaxonomy();
const bank = loadBank(tx);
/** `--until-batch N`: only the rows of the first N collection rounds (batch 1 has no batch field), to compare with older runs. */
const untilArg = process.argv.find((a) => a.startsWith('--until-batch'));
const untilBatch = untilArg ? Number(untilArg.split('=')[1] ?? process.argv[process.argv.indexOf(untilArg) + 1]) : Number.POSITIVE_INFINITY;
const inBatches = (l: { batch?: number }) => (l.batch ?? 1) <= untilBatch;
const all = loadLabels();
const labels = { ...all, jds: all.jds.filter(inBatches), cvs: all.cvs.filter(inBatches), pairs: all.pairs.filter(inBatches) };
/** Label and engine skills compare by taxonomy id: case and aliases normalised. */
const canon = (s: string) => tx.resolve(s)?.id ?? s.toLowerCase();
/** A CV is read as of its own date (labels' as_of), so "present" means the same to engine and labeller. */
const asOf = (month: string) => new Date(`${month}-15T12:00:00Z`);
/** The last collection round: each round from the third on gets a column of its own. */
const LAST_BATCH = 49;
/**
 * Report columns: the two splits; `untuned`, the held-out rows of the later collection rounds (batch: 2 to 14);
 * `batch-3` … `batch-14`, all rows of the third to fourteenth rounds.
 */
type Column = Split | 'untuned' | `batch-${number}`;
const COLUMNS: Column[] = ['dev', 'heldout', 'untuned', ...Array.from({ length: LAST_BATCH - 2 }, (_, i): Column => `batch-${i + 3}`)];
/** The columns a labelled row counts in. */
const columnsOf = (l: { split: Split; batch?: number }): Column[] => {
  const cs: Column[] = [l.split];
  if (l.split === 'heldout' && l.batch !== undefined) cs.push('untuned');
  if (l.batch !== undefined && l.batch >= 3) cs.push(`batch-${l.batch}`);
  return cs;
};

interface Tally {
  jds: number;
  must: Counts;
  nice: Counts;
  track: number;
  seniority: number;
  title: number;
  company: number;
  minYears: number;
  cvs: number;
  cvSkills: Counts;
  yearsErr: number[];
  /** CVs with a labelled level, and those the engine reads at that level (its latest title, else its years). */
  levels: number;
  levelRight: number;
  zeroYears: number;
  statedYears: number;
  top10: number[];
  /** The same count when the ranking is given the labelled must-haves: what the bank allows, whatever the reader. */
  top10Ceiling: number[];
  fit: { band: number; score: number }[];
  /** The ranking's own promises on each pair's report (scripts/eval/ranking.ts). */
  ranking: {
    pairs: number;
    unitsMissingPairs: number;
    units: number;
    unitsMissing: number;
    top10: number;
    offTrack: number;
    offLevel: number;
    offLevelAbove: number;
    questions: number;
    narrow: number;
  };
  confusion: Map<string, number>;
  /** Ads whose labels name an interview step vs ads whose report loop shows a round taken from the ad. */
  process: Counts;
  /** Ads whose labels note pay, place, remote work or travel vs ads whose overview quotes a line for it. */
  logistics: Record<LogisticsKey, Counts>;
}
const LOGISTICS = ['pay', 'location', 'remote', 'travel'] as const;
type LogisticsKey = (typeof LOGISTICS)[number];
/**
 * A labelled process step that is a round of the interview (a call, an interview, a test, an exercise…), not a way to
 * apply ("email with CV", "application form"): the labels list both, and only rounds belong in the interview loop.
 */
const INTERVIEW_STEP =
  /\b(interviews?|calls?|chats?|conversations?|tests?|exercises?|pair(?:ing| programming)|assessments?|assignments?|tasks?|take-home|case stud(?:y|ies)|presentations?|quiz|challenge|trial|super ?day|embedded|video(?! or cv))\b/i;
const blank = (): Tally => ({
  jds: 0,
  must: { tp: 0, fp: 0, fn: 0 },
  nice: { tp: 0, fp: 0, fn: 0 },
  track: 0,
  seniority: 0,
  title: 0,
  company: 0,
  minYears: 0,
  cvs: 0,
  cvSkills: { tp: 0, fp: 0, fn: 0 },
  yearsErr: [],
  levels: 0,
  levelRight: 0,
  zeroYears: 0,
  statedYears: 0,
  top10: [],
  top10Ceiling: [],
  fit: [],
  ranking: {
    pairs: 0,
    unitsMissingPairs: 0,
    units: 0,
    unitsMissing: 0,
    top10: 0,
    offTrack: 0,
    offLevel: 0,
    offLevelAbove: 0,
    questions: 0,
    narrow: 0,
  },
  confusion: new Map(),
  process: { tp: 0, fp: 0, fn: 0 },
  logistics: {
    pay: { tp: 0, fp: 0, fn: 0 },
    location: { tp: 0, fp: 0, fn: 0 },
    remote: { tp: 0, fp: 0, fn: 0 },
    travel: { tp: 0, fp: 0, fn: 0 },
  },
});
/** Adds one yes/no detection to a count: the label says yes (`l`), the engine says yes (`e`). */
const addFlag = (c: Counts, l: boolean, e: boolean) => {
  if (l && e) c.tp++;
  else if (e) c.fp++;
  else if (l) c.fn++;
};
const tally = Object.fromEntries(COLUMNS.map((c) => [c, blank()])) as Record<Column, Tally>;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const log = (line: string) => details && console.log(line);

// Job ads: requirements, role, seniority, track.
const jdText = new Map<string, string>();
/** What the engine read of each ad, for the agreement table. */
const engineJd = new Map<string, { must: string[]; nice: string[]; track: string; seniority: string; minYears: number | null }>();
for (const l of labels.jds) {
  const raw = readDoc('jd', l.id);
  jdText.set(l.id, raw);
  const jd = parseJd(normaliseText(raw), tx);
  const must = l.must.map(canon);
  const statesRounds = l.process.some((step) => INTERVIEW_STEP.test(step));
  const loopFromAd = loopSection(undefined, jd).rounds.some((round) => round.focus.some((f) => f.startsWith('From the ad:')));
  for (const c of columnsOf(l)) {
    const t = tally[c];
    t.jds++;
    addFlag(t.process, statesRounds, loopFromAd);
    for (const k of LOGISTICS) addFlag(t.logistics[k], Boolean(l[k]), jd.logistics[k].length > 0);
    addCounts(t.must, must, jd.must);
    addCounts(t.nice, l.nice.map(canon), jd.nice);
    t.track += Number(jd.track === l.track);
    t.seniority += Number(jd.seniority === l.seniority);
    t.title += Number(same(jd.title, l.title));
    t.company += Number(same(jd.company, l.company));
    t.minYears += Number((jd.minYears ?? null) === l.min_years);
  }
  engineJd.set(l.id, { must: jd.must, nice: jd.nice, track: jd.track, seniority: jd.seniority, minYears: jd.minYears ?? null });
  const missed = must.filter((m) => !jd.must.includes(m));
  const extra = jd.must.filter((m) => !must.includes(m));
  log(
    `${l.id} [${l.split}] track ${jd.track}/${l.track} seniority ${jd.seniority}/${l.seniority} title "${jd.title}" company "${jd.company}"`,
  );
  log(`  must missed: ${missed.join(', ') || '-'} | must extra: ${extra.slice(0, 12).join(', ') || '-'}${extra.length > 12 ? ' …' : ''}`);
}

// CVs: years and hard skills.
const cvText = new Map<string, string>();
for (const l of labels.cvs) {
  const raw = readDoc('cv', l.id);
  cvText.set(l.id, raw);
  const cv = parseCv(normaliseText(raw), tx, asOf(l.as_of));
  // CV labels list hard skills only (no label names a behavioural id): the engine's soft skills are not compared.
  const hard = [...cv.skills.keys()].filter((id) => tx.get(id)?.category !== 'behavioural');
  for (const c of columnsOf(l)) {
    const t = tally[c];
    t.cvs++;
    addCounts(t.cvSkills, l.skills.map(canon), hard);
    if (l.years !== null) t.yearsErr.push(Math.abs(cv.years - l.years));
    if (l.seniority) {
      t.levels++;
      t.levelRight += Number(cvLevel(cv) === l.seniority);
    }
    if (l.years !== null && l.years >= 1) {
      t.statedYears++;
      t.zeroYears += Number(cv.years < 0.5);
    }
  }
  log(`${l.id} [${l.split}] years ${num(cv.years, 1)}/${l.years ?? 'null'} skills found ${cv.skills.size}`);
}

// Pairs: the whole report — fit score and band, and whether the top questions touch the ad's must-haves.
const jdLabel = new Map<string, JdLabel>(labels.jds.map((j) => [j.id, j]));
const cvAsOf = new Map(labels.cvs.map((c) => [c.id, c.as_of]));
const engineScore = new Map<string, number>();
// The ads a second labeller read: the same ranking fed their must-haves shows how many of the first labeller's a
// human reader's top ten would touch.
const secondJd = new Map(loadSecondLabels().map((b) => [b.id, b]));
const humanTop10: { split: Split; engine: number; second: number; first: number }[] = [];
for (const p of labels.pairs) {
  const { report, analysis } = buildOfflineReport({
    cv: cvText.get(p.cv) ?? '',
    jd: jdText.get(p.jd) ?? '',
    now: asOf(cvAsOf.get(p.cv) ?? '2026-11'),
  });
  const label = jdLabel.get(p.jd);
  const must = new Set((label?.must ?? []).map(canon));
  const touches = (qs: { id: string }[]) => qs.slice(0, 10).filter((q) => bank.byId.get(q.id)?.skillIds.some((s) => must.has(s))).length;
  const touching = touches(report.questions);
  const loop = loopFor(bank.loops, analysis.jd.track);
  const known = (ids: string[]) => ids.map(canon).filter((id) => tx.get(id));
  const touchesReading = (reader: { must: string[]; nice: string[] }) =>
    touches(
      rankQuestions({
        jd: { ...analysis.jd, must: known(reader.must), nice: known(reader.nice) },
        matches: analysis.matches,
        panel: [],
        questions: bank.questions,
        generated: bank.generated,
        loop,
        taxonomy: tx,
      }),
    );
  const ceiling = touchesReading({ must: label?.must ?? [], nice: label?.nice ?? [] });
  const other = secondJd.get(p.jd);
  if (other && must.size) humanTop10.push({ split: p.split, engine: touching, second: touchesReading(other), first: ceiling });
  engineScore.set(p.id, report.fitScore.score);
  const rankCheck = checkRanking(report.questions, analysis.jd, bank, tx);
  const key = `${p.band}|${report.fitScore.label}`;
  for (const c of columnsOf(p)) {
    const t = tally[c];
    if (must.size) t.top10.push(touching);
    if (must.size) t.top10Ceiling.push(ceiling);
    t.fit.push({ band: BANDS.indexOf(p.band), score: report.fitScore.score });
    const r = t.ranking;
    r.pairs++;
    r.units += rankCheck.units;
    r.unitsMissing += rankCheck.unitsMissing.length;
    // (An ad of more than fifteen must-haves cannot have them all in fifteen questions: counted, not held against it.)
    r.unitsMissingPairs += Number(rankCheck.unitsMissing.length > 0 && rankCheck.units <= 15);
    r.top10 += Math.min(10, report.questions.length);
    r.offTrack += rankCheck.offTrack;
    r.offLevel += rankCheck.offLevel;
    r.offLevelAbove += rankCheck.offLevelAbove;
    r.questions += report.questions.length;
    r.narrow += Number(rankCheck.span < 40);
    t.confusion.set(key, (t.confusion.get(key) ?? 0) + 1);
  }
  log(`${p.id} [${p.split}] expected ${p.band}, engine ${report.fitScore.score} (${report.fitScore.label}) track ${report.role.track}`);
}

// Print one column per split, plus untuned and batch-3 … batch-14.
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : Number.NaN);
const f1Line = (c: Counts) => {
  const r = prf(c);
  return `${num(r.f1)} (P ${num(r.precision)} / R ${num(r.recall)})`;
};
const rows: [string, (t: Tally) => string][] = [
  ['documents (JD / CV / pairs)', (t) => `${t.jds} / ${t.cvs} / ${t.fit.length}`],
  ['must-have skill F1 (precision / recall)', (t) => f1Line(t.must)],
  ['nice-to-have skill F1', (t) => f1Line(t.nice)],
  ['JD track accuracy', (t) => pct(t.track / t.jds)],
  ['JD seniority accuracy', (t) => pct(t.seniority / t.jds)],
  ['JD title exact / company exact', (t) => `${pct(t.title / t.jds)} / ${pct(t.company / t.jds)}`],
  ['JD min years exact', (t) => pct(t.minYears / t.jds)],
  ["ad's interview rounds in the loop (F1)", (t) => f1Line(t.process)],
  ['pay / place / remote / travel found (F1)', (t) => LOGISTICS.map((k) => num(prf(t.logistics[k]).f1)).join(' / ')],
  ['CV hard-skill F1', (t) => f1Line(t.cvSkills)],
  ['CV years mean abs error (n)', (t) => `${num(mean(t.yearsErr), 1)} (${t.yearsErr.length})`],
  ['CV level accuracy (n)', (t) => (t.levels ? `${pct(t.levelRight / t.levels)} (${t.levels})` : 'n/a')],
  ['"0 years" on CVs stating experience', (t) => `${t.zeroYears} of ${t.statedYears}`],
  ['top-10 questions touching a must (avg /10)', (t) => `${num(mean(t.top10), 1)} (${t.top10.length} pairs)`],
  ['  … if the reader found the labelled musts', (t) => num(mean(t.top10Ceiling), 1)],
  ['must-haves not in the top 15 (pairs ≤ 15)', (t) => `${t.ranking.unitsMissing} of ${t.ranking.units} (${t.ranking.unitsMissingPairs})`],
  ['top-10 questions off track / off level', (t) => `${t.ranking.offTrack} / ${t.ranking.offLevel} of ${t.ranking.top10}`],
  ['off-level questions above an own-level one', (t) => `${t.ranking.offLevelAbove} of ${t.ranking.questions}`],
  ['top-40 likelihood span under 40 points', (t) => `${t.ranking.narrow} of ${t.ranking.pairs}`],
  [
    'fit Spearman vs expected band order',
    (t) =>
      num(
        spearman(
          t.fit.map((f) => f.band),
          t.fit.map((f) => f.score),
        ),
      ),
  ],
];
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`prep-bot eval — ${labels.jds.length} job ads, ${labels.cvs.length} CVs, ${labels.pairs.length} pairs (eval/corpus)\n`);
console.log(
  `${pad('measure', 44)}${COLUMNS.map((c) => pad(c, 26))
    .join('')
    .trimEnd()}`,
);
for (const [name, f] of rows)
  console.log(
    `${pad(name, 44)}${COLUMNS.map((c) => pad(f(tally[c]), 26))
      .join('')
      .trimEnd()}`,
  );
for (const s of COLUMNS) {
  const labelsSeen = ['weak', 'partial', 'good', 'strong'];
  for (const k of tally[s].confusion.keys()) if (!labelsSeen.includes(k.split('|')[1])) labelsSeen.push(k.split('|')[1]);
  console.log(`\nfit-band confusion (${s}): rows = expected band, columns = engine label`);
  console.log(`${pad('', 16)}${labelsSeen.map((c) => pad(c, 10)).join('')}`);
  for (const b of BANDS)
    console.log(`${pad(b, 16)}${labelsSeen.map((c) => pad(String(tally[s].confusion.get(`${b}|${c}`) ?? 0), 10)).join('')}`);
}

// Inter-annotator agreement: a second labeller labelled a sample of the ads blind to labels.yaml. How far two careful
// people differ bounds what any reader can score against one of them.
const second = loadSecondLabels();
const first = new Map(labels.jds.map((j) => [j.id, j]));
type Reader = { must: string[]; nice: string[]; track: string; seniority: string; minYears: number | null };
const asReader = (l: { must: string[]; nice: string[]; track: string; seniority: string; min_years: number | null }): Reader => ({
  must: l.must.map(canon),
  nice: l.nice.map(canon),
  track: l.track,
  seniority: l.seniority,
  minYears: l.min_years,
});
const readers: Record<'first labeller' | 'second labeller' | 'engine', Map<string, Reader>> = {
  'first labeller': new Map(second.map((b) => [b.id, asReader(first.get(b.id) as JdLabel)])),
  'second labeller': new Map(second.map((b) => [b.id, asReader(b)])),
  engine: new Map(second.map((b) => [b.id, engineJd.get(b.id) as Reader])),
};
const compare = (a: Map<string, Reader>, b: Map<string, Reader>, only: (docId: string) => boolean) => {
  const must: Counts = { tp: 0, fp: 0, fn: 0 };
  const nice: Counts = { tp: 0, fp: 0, fn: 0 };
  let track = 0;
  let seniority = 0;
  let years = 0;
  let n = 0;
  for (const [docId, x] of a) {
    if (!only(docId)) continue;
    n++;
    const y = b.get(docId) as Reader;
    addCounts(must, x.must, y.must);
    addCounts(nice, x.nice, y.nice);
    track += Number(x.track === y.track);
    seniority += Number(x.seniority === y.seniority);
    years += Number(x.minYears === y.minYears);
  }
  return [num(prf(must).f1), num(prf(nice).f1), pct(track / n), pct(seniority / n), pct(years / n)];
};
const heldOut = second.filter((b) => first.get(b.id)?.split === 'heldout').length;
console.log(
  `\ninter-labeller agreement: ${second.length} ads (${second.length - heldOut} dev, ${heldOut} held out) labelled again, blind, by a second labeller (eval/corpus/agreement)`,
);
console.log(
  `${pad('pair of readers (ads)', 46)}${['must F1', 'nice F1', 'track', 'seniority', 'min years'].map((h) => pad(h, 12)).join('')}`,
);
const splitOf = (docId: string) => first.get(docId)?.split;
for (const [part, only] of [
  ['all', () => true],
  ['dev', (docId: string) => splitOf(docId) === 'dev'],
  ['held out', (docId: string) => splitOf(docId) === 'heldout'],
] as const)
  for (const [x, y] of [
    ['first labeller', 'second labeller'],
    ['first labeller', 'engine'],
    ['second labeller', 'engine'],
  ] as const)
    console.log(
      `${pad(`${x} vs ${y} (${part})`, 46)}${compare(readers[x], readers[y], only)
        .map((v) => pad(v, 12))
        .join('')}`,
    );

// Top-10 coverage is scored against the first labeller's must-haves: fed the second labeller's instead, the same ranking
// shows what a human reader's must-haves would reach (the pairs of the 60 ads above).
console.log(
  `\ntop-10 questions touching the first labeller's musts, by whose must-haves the ranking reads: ${humanTop10.length} pairs of the ads above`,
);
console.log(`${pad('reading (pairs)', 46)}${['engine', 'second', 'first', 'pairs'].map((h) => pad(h, 12)).join('')}`);
for (const [part, only] of [
  ['all', () => true],
  ['dev', (s: Split) => s === 'dev'],
  ['held out', (s: Split) => s === 'heldout'],
] as const) {
  const rows = humanTop10.filter((r) => only(r.split));
  const avg = (k: 'engine' | 'second' | 'first') => num(mean(rows.map((r) => r[k])), 2);
  console.log(
    `${pad(`top-10 coverage (${part})`, 46)}${[avg('engine'), avg('second'), avg('first'), String(rows.length)].map((v) => pad(v, 12)).join('')}`,
  );
}

// The same for fit: two more labellers gave a sample of the pairs a band, blind to labels.yaml. Their Spearman with the
// first labeller is the ceiling for the engine's fit Spearman against one labeller.
const bands = loadSecondBands();
const pairOf = new Map(labels.pairs.map((p) => [p.id, p]));
const bandHeldOut = bands.filter((b) => pairOf.get(b.id)?.split === 'heldout').length;
console.log(
  `\nfit-band agreement: ${bands.length} pairs (${bands.length - bandHeldOut} dev, ${bandHeldOut} held out) given a band again, blind, by two more labellers (eval/corpus/agreement/second-bands.yaml)`,
);
console.log(`${pad('pair of readers (pairs)', 46)}${['Spearman', 'same band', 'pairs'].map((h) => pad(h, 12)).join('')}`);
const rank = (band: string) => BANDS.indexOf(band as (typeof BANDS)[number]);
for (const [part, only] of [
  ['all', () => true],
  ['dev', (id: string) => pairOf.get(id)?.split === 'dev'],
  ['held out', (id: string) => pairOf.get(id)?.split === 'heldout'],
] as const) {
  const rows = bands.filter((b) => only(b.id));
  const firstBand = rows.map((b) => rank(pairOf.get(b.id)?.band ?? ''));
  const secondBand = rows.map((b) => rank(b.band));
  const engine = rows.map((b) => engineScore.get(b.id) ?? Number.NaN);
  const same = rows.filter((b) => pairOf.get(b.id)?.band === b.band).length;
  for (const [name, x, y, agree] of [
    ['first labeller vs second labeller', firstBand, secondBand, pct(same / rows.length)],
    ['first labeller vs engine', firstBand, engine, ''],
    ['second labeller vs engine', secondBand, engine, ''],
  ] as const)
    console.log(`${pad(`${name} (${part})`, 46)}${[num(spearman(x, y)), agree, String(rows.length)].map((v) => pad(v, 12)).join('')}`);
}
