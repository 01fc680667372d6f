import { loadBank } from '../bank/load.ts';
import { parseCv } from '../profile/cv.ts';
import { normaliseText } from '../profile/intake.ts';
import { parseJd } from '../profile/jd.ts';
import { parsePanel } from '../profile/panel.ts';
import { loadTaxonomy } from '../skills/taxonomy.ts';
import { retrainedInto } from './career.ts';
import { computeFit, matchSkills, overqualifiedLevel } from './fit.ts';
import { rankQuestions } from './rank.ts';
import type { Report } from './schema.ts';
import {
  companySection,
  conceptsSection,
  highlightsSection,
  loopSection,
  overviewSection,
  panelSection,
  planSection,
  positioningSection,
  questionsToAskSection,
  roleSection,
} from './sections.ts';
import { cleanRole } from './title.ts';

export interface ReportInput {
  cv: string;
  jd: string;
  panel?: string;
  /** YYYY-MM-DD: the plan ends the day before. */
  interviewDate?: string;
  /** Injected clock: the same inputs and clock give the same report. */
  now: Date;
}

/** Everything the offline engine computed, kept for the LLM chains to use as grounding. */
export interface OfflineAnalysis {
  jd: ReturnType<typeof parseJd>;
  cv: ReturnType<typeof parseCv>;
  matches: ReturnType<typeof matchSkills>;
}

/** The interview loop template of a track, else the general one. */
export function loopFor<L extends { track: string }>(loops: L[], track: string): L | undefined {
  return loops.find((l) => l.track === track) ?? loops.find((l) => l.track === 'general');
}

/** Builds the whole report with the offline engine: deterministic, no network. */
export function buildOfflineReport(input: ReportInput): { report: Report; analysis: OfflineAnalysis } {
  const started = performance.now();
  const taxonomy = loadTaxonomy();
  const bank = loadBank(taxonomy);
  const cvText = normaliseText(input.cv);
  const jdText = normaliseText(input.jd);
  const parsedJd = parseJd(jdText, taxonomy);
  // Titles pasted from job boards carry Markdown links and "· Company": every section uses the clean pair.
  const { title, company } = cleanRole({ ...parsedJd, team: parsedJd.team });
  const jd = { ...parsedJd, title, company };
  const cv = parseCv(cvText, taxonomy, input.now);
  const members = input.panel ? parsePanel(normaliseText(input.panel), taxonomy) : [];
  const matches = matchSkills(jd, cv, taxonomy);
  const fitScore = computeFit(jd, cv, matches, taxonomy);
  const loopTemplate = loopFor(bank.loops, jd.track);
  const overqualified = overqualifiedLevel(jd, cv, fitScore);
  const questions = rankQuestions({
    jd,
    matches,
    panel: members,
    questions: bank.questions,
    generated: bank.generated,
    loop: loopTemplate,
    taxonomy,
    careerChange: Boolean(fitScore.careerChange),
    retrained: retrainedInto(jd, cv),
    overqualified,
  });
  const loop = loopSection(loopTemplate, jd);
  const concepts = conceptsSection(matches, taxonomy, jd);
  const positioning = positioningSection(jd, cv, fitScore, matches, taxonomy, overqualified);
  const report: Report = {
    role: roleSection(jd),
    fitScore,
    overview: overviewSection(jd, fitScore, questions, positioning),
    highlights: highlightsSection(cv, matches, taxonomy),
    company: companySection(jd),
    panel: panelSection(members, questions, taxonomy),
    questions,
    loop: loop.rounds,
    loopSource: loop.source,
    questionsToAsk: questionsToAskSection(bank.ask, jd),
    concepts,
    positioning,
    plan: planSection(fitScore, questions, concepts, input.interviewDate, input.now),
    meta: {
      engine: 'offline',
      model: null,
      tokensIn: 0,
      tokensOut: 0,
      costUsd: 0,
      durationMs: 0,
      sources: ['cv', 'jd', ...(input.panel ? ['panel'] : [])],
      generatedAt: input.now.toISOString(),
      interviewDate: input.interviewDate ?? null,
      fallbacks: [],
      notes: [
        'Likelihoods are estimates from overlap between the job description, your CV and your panel notes — not measured frequencies.',
        ...jd.notes,
        ...(loop.source === 'ad' ? ["The interview loop is the ad's own process, not a template."] : []),
      ],
    },
  };
  report.meta.durationMs = Math.round(performance.now() - started);
  return { report, analysis: { jd, cv, matches } };
}
