import { wordList } from '../text/lists.ts';
import { yearsPhrase } from '../text/numbers.ts';
import { escapeRegExp } from '../text/regexp.ts';
import type { PredictedQuestion, Report } from './schema.ts';

/** What the report page shows beyond the raw sections: derived once here so the renderer stays markup. */

const DAY = 86_400_000;

/** Whole days from `now`'s UTC date to the interview date; undefined without a date. */
export function daysUntil(interviewDate: string | null, now: Date): number | undefined {
  if (!interviewDate) return undefined;
  const at = Date.parse(`${interviewDate}T00:00:00Z`);
  if (Number.isNaN(at)) return undefined;
  return Math.round((at - Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`)) / DAY);
}

/** "in 5 days", "tomorrow", "today", "3 days ago". */
/** The line above the loop: where its rounds come from. */
export function loopCaption(source: Report['loopSource']): string {
  if (source === 'ad') return "The ad's own interview process.";
  if (source === 'ad-and-template') return 'The first round is the one the ad names; the rest is a typical loop for this track.';
  return 'A typical loop for this track: the ad states no process.';
}

export function daysLeftText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return days === -1 ? '1 day ago' : `${-days} days ago`;
}

/** The round a question belongs to: the one it is attributed to, else the first round that asks its category. */
export function roundOf(q: PredictedQuestion, loop: Report['loop']): string {
  const named = loop.find((l) => q.interviewer === `${l.name} round`);
  if (named) return named.name;
  const asking = loop.filter((l) => l.categories.includes(q.category));
  if (!asking.length) return 'Any round';
  // Several rounds ask this category: the one whose focus the question talks about, else the longest.
  const words = new Set(`${q.text} ${q.skills.join(' ')}`.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const overlap = (l: Report['loop'][number]) =>
    (
      l.focus
        .join(' ')
        .toLowerCase()
        .match(/[a-z]{4,}/g) ?? []
    ).filter((w) => words.has(w)).length;
  return asking.reduce((best, l) => (overlap(l) > overlap(best) || (overlap(l) === overlap(best) && l.minutes > best.minutes) ? l : best))
    .name;
}

export interface RoundGroup {
  name: string;
  minutes: number | undefined;
  questions: PredictedQuestion[];
}

/** Questions grouped by round in the loop's order, each group ranked by likelihood. */
export function questionsByRound(r: Report): RoundGroup[] {
  const groups = new Map<string, RoundGroup>();
  for (const l of r.loop) groups.set(l.name, { name: l.name, minutes: l.minutes, questions: [] });
  for (const q of r.questions) {
    const name = roundOf(q, r.loop);
    if (!groups.has(name)) groups.set(name, { name, minutes: undefined, questions: [] });
    groups.get(name)?.questions.push(q);
  }
  return [...groups.values()].filter((g) => g.questions.length > 0);
}

export interface HighlightTheme {
  theme: string;
  /** Whether the job requires this theme (a must-have), rather than values it. */
  required: boolean;
  items: Report['highlights'];
}

/** CV highlights under the job requirement each proves first; lines proving none sit under "Measured results". */
export function highlightsByTheme(r: Report): HighlightTheme[] {
  const must = new Set(r.fitScore.matched.filter((m) => m.kind === 'must').map((m) => m.skill));
  const order = r.fitScore.matched.map((m) => m.skill);
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  const groups = new Map<string, HighlightTheme>();
  for (const h of r.highlights) {
    const skill = [...h.skills].sort((a, b) => Number(must.has(b)) - Number(must.has(a)) || rank(a) - rank(b))[0];
    const theme = skill ?? 'Measured results';
    if (!groups.has(theme)) groups.set(theme, { theme, required: must.has(theme), items: [] });
    groups.get(theme)?.items.push(h);
  }
  return [...groups.values()].sort((a, b) => Number(b.required) - Number(a.required) || rank(a.theme) - rank(b.theme));
}

export interface SkillRow {
  skill: string;
  kind: 'must' | 'nice';
  status: 'proven' | 'transferable' | 'missing';
  detail: string;
  risks: Report['positioning']['risks'];
}

/** Every requirement with its evidence, and the risks (with mitigation) that name it beside it. */
export function skillRows(r: Report): { rows: SkillRow[]; otherRisks: Report['positioning']['risks'] } {
  const used = new Set<number>();
  const about = (skill: string) =>
    r.positioning.risks.filter((k, i) => {
      const hit = new RegExp(`\\b${escapeRegExp(skill)}\\b`, 'i').test(k.risk);
      if (hit) used.add(i);
      return hit;
    });
  const rows: SkillRow[] = [
    ...r.fitScore.matched.map((m) => ({ skill: m.skill, kind: m.kind, status: 'proven' as const, detail: m.evidence })),
    ...r.fitScore.adjacent.map((m) => ({
      skill: m.skill,
      kind: m.kind,
      status: 'transferable' as const,
      detail: `via ${m.via}: ${m.evidence}`,
    })),
    ...r.fitScore.missing.map((m) => ({ skill: m.skill, kind: m.kind, status: 'missing' as const, detail: m.requirement })),
  ]
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'must' ? -1 : 1))
    .map((row) => ({ ...row, risks: about(row.skill) }));
  return { rows, otherRisks: r.positioning.risks.filter((_, i) => !used.has(i)) };
}

/** The "why you fit" paragraph: what is proven, what transfers, what is missing, in plain words. */
export function whyYouFit(r: Report): string {
  const f = r.fitScore;
  const names = (xs: { skill: string }[], n = 4) => wordList(xs.slice(0, n).map((x) => x.skill));
  const proven = f.matched.filter((m) => m.kind === 'must');
  const quantified = r.highlights.filter((h) => h.quantified).length;
  const parts: string[] = [];
  if (proven.length) parts.push(`Your CV proves ${proven.length} of the job's must-haves directly, including ${names(proven)}.`);
  else if (f.matched.length) parts.push(`Your CV shows ${names(f.matched)}, which the job values.`);
  else parts.push('Your CV does not yet show the skills this job asks for most.');
  if (quantified) parts.push(`${quantified} of your strongest lines carry a measured result — quote those numbers.`);
  if (f.adjacent.length)
    parts.push(`${names(f.adjacent, 3)} ${f.adjacent.length === 1 ? 'is' : 'are'} covered by related experience you can bridge from.`);
  if (f.years.required !== null)
    parts.push(
      f.years.cv >= f.years.required
        ? `Your ${yearsPhrase(f.years.cv)} meet the ${f.years.required}+ asked.`
        : `You have ${yearsPhrase(f.years.cv)} against ${f.years.required}+ asked, so lead with scope and outcomes.`,
    );
  const gaps = f.missing.filter((m) => m.kind === 'must');
  if (gaps.length) parts.push(`Prepare honest answers for the gaps: ${names(gaps)}.`);
  return parts.join(' ');
}
