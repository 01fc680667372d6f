import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { ItemToken, ItsFunction } from 'wink-nlp';

/** One token as the rest of the core sees it. */
export interface Token {
  /** As written. */
  value: string;
  /** Lowercased, as wink normalises it. */
  normal: string;
  lemma: string;
  pos: string;
  type: string;
  /** Whitespace before the token (distinguishes "Node.js" from "Node. js"). */
  spaced: boolean;
  /** wink's stop-word flag ("the", "and", "of"…). */
  stop: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Index within its sentence. */
  position: number;
}

export interface Entity {
  value: string;
  type: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/**
 * wink-nlp with its English web model, loaded once (~0.2 s and tens of MB) on first use, not at
 * import: a bot that only acks commands and serves /readyz never pays for it.
 */
function engine(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const create = require('wink-nlp') as typeof winkNLP;
    nlp = create(require('wink-eng-lite-web-model'));
  }
  return nlp;
}

export interface Analysed {
  tokens: Token[];
  sentences: string[];
  entities: Entity[];
}

/** Tokens (with lemma, POS and spacing), sentences and wink's rule-based entities of a text. */
export function analyse(text: string): Analysed {
  const n = engine();
  const its = n.its;
  const doc = n.readDoc(text);
  const tokens: Token[] = [];
  const sentences: string[] = [];
  doc.sentences().each((s, si) => {
    sentences.push(s.out());
    s.tokens().each((t: ItemToken, ti: number) => {
      tokens.push({
        value: t.out(),
        normal: t.out(its.normal),
        lemma: t.out(its.lemma as ItsFunction<string>),
        pos: t.out(its.pos),
        type: t.out(its.type),
        spaced: t.out(its.precedingSpaces).length > 0,
        stop: t.out(its.stopWordFlag) as unknown as boolean,
        sentence: si,
        position: ti,
      });
    });
  });
  const entities = doc.entities().out(its.detail) as unknown as Entity[];
  return { tokens, sentences, entities };
}

/** The part of a token that spelling matches need. */
export type Piece = Pick<Token, 'value' | 'normal' | 'spaced'>;

/** Tokens of a short phrase (skill spellings, rubric aliases) without tagging: fast enough for thousands. */
export function tokenize(text: string): Piece[] {
  const n = engine();
  const its = n.its;
  const toks = n.readDoc(text).tokens();
  const values = toks.out(its.value);
  const normals = toks.out(its.normal);
  const spaces = toks.out(its.precedingSpaces);
  return values.map((value, i) => ({ value, normal: normals[i], spaced: spaces[i].length > 0 }));
}

/** A mark no spelling uses, that wink reads as a token of its own: it separates the texts of one batch. */
const BATCH_MARK = '¦';

/**
 * Tokens of many short texts (the taxonomy's spellings) with one document instead of one each: the same pieces as
 * tokenize on each text, for a fraction of the garbage. Falls back to one document each when a text holds the mark.
 */
export function tokenizeEach(texts: string[]): Piece[][] {
  if (texts.some((t) => t.includes(BATCH_MARK))) return texts.map(tokenize);
  const groups: Piece[][] = [[]];
  for (const p of tokenize(texts.join(` ${BATCH_MARK} `))) {
    if (p.value === BATCH_MARK) groups.push([]);
    else groups[groups.length - 1].push(p);
  }
  // A text's first piece follows the mark's space in the batch, and nothing when read alone.
  for (const g of groups) if (g[0]) g[0] = { ...g[0], spaced: false };
  const same = groups.length === texts.length && texts.every((t, i) => t === t.trimStart() || groups[i].length === 0);
  return same ? groups : texts.map(tokenize);
}
