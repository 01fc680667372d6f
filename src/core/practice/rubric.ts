import { analyse, type Token } from '../nlp/wink.ts';
import type { GradableQuestion } from './grade-schema.ts';

/** A rubric phrase reduced to the content lemmas an answer must contain to make the point. */
export interface CompiledPhrase {
  lemmas: string[];
  /** A symbolic alias matched as written ("O(1)", "301", "429"): its lemmas say too little. */
  literal?: string;
}

export interface CompiledPoint {
  point: string;
  weight: number;
  phrases: CompiledPhrase[];
}

/** Words that carry no meaning of their own in a rubric phrase. */
const FILLER = new Set([
  'use',
  'using',
  'make',
  'good',
  'way',
  'thing',
  'something',
  'etc',
  'e.g',
  'i.e',
  'able',
  'also',
  'well',
  'really',
  'just',
]);

export function contentLemmas(tokens: Token[]): string[] {
  return tokens
    .filter((t) => !t.stop && (t.type === 'word' || t.type === 'number') && t.normal.length > 1 && !FILLER.has(t.lemma))
    .map((t) => normaliseLemma(t.lemma));
}

/** Folds the few lemma forms wink leaves apart ("retries" vs "retry", "idempotent" vs "idempotency"). */
export function normaliseLemma(l: string): string {
  return l
    .toLowerCase()
    .replace(/(ies)$/, 'y')
    .replace(/(?<=[a-z]{3})(s|es)$/, '')
    .replace(/(?<=[a-z]{4})(ency|ence|ent|ant|ancy)$/, 'en')
    .replace(/(?<=[a-z]{4})(ation|ing|ed)$/, '');
}

const cache = new WeakMap<GradableQuestion['rubric'], CompiledPoint[]>();

/** Each rubric point with its phrase and aliases as lemma sets; cached per rubric. */
export function compileRubric(rubric: GradableQuestion['rubric']): CompiledPoint[] {
  const hit = cache.get(rubric);
  if (hit) return hit;
  const compiled = rubric.map((r) => ({
    point: r.point,
    weight: r.weight,
    phrases: [r.point, ...r.aliases]
      .map((p): CompiledPhrase => {
        const lemmas = [...new Set(contentLemmas(analyse(p).tokens))];
        return /[^\w\s-]|\d/.test(p) && lemmas.length <= 1 ? { lemmas, literal: p.toLowerCase().replace(/\s+/g, ' ') } : { lemmas };
      })
      .filter((p) => p.lemmas.length > 0 || p.literal),
  }));
  cache.set(rubric, compiled);
  return compiled;
}

/**
 * Key points derived from an instructor's reference answer: one per sentence (long ones split
 * at semicolons), in the reference's order, weighted by how much technical content they carry, at
 * most ten. Short parts ("File scope.", "By reference.") are kept: in a one-line reference they
 * are the whole answer, and concept-mode grading reads the reference back from these points.
 */
export function rubricFromReference(reference: string): GradableQuestion['rubric'] {
  const { sentences } = analyse(reference);
  const parts = sentences
    .flatMap((s) => s.split(/;\s+/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 2);
  const points = parts.map((p) => {
    const a = analyse(p);
    const lemmas = [...new Set(contentLemmas(a.tokens))];
    const technical = a.tokens.filter((t) => t.pos === 'PROPN' || t.type === 'number' || /[A-Z]{2,}/.test(t.value)).length;
    const weight = Math.min(3, 1 + (lemmas.length >= 4 ? 1 : 0) + (technical > 0 ? 1 : 0));
    // Aliases: the salient words as short phrases, so paraphrases that keep the key terms still count.
    const salient = a.tokens.filter((t) => !t.stop && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.type === 'number'));
    const phrase = [...new Set(salient.map((t) => t.normal))].slice(0, 4).join(' ');
    return { point: p.replace(/[.;:]+$/, ''), aliases: phrase ? [phrase] : [p], weight, size: lemmas.length };
  });
  return points
    .filter((p) => p.size >= 1)
    .slice(0, 10)
    .map(({ point, aliases, weight }) => ({ point, aliases, weight }));
}
