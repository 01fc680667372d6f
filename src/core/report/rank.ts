import type { BuiltQuestions } from '../bank/generated.ts';
import type { Question } from '../bank/load.ts';
import { type Category, type Level, type LoopTemplate, SOFTWARE_TRACKS, Track } from '../bank/schema.ts';
import { alternativeUnit, type ParsedJd } from '../profile/jd.ts';
import { MUST_BASE_RATE, type MustClassifier, mustConfidence } from '../profile/jd-must.ts';
import type { PanelMember, PanelSignal } from '../profile/panel.ts';
import { nameInSentence, type Taxonomy } from '../skills/taxonomy.ts';
import { wordList } from '../text/lists.ts';
import { contentWords, jaccard } from '../text/similarity.ts';
import type { SkillMatch } from './fit.ts';
import type { PredictedQuestion } from './schema.ts';

/** Tracks whose questions also come up for a role on this track. */
const RELATED: Record<Track, Track[]> = {
  general: [],
  backend: ['fullstack'],
  frontend: ['fullstack'],
  fullstack: ['backend', 'frontend'],
  'data-engineering': ['data-science', 'backend'],
  'data-science': ['ml', 'data-engineering'],
  ml: ['data-science', 'data-engineering'],
  devops: ['sre', 'backend', 'security'],
  mobile: ['frontend'],
  security: ['devops', 'sre', 'backend'],
  qa: ['frontend', 'backend'],
  sre: ['devops', 'backend', 'security'],
  recruiting: ['operations'],
  sales: ['customer-success'],
  product: ['design', 'data-science'],
  design: ['product', 'frontend'],
  operations: ['recruiting', 'customer-success'],
  'customer-success': ['sales', 'operations'],
  'technical-writing': ['communications', 'product'],
  research: ['data-science', 'ml'],
  communications: ['technical-writing'],
};

/** Tracks that are not software engineering: their loops talk, they do not code. */
export const PEOPLE_TRACKS: ReadonlySet<Track> = new Set(Track.options.filter((t) => !SOFTWARE_TRACKS.has(t)));

export const TOP_N = 40;
/** Wordings this close count as the same question in one report. */
const REPORT_DUPLICATE = 0.45;

export interface RankInput {
  jd: ParsedJd;
  matches: SkillMatch[];
  panel: PanelMember[];
  questions: Question[];
  /** Questions built from the taxonomy for skills no curated question covers (by skill id). */
  generated?: Pick<BuiltQuestions, 'get'>;
  loop: LoopTemplate | undefined;
  taxonomy: Taxonomy;
  /** The CV comes from another profession: the story of the move is the first thing they will ask about. */
  careerChange?: boolean;
  /** The CV has retrained into the role's trade (a bootcamp, a declared move): they will ask about the move too. */
  retrained?: boolean;
  /** The CV's level, when it is two or more above the role's: they will ask why this role. */
  overqualified?: Level;
  /** The must-have confidence model; undefined → the committed one (data/models/jd-must.json), null → every must-have the same. */
  mustModel?: MustClassifier | null;
}

interface Scored {
  q: Question;
  raw: number;
  /** From a track unrelated to the role, let in only by a must-have skill. */
  offTrack: boolean;
  /** Written for other levels than the role's. */
  offLevel: boolean;
  /** Asked because of the candidate's own story (a change of career, more experience than the role asks for). */
  premise?: boolean;
  signals: string[];
  interviewer?: string;
}

const VERB: Record<PanelSignal['kind'], string> = {
  post: 'writes about',
  talk: 'gave a talk touching on',
  podcast: 'discussed on a podcast',
  github: 'maintains open-source work on',
  linkedin: 'posts about',
  quote: 'is quoted on',
  bio: 'has a background in',
  note: 'is noted for',
};

/** Up to three technical skills the ad's duties name, most named first. */
function dutyStack(jd: ParsedJd, taxonomy: Taxonomy): string[] {
  const counts = new Map<string, number>();
  for (const line of jd.responsibilities)
    for (const id of taxonomy.idsIn(line, { language: jd.language }))
      if (taxonomy.get(id)?.category !== 'behavioural') counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id]) => id);
}

/**
 * The skills that stand in for the must-haves of an ad that names none as required: its duties' stack, else what it
 * lists as nice to have, else the hard skills it mentions anywhere (a "what you'll use" paragraph, an intro).
 */
function standInStack(jd: ParsedJd, taxonomy: Taxonomy): string[] {
  const duties = dutyStack(jd, taxonomy);
  if (duties.length) return duties;
  const hard = (ids: string[]) => ids.filter((id) => taxonomy.get(id) && taxonomy.get(id)?.category !== 'behavioural').slice(0, 3);
  const wishes = hard(jd.nice);
  return wishes.length ? wishes : hard(jd.mentioned);
}

/** Abbreviations among the bank's topic words, written in capitals. */
const ABBREVIATION = new Set(
  'ai api b2b bi cd cdn ci crm css dns erp hr iam iot it kpi ml nlp orm pr qa sdk seo sla slo sql ssr tcp tls ui ux uat vpn'.split(' '),
);

/** The ad names a question's topic: a one-word topic anywhere, a longer one as neighbouring words ("API design", "on-call"). */
export function adNamesTopic(words: ReadonlySet<string>, topic: string): boolean {
  const parts = topic
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return parts.length > 0 && words.has(parts[0]) && parts.every((w, i) => i === 0 || words.has(`${parts[i - 1]} ${w}`));
}

/** The skill a topic is, by id ("ci-cd") or by name (a built question's topic is its skill's name, "Open Source"). */
function topicSkill(topic: string, taxonomy: Taxonomy) {
  const named = taxonomy.resolve(topic);
  return taxonomy.get(topic) ?? (named?.name === topic ? named : undefined);
}

/**
 * A topic as a reader writes it: the skill's name when the topic is a skill ("CI/CD", "Code Review"), else its words,
 * hyphenated where the ad hyphenates them ("on-call"), with a known abbreviation in capitals ("API design").
 */
export function topicName(topic: string, words: ReadonlySet<string>, taxonomy: Taxonomy): string {
  const skill = topicSkill(topic, taxonomy);
  // (A practice's name is plain words in a sentence, "code review"; "KPIs", "Jira" and "Docker" keep their capitals.)
  if (skill) return nameInSentence(skill);
  if (topic.includes('-') && words.has(topic)) return topic;
  return topic
    .split(/[\s-]+/)
    .map((w) => {
      const name = taxonomy.get(w)?.name;
      return ABBREVIATION.has(w) ? w.toUpperCase() : name && name.toLowerCase() === w ? name : w;
    })
    .join(' ');
}

/** Ranks the bank against the JD, the CV's gaps, seniority, the loop and the panel; returns the top 40 with their signals. */
export function rankQuestions(input: RankInput): PredictedQuestion[] {
  const { matches, taxonomy } = input;
  // An ad whose requirements name no skill the taxonomy knows still names its stack in its duties ("monitor
  // transactions for anomalies", "analyse the data"): those skills stand in for the must-haves in the ranking.
  const jd = input.jd.must.length ? input.jd : { ...input.jd, must: standInStack(input.jd, taxonomy) };
  const name = (id: string) => taxonomy.name(id);
  const matchOf = new Map(matches.map((m) => [m.id, m]));
  const mix = categoryMix(input.loop);
  const scored: Scored[] = [];

  // A skill the ad requires that too few curated questions of the role's own, related or general tracks and of its
  // level cover still gets questions: built from the skill's review concepts, asked on the role's track (one for a
  // nice-to-have that none covers). (A junior HR ad whose curated HR questions are all for seniors gets built ones
  // at its level rather than a senior's policy question in its top ten.)
  const served = new Map<string, number>();
  for (const q of input.questions)
    if (trackFit(q, jd.track) !== 'off' && q.levels.includes(jd.seniority))
      for (const id of q.skillIds) served.set(id, (served.get(id) ?? 0) + 1);
  // An ad that requires only a skill or two is about them: each gets enough angles to fill the core-stack slots.
  const perMust = Math.max(BUILT_FOR_MUST, Math.ceil(STACK_SLOTS / Math.max(1, jd.must.length)));
  const wanted = (id: string, kind: 'must' | 'nice') => Math.max(0, (kind === 'must' ? perMust : 1) - (served.get(id) ?? 0));
  const built = [...jd.must.map((id) => [id, 'must'] as const), ...jd.nice.map((id) => [id, 'nice'] as const)]
    .flatMap(([id, kind]) => (input.generated?.get(id) ?? []).slice(0, wanted(id, kind)))
    .map((q) => ({ ...q, tracks: [jd.track] }));
  const builtIds = new Set(built.map((q) => q.id));
  const importance = mustImportance(jd, taxonomy);
  const sure = mustConfidence(jd, taxonomy, input.mustModel);
  const unit = alternativeUnit(jd);
  // A question on several must-haves touches a real requirement when any one of them is one: the chance that not all
  // of them are misread.
  const sureness = (ids: readonly string[]): number => {
    const anyReal = 1 - ids.reduce((none, id) => none * (1 - (sure.get(id) ?? MUST_BASE_RATE)), 1);
    return MUST_CONFIDENCE_WEIGHT * (anyReal - MUST_BASE_RATE);
  };

  for (const q of [...input.questions, ...built]) {
    const signals: string[] = [];
    let raw = 0;
    const fit = trackFit(q, jd.track);
    const onTrack = fit === 'on';
    const nearTrack = fit === 'near';
    const general = fit === 'general';
    // A question from another track only comes in on a must-have skill ("the job requires Kubernetes").
    const offTrack = fit === 'off';
    if (offTrack && !q.skillIds.some((id) => jd.must.includes(id))) continue;
    if (offTrack) raw -= 0.1;
    if (onTrack) raw += 0.25;
    else if (nearTrack) raw += 0.12;
    else if (general) raw += jd.track === 'general' ? 0.25 : PEOPLE_TRACKS.has(jd.track) ? 0.18 : 0.1;

    let skillBoost = 0;
    for (const id of q.skillIds) {
      if (jd.must.includes(id)) {
        skillBoost += skillBoost === 0 ? 0.3 + 0.1 * (importance.get(id) ?? 0) : 0.15;
        signals.push(`The job requires ${name(id)}`);
      } else if (jd.nice.includes(id)) {
        skillBoost += 0.12;
        signals.push(`${name(id)} is a nice-to-have in the job description`);
      } else if (jd.mentioned.includes(id)) {
        skillBoost += 0.08;
        signals.push(`The job description mentions ${name(id)}`);
      }
      const m = matchOf.get(id);
      if (m?.kind === 'must' && !m.direct && !m.via) {
        raw += 0.15;
        signals.push(`Your CV shows no ${name(id)} work — interviewers probe gaps`);
      } else if (m && !m.direct && m.via && unit(m.via.id) !== unit(id)) {
        // (Not when the CV shows another of a list of alternatives: "Java or Go" is met by Java, nothing to explain.)
        raw += 0.08;
        signals.push(`Your CV shows ${name(m.via.id)}, not ${name(id)}: expect a question on the difference`);
      } else if (m?.direct?.strength === 'experience') {
        raw += 0.06;
        signals.push(`Your CV claims ${name(id)} — expect them to test its depth`);
      }
    }
    raw += Math.min(0.6, skillBoost);
    // Soft skills the ad asks for steer behavioural questions; they never count as a missing technical skill.
    const soft = q.category === 'behavioural' ? q.skillIds.filter((id) => jd.soft?.includes(id)) : [];
    if (soft.length) {
      raw += Math.min(0.12, 0.06 * soft.length);
      signals.push(`The job description asks for ${soft.slice(0, 2).map(name).join(' and ')}`);
    }

    // A question premised on the candidate's story ("You came into this field from a different career", "Your
    // experience goes well beyond this role") is asked only of someone whose CV tells it, and then early.
    const moved = input.careerChange || input.retrained;
    const premise = q.topics.includes('career-change') || q.topics.includes('overqualified');
    if (q.topics.includes('career-change')) {
      if (!moved) continue;
      raw += 0.6;
      signals.unshift(
        input.careerChange
          ? 'Your CV comes from another profession — expect to explain the move'
          : 'Your CV shows you retrained for this trade — expect to explain the move',
      );
    }
    if (q.topics.includes('overqualified')) {
      if (!input.overqualified) continue;
      raw += 0.6;
      signals.unshift(`Your CV reads as ${input.overqualified} for a ${jd.seniority} role — expect them to ask why you want it`);
    }
    const topicHits = q.topics.filter((t) => adNamesTopic(jd.words, t));
    if (topicHits.length) {
      raw += Math.min(0.16, 0.08 * topicHits.length);
      // (A topic that is one of the question's skills is said once, by the skill's own signal.)
      const said = topicHits.filter((t) => {
        const id = topicSkill(t, taxonomy)?.id;
        return !id || !q.skillIds.includes(id) || !signals.some((s) => s.includes(taxonomy.name(id)));
      });
      if (said.length)
        signals.push(
          `The job description talks about ${wordList(
            said.slice(0, 2).map((t) => topicName(t, jd.words, taxonomy)),
            'and',
          )}`,
        );
    }

    // Difficulty follows the role's level: no senior design exercise for a junior.
    if (jd.seniority === 'junior' && q.difficulty === 'hard' && q.category === 'system-design') continue;
    if (q.levels.includes(jd.seniority)) raw += 0.04;
    else {
      raw -= 0.3;
      // (Said, so a junior reading a finance director's question knows it is a stretch, not the interview's level.)
      signals.push(
        `Written for ${q.levels.join(' and ')} roles, and this role is ${jd.seniority}: a stretch, asked less often at this level`,
      );
    }
    if ((jd.seniority === 'senior' || jd.seniority === 'staff') && q.difficulty === 'hard') {
      raw += 0.05;
      signals.push(`Hard ${q.category === 'system-design' ? 'design ' : ''}questions are standard at ${jd.seniority} level`);
    }
    if (jd.seniority === 'junior') raw += q.difficulty === 'hard' ? -0.1 : q.difficulty === 'easy' ? 0.05 : 0;

    const share = mix.get(q.category) ?? 0;
    raw += 0.1 * share;

    const panelHit = bestPanelMatch(q, input.panel, taxonomy);
    let interviewer: string | undefined;
    if (panelHit) {
      raw += panelHit.boost;
      signals.unshift(panelHit.signal);
      interviewer = panelHit.who;
    }
    if (builtIds.has(q.id)) signals.push('No curated question for this skill on this track yet: this one is built from its key concepts');
    if (signals.length === 0) signals.push(`A staple of ${onTrack || nearTrack ? `${jd.track} ` : ''}interview loops`);
    // Every must-have has a question of the role's own tracks (curated or built), so another track's question waits below the top ten.
    scored.push({
      q,
      raw,
      offTrack,
      offLevel: !q.levels.includes(jd.seniority),
      premise,
      signals: dedupe(signals).slice(0, 5),
      interviewer,
    });
  }

  scored.sort((a, b) => b.raw - a.raw || a.q.id.localeCompare(b.q.id));
  decaySameSkill(scored, jd.must, unit, sureness);
  const shown = (id: string) => Boolean(matchOf.get(id)?.direct);
  const picked = coverMusts(pickDiverse(scored, jd.track), scored, jd.must, unit, shown);
  const spread = spreadLikelihoods(picked.map((s) => likelihood(s.raw)));
  return picked.map((s, i) => ({
    rank: i + 1,
    id: s.q.id,
    text: s.q.text,
    likelihood: spread[i],
    interviewer: s.interviewer ?? roundFor(s.q.category, input.loop),
    category: s.q.category,
    difficulty: s.q.difficulty,
    skills: s.q.skillIds.map(name),
    signals: s.signals,
    criteria: s.q.criteria,
    answerStructure: s.q.answerStructure,
    followUps: s.q.followUps,
  }));
}

/** Curated questions of the role's tracks below which a must-have skill also gets built ones (more when the ad requires fewer than three skills). */
const BUILT_FOR_MUST = 3;

/** How a question's tracks relate to the role's: its own, a related one, general, or unrelated. */
export function trackFit(q: Pick<Question, 'tracks'>, track: Track): 'on' | 'near' | 'general' | 'off' {
  if (q.tracks.includes(track)) return 'on';
  const related = RELATED[track];
  if (q.tracks.some((t) => related.includes(t))) return 'near';
  // A role-specific question also kept for 'general' ads (a marketing case) is general only for roles near its own tracks.
  const own = q.tracks.filter((t) => t !== 'general');
  const general =
    q.tracks.includes('general') &&
    (own.length === 0 || track === 'general' || own.some((t) => SOFTWARE_TRACKS.has(t) || related.includes(t)));
  return general ? 'general' : 'off';
}

/**
 * How much the model's confidence in a must-have (jd-must.ts) reorders the must-have questions among their slots: its
 * chance (for a question on several must-haves, the chance that any one is real) less the share of the engine's
 * must-haves the dev labels call required, times this. On the dev pairs, with
 * each ad's confidence from a model not trained on its source, top-10 coverage went 7.48 → 7.72 / 7.79 / 7.84 / 7.82
 * at 1 / 2 / 4 / 8; 2 keeps more of the stack in the first ten: a skill 0.1 surer than the next gets two more questions
 * before the next one's first (the same-skill decay is 0.08 a question), where 4 would give it every one.
 */
const MUST_CONFIDENCE_WEIGHT = 2;

const GENERIC_CATEGORIES: ReadonlySet<string> = new Set(['practice', 'business']);
const TOOL_BONUS = 0.2;

/**
 * How central each must-have is to the role, 0–1.2: the trade in the job title first ("Java Developer"), then
 * skills the ad asks for in several lines, then the order the requirements list them in; a named tool a little above
 * a general practice.
 */
function mustImportance(jd: ParsedJd, taxonomy: Taxonomy): Map<string, number> {
  const inTitle = new Set(taxonomy.idsIn(jd.title));
  const lines = new Map<string, number>();
  for (const r of jd.requirements) if (r.kind === 'must') for (const id of new Set(r.skills)) lines.set(id, (lines.get(id) ?? 0) + 1);
  const out = new Map<string, number>();
  jd.must.forEach((id, i) => {
    const v = inTitle.has(id) ? 1 : (lines.get(id) ?? 0) >= 2 ? 0.7 : i < 3 ? 0.5 : 0.3;
    // A named tool or technology is likelier a real requirement than a general practice ("agile", "documentation"):
    // on the dev ads, 86% of the tools read as must-haves were labelled so, against 71% of the practices.
    const practice = GENERIC_CATEGORIES.has(taxonomy.get(id)?.category ?? '');
    out.set(id, v + (practice ? 0 : TOOL_BONUS));
  });
  return out;
}

/**
 * Each must-have's second, third… question counts for less: the loop samples the whole stack, not one tool five
 * times. Only the order among must-have questions changes; the slots they hold in the ranking stay theirs.
 */
const SAME_SKILL_DECAY = 0.08;

function decaySameSkill(
  sorted: Scored[],
  must: readonly string[],
  unit: (id: string) => string,
  sureness: (ids: readonly string[]) => number,
): void {
  const slots: number[] = [];
  const items: { s: Scored; adjusted: number }[] = [];
  const seen = new Map<string, number>();
  sorted.forEach((s, i) => {
    const ids = [...new Set(s.q.skillIds.filter((id) => must.includes(id)).map(unit))];
    if (ids.length === 0) return;
    const repeats = Math.min(...ids.map((id) => seen.get(id) ?? 0));
    for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
    slots.push(i);
    const sure = sureness(s.q.skillIds.filter((id) => must.includes(id)));
    items.push({ s, adjusted: s.raw - SAME_SKILL_DECAY * Math.min(repeats, 4) + sure });
  });
  items.sort((a, b) => b.adjusted - a.adjusted || a.s.q.id.localeCompare(b.s.q.id));
  const raws = slots.map((i) => sorted[i].raw);
  slots.forEach((slot, k) => {
    sorted[slot] = items[k].s;
    sorted[slot].raw = raws[k];
  });
}

/**
 * Raw relevance → an estimated chance that this question or a close variant is asked.
 * A saturating curve keeps the numbers readable (roughly 15–95 %); they are estimates from
 * overlap with the ad, the CV and the panel, not measured frequencies.
 */
export function likelihood(raw: number): number {
  return Math.max(5, Math.min(95, Math.round(100 * (1 - Math.exp(-1.5 * Math.max(0, raw))))));
}

/** Slots at the top that must-have skills are guaranteed a question in. */
const MUST_SLOTS = 15;
/** Slots at the top that hold no question from a track unrelated to the role. */
const ON_TRACK_SLOTS = 10;

/**
 * Every must-have skill the bank covers gets its best question into the top 15 (the role's core stack is
 * never pushed out by behavioural or neighbouring questions); the top 10 holds only questions of the
 * role's own, related or general tracks, written for the role's level (where others can take their places).
 */
function coverMusts(
  picked: Scored[],
  all: Scored[],
  must: string[],
  unit: (id: string) => string,
  shown: (id: string) => boolean,
): Scored[] {
  const guaranteed: Scored[] = [];
  // The question the candidate's own story raises has a first-ten place (stackFirst); up to fifteen must-haves
  // (alternatives counted once) share the first fifteen with it, each with a place of its own; an ad that lists more,
  // which fifteen questions cannot hold, gets twelve, leaving the last three places to the best of everything else.
  const premises = picked.filter((s) => s.premise);
  const units = new Set(must.map(unit)).size;
  const cap = units + premises.length <= MUST_SLOTS ? MUST_SLOTS - premises.length : MUST_SLOTS - 3;
  for (const first of must) {
    if (guaranteed.length >= cap) break;
    // One of a list of alternatives ("Java, Python or Go") is enough: the list gets one guaranteed question, on the
    // alternative the CV shows when it shows one.
    if (guaranteed.some((g) => g.q.skillIds.some((x) => must.includes(x) && unit(x) === unit(first)))) continue;
    const id = must.find((x) => unit(x) === unit(first) && shown(x)) ?? first;
    // (Its best question written for the role's level, when one is: a built one if no curated question is.)
    const on = (s: Scored) => s.q.skillIds.includes(id) && !guaranteed.includes(s);
    const best = all.find((s) => on(s) && !s.offLevel) ?? all.find(on);
    if (best) guaranteed.push(best);
  }
  const promised = [...guaranteed];
  guaranteed.push(...premises.filter((s) => !guaranteed.includes(s)));
  const rest = picked.filter((s) => !guaranteed.includes(s));
  const byRaw = (a: Scored, b: Scored) => b.raw - a.raw || a.q.id.localeCompare(b.q.id);
  guaranteed.sort(byRaw);
  const out: Scored[] = [];
  while (out.length < MUST_SLOTS && (guaranteed.length || rest.length)) {
    const free = MUST_SLOTS - out.length;
    const takeRest = rest.length > 0 && (guaranteed.length === 0 || (free > guaranteed.length && rest[0].raw > guaranteed[0].raw));
    out.push((takeRest ? rest.shift() : guaranteed.shift()) as Scored);
  }
  out.push(...guaranteed, ...rest);
  const top = out.slice(0, TOP_N);
  // An unrelated track's question (let in by a must-have skill) and one written for another level wait below the top ten.
  const waits = (s: Scored) => s.offTrack || s.offLevel;
  const early = top.slice(0, ON_TRACK_SLOTS);
  const after = top.slice(ON_TRACK_SLOTS);
  const waiting = early.filter(waits);
  const fill = after.filter((s) => !waits(s)).slice(0, waiting.length);
  // (Only as many wait as others can take their places.)
  const moved = waiting.slice(waiting.length - fill.length);
  const kept = early.filter((s) => !moved.includes(s));
  return keepPromised(stackFirst([...kept, ...fill, ...moved, ...after.filter((s) => !fill.includes(s))], must), promised, must, unit);
}

/**
 * Moving the core stack into the first ten can push a must-have's only question below fifteenth place (an ad of
 * thirteen must-haves, one with two questions in the first ten): it changes places with the last question of the
 * eleventh to fifteenth that no must-have needs there, one whose must-haves another question there covers too.
 */
function keepPromised(ranked: Scored[], promised: Scored[], must: readonly string[], unit: (id: string) => string): Scored[] {
  const out = [...ranked];
  const unitsOf = (s: Scored) => new Set(s.q.skillIds.filter((id) => must.includes(id)).map(unit));
  for (const p of promised) {
    const at = out.indexOf(p);
    if (at < MUST_SLOTS) continue;
    const needed = (i: number) => {
      const others = out.slice(0, MUST_SLOTS).filter((_, k) => k !== i);
      return [...unitsOf(out[i])].some((u) => !others.some((o) => unitsOf(o).has(u)));
    };
    // (Only from eleventh to fifteenth place: the first ten keep the core stack and the candidate's own story, and below
    // them questions at the role's level stay ahead of the others — a question written for another level is not moved.)
    if (p.offLevel) continue;
    for (let i = MUST_SLOTS - 1; i >= ON_TRACK_SLOTS; i--) {
      if (out[i].premise || needed(i)) continue;
      [out[i], out[at]] = [out[at], out[i]];
      break;
    }
  }
  return out;
}

/** Top-ten slots that only questions on the ad's must-haves may hold; the rest go to the best of everything else. */
const STACK_SLOTS = ON_TRACK_SLOTS - 1;

/**
 * The first ten are the role's core stack: nine questions on must-have skills (where the ad and the bank give
 * that many at the role's level) and the best other question — the one the candidate's own story raises (a change
 * of career, more experience than the role asks for) where there is one, else usually a behavioural one. The
 * other behavioural and neighbouring questions follow from eleventh place. A question written for another level
 * than the role's takes a place only when nothing at its level is left to take it.
 */
function stackFirst(ranked: Scored[], must: readonly string[]): Scored[] {
  const onStack = (s: Scored) => !s.offTrack && s.q.skillIds.some((id) => must.includes(id));
  // (Only questions written for the role's level; where too few are, the best others of its level, then the rest.)
  const stack = ranked.filter((s) => onStack(s) && !s.offLevel).slice(0, STACK_SLOTS);
  // (The question the candidate's own story raises — why the change of career, why a role below their level — first.)
  const others = [
    ...ranked.filter((s) => s.premise && !stack.includes(s)),
    ...ranked.filter((s) => !s.premise && !stack.includes(s) && !s.offLevel),
    ...ranked.filter((s) => !s.premise && !stack.includes(s) && s.offLevel),
  ];
  const chosen = new Set([...stack, ...others.slice(0, ON_TRACK_SLOTS - stack.length)]);
  const first = ranked.filter((s) => chosen.has(s));
  // Below the first ten too, the questions at the role's level come before the others: a junior
  // clerk's list does not reach a finance director's questions while questions at their own level are left.
  const rest = ranked.filter((s) => !chosen.has(s));
  return [...first, ...rest.filter((s) => !s.offLevel), ...rest.filter((s) => s.offLevel)];
}

/**
 * Likelihoods in rank order, spread so the list reads as a ranking: the first keeps its estimate
 * (at least 70 %), the fortieth sits at least 45 points lower, never under 5 %.
 */
function spreadLikelihoods(estimates: number[]): number[] {
  if (estimates.length === 0) return [];
  const top = Math.max(70, Math.min(95, estimates[0]));
  const bottom = Math.max(5, Math.min(estimates[estimates.length - 1], top - 45));
  const n = estimates.length;
  return estimates.map((_, i) => (n === 1 ? top : Math.round(top - (top - bottom) * (i / (n - 1)) ** 0.85)));
}

/** Every loop has a behavioural conversation; software loops also code. Floors keep them in the list. */
function floors(track: Track): Partial<Record<Category, number>> {
  return PEOPLE_TRACKS.has(track) ? { behavioural: 12 } : { behavioural: 6, coding: 3, technical: 6 };
}

/**
 * Greedy pick by score: first the best few of each category up to its floor, then the rest;
 * no near-duplicates; no category over half the list unless nothing else is left.
 */
function pickDiverse(sorted: Scored[], track: Track): Scored[] {
  const picked: Scored[] = [];
  const words: Set<string>[] = [];
  const perCategory = new Map<Category, number>();
  const cap = Math.floor(TOP_N / 2);
  const floor = floors(track);
  for (const pass of [0, 1, 2]) {
    for (const s of sorted) {
      if (picked.length >= TOP_N) break;
      if (picked.includes(s)) continue;
      const n = perCategory.get(s.q.category) ?? 0;
      if (pass === 0 && n >= (floor[s.q.category] ?? 0)) continue;
      if (pass === 1 && n >= cap) continue;
      const w = contentWords(s.q.text);
      if (words.some((x) => jaccard(x, w) >= REPORT_DUPLICATE)) continue;
      picked.push(s);
      words.push(w);
      perCategory.set(s.q.category, n + 1);
    }
  }
  return picked.sort((a, b) => b.raw - a.raw || a.q.id.localeCompare(b.q.id));
}

function bestPanelMatch(q: Question, panel: PanelMember[], taxonomy: Taxonomy): { who: string; boost: number; signal: string } | undefined {
  const name = (id: string) => taxonomy.name(id);
  let best: { who: string; boost: number; signal: string } | undefined;
  for (const m of panel) {
    const first = m.name.split(/\s+/)[0];
    for (const s of m.signals) {
      const lower = s.text.toLowerCase();
      const skill = q.skillIds.find((id) => m.skills.includes(id) && lower.includes(name(id).toLowerCase().split(' ')[0]));
      // ("api-design" is written "API design" in a bio.)
      const topic = q.topics.find((t) => t.length > 3 && lower.includes(t.toLowerCase().replace(/-/g, ' ')));
      const hit = (skill ?? topic) && topicName(skill ?? topic ?? '', new Set(), taxonomy);
      if (!hit) continue;
      const boost = s.kind === 'bio' || s.kind === 'note' ? 0.12 : 0.22;
      if (!best || boost > best.boost) best = { who: `${m.name} (${m.title})`, boost, signal: `${first} ${VERB[s.kind]} ${hit}` };
    }
    if (!best && q.category === 'behavioural' && /manager|director|head|lead|vp|recruit|talent/i.test(m.title))
      best = {
        who: `${m.name} (${m.title})`,
        boost: 0.06,
        signal: `${first} is ${article(m.title.split(/[,(]/)[0].trim())} — behavioural questions usually come from them`,
      };
  }
  return best;
}

/** Share of the loop's rounds that cover each category. */
function categoryMix(loop: LoopTemplate | undefined): Map<Category, number> {
  const mix = new Map<Category, number>();
  if (!loop) return mix;
  for (const r of loop.rounds) for (const c of r.categories) mix.set(c, (mix.get(c) ?? 0) + 1 / loop.rounds.length);
  return mix;
}

function roundFor(category: Category, loop: LoopTemplate | undefined): string {
  const r = loop?.rounds.find((x) => x.categories.includes(category));
  return r ? `${r.name} round` : 'Any round';
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** "an Engineering Manager", "a Staff Engineer". */
function article(title: string): string {
  return `${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title}`;
}
