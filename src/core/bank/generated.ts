// Questions built from the taxonomy for skills the curated bank does not cover yet.
//
// Real ads require hundreds of tools (Java, Spring, Snowflake, Salesforce…); the curated bank covers part of
// them. Rather than leave a required skill without a question, the engine builds one from the skill's own
// review concepts (data/skills/*.yaml): an experience-first question with a rubric made of those concepts.
// The ids are stable ("sk-java"), so practice, grading and spaced repetition treat them like bank questions.
import type { SkillCategory, SkillEntry } from '../skills/schema.ts';
import { isPractice, nameInSentence, type Taxonomy } from '../skills/taxonomy.ts';
import type { Question } from './load.ts';
import type { RubricPoint, Track } from './schema.ts';

export const GENERATED_PREFIX = 'sk-';

/** Tracks where a skill of this family is asked about (used when practising outside a report). */
const TRACKS: Record<SkillCategory, Track[]> = {
  language: ['backend', 'fullstack', 'frontend', 'data-engineering', 'ml', 'mobile'],
  frontend: ['frontend', 'fullstack'],
  backend: ['backend', 'fullstack'],
  database: ['backend', 'data-engineering', 'fullstack'],
  data: ['data-engineering', 'data-science'],
  ml: ['ml', 'data-science'],
  cloud: ['devops', 'sre', 'backend'],
  devops: ['devops', 'sre'],
  mobile: ['mobile'],
  security: ['security', 'devops'],
  qa: ['qa'],
  practice: ['general'],
  business: ['product', 'operations', 'sales', 'customer-success'],
  behavioural: ['general'],
};

/** Words that carry no content in a concept phrase ("how `this` is bound in methods"). */
const FILLER = new Set(
  'a an the and or of in on to for with vs versus how when why what which where its it is are be by from into their your you this that these those as at per'.split(
    ' ',
  ),
);

/** "JVM memory model, heap generations and garbage collectors (G1, ZGC)" → "JVM memory model", "heap generations", "garbage collectors", "G1", "ZGC". */
export function conceptParts(concept: string): string[] {
  const parts = concept
    .replace(/[`"“”]/g, '')
    .split(/\s*(?:[,;()/]|\band\b|\bor\b|\bvs\.?\b|\bversus\b)\s*/i)
    .map((p) =>
      p
        .trim()
        .replace(/^(?:the|a|an|how|when|why|what|choosing between|using|writing|defining|finding)\s+/i, '')
        .trim(),
    )
    .filter((p) => p.length >= 2 && !FILLER.has(p.toLowerCase()));
  return [...new Set(parts)].slice(0, 6);
}

/**
 * Several wordings, picked by the skill id, so that two built questions in one report never read as the same
 * question with a word swapped. Each asks for the concept and for the candidate's own work with the skill.
 */
const WORDINGS: ((name: string, concept: string, practice: boolean) => string)[] = [
  (n, c) => `Where have you relied on ${n} in your own work? Explain ${c}, using that work as the example.`,
  (n, c) => `Take a recent piece of work that needed ${n}. How did ${c} shape what you did?`,
  (n, c) => `What should someone get right about ${c} when working with ${n}, and when did it make a difference for you?`,
  (n, c) => `Our team depends on ${n}. How do you handle ${c}? Answer with an example you lived.`,
  (n, c, practice) =>
    practice
      ? `Tell me about the last piece of work where you used ${n}. What did ${c} change in how you went about it?`
      : `Tell me about the last thing you delivered that used ${n}. What did ${c} change in how you built it?`,
  (n, c) =>
    `A new teammate asks how ${n} works in practice, starting with ${c}. What would you explain, and which mistake from your own experience would you warn them about?`,
];

/**
 * The situations interviewers put a skill in once its concepts are covered: a failure, a start from nothing, a
 * judgement call, a review, a measure of payoff, an explanation to a non-expert. Each still anchors on a concept.
 */
const SITUATIONS: ((name: string, concept: string) => string)[] = [
  (n, c) =>
    `Tell me about a time ${n} work went wrong on your watch. What did ${c} have to do with it, and what did you change afterwards?`,
  (n, c) => `You join a team that has never used ${n}. What would you set up or agree on first, and what part would ${c} play?`,
  (n, c) => `How do you decide how much ${n} a piece of work needs? Use ${c} to show where you draw the line.`,
  (n, c) => `You are reviewing a colleague's ${n} work and something about ${c} looks off. What do you check, and how do you raise it?`,
  (n, c) => `How would you show that your ${n} work is paying off? Say what you would measure, taking ${c} as the example.`,
  (n, c) => `Explain ${c} to a stakeholder who has never worked with ${n}, and why it should matter to them.`,
];

function hashOf(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

function wording(id: string, variant: number): (name: string, concept: string, practice: boolean) => string {
  return WORDINGS[(hashOf(id) + variant) % WORDINGS.length];
}

/**
 * A concept as a question says it: without its examples in brackets when enough is left to name it ("root cause tools
 * (5 whys, fishbone)" → "root cause tools"); the rubric keeps them.
 */
export function spoken(concept: string): string {
  const bare = concept
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return bare.split(' ').length >= 2 ? bare : concept;
}

/** Built questions per skill at most from its concepts: one per review concept (3–6 of them), each in another wording. */
export const VARIANTS = 6;
/**
 * Built questions per skill in all: after the concept questions, situations fill up to this many, so that an ad
 * requiring a single skill still has nine distinct angles on it for its top ten.
 */
export const ANGLES = 9;

/**
 * A generated question for one skill: deterministic, built only from the taxonomy entry. Variant k (0-based)
 * asks about the skill's k-th concept, in another wording, with that concept weighted first in the rubric.
 */
export function skillQuestion(entry: SkillEntry, variant = 0): Question {
  // A practice reads as a common noun mid-sentence ("the last piece of work where you used test automation").
  const name = nameInSentence(entry);
  const k = variant % entry.concepts.length;
  const concepts = [...entry.concepts.slice(k), ...entry.concepts.slice(0, k)];
  // Past its concepts, a variant puts the skill in a situation (a failure, a review…) instead.
  const fromConcepts = Math.min(VARIANTS, entry.concepts.length);
  const situation = variant >= fromConcepts ? SITUATIONS[(hashOf(entry.id) + variant - fromConcepts) % SITUATIONS.length] : undefined;
  const [first, second] = concepts;
  const conceptPoints: RubricPoint[] = concepts.slice(0, 4).map((c, i) => {
    const parts = conceptParts(c);
    return { point: c, aliases: parts.length ? parts : [c], weight: i === 0 ? 3 : 2 };
  });
  const rubric: RubricPoint[] = [
    ...conceptPoints,
    {
      point: `a concrete piece of work done with ${name}`,
      aliases: ['I built', 'I used', 'we used', 'in my last role', 'on my team', 'in production', 'at my previous job', 'our project'],
      weight: 3,
    },
    {
      point: 'a trade-off, limitation or failure and how it was handled',
      aliases: ['trade-off', 'tradeoff', 'downside', 'limitation', 'instead of', 'went wrong', 'we learned', 'the cost of'],
      weight: 2,
    },
    {
      point: 'how the result was checked or measured',
      aliases: ['measured', 'monitored', 'tested', 'benchmark', 'metrics', 'dashboard', 'verified'],
      weight: 1,
    },
  ];
  return {
    id: `${GENERATED_PREFIX}${entry.id}${variant ? `--v${variant + 1}` : ''}`,
    text: (situation ?? wording(entry.id, variant))(name, spoken(first), isPractice(entry)),
    tracks: TRACKS[entry.category],
    category: 'technical',
    difficulty: 'medium',
    levels: ['junior', 'mid', 'senior', 'staff'],
    skills: [name],
    skillIds: [entry.id],
    topics: [entry.name.length >= 2 ? entry.name : `${entry.name} (${entry.category})`],
    criteria: [
      `Explains ${first} accurately, in their own words`,
      `Grounds the answer in real ${name} work (what, why, result)`,
      'Names a trade-off or a failure and what they did about it',
    ],
    rubric,
    redFlags: [`Lists ${name} features without a single case of using them`, `Cannot say when ${name} is the wrong tool`],
    answerStructure: {
      principle: `A strong ${name} answer pairs how it works with proof you have used it: one real case, the trade-off you faced, and how you knew it worked.`,
      steps: [
        { title: 'The work', points: [`What you built or ran with ${name}, for whom, and your part in it`] },
        {
          title: 'The concept',
          points: [`Explain ${first} plainly, naming its moving parts`, ...(second ? [`Connect it to ${second} where it applies`] : [])],
        },
        {
          title: 'Trade-offs and result',
          points: ['One decision you had to make and the alternative you rejected', 'The result, and how you measured or checked it'],
        },
      ],
      insight: `Interviewers probing ${name} listen for the thing that went wrong and how you noticed it: bring one such story.`,
    },
    followUps: [
      `What went wrong the last time you used ${name}, and how did you find out?`,
      second ? `How would you explain ${second} to a new teammate?` : `When would you not use ${name}?`,
    ],
  };
}

/** Questions built from a skill's concepts, looked up by skill id (built on first use, then kept). */
export interface BuiltQuestions {
  /** One question per review concept (up to VARIANTS), then situations (up to ANGLES in all) for a technical skill; undefined for an unknown or behavioural skill. */
  get(skillId: string): Question[] | undefined;
  /** The built question with this id ("sk-java", "sk-java--v2"), if it names one. */
  byQuestionId(id: string): Question | undefined;
}

/**
 * Questions for every technical taxonomy skill, one per leading concept (up to VARIANTS), built lazily: a
 * report needs a handful, and building all of them up front would hold some 2,300 questions in memory.
 */
export function generatedQuestions(taxonomy: Taxonomy): BuiltQuestions {
  const built = new Map<string, Question[]>();
  const get = (skillId: string): Question[] | undefined => {
    const hit = built.get(skillId);
    if (hit) return hit;
    const entry = taxonomy.get(skillId);
    if (!entry || entry.category === 'behavioural') return undefined;
    const qs = entry.concepts.length ? Array.from({ length: ANGLES }, (_, v) => skillQuestion(entry, v)) : [];
    built.set(skillId, qs);
    return qs;
  };
  return {
    get,
    byQuestionId(id) {
      if (!id.startsWith(GENERATED_PREFIX)) return undefined;
      const [skillId] = id.slice(GENERATED_PREFIX.length).split('--v');
      return get(skillId)?.find((q) => q.id === id);
    },
  };
}
