import type { Level } from '../bank/schema.ts';
import type { EvidenceStrength, ParsedCv, SkillEvidence } from '../profile/cv.ts';
import { alternativeUnit, type ParsedJd, type RequirementKind, requirementUnits } from '../profile/jd.ts';
import { MUST_BASE_RATE, mustConfidence } from '../profile/jd-must.ts';
import type { Taxonomy } from '../skills/taxonomy.ts';
import { wordList } from '../text/lists.ts';
import { yearsPhrase } from '../text/numbers.ts';
import {
  type CareerChange,
  careerChangeOf,
  newTradeYears,
  PROFESSION_NAME,
  professionShown,
  relevantYears,
  retrainedInto,
} from './career.ts';
import type { FitSection } from './schema.ts';

/**
 * The fit score (README, "Fit score"): a weighted sum of four parts, each 0..1.
 *   must      0.50  coverage of must-have skills
 *   nice      0.15  coverage of nice-to-have skills (its weight moves to must when the ad lists none)
 *   evidence  0.15  how well the matched skills are proven (used in a role, with a number)
 *   seniority 0.20  years against the years asked, minus a step per level below the role
 * Coverage credit per skill: shown in work 1.0, in a summary or project 0.85, only listed 0.7,
 * only a transferable (adjacent) skill 0.4, nothing 0.
 * A fifth part, profession, makes a career change an absolute band rather than a rank: it is worth
 * PROFESSION_SHARE of the score and the four parts share the rest. The role's own trade earns all of it, a trade
 * that usually leads into the role half; a different profession gets none of it and the four parts share only
 * CAREER_CHANGE_SHARE — so a career changer (at most 20) never lands above a same-profession fit (at least 20).
 */
export const FIT_WEIGHTS = { must: 0.5, nice: 0.15, evidence: 0.15, seniority: 0.2 } as const;
export const PROFESSION_SHARE = 0.4;
/**
 * Profession credit when it is not a change: the CV's main trade is the role's 1, a trade it shows beside its main one
 * 0.75, another that usually leads into the role (or none clearly) 0.5 — 20 points, the most a career change can score.
 * (Side 0.75 chosen on the dev pairs: fit Spearman 0.6778 / 0.6779 / 0.6793 / 0.6792 at 0.85 / 0.6 / 0.7 / 0.75.)
 */
const PROFESSION_CREDIT = { own: 1, side: 0.75, other: 0.5 } as const;
export const CAREER_CHANGE_SHARE = 0.2;
/**
 * The role's title in the CV's own recent titles ("Recruiter" for a recruiter post, "Backend Developer" for a backend
 * one): what a recruiter reads first. Worth TITLE_SHARE of the score, taken from the four skill parts' share; not for a
 * career change. On the corpus it separates strong from medium pairs of the same trade.
 */
export const TITLE_SHARE = 0.1;
/** Words of a job title that say its level or its form, not the work. */
const TITLE_FILLER = new Set(
  'senior junior sr jr lead principal staff head chief intern trainee the and of for to in at with a an i ii iii iv de en la le el und der die das du des remote position job team m w d f h x all genders'.split(
    ' ',
  ),
);
/**
 * Score ceilings by levels below the role (0, 1, 2+): the top of partial and of weak. Labellers reading real
 * pairs never called a candidate one level short a strong fit, and two levels short almost always weak.
 */
export const GAP_CEILING = [100, 61, 45] as const;
/**
 * Must-have coverage under which a CV is at best a partial fit (with three or more must-haves): "good" with 2 of 23
 * must-haves shown misleads. On the dev pairs it moves Spearman by 0.001 (0.670 → 0.669) and four expected-weak pairs
 * from good to partial.
 */
const THIN_MUSTS = 0.3;
const CREDIT: Record<EvidenceStrength, number> = { experience: 1, summary: 0.85, listed: 0.7 };
const ADJACENT_CREDIT = 0.4;
/** Must-have credit when the ad names no skill at all: unknown, so a little under half. */
const UNKNOWN_MUST = 0.4;
const LEVELS: Level[] = ['junior', 'mid', 'senior', 'staff'];

export interface SkillMatch {
  id: string;
  kind: RequirementKind;
  credit: number;
  direct?: SkillEvidence;
  via?: SkillEvidence;
  /** For a must-have the confidence model scores: the chance that a recruiter would call it required (jd-must.ts). */
  sure?: number;
}

/** Matches each required skill against the CV: directly, through an adjacent skill, or not at all. */
export function matchSkills(jd: ParsedJd, cv: ParsedCv, taxonomy: Taxonomy): SkillMatch[] {
  const out: SkillMatch[] = [];
  // "Java and/or Python": once the CV shows one of a group, the others are not missing.
  const covered = new Map<string, SkillEvidence>();
  for (const g of jd.alternatives ?? []) {
    const shown = g.map((id) => cv.skills.get(id)).find((x) => x !== undefined);
    if (shown) for (const id of g) if (!cv.skills.has(id)) covered.set(id, shown);
  }
  for (const [kind, ids] of [
    ['must', jd.must],
    ['nice', jd.nice],
  ] as const) {
    for (const id of ids) {
      const alternative = kind === 'must' ? covered.get(id) : undefined;
      if (alternative) {
        out.push({ id, kind, credit: CREDIT[alternative.strength], via: alternative });
        continue;
      }
      const direct = cv.skills.get(id);
      if (direct) {
        out.push({ id, kind, credit: CREDIT[direct.strength], direct });
        continue;
      }
      const via = adjacentEvidence(id, cv, taxonomy);
      out.push({ id, kind, credit: via ? ADJACENT_CREDIT : 0, via });
    }
  }
  // The must-haves the reading is surest of first (jd-must.ts): the gaps, risks and concepts to review lead with what the
  // ad's requirements list names, not a practice its duties happened to mention. (A stable sort: ties keep the ad's order.)
  const sure = mustConfidence(jd, taxonomy);
  for (const m of out) if (m.kind === 'must' && sure.has(m.id)) m.sure = sure.get(m.id);
  const sureness = (m: SkillMatch) => (m.kind === 'must' ? (m.sure ?? MUST_BASE_RATE) : 0);
  return out.sort((a, b) => sureness(b) - sureness(a));
}

/** The CV's best evidence for a skill that transfers to `id` (either direction of adjacency). */
export function adjacentEvidence(id: string, cv: ParsedCv, taxonomy: Taxonomy): SkillEvidence | undefined {
  const entry = taxonomy.get(id);
  const candidates: SkillEvidence[] = [];
  for (const ev of cv.skills.values()) {
    const theirs = taxonomy.get(ev.id);
    if (entry?.adjacent.includes(ev.id) || theirs?.adjacent.includes(id)) candidates.push(ev);
  }
  return candidates.sort((a, b) => CREDIT[b.strength] - CREDIT[a.strength] || b.mentions - a.mentions)[0];
}

/** The level a CV reads at: its latest title, else its years. */
export function cvLevel(cv: ParsedCv, years = newTradeYears(cv) ?? cv.years): Level {
  const latest = [...cv.roles].sort((a, b) => b.to - a.to)[0]?.title ?? '';
  // ("Staff Nurse" is a nurse's first grade, not a staff-level engineer.)
  if (/\b(staff (?:engineer|developer|scientist|software|data|ml|designer|product|sre)|principal|head|director|architect)\b/i.test(latest))
    return 'staff';
  // (A lead of fewer than twelve years is read senior, as labellers read a five-year "Tech Lead": dev CVs 57% → 60%.)
  if (/\blead\b/i.test(latest)) return years >= 12 ? 'staff' : 'senior';
  if (/\b(senior|sr\.?)\b/i.test(latest)) return years >= 3 ? 'senior' : 'mid';
  // (A trainee in the other languages: "Ausbildung zum Fachinformatiker", "Duales Studium", "Werkstudent", "stagiaire",
  // "alternant", "becario", "estagiário", "tirocinante", "stagiair".)
  if (
    /\b(intern|junior|jr\.?|graduate|trainee|apprentice|ausbildung|azubi|auszubildende[rn]?|duales studium|dualer student|werkstudent(?:in)?|praktikant(?:in)?|stagiaire|alternante?|apprentie?|becari[oa]|pasante|estagi[áa]ri[oa]|tirocinante|stagista|stagiair)\b/i.test(
      latest,
    )
  )
    return 'junior';
  // (Years alone make a staff engineer late: labellers read eight to eleven years without a lead's title as senior. Per CV,
  // 38% → 47% of the dev CVs' labelled levels; the fit Spearman moved by −0.0004.)
  if (years >= 12) return 'staff';
  if (years >= 5) return 'senior';
  // (Two years are still junior to a labeller: dev CVs 55% → 57%, fit Spearman 0.6763 → 0.6782.)
  if (years >= 3) return 'mid';
  return 'junior';
}

/** A count of years inside a sentence: "none", "under a year", "3". */
const howMany = (years: number) => (years === 0 ? 'none' : years < 1 ? 'under a year' : String(years));

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * The years a CV brings to this role: those in the role's own profession (a support specialist turned developer counts
 * their developer years), else, for someone who retrained, those of the new trade whichever role they apply to (a
 * bootcamp graduate of eleven years behind a bar is a junior) unless the role is in a trade their earlier jobs name,
 * else all of them. The fit and the overqualification check read the same count.
 */
function yearsForRole(jd: ParsedJd, cv: ParsedCv): { relevant?: number; retrained?: number; years: number } {
  const relevant = relevantYears(jd, cv);
  const retrained = relevant === undefined ? newTradeYears(cv, jd) : undefined;
  return { relevant, retrained, years: relevant ?? retrained ?? cv.years };
}

/**
 * The CV's level when it sits two or more above the role's (a staff engineer for a junior post): counted from the
 * years in the role's own profession, and only when the ad states the role's level (its title, grade or years asked)
 * and the CV its dates. A career changer is not overqualified: their years were in another trade.
 */
export function overqualifiedLevel(jd: ParsedJd, cv: ParsedCv, fit: Pick<FitSection, 'careerChange'>): Level | undefined {
  if (!cv.yearsStated || !['title', 'grade', 'years'].includes(jd.seniorityFrom ?? '')) return undefined;
  if (fit.careerChange) return undefined;
  // (Someone who retrained into the role's trade is new to it, whatever their years before.)
  if (retrainedInto(jd, cv)) return undefined;
  const level = cvLevel(cv, yearsForRole(jd, cv).years);
  return LEVELS.indexOf(level) - LEVELS.indexOf(jd.seniority) >= 2 ? level : undefined;
}

export function computeFit(jd: ParsedJd, cv: ParsedCv, matches: SkillMatch[], taxonomy: Taxonomy): FitSection {
  const name = (id: string) => taxonomy.name(id);
  const must = matches.filter((m) => m.kind === 'must');
  const nice = matches.filter((m) => m.kind === 'nice');
  const direct = matches.filter((m) => m.direct);
  // An ad whose requirements name no skill the taxonomy knows is judged on the skills it mentions anywhere (its
  // duties, its stack); with fewer than two of those, the part is unknown and counts a little under half.
  const mentioned = must.length ? [] : jd.mentioned.filter((id) => taxonomy.get(id)?.category !== 'behavioural');
  const mentionedCredit = mentioned.map((id) => (cv.skills.get(id) ? 1 : adjacentEvidence(id, cv, taxonomy) ? ADJACENT_CREDIT : 0));
  // A list of alternatives ("Java, Python or Go") is one requirement, met as well as its best-shown member.
  const requirements = requirementUnits(jd, must, (m) => m.id);
  const sameList = alternativeUnit(jd);
  const best = (r: SkillMatch[]) => Math.max(...r.map((m) => m.credit));
  const baseMust = must.length ? mean(requirements.map(best)) : mentioned.length >= 2 ? mean(mentionedCredit) : UNKNOWN_MUST;
  // A language the ad requires and the CV never mentions is a must-have gap a recruiter sees first.
  const languages = missingLanguages(jd, cv);
  const mustV = languages.length ? baseMust * 0.7 : baseMust;
  const niceV = mean(nice.map((m) => m.credit));
  const evidenceV = mean(
    direct.map((m) =>
      m.direct?.strength === 'experience' ? (m.direct.quantified ? 1 : 0.8) : m.direct?.strength === 'summary' ? 0.5 : 0.3,
    ),
  );
  // An undated CV is not a junior one: its years are unknown, so they neither help nor count against it.
  const { relevant, retrained, years } = yearsForRole(jd, cv);
  const yearsV = jd.minYears && cv.yearsStated ? Math.min(1, years / jd.minYears) : 1;
  const level = cvLevel(cv, years);
  const gap = cv.yearsStated || level !== 'junior' ? Math.max(0, LEVELS.indexOf(jd.seniority) - LEVELS.indexOf(level)) : 0;
  // (A step of 0.65 a level: labellers read one level short as a real gap. Dev fit Spearman 0.6793 / 0.6800 / 0.6808 /
  // 0.6804 at 0.35 / 0.5 / 0.65 / 0.8.)
  const seniorityV = Math.max(0, Math.min(1, yearsV - 0.65 * gap));
  const change = careerChangeOf(jd, cv, taxonomy);
  const title = change ? undefined : titleOverlap(jd.title, cv);
  // (A CV with no titled role, or a title of no word of its own, is not judged on it: the weight stays with the skills.)
  const titleWeight = title ? TITLE_SHARE : 0;
  const share = change ? CAREER_CHANGE_SHARE : 1 - PROFESSION_SHARE - titleWeight;
  const base = nice.length ? FIT_WEIGHTS : { ...FIT_WEIGHTS, must: FIT_WEIGHTS.must + FIT_WEIGHTS.nice, nice: 0 };
  const w = {
    must: round3(base.must * share),
    nice: round3(base.nice * share),
    evidence: round3(base.evidence * share),
    seniority: round3(base.seniority * share),
    profession: change ? 1 - CAREER_CHANGE_SHARE : PROFESSION_SHARE,
    title: titleWeight,
  };
  const trade = change ? undefined : professionShown(jd, cv);
  const professionV = trade ? PROFESSION_CREDIT[trade.kind] : 0;
  const total =
    w.must * mustV +
    w.nice * niceV +
    w.evidence * evidenceV +
    w.seniority * seniorityV +
    w.profession * professionV +
    w.title * (title?.share ?? 0);
  // Below the role's level the score is capped: one level short is at best partial, two or more at best weak.
  // (Not when the level was only inferred from the ad's wording: that reading is the least sure.)
  const firm = jd.seniorityFrom !== 'body';
  const capped = change || !firm ? 0 : gap;
  const uncapped = Math.round(100 * Math.max(0, Math.min(1, total)));
  // A CV that shows under a third of three or more must-haves is at best a partial fit, whatever else it shows.
  const thin = !change && requirements.length >= 3 && mustV < THIN_MUSTS;
  const levelCap = GAP_CEILING[Math.min(capped, 2)];
  const score = Math.min(levelCap, uncapped, thin ? GAP_CEILING[1] : 100);
  // The label follows: partial/weak at best below a firm level; one band softer (good/partial) below a guessed one.
  const ceiling = gap === 0 ? 0 : Math.min(gap, 2) + (firm ? 1 : 0);
  const banded = score >= 78 ? 0 : score >= 62 ? 1 : score >= 46 ? 2 : 3;
  const label = change ? 'career-change' : (['strong', 'good', 'partial', 'weak'] as const)[Math.max(banded, ceiling)];
  const mustDirect = requirements.filter((r) => r.some((m) => m.direct)).length;
  const mustAdj = requirements.filter((r) => !r.some((m) => m.direct) && r.some((m) => m.via)).length;
  const requirementFor = (id: string, kind: RequirementKind) =>
    jd.requirements.find((r) => r.kind === kind && r.skills.includes(id))?.text ?? '';

  const components = [
    {
      name: 'Must-have skills',
      weight: w.must,
      value: round2(mustV),
      note: `${
        must.length
          ? `${mustDirect} of ${requirements.length} shown directly${mustAdj ? `, ${mustAdj} through a transferable skill` : ''}${requirements.length < must.length ? ' (a list of alternatives counts once)' : ''}.`
          : mentioned.length >= 2
            ? `The ad names no required skill this reader knows; judged on the ${mentioned.length} it mentions, ${mentionedCredit.filter((c) => c === 1).length} of which the CV shows.`
            : 'The ad names no required skill this reader knows; counted as a little under half met.'
      }${languages.length ? ` The ad asks for ${languages.join(' and ')}, which the CV does not mention.` : ''}`,
    },
    {
      name: 'Nice-to-have skills',
      weight: w.nice,
      value: round2(niceV),
      note: nice.length
        ? `${nice.filter((m) => m.direct).length} of ${nice.length} shown.`
        : 'The ad lists no nice-to-haves; their weight moved to must-haves.',
    },
    {
      name: 'Evidence quality',
      weight: w.evidence,
      value: round2(evidenceV),
      note: direct.length
        ? `${direct.filter((m) => m.direct?.strength === 'experience').length} of ${direct.length} matched skills are proven in work experience, ${direct.filter((m) => m.direct?.quantified).length} with a measured result${direct.some((m) => m.direct?.strength !== 'experience') ? '; a skill only named in a summary or a skills list counts for less' : ''}.`
        : 'No required skill is shown in the CV yet.',
    },
    {
      name: 'Seniority and years',
      weight: w.seniority,
      value: round2(seniorityV),
      note: cv.yearsStated
        ? `${yearsPhrase(cv.years)} in the CV${relevant === undefined ? '' : `, ${howMany(relevant)} of them in roles like this one`}${retrained === undefined || retrained === cv.years ? '' : `, ${howMany(retrained)} of them in the trade you retrained into`}${jd.minYears ? ` against ${jd.minYears}+ asked` : ''}; the role is ${jd.seniority}, the CV reads as ${level}.`
        : `The CV states no dates or total, so its experience is not stated — not counted against you; the role is ${jd.seniority}.`,
    },
    {
      name: 'Profession',
      weight: w.profession,
      value: professionV,
      note: change
        ? `A career change: the CV reads as ${PROFESSION_NAME[change.from]}, the role is ${PROFESSION_NAME[change.to]}. The other parts count for ${Math.round(100 * CAREER_CHANGE_SHARE)} points at most.`
        : professionNote(trade),
    },
    {
      name: 'Role title',
      weight: w.title,
      value: round2(title?.share ?? 0),
      note: change
        ? 'Not counted for a career change.'
        : title?.words.length
          ? `Your recent titles already name ${title.words.map((x) => `"${x}"`).join(', ')} from the role's title.`
          : title
            ? "None of your three latest titles names the role's: say in your summary line which of your work was this role's."
            : "The CV shows no dated role with a title (or the role's title names no trade), so this part is not counted.",
    },
  ];
  // (A member of a list of alternatives is no gap when another member is shown: "Java or Python" with Python.)
  const unitMet = new Set(matches.filter((m) => m.kind === 'must' && (m.direct || m.via)).map((m) => sameList(m.id)));
  const missing = matches.filter((m) => !m.direct && !m.via && !(m.kind === 'must' && unitMet.has(sameList(m.id))));
  // The must-haves missing, a list of alternatives once: "Python, SQL, R or Apache Spark".
  const missingUnits = requirementUnits(
    jd,
    missing.filter((m) => m.kind === 'must'),
    (m) => m.id,
  ).map((u) =>
    wordList(
      u.map((m) => name(m.id)),
      'or',
    ),
  );
  const summary = [
    change
      ? `${score}/100 — a career change: from ${PROFESSION_NAME[change.from]} ${change.earlier ? `back to ${PROFESSION_NAME[change.to]}, a trade your CV shows from before` : `to ${PROFESSION_NAME[change.to]}`}${change.transfers.length ? `; what transfers: ${change.transfers.join(', ')}` : ''}.`
      : `${score}/100 — a ${label} fit for ${jd.title || 'this role'}.`,
    score < uncapped
      ? score === levelCap
        ? `The skills alone would score ${uncapped}; it is held at ${score} because the CV reads as ${level} and the role is ${jd.seniority} — interviewers will probe whether you can work at that level, so bring examples of work beyond your title.`
        : `The other parts would score ${uncapped}; it is held at ${score} because the CV shows under a third of the must-haves — close the biggest gaps first, or show where you used them.`
      : '',
    must.length
      ? requirements.length === 1
        ? `The ad names one must-have, and your CV ${mustDirect ? 'shows it' : mustAdj ? 'covers it with transferable experience' : 'does not show it yet'}.`
        : `Your CV shows ${mustDirect} of the ${requirements.length} must-haves${mustAdj ? ` and covers ${mustAdj} more with transferable experience` : ''}.`
      : '',
    missingUnits.length
      ? `Missing: ${missingUnits.slice(0, 4).join(missingUnits.some((u) => u.includes(' or ')) ? '; ' : ', ')}.`
      : must.length
        ? 'No must-have is missing outright.'
        : 'The ad names no required skill this reader knows: the questions below follow the skills its duties and the rest of the ad name.',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    score,
    label,
    summary,
    components,
    matched: direct.map((m) => ({
      skill: name(m.id),
      kind: m.kind,
      evidence: m.direct?.line ?? '',
      strength: m.direct?.strength ?? 'listed',
    })),
    // (Not the other members of a list the CV meets: Python meets "Java or Python", it does not stand in for Java.)
    adjacent: matches
      .filter((m) => !m.direct && m.via && sameList(m.id) !== sameList(m.via.id))
      .map((m) => ({ skill: name(m.id), kind: m.kind, via: name(m.via?.id ?? ''), evidence: m.via?.line ?? '' })),
    missing: missing.map((m) => ({ skill: name(m.id), kind: m.kind, requirement: requirementFor(m.id, m.kind) })),
    years: { required: jd.minYears ?? null, cv: cv.years, stated: cv.yearsStated },
    careerChange: change ? careerChangeSection(change) : null,
  };
}

/** The words of a title that name the work, singular: "Senior Backend Developers (m/w/d)" → backend, developer. */
function titleWords(title: string): Set<string> {
  return new Set(
    // ("Front-End", "front end" and "Frontend" are one word, and so are "Full Stack" and "Fullstack".)
    (
      title
        .toLowerCase()
        .replace(/\b(front|back)[\s-]+end\b/g, '$1end')
        .replace(/\bfull[\s-]+stack\b/g, 'fullstack')
        .match(/\p{L}[\p{L}+#]*/gu) ?? []
    )
      .filter((w) => w.length > 1 && !TITLE_FILLER.has(w))
      .map((w) => w.replace(/(?<=[^s])s$/, ''))
      .map((w) => TITLE_SYNONYM.get(w) ?? w),
  );
}

/** Title words that name the same work: a developer is an engineer is a programmer, in any language. */
const TITLE_SYNONYM = new Map<string, string>([
  ...'engineer programmer entwickler entwicklerin développeur développeuse developpeur desarrollador desarrolladora desenvolvedor desenvolvedora sviluppatore sviluppatrice ontwikkelaar swe sde'
    .split(' ')
    .map((w): [string, string] => [w, 'developer']),
  ...'recruiting recruitment talent acquisition recruteur recruteuse reclutador recrutador'
    .split(' ')
    .map((w): [string, string] => [w, 'recruiter']),
  ...'design diseñador designerin'.split(' ').map((w): [string, string] => [w, 'designer']),
]);

/**
 * How much of the role's title the CV's three latest titles name: the share of the title's words found there, and
 * those words. Undefined when the CV has no dated role or the title no word of its own.
 */
export function titleOverlap(jobTitle: string, cv: ParsedCv): { share: number; words: string[] } | undefined {
  const wanted = titleWords(jobTitle);
  const recent = cv.roles
    .filter((r) => !r.minor && r.title)
    .sort((a, b) => b.to - a.to)
    .slice(0, 3);
  if (!wanted.size || !recent.length) return undefined;
  const held = titleWords(recent.map((r) => r.title).join(' '));
  const words = [...wanted].filter((w) => held.has(w));
  return { share: words.length / wanted.size, words };
}

/** What the profession part says when the role is not a change of career. */
function professionNote(trade: ReturnType<typeof professionShown> | undefined): string {
  const main = trade?.main ? PROFESSION_NAME[trade.main] : undefined;
  if (trade?.kind === 'own') return `The CV's main trade, ${main}, is the role's own.`;
  if (trade?.kind === 'side') return `The CV shows the role's trade beside its main one (${main}).`;
  return main
    ? `The CV reads as ${main}, not yet the role's own trade: this part counts half.`
    : 'The CV shows no clear trade, so this part counts half: a summary line naming your trade helps recruiters too.';
}

/** What a career changer should do: lead with what transfers, close the gap visibly, and tell the story of the move. */
function careerChangeSection(c: CareerChange): NonNullable<FitSection['careerChange']> {
  const to = PROFESSION_NAME[c.to];
  return {
    from: PROFESSION_NAME[c.from],
    to,
    transfers: c.transfers,
    plan: [
      c.earlier
        ? `Lead with the ${to} work your CV shows from before ${PROFESSION_NAME[c.from]}: a two-minute story of why you are going back to it, and what the time in ${PROFESSION_NAME[c.from]} adds.`
        : `Write a two-minute story of the move: why ${to}, why now, and what you have already done towards it.`,
      c.transfers.length
        ? `Turn each transferable strength (${c.transfers.slice(0, 3).join(', ')}) into a STAR story told in ${to} terms.`
        : `Find three things from your ${PROFESSION_NAME[c.from]} work that a ${to} team would value, and tell each as a STAR story.`,
      `Show the gap is closing: a course, a side project or volunteer work in ${to}, with something concrete to show.`,
      `Learn the vocabulary and the everyday tools of ${to} well enough to discuss them without notes.`,
    ],
  };
}

const LANGUAGE_WORDS: Record<string, RegExp> = {
  French: /\b(french|français|francais|française|francophone)\b/i,
  English: /\b(english|anglais|inglese|englisch|inglés|inglês)\b/i,
  Italian: /\b(italian|italiano|italien|italienisch)\b/i,
  German: /\b(german|deutsch|allemand|tedesco|alemán)\b/i,
  Spanish: /\b(spanish|español|espagnol|spagnolo|spanisch|espanhol)\b/i,
  Portuguese: /\b(portuguese|português|portugais|portoghese|portugiesisch)\b/i,
};
const ASKS_LANGUAGE =
  /\b(bilingual|bilingue|fluen\w+|proficien\w+|official languages|langues officielles|conoscenza della lingua|lingua|langue|sprachkenntnisse|idioma|both .* and)\b/i;

/** Languages the ad requires (named in a requirement about language, or "bilingual") that the CV never names. */
export function missingLanguages(jd: ParsedJd, cv: ParsedCv): string[] {
  const asked = new Set<string>();
  for (const r of jd.requirements)
    if (r.kind === 'must' && ASKS_LANGUAGE.test(r.text))
      for (const [name, re] of Object.entries(LANGUAGE_WORDS)) if (re.test(r.text)) asked.add(name);
  // A CV written in English says nothing about English; only other languages need naming.
  asked.delete('English');
  return [...asked].filter((name) => !LANGUAGE_WORDS[name].test(cv.text));
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

const round2 = (x: number) => Math.round(x * 100) / 100;
