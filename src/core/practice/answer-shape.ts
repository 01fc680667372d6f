import type { Token } from '../nlp/wink.ts';

/** An answer split into its prose and its code (fenced blocks and lines that read as code). */
export interface AnswerParts {
  prose: string;
  code: string;
  /** Comments inside the code: they are prose about the code. */
  comments: string;
}

const CODE_LINE =
  /^\s{4,}\S|^\s*(def |class |function |const |let |var |return\b|if \(|for \(|while \(|import |from \S+ import|public |private |#include|}|{$)|[;{}]\s*$|=>|^\s*(#|\/\/)/;

/** Splits code from prose so code lines are not counted as sentences. */
export function splitCode(answer: string): AnswerParts {
  const prose: string[] = [];
  const code: string[] = [];
  let fenced = false;
  for (const line of answer.split('\n')) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || (CODE_LINE.test(line) && !/^[A-Z][^;{}]*[.!?]\s*$/.test(line.trim()))) code.push(line);
    else prose.push(line);
  }
  const codeText = code.join('\n');
  const comments = (codeText.match(/(\/\/|#)\s?.*$|\/\*[\s\S]*?\*\/|"""[\s\S]*?"""/gm) ?? []).map((c) =>
    c.replace(/^(\/\/|#|\/\*|""")\s?/, ''),
  );
  return { prose: prose.join('\n').trim(), code: codeText, comments: comments.join('\n') };
}

/** Identifiers in code read as words: getUserById → get user by id, max_tokens → max tokens. */
export function codeAsWords(code: string): string {
  return code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.]/g, ' ')
    .replace(/[^\w\s()%$]/g, ' ');
}

const UNIT =
  /(?:[$£€]\s?\d[\d,.]*\s?[kmb]?\b|\b\d[\d,.]*\s?(?:%|percent|x\b|times\b|ms\b|milliseconds?|µs|ns\b|s\b|secs?\b|seconds?|mins?\b|minutes?|h\b|hrs?\b|hours?|days?|weeks?|months?|years?|k\b|m\b|b\b|kb\b|mb\b|gb\b|tb\b|pb\b|qps|rps|tps|req(?:uests)?(?:\/s| per second)?|users?|customers?|rows?|records?|nodes?|servers?|instances?|shards?|replicas?|engineers?|people|tickets?|incidents?|bugs?|releases?|deploys?|points?|dollars?|euros?|pounds?))/gi;

/** Quantities with a unit anywhere in the text ("40 ms", "3x", "$2k", "12%", "5 engineers"). */
export function quantities(text: string): string[] {
  return text.match(UNIT) ?? [];
}

/** Parts of speech that tie terms together into a statement. */
const GLUE = new Set(['DET', 'PRON', 'AUX', 'ADP', 'SCONJ', 'PART', 'CCONJ']);
const CONNECTIVES = /\b(because|so|which|then|that|when|if|therefore|since|while|whereas|means|so that)\b/i;

/**
 * Whether the answer is a bag of terms rather than statements: several terms with next to no
 * words relating them (no determiners, pronouns, auxiliaries, prepositions or connectives), or
 * separator-delimited items of a few words each. A short answer (fewer than minWords words) is
 * never a list: a one-line correct answer to a concept question is fine.
 */
export function isTermList(prose: string, tokens: Token[], minWords = 8): boolean {
  const words = tokens.filter((t) => t.type === 'word');
  if (words.length < minWords) return false;
  const glue = words.filter((t) => GLUE.has(t.pos) || CONNECTIVES.test(t.normal)).length / words.length;
  const items = prose
    .split(/[,;|•\n]+|\s[-–]\s/)
    .map((s) => s.trim())
    .filter((s) => /\w/.test(s));
  const avgItem = words.length / Math.max(1, items.length);
  return glue < 0.1 || (items.length >= 5 && avgItem <= 3) || (items.length >= 4 && avgItem <= 4 && glue < 0.3);
}
