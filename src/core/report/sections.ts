import { type AskTheme, type Level, type LoopTemplate, SOFTWARE_TRACKS } from '../bank/schema.ts';
import type { ParsedCv } from '../profile/cv.ts';
import { alternativeUnit, type ParsedJd, requirementUnits } from '../profile/jd.ts';
import { namesRound } from '../profile/jd-process.ts';
import { LANGUAGE_NAME } from '../profile/language.ts';
import type { PanelMember } from '../profile/panel.ts';
import type { Taxonomy } from '../skills/taxonomy.ts';
import { wordList } from '../text/lists.ts';
import { yearsPhrase } from '../text/numbers.ts';
import { missingLanguages, type SkillMatch } from './fit.ts';
import type { FitSection, PredictedQuestion, Report } from './schema.ts';
import { cleanRole, plainText } from './title.ts';

/** Each report section is a pure function of the parsed inputs; the LLM chains reuse them as grounding. */

export function roleSection(jd: ParsedJd): Report['role'] {
  return cleanRole({ title: jd.title, company: jd.company, team: jd.team, seniority: jd.seniority, track: jd.track });
}

/** A CV line kept as data in a site's source (`"specialization": "Full-stack program in …",`): its value is what the CV says. */
const FIELD_LINE = /^["']?[A-Za-z_][\w-]*["']?\s*:\s*(["'`])(.+)\1\s*,?\s*$/;

/** A CV line as the report quotes it: a data field's value, else the line itself (always a part of the CV's text). */
export function cvQuote(line: string): string {
  return line.match(FIELD_LINE)?.[2].trim() ?? line;
}

export function highlightsSection(cv: ParsedCv, matches: SkillMatch[], taxonomy: Taxonomy): Report['highlights'] {
  const wanted = new Map(matches.map((m) => [m.id, m]));
  const scored = cv.experienceLines.map(({ line, skills }, order) => {
    const ids = skills.filter((id) => wanted.has(id));
    const mustCount = ids.filter((id) => wanted.get(id)?.kind === 'must').length;
    const quantified = cv.quantified.includes(line);
    return { line, ids, order, score: mustCount * 3 + (ids.length - mustCount) + (quantified ? 2 : 0) };
  });
  return scored
    .filter((s) => s.ids.length > 0 || (s.score >= 2 && s.line.length > 40))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, 8)
    .map((s) => {
      const names = s.ids.map((id) => taxonomy.name(id));
      const quantified = cv.quantified.includes(s.line);
      const must = s.ids.filter((id) => wanted.get(id)?.kind === 'must').map((id) => taxonomy.name(id));
      const why = must.length
        ? `Proves ${wordList(must)}, which the job requires${quantified ? ', with a measured result' : ''}.`
        : names.length
          ? `Shows ${wordList(names)}, which the job values${quantified ? ', with a measured result' : ''}.`
          : 'A measured result: evidence of impact whatever the stack.';
      return { quote: cvQuote(s.line), skills: names, why, quantified };
    });
}

const THEMES: [RegExp, string][] = [
  [/reliab|uptime|incident|on-call|resilien/i, 'reliability'],
  [/secur|complian|regulat|licen[cs]ed|authori[sz]ed|pci|gdpr|privacy/i, 'security and compliance'],
  [/grow|scale|doubl|expan|million|billion|fast-growing/i, 'growth and scale'],
  [/customer|merchant|user|patient|learner|client/i, 'customer focus'],
  [/open source|blameless|write-it-down|document|transparen/i, 'open, written culture'],
  [/mission|impact|sustainab|climate|health|access/i, 'mission and impact'],
  [/data|analytics|insight|forecast/i, 'data-driven decisions'],
  [/remote|hybrid|flexib/i, 'flexible working'],
];

export function companySection(jd: ParsedJd): Report['company'] {
  const facts = jd.companySentences.slice(0, 6).map((quote) => ({ quote }));
  const about = jd.companySentences[0] ?? '';
  // (Mid-sentence: "says little about the company itself".)
  const name = jd.company || 'the company';
  const summary = about
    ? `In its own words: "${about}"`
    : `The job description says little about ${name} itself; read its website and recent news before the interview.`;
  const text = jd.companySentences.join(' ');
  const themes = THEMES.filter(([re]) => re.test(text)).map(([, t]) => t);
  return { name: jd.company, summary, facts, themes };
}

/** What an interviewer with this title most likely judges answers by. */
function lensFor(title: string, focus: string[]): string {
  const t = title.toLowerCase();
  const about = focus.length ? ` — especially on ${wordList(focus.slice(0, 3))}` : '';
  if (/recruit|talent|people|hr\b/.test(t)) return `Motivation, communication and whether your story holds together${about}`;
  if (/manager|director|head|vp|chief/.test(t)) return `Ownership, judgement under pressure and how you work with people${about}`;
  if (/principal|staff|architect|distinguished/.test(t)) return `Design judgement and long-term trade-offs${about}`;
  if (/product|designer|ux/.test(t)) return `How you turn user needs into decisions and collaborate across disciplines${about}`;
  if (/scien|research|analyst/.test(t)) return `Rigour: how you know what you claim${about}`;
  return `Hands-on depth and correctness in production${about}`;
}

const STYLE_CUES: [RegExp, string][] = [
  [/direct|concise|short|three paragraphs|brief/i, 'Prefers short, direct answers: lead with the conclusion, then the evidence.'],
  [/what happens when|dies|fail|break|edge/i, 'Likes to push on failure cases: volunteer what breaks and how you would notice.'],
  [/why|reason|trade-?off|decision/i, 'Wants your reasoning, not just the result: say the options and why you chose one.'],
  [/story|write-up|document|rfc|written/i, 'Values clear writing and structure: number your points and summarise at the end.'],
  [/blameless|team|people|mentor/i, 'Listens for how you treat people: credit others, own your part, name what you learned.'],
];

export function panelSection(panel: PanelMember[], questions: PredictedQuestion[], taxonomy: Taxonomy): Report['panel'] {
  if (panel.length === 0)
    return {
      members: [],
      note: 'No interviewer notes on file. Add them with the panel command (one block each: "## Name — Title", then lines such as "Bio: …", "Post: …", "Talk: …") and questions will be attributed to the person most likely to ask them. Until then, questions are attributed to rounds.',
    };
  const members = panel.map((m) => {
    const bio = m.signals.find((s) => s.kind === 'bio')?.text ?? '';
    const asked = questions.filter((q) => q.interviewer.startsWith(m.name));
    const focus = [...new Set([...m.skills.map((id) => taxonomy.name(id)), ...asked.flatMap((q) => q.skills)])].slice(0, 5);
    const all = m.signals.map((s) => s.text).join(' ');
    const style =
      STYLE_CUES.find(([re]) => re.test(all))?.[1] ??
      'No strong style cues in the notes: keep answers structured and check in ("want me to go deeper?").';
    return {
      name: m.name,
      title: m.title,
      background: bio || `${m.title}.`,
      evaluationLens: lensFor(m.title, focus),
      focusAreas: focus,
      signals: m.signals
        .filter((s) => s.kind !== 'bio')
        .map((s) => s.text)
        .slice(0, 5),
      style,
    };
  });
  return {
    members,
    note: `Built from your notes on ${panel.length} interviewer${panel.length === 1 ? '' : 's'}; only what you pasted is used.`,
  };
}

/**
 * The ad's own interview process when it states one (its words win over any template), else the track's usual loop. An
 * ad that names a single round ("all interviews will be conducted via video") keeps that round first, then the usual
 * loop. `source` says which: the ad's rounds, one round of the ad's before a template, or a template alone.
 */
export function loopSection(
  loop: LoopTemplate | undefined,
  jd?: ParsedJd,
): { rounds: Report['loop']; source: NonNullable<Report['loopSource']> } {
  const fromAd = jd ? loopFromAd(jd) : [];
  const template = (loop?.rounds ?? []).map((r) => ({ name: r.name, minutes: r.minutes, categories: r.categories, focus: r.focus }));
  if (fromAd.length >= 2) return { rounds: fromAd, source: 'ad' };
  return { rounds: [...fromAd, ...template], source: fromAd.length ? 'ad-and-template' : 'template' };
}

/** Interview rounds read from the ad's process lines ("We give you a small case study project…"): never how to apply, references or the offer. */
export function loopFromAd(jd: ParsedJd): Report['loop'] {
  const people = !/^(backend|frontend|fullstack|data-engineering|data-science|ml|devops|mobile|security|qa|sre)$/.test(jd.track);
  return jd.process
    .filter(namesRound)
    .slice(0, 8)
    .map((step) => {
      const minutes = minutesOf(step);
      const categories: Report['loop'][number]['categories'] =
        /take-?home|project|case study|exercise|pitch|presentation|assignment|quiz|test\b/i.test(step)
          ? people
            ? ['technical']
            : ['coding', 'technical']
          : /system design|architecture|design review/i.test(step)
            ? ['system-design']
            : /technical|pair|coding|code/i.test(step)
              ? people
                ? ['technical']
                : ['technical', 'coding']
              : /interviews?\b/i.test(step) && !/call|chat|intro/i.test(step)
                ? ['behavioural', 'technical']
                : ['behavioural'];
      return { name: roundName(step), minutes, categories, focus: [`From the ad: ${step}`] };
    });
}

function minutesOf(step: string): number {
  const m =
    step.match(/(\d+(?:[.,]\d+)?)[\s-]*(minut[eoi]s?|minuten|mins?|hours?|hrs?|heures?|horas?|stunden?|ore|uur)\b/i) ??
    step.match(/\b(one|two|three|four|a few)(?: more)?[\s-]+(hours?)\b/i);
  if (!m) return 45;
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, 'a few': 3 };
  const n = Number(m[1].replace(',', '.')) || words[m[1].toLowerCase()] || 1;
  return Math.max(10, Math.min(240, Math.round(/^(?:h|stunde|ore|uur)/i.test(m[2]) ? n * 60 : n)));
}

function roundName(step: string): string {
  // Emphasis marks, list numbers and "[30 min]" prefixes are not part of a round's name.
  const t = step
    .replace(/\*\*|__/g, '')
    .replace(/^[\s*_>#-]*(?:\d+[.)]\s*)?/, '')
    .replace(/^(we|you)\s+(will\s+)?/i, '')
    .replace(/[.;:]$/, '');
  return clip(t.charAt(0).toUpperCase() + t.slice(1), 60);
}

export function questionsToAskSection(ask: AskTheme[], jd: ParsedJd): Report['questionsToAsk'] {
  const suited = ask.filter((t) => (t.tracks.length === 0 && !t.except.includes(jd.track)) || t.tracks.includes(jd.track));
  const specific = suited.filter((t) => t.tracks.includes(jd.track));
  const general = suited.filter((t) => t.tracks.length === 0);
  return [...specific, ...general].slice(0, 5).map((t) => ({ theme: t.theme, questions: t.questions.slice(0, 3) }));
}

export function conceptsSection(
  matches: SkillMatch[],
  taxonomy: Taxonomy,
  jd: Pick<ParsedJd, 'alternatives'> = { alternatives: [] },
): Report['concepts'] {
  // (Another member of a list of alternatives the CV already meets — Go or Rust in "Node.js, Go or Rust", on a Node.js
  // CV — is nothing this role asks them to learn.)
  const unit = alternativeUnit(jd);
  const shown = new Set(matches.filter((m) => m.kind === 'must' && m.direct).map((m) => unit(m.id)));
  const order = matches.filter((m) => m.direct || m.kind !== 'must' || !shown.has(unit(m.id))).sort((a, b) => rankGap(a) - rankGap(b));
  return order.slice(0, 10).map((m) => {
    const e = taxonomy.get(m.id);
    const why = !m.direct
      ? m.via
        ? `${m.kind === 'must' ? 'Required' : 'Wanted'}; your CV shows ${taxonomy.name(m.via.id)} instead — know how they differ.`
        : `${m.kind === 'must' ? 'Required' : 'Wanted'} and not on your CV — expect basic questions at least.`
      : `${m.kind === 'must' ? 'Required' : 'Wanted'} and on your CV — they will test depth.`;
    return { skill: taxonomy.name(m.id), why, items: e?.concepts ?? [] };
  });
  function rankGap(m: SkillMatch): number {
    const kind = m.kind === 'must' ? 0 : 3;
    // (Ties keep the order of the matches: the surest must-haves first.)
    return kind + (m.direct ? 2 : m.via ? 1 : 0);
  }
}

/** Below this chance (jd-must.ts) a missing must-have is told as one the ad may require: check the line it came from. */
const UNSURE_MUST = 0.5;

export function positioningSection(
  jd: ParsedJd,
  cv: ParsedCv,
  fit: FitSection,
  matches: SkillMatch[],
  taxonomy: Taxonomy,
  /** The CV's level when it is two or more above the role's (fit.ts, overqualifiedLevel). */
  overqualified?: Level,
): Report['positioning'] {
  const byKind = (a: SkillMatch, b: SkillMatch) =>
    (a.kind === b.kind ? 0 : a.kind === 'must' ? -1 : 1) || Number(b.direct?.quantified) - Number(a.direct?.quantified);
  // "Kubernetes — a core requirement", "Terraform — a plus": how each point opens.
  const skillAs = (m: SkillMatch) => `${taxonomy.name(m.id)} — a ${m.kind === 'must' ? 'core requirement' : 'plus'}`;
  // (Work the CV describes outside a job's own lines, in a profile or a course, is claimed, not yet shown: say so.)
  const used = matches
    .filter((m) => m.direct && m.direct.strength !== 'listed')
    .sort((a, b) => byKind(a, b) || Number(b.direct?.strength === 'experience') - Number(a.direct?.strength === 'experience'))
    .slice(0, 5)
    .map((m) => ({
      point:
        m.direct?.strength === 'experience'
          ? `${skillAs(m)} you have used in real work${m.direct?.quantified ? ', with a number to quote' : ''}`
          : `${skillAs(m)} your CV describes in its own words: tie it to a job where you used it`,
      evidence: cvQuote(m.direct?.line ?? ''),
    }));
  // A CV that only lists what the job asks for still has something to lead with: the listed skills, with a work story to find.
  const emphasize = used.length
    ? used
    : matches
        .filter((m) => m.direct)
        .sort(byKind)
        .slice(0, 3)
        .map((m) => ({
          point: `${skillAs(m)} your CV lists: lead with it, and bring one example of using it at work`,
          evidence: cvQuote(m.direct?.line ?? ''),
        }));
  const risks: Report['positioning']['risks'] = [];
  // More experience than the role asks for is a question every interviewer will raise: why this job, and will you stay?
  if (overqualified)
    risks.push({
      risk: `Your CV reads as ${overqualified} and the role is ${jd.seniority}: they will wonder why you want it and whether you will stay`,
      mitigation:
        'Give the reason before they ask: what this role offers that a bigger one would not (a new field or stack, the mission, a balance), what you want to learn here, and that you are comfortable with its pay and with being led.',
    });
  const quoteOf = (id: string) => {
    const line = jd.requirements.find((r) => r.kind === 'must' && r.skills.includes(id))?.text;
    return line ? ` ("${clip(line)}")` : '';
  };
  // A list of alternatives is one risk, and none when one of its members is shown.
  const unmet = requirementUnits(
    jd,
    matches.filter((x) => x.kind === 'must'),
    (x) => x.id,
  ).filter((u) => !u.some((x) => x.direct));
  for (const unit of unmet.slice(0, 4)) {
    const m = unit.find((x) => x.via) ?? unit[0];
    const name = taxonomy.name(m.id);
    // (A list of alternatives none of whose members is shown: any one of them would do.)
    const anyOf =
      unit.length > 1 && !m.via
        ? wordList(
            unit.map((x) => taxonomy.name(x.id)),
            'or',
          )
        : undefined;
    const plan = anyOf ? 'the one you choose' : name;
    risks.push(
      m.via
        ? {
            risk: `No direct ${name} experience`,
            mitigation: `Bridge from ${taxonomy.name(m.via.id)}: tell the story behind "${clip(m.via.line)}", then say what carries over to ${name}, what is different, and what you have done to learn it (a small project or course).`,
          }
        : (m.sure ?? 1) < UNSURE_MUST
          ? {
              // (A must-have read from prose, a duty or an ad with no requirements list is required about half the time.)
              risk: anyOf ? `One of ${anyOf} may be required, and none is on your CV` : `${name} may be required and is not on your CV`,
              mitigation: `Check the line it was read from${quoteOf(m.id)}: if the role needs ${anyOf ? 'one of them' : name}, say so plainly and show how you learn (a time you picked up a tool fast, and a plan for ${plan}); if the ad only mentions it, a sentence on how you would approach it is enough.`,
            }
          : {
              risk: anyOf ? `One of ${anyOf} is required, and none is on your CV` : `${name} is required and not on your CV`,
              mitigation: `Say so plainly, then show how you learn: a time you picked up a tool fast, and a concrete plan for ${plan} (the concepts list below is a start).`,
            },
    );
  }
  for (const language of missingLanguages(jd, cv))
    risks.push({
      risk: `The ad requires ${language}; your CV does not mention it`,
      mitigation: `If you speak ${language}, add it to your CV with your level and be ready to answer in it; if you are learning, say how far you are and how you will close the gap.`,
    });
  if (jd.minYears && cv.yearsStated && cv.years < jd.minYears)
    risks.push({
      risk: `${yearsPhrase(cv.years)} of experience against ${jd.minYears}+ asked`,
      mitigation:
        'Lead with scope and outcomes rather than time served: the size of what you owned, the decisions you made, and the numbers that moved.',
    });
  if ((fit.components.find((c) => c.name === 'Evidence quality')?.value ?? 1) < 0.5)
    risks.push({
      risk: 'Your CV lists skills more than it proves them',
      mitigation: 'Prepare one specific story per key skill: the situation, what you did yourself, and a number that shows the result.',
    });
  return { emphasize, risks: risks.slice(0, 5) };
}

/** Seven days of preparation; with an interview date, one day per date left, ending the day before it. */
export function planSection(
  fit: FitSection,
  questions: PredictedQuestion[],
  concepts: Report['concepts'],
  interviewDate: string | undefined,
  now: Date,
): Report['plan'] {
  const byCat = (c: PredictedQuestion['category']) => questions.filter((q) => q.category === c);
  const practise = (q: PredictedQuestion) => `Answer out loud, then write down: "${clip(q.text, 110)}"`;
  const top = (c: PredictedQuestion['category'], n: number) => byCat(c).slice(0, n).map(practise);
  const designs = byCat('system-design').length + byCat('coding').length > 0;
  const gaps = fit.missing.filter((m) => m.kind === 'must').map((m) => m.skill);
  const adj = fit.adjacent.filter((m) => m.kind === 'must').map((m) => `${m.skill} (from ${m.via})`);
  const conceptTasks = concepts.slice(0, 3).map((c) => `Review ${c.skill}: ${c.items.slice(0, 3).join('; ')}`);
  const days: { focus: string; tasks: string[] }[] = [
    {
      focus: 'Know the role and your story',
      tasks: [
        ...(fit.careerChange ? fit.careerChange.plan.slice(0, 2) : []),
        'Re-read the job description and mark every must-have; match each to a line of your CV.',
        'Write a 90-second "tell me about yourself" aimed at this role.',
        ...(gaps.length ? [`List what you will say about the gaps: ${gaps.slice(0, 4).join(', ')}.`] : []),
      ],
    },
    {
      focus: 'Close the biggest gaps',
      tasks: [
        ...(fit.careerChange ? fit.careerChange.plan.slice(2) : []),
        ...conceptTasks,
        ...(adj.length ? [`Prepare the bridge for ${adj.slice(0, 2).join(' and ')}.`] : []),
      ],
    },
    {
      focus: 'Technical depth',
      tasks: [
        ...top('technical', 3),
        designs
          ? 'Check each answer names a trade-off and a failure mode.'
          : 'Check each answer walks through what you would do, in order, and how you would know it worked.',
      ],
    },
    designs
      ? {
          focus: 'Design and problem solving',
          tasks: [
            ...top('system-design', 2),
            ...top('coding', 1),
            'Time yourself: requirements in 5 minutes, design in 20, trade-offs in 10.',
          ],
        }
      : {
          // (A loop with no design or coding round — an accountant's, a recruiter's — practises its harder hands-on cases.)
          focus: 'Cases and problem solving',
          tasks: [
            ...(byCat('technical').length > 3 ? byCat('technical') : byCat('behavioural')).slice(3, 5).map(practise),
            'Time yourself: two minutes to restate the problem and your approach, then the detail, then how you would check the result.',
          ],
        },
    {
      focus: 'Behavioural stories',
      tasks: [...top('behavioural', 3), 'Give each story a number and a lesson; say "I", not "we", for your part.'],
    },
    {
      focus: 'Mock interview',
      tasks: [
        'Run a five-question mock interview with the mock command — or ask a friend to pick five questions from this report.',
        'Redo the two weakest answers from the mock.',
      ],
    },
    {
      focus: 'Light review and logistics',
      tasks: [
        'Skim your notes and the top 10 questions; no new material.',
        'Prepare three questions to ask them (see below).',
        'Check time, place or link, and sleep early.',
      ],
    },
  ];
  const dates = planDates(interviewDate, now);
  if (!dates.length) return days.map((d, i) => ({ day: i + 1, date: null, focus: d.focus, tasks: d.tasks.filter(Boolean).slice(0, 5) }));
  // Fewer dates than themes: neighbouring themes share a day, so every day has its own date.
  // The last theme (light review) always falls on the day before the interview.
  const slots: { focus: string; tasks: string[] }[][] = dates.map(() => []);
  days.forEach((d, i) => {
    slots[Math.floor((i * dates.length) / days.length)].push(d);
  });
  return slots.map((themes, i) => {
    const each = themes.length === 1 ? 5 : Math.max(2, Math.floor(8 / themes.length));
    return {
      day: i + 1,
      date: dates[i],
      focus: themes.map((t) => t.focus).join(' + '),
      tasks: themes.flatMap((t) => t.tasks.filter(Boolean).slice(0, each)).slice(0, 8),
    };
  });
}

/**
 * The distinct calendar days left before the interview, at most seven, ending the day before it.
 * Empty without an interview date, or when the interview is today or past.
 */
export function planDates(interviewDate: string | undefined, now: Date): string[] {
  if (!interviewDate) return [];
  const end = Date.parse(`${interviewDate}T00:00:00Z`) - 86_400_000;
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(end) || end < today) return [];
  const start = Math.max(today, end - 6 * 86_400_000);
  const n = Math.round((end - start) / 86_400_000) + 1;
  return Array.from({ length: n }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

export function overviewSection(
  jd: ParsedJd,
  fit: FitSection,
  questions: PredictedQuestion[],
  positioning: Report['positioning'],
): Report['overview'] {
  const cats = new Map<string, number>();
  for (const q of questions.slice(0, 20)) cats.set(q.category, (cats.get(q.category) ?? 0) + 1);
  const heaviest = [...cats.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'technical';
  // (Outside software a "technical" question is about doing the job: a recruiter's pipeline, a bookkeeper's reconciliation.)
  const heavy =
    heaviest === 'technical' && !SOFTWARE_TRACKS.has(jd.track)
      ? `hands-on ${jd.track === 'general' ? '' : `${jd.track.replace('-', ' ')} `}questions (how you would do the work)`
      : `${heaviest.replace('-', ' ')} questions`;
  const where = jd.company ? ` at ${jd.company}` : '';
  const change = fit.careerChange;
  // A career change is the first thing a recruiter sees, so it is the first thing the report says.
  const opening = change
    ? `Career change: your CV reads as ${change.from} and this is a ${change.to} role. ${
        change.transfers.length
          ? `What transfers: ${wordList(change.transfers)}.`
          : 'Little of the CV names what the role asks for, so the transfer has to be argued.'
      } The plan: ${change.plan[0].charAt(0).toLowerCase()}${change.plan[0].slice(1)} `
    : '';
  const language =
    jd.language !== 'en'
      ? ` The ad is written in ${LANGUAGE_NAME[jd.language]}: expect some of the process in ${LANGUAGE_NAME[jd.language]}.`
      : '';
  const years =
    fit.years.stated === false
      ? ' Your CV gives no dates, so your experience is not stated (not counted against you) — say it in the interview.'
      : '';
  return {
    summary: `${opening}${jd.title || 'This role'}${where} is a ${jd.seniority}-level ${jd.track.replace('-', ' ')} role. Your fit is ${fit.score}/100 (${fit.label}).${language}${years} Expect the loop to lean on ${heavy}; the top predictions below say why each is likely.`,
    strengths: [
      ...(change ? change.transfers.slice(0, 2).map((t) => `${t} (transfers from ${change.from})`) : []),
      ...positioning.emphasize.slice(0, 3).map((e) => e.point.split(' — ')[0]),
    ].slice(0, 3),
    watchouts: [
      ...(change ? [`A move from ${change.from}: expect "why ${change.to}, why now?"`] : []),
      ...positioning.risks.map((r) => r.risk),
    ].slice(0, 3),
    logistics: logisticsOf(jd),
  };
}

/** Pay, place, remote share and travel as the ad states them, quoted. */
function logisticsOf(jd: ParsedJd): Report['overview']['logistics'] {
  const l = jd.logistics;
  // Quoted as plain words: "**Work location**: Remote" reads "Work location: Remote".
  // The most telling lines first: a figure for pay, a labelled field ("Location: Amsterdam") before prose.
  const telling = (x: string, kind: keyof typeof l) =>
    (kind === 'pay' && /\d/.test(x) ? 2 : 0) + (/^[^:]{2,25}:\s*\S/.test(plainText(x)) ? 1 : 0);
  const pick = (kind: keyof typeof l) =>
    l[kind]
      .map((x, i) => ({ x, i, score: telling(x, kind) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, 2)
      .map(({ x }) => clip(plainText(x), 220));
  return { pay: pick('pay'), location: pick('location'), remote: pick('remote'), travel: pick('travel') };
}

function clip(s: string, n = 90): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
