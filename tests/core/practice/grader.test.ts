import { describe, expect, it } from 'vitest';
import { gradeLabelled, loadLabelled } from '../../../scripts/bench/grading.ts';
import { loadBank } from '../../../src/core/bank/load.ts';
import { LABELS, labelOf, quadraticKappa } from '../../../src/core/practice/agreement.ts';
import { GradeSchema } from '../../../src/core/practice/grade-schema.ts';
import { gradeAnswer, MAX_ANSWER_CHARS } from '../../../src/core/practice/grader.ts';
import { rubricFromReference } from '../../../src/core/practice/rubric.ts';
import { loadTaxonomy } from '../../../src/core/skills/taxonomy.ts';

const bank = loadBank(loadTaxonomy());
const q = bank.byId.get('be-code-token-bucket-limiter');
if (!q) throw new Error('bank question be-code-token-bucket-limiter missing');

const PLAIN_CORRECT =
  'I keep a bucket per client with a capacity and a refill rate, and on each request I refill it from the time elapsed since the last check and take one token if there is one. The capacity bounds the burst, each check is constant time, and I evict idle buckets so memory stays bounded.';
const STRONG = `${PLAIN_CORRECT} I'd store buckets in a map keyed by client id, make the check-and-decrement atomic with a lock (or a Lua script in Redis when it is shared across servers), and return 429 with Retry-After when the bucket is empty. Edge cases: a clock that goes backwards, a client that has been idle for hours (cap the refill at capacity), and concurrent requests for the same client. The trade-off versus a sliding window is that bursts up to the capacity are allowed. I'd test it with a fake clock: 10 requests at t=0 with capacity 10 pass, the 11th fails, and after 1 second at 5 tokens per second five more pass.`;

describe('offline grader', () => {
  it('returns the grade JSON of the contract, deterministically', () => {
    const g = gradeAnswer(q, STRONG);
    expect(() => GradeSchema.parse(g)).not.toThrow();
    expect(g.criteria.map((c) => c.name)).toEqual(['Coverage', 'Structure', 'Specificity', 'Depth', 'Communication']);
    expect(gradeAnswer(q, STRONG)).toEqual(g);
    expect(g.improvements.length).toBeGreaterThanOrEqual(1);
    expect(g.improvements.length).toBeLessThanOrEqual(3);
    expect(g.modelOutline).toContain(q.answerStructure.principle);
  });

  it('scores a strong answer high and names what it covered', () => {
    const g = gradeAnswer(q, STRONG);
    expect(g.score).toBeGreaterThanOrEqual(70);
    expect(g.covered.length).toBeGreaterThanOrEqual(4);
    expect(g.strengths.length).toBeGreaterThan(0);
  });

  it('ranks a stuffed list of the rubric terms below a plain, correct two-sentence answer', () => {
    const stuffed = q.rubric.flatMap((r) => [r.point, ...r.aliases]).join(', ');
    const s = gradeAnswer(q, stuffed);
    const plain = gradeAnswer(q, PLAIN_CORRECT);
    expect(s.score).toBeLessThan(plain.score);
    expect(s.notes.join(' ')).toContain('list of keywords');
  });

  it.each([
    ['empty', '', 0, 'empty'],
    ['one word', 'Redis.', 20, 'too short'],
    [
      'off-topic',
      'I really enjoy working with people, and I think good communication is the most important skill for any engineer who works on a team with designers and product managers.',
      15,
      "doesn't seem to address the question",
    ],
    ['the question pasted back', q.text, 5, 'repeats the question'],
  ])('scores %s low and says why', (_name, answer, max, why) => {
    const g = gradeAnswer(q, answer);
    expect(g.score).toBeLessThanOrEqual(max);
    expect(g.notes.join(' ')).toContain(why);
  });

  it('caps very long answers and says so', () => {
    const g = gradeAnswer(q, `${STRONG}\n`.repeat(20));
    expect(STRONG.length * 20).toBeGreaterThan(MAX_ANSWER_CHARS);
    expect(g.notes.join(' ')).toContain(`first ${MAX_ANSWER_CHARS.toLocaleString('en')} characters`);
  });

  it('notes non-English answers clearly', () => {
    const g = gradeAnswer(
      q,
      'Ich würde für jeden Kunden einen Eimer mit Token speichern, und die Anfrage wird abgelehnt, wenn der Eimer leer ist, weil das die Last begrenzt und nicht zu viel Speicher braucht.',
    );
    expect(g.notes.join(' ')).toContain('not in English');
    expect(g.score).toBeLessThan(30);
  });

  it('prefers "I" in behavioural answers and checks STAR', () => {
    const beh = bank.byId.get('gen-beh-disagree-with-manager');
    if (!beh) throw new Error('missing question');
    const we = gradeAnswer(
      beh,
      'We had a disagreement about the release. We talked about it and we decided to delay. We were happy with that and the team learned a lot from it overall in the end.',
    );
    const i = gradeAnswer(
      beh,
      'Last year at a logistics start-up my manager wanted to ship a pricing change on a Friday. I thought it was risky because we had no rollback for the price cache. I asked for fifteen minutes, showed him the two incidents from the previous quarter, and proposed shipping Monday behind a flag. He agreed; the release went out Monday with zero incidents, and I learned to bring data rather than opinions when I disagree.',
    );
    expect(we.criteria.find((c) => c.name === 'Specificity')?.comment).toContain('"we"');
    expect(i.criteria.find((c) => c.name === 'Structure')?.score).toBeGreaterThan(
      we.criteria.find((c) => c.name === 'Structure')?.score ?? 5,
    );
    expect(i.score).toBeGreaterThan(we.score);
  });

  it('picks the follow-up from what is missing', () => {
    const g = gradeAnswer(
      q,
      'I would keep a token bucket per client and refill it based on the elapsed time since the last request, then allow the request when a token is left.',
    );
    expect(g.missing.length).toBeGreaterThan(0);
    expect(g.followUp.length).toBeGreaterThan(10);
  });
});

describe('questions without a rubric (reference answer)', () => {
  const reference =
    'An index is a separate data structure, usually a B-tree, that lets the database find rows without scanning the whole table. It speeds up reads on the indexed columns but slows down writes, because every insert and update must also update the index. Avoid indexes on small tables, on columns with very few distinct values, and on write-heavy tables where reads are rare.';
  const rubric = rubricFromReference(reference);
  const question = { text: 'What is a database index and when would you not add one?', category: 'technical' as const, rubric };

  it('derives weighted key points from the reference', () => {
    expect(rubric.length).toBeGreaterThanOrEqual(3);
    for (const p of rubric) {
      expect(reference).toContain(p.point);
      expect(p.weight).toBeGreaterThanOrEqual(1);
      expect(p.weight).toBeLessThanOrEqual(3);
    }
  });

  it('grades a correct paraphrase above a vague answer', () => {
    const good = gradeAnswer(
      question,
      'An index is usually a B-tree kept next to the table so the database can find rows without a full scan. Reads on those columns get faster, but every insert and update also has to update the index, so writes get slower. I would not add one on a tiny table, on a low-cardinality column like a boolean, or on a write-heavy table that is rarely read.',
    );
    const vague = gradeAnswer(
      question,
      'Indexes make things faster and you should add them when the database is slow, but not always, it depends on the situation and the team.',
    );
    expect(good.score).toBeGreaterThan(vague.score + 25);
    expect(good.covered.length).toBeGreaterThanOrEqual(2);
  });
});

describe('calibration against the labelled answers', () => {
  const rows = loadLabelled();
  const { scores, human, predicted } = gradeLabelled(rows);

  it('has a labelled set of 60+ answers over 20+ questions in every category', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(rows.map((r) => r.questionId));
    expect(ids.size).toBeGreaterThanOrEqual(20);
    const cats = new Set([...ids].map((id) => bank.byId.get(id)?.category));
    expect([...cats].sort()).toEqual(['behavioural', 'coding', 'system-design', 'technical']);
  });

  it('agrees with the labels (quadratic-weighted kappa >= 0.6)', () => {
    expect(quadraticKappa(human, predicted, 3)).toBeGreaterThanOrEqual(0.6);
  });

  it('scores the strong answer above the weak one for every question', () => {
    const byQ = new Map<string, Record<string, number>>();
    for (const [i, r] of rows.entries()) byQ.set(r.questionId, { ...(byQ.get(r.questionId) ?? {}), [r.label]: scores[i] });
    for (const [id, s] of byQ) expect(s.strong, id).toBeGreaterThan(s.weak);
    expect(LABELS.map((l) => labelOf(l === 'weak' ? 10 : l === 'adequate' ? 50 : 90))).toEqual([...LABELS]);
  });
});
