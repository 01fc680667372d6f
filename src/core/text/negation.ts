import type { Token } from '../nlp/wink.ts';

/** Words that turn the claim after them around ("not", "never", "without", "avoids", "except"…). */
const NEGATORS = new Set(
  "not n't no never without neither nor none nothing cannot nobody hardly lack avoid avoids avoided avoiding prevent prevents prevented except excluding skip skips skipped ignore ignored refused refuse".split(
    ' ',
  ),
);
/** Words that dismiss the claim around them ("X is unnecessary", "X rarely helps"). */
const DISMISSIVE = new Set(['unnecessary', 'pointless', 'overkill', 'useless', 'rarely', 'seldom', 'harmless', 'irrelevant']);
/** Negators that do not negate in these idioms: "no matter what", "not only … but also". */
const IDIOM = /^(matter|only|just|doubt)$/;
/** How many content words after a negator stay in its scope, unless a clause break comes first. */
const SCOPE = 4;
const CLAUSE_BREAK = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  'but',
  'and',
  'because',
  'so',
  'which',
  'whereas',
  'although',
  'then',
  'like',
  'unlike',
  'than',
  'as',
  'if',
  'when',
  'until',
]);

/**
 * For each token, whether it sits in the scope of a negation in its clause: after "not", "never",
 * "without", "no", "instead of", or in a clause that calls the thing unnecessary ("a post-mortem
 * wasn't necessary" negates "post-mortem" too: the whole clause is in scope when the negator
 * follows the noun within the same clause).
 */
export function negatedTokens(tokens: Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  // Clauses: runs of tokens between breaks, within a sentence.
  let start = 0;
  const flush = (end: number) => {
    const clause = tokens.slice(start, end);
    const lower = clause.map((t) => t.normal);
    for (let i = 0; i < clause.length; i++) {
      const w = lower[i];
      const instead = w === 'instead' && lower[i + 1] === 'of';
      const negator = (NEGATORS.has(w) && !IDIOM.test(lower[i + 1] ?? '')) || instead;
      const dismissive = DISMISSIVE.has(w);
      if (!negator && !dismissive) continue;
      // Forward scope: the words the negator governs.
      // "no X" negates X; "without X Y" a short phrase; "not", "never" the predicate after them.
      const scope =
        /^(no|none|nothing|nobody)$/.test(w) && !/^(need|needs|point|reason|use|way|longer)$/.test(lower[i + 1] ?? '')
          ? 1
          : /^(without|except|excluding)$/.test(w)
            ? 2
            : SCOPE;
      let content = 0;
      for (let j = i + (instead ? 2 : 1); j < clause.length && content < scope; j++) {
        out[start + j] = true;
        if (!clause[j].stop) content++;
      }
      // Backward scope: "X wasn't necessary", "X is not needed", "X is unnecessary".
      const next = lower[i + 1] ?? '';
      const predicative =
        dismissive ||
        (negator &&
          /^(necessary|needed|required|important|useful|worth|relevant|matter|matters|help|helps|done|used|involved|included|there)$/.test(
            next,
          ));
      if (predicative) for (let j = 0; j < i; j++) out[start + j] = true;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const br = CLAUSE_BREAK.has(tokens[i].normal) || (i > 0 && tokens[i].sentence !== tokens[i - 1].sentence);
    if (br) {
      flush(i);
      start = CLAUSE_BREAK.has(tokens[i].normal) ? i + 1 : i;
    }
  }
  flush(tokens.length);
  return out;
}
