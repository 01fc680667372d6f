import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adversarialChecks } from '../../../scripts/bench/adversarial.ts';
import { loadBank } from '../../../src/core/bank/load.ts';
import { quantities, splitCode } from '../../../src/core/practice/answer-shape.ts';
import { calibration } from '../../../src/core/practice/calibration.ts';
import { CONCEPT_FEATURES } from '../../../src/core/practice/concept.ts';
import { gradeAnswer } from '../../../src/core/practice/grader.ts';
import { rubricFromReference } from '../../../src/core/practice/rubric.ts';
import { loadTaxonomy } from '../../../src/core/skills/taxonomy.ts';
import { wordVectors } from '../../../src/core/text/vectors.ts';

const bank = loadBank(loadTaxonomy());
const bankQ = (id: string) => {
  const q = bank.byId.get(id);
  if (!q) throw new Error(`missing ${id}`);
  return q;
};

describe('adversarial answers, every bank category and a concept question', () => {
  const checks = adversarialChecks();
  it.each(checks.map((c) => [c.set, c.check, c] as const))('%s: %s', (_set, _check, c) => {
    expect(c.pass, c.detail).toBe(true);
  });
});

describe('word vectors and calibration (committed data)', () => {
  it('loads the quantised subset and finds related words closer than unrelated ones', () => {
    const v = wordVectors();
    expect(v).not.toBeNull();
    if (!v) return;
    const [memory, storage, banana] = ['memory', 'storage', 'banana'].map((w) => v.index(w));
    expect(Math.min(memory, storage, banana)).toBeGreaterThanOrEqual(0);
    expect(v.cosine(memory, storage)).toBeGreaterThan(v.cosine(memory, banana));
  });

  it('ships a fitted calibration for the current features', () => {
    const c = calibration();
    expect(c.features).toEqual([...CONCEPT_FEATURES]);
    expect(c.fittedOn).toContain('rows');
    expect(c.weights).toHaveLength(CONCEPT_FEATURES.length + 1);
  });
});

describe('concept mode (a question with a short reference answer)', () => {
  const question = {
    text: 'What does a compiler do with an inline function?',
    category: 'technical' as const,
    rubric: rubricFromReference('It copies the body of the function into every place where the function is called.'),
  };

  it('gives a short correct answer full marks, with no length cap', () => {
    const g = gradeAnswer(question, 'It pastes the function body in at each call site.');
    expect(g.score).toBeGreaterThanOrEqual(65);
    expect(g.notes.join(' ')).not.toContain('too short');
  });

  it('credits a paraphrase by meaning and says what is missing otherwise', () => {
    const weak = gradeAnswer(question, 'It makes the program run faster.');
    expect(weak.score).toBeLessThan(gradeAnswer(question, 'The code of the function is copied to where it is called.').score);
    expect(weak.improvements.join(' ')).toContain('copies the body');
  });

  it('does not credit a negated point and says it contradicts it', () => {
    const g = gradeAnswer(
      question,
      'It does not copy the body of the function into the places where the function is called; the call stays a normal call.',
    );
    expect(g.score).toBeLessThan(40);
    expect(g.improvements.join(' ')).toContain('contradicts');
  });
});

describe('opposites (WordNet antonyms)', () => {
  const reference = 'Analytics are written asynchronously, off the redirect path, so a slow analytics store never delays the redirect.';
  it('treats the opposite word as a contradiction and a negated opposite as the point (concept mode)', () => {
    const q = {
      text: 'How should a URL shortener record click analytics?',
      category: 'technical' as const,
      rubric: rubricFromReference(reference),
    };
    const right = gradeAnswer(
      q,
      'Analytics are not written synchronously: they go off the redirect path, so a slow store does not delay it.',
    );
    const opposite = gradeAnswer(q, 'Analytics are written synchronously on the redirect path, so the redirect waits for the slow store.');
    expect(right.score).toBeGreaterThanOrEqual(65);
    expect(opposite.score).toBeLessThan(40);
    expect(opposite.improvements[0]).toContain('contradicts');
  });

  it('does not credit a rubric point stated with its opposite (interview mode)', () => {
    const q = {
      ...bankQ('be-sd-url-shortener'),
      rubric: [
        { point: 'writes click analytics asynchronously', aliases: ['asynchronous analytics'], weight: 3 },
        { point: 'caches the redirect path', aliases: ['cache'], weight: 2 },
      ],
    };
    const g = gradeAnswer(
      q,
      'Every redirect reads the code from a cache in front of the key-value store, and I write the click analytics synchronously in the same request so nothing is lost.',
    );
    expect(g.covered).not.toContain('writes click analytics asynchronously');
    expect(g.improvements.join(' ')).toContain('contradicts a key point: writes click analytics asynchronously');
  });
});

describe('meaning, not tokens (interview questions)', () => {
  it('does not credit negated key points and names the contradiction', () => {
    const q = bankQ('gen-beh-disagree-with-manager');
    const g = gradeAnswer(
      q,
      'When my manager picked a vendor I disliked, I did not raise it privately with him and I never committed to the decision; I kept using my own tool instead. I did not learn the context behind it. In the end the project slipped by two weeks.',
    );
    expect(g.covered).not.toContain('committed fully once the decision stood');
    expect(g.improvements.join(' ')).toContain('contradicts');
  });

  it('reads code as code: complexity, edge cases and tests in code and comments', () => {
    const q = bankQ('be-code-token-bucket-limiter');
    const answer = [
      'A bucket per client in a map, refilled lazily from the elapsed time:',
      '```ts',
      'function allow(id: string, now: number): boolean {',
      '  const b = buckets.get(id) ?? { tokens: CAPACITY, at: now }; // O(1) per request',
      '  if (now < b.at) return false; // edge case: clock went backwards',
      '  b.tokens = Math.min(CAPACITY, b.tokens + (now - b.at) * RATE);',
      '  b.at = now;',
      '  if (b.tokens < 1) return false;',
      '  b.tokens -= 1;',
      '  return true;',
      '}',
      "test('11th request in the same second is refused', () => expect(allowMany(11)).toBe(10));",
      '```',
    ].join('\n');
    expect(splitCode(answer).code).toContain('function allow');
    const g = gradeAnswer(q, answer);
    const structure = g.criteria.find((c) => c.name === 'Structure');
    expect(structure?.comment).toBe('Approach, complexity, edge cases and testing are all there.');
    const communication = g.criteria.find((c) => c.name === 'Communication');
    expect(communication?.comment).toMatch(/in [12] sentences?/);
  });

  it('counts quantities with units anywhere as quantification and never asks for numbers beside them', () => {
    expect(quantities('p99 went from 800 ms to 120ms, 3x cheaper, saved $2k a month and 12% of CPU')).toHaveLength(5);
    const q = bankQ('gen-beh-disagree-with-manager');
    const g = gradeAnswer(
      q,
      'Last year my manager decided to move our 40 services to a new CI system in 2 weeks. I raised it privately in our one-on-one the same day: the data showed 3 of our 12 pipelines would break, so I proposed an alternative of moving 5 services first. He kept the plan, so I committed to it fully and wrote the migration guide. It turned out he had a licence deadline I did not know about; we finished in 16 days with 2 incidents, and I learned to ask about constraints first.',
    );
    expect(g.improvements.join(' ')).not.toMatch(/numbers|a number/);
    expect(g.criteria.find((c) => c.name === 'Specificity')?.score).toBeGreaterThanOrEqual(3);
  });

  it('scores a bag of terms as a list in every category', () => {
    for (const id of [
      'be-code-token-bucket-limiter',
      'gen-beh-disagree-with-manager',
      'be-sd-url-shortener',
      'be-tech-slow-orders-query-index',
    ]) {
      const q = bankQ(id);
      const g = gradeAnswer(q, q.rubric.map((r) => r.aliases[0]).join(', '));
      expect(g.score, id).toBeLessThanOrEqual(20);
      expect(g.notes.join(' '), id).toContain('list of keywords');
    }
  });
});

describe('prep grade --batch', () => {
  it('grades rows with a reference, rows quoting a bank question without one, and explains the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prep-batch-'));
    const input = join(dir, 'in.jsonl');
    const tokenBucket = bankQ('be-code-token-bucket-limiter').text;
    writeFileSync(
      input,
      [
        {
          id: 'a',
          question: 'What is a variable?',
          reference: 'A location in memory that can store a value.',
          answer: 'A named place in memory that holds a value.',
        },
        { id: 'b', question: tokenBucket.replace(/\.$/, ''), answer: 'A map of per-client buckets refilled lazily from the elapsed time.' },
        { id: 'c', question: 'What is a pointer?', answer: 'An address.' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const out = execFileSync(process.execPath, ['src/cli/prep.ts', 'grade', '--batch', input], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].score).toBeGreaterThanOrEqual(60);
    expect(typeof out[1].score).toBe('number');
    expect(out[2].error).toContain('reference');
  });
});

describe('quantified points', () => {
  it('credits "quantified the impact" to an answer with quantities and units, wherever they are', () => {
    const q = bank.questions.find((x) => x.rubric.some((r) => r.point === 'quantified the impact'));
    if (!q) throw new Error('no question with a "quantified the impact" point');
    const g = gradeAnswer(
      q,
      'During the outage checkout failed for 42 minutes and about 1,800 customers saw errors, so I opened an incident channel, rolled back the release and posted status updates every 15 minutes. The post-mortem added alerting on the error rate.',
    );
    expect(g.covered).toContain('quantified the impact');
    expect(g.improvements.join(' ')).not.toMatch(/quantify|numbers/i);
  });
});

describe('which grader a question gets', () => {
  it('keeps a mock-interview follow-up (a curated rubric without its answer structure) with the interview grader', () => {
    const q = bankQ('be-code-token-bucket-limiter');
    const followUp = { ...q, text: 'How would you bound memory?', rubric: q.rubric.slice(-2), answerStructure: undefined, followUps: [] };
    expect(gradeAnswer(followUp, 'Evict idle buckets.').notes.join(' ')).toContain('too short');
  });

  it('grades a rubric derived from a reference answer in concept mode, even one stored before concept mode existed', () => {
    const stored = [
      {
        point: 'To simulate the behaviour of portions of the desired software product',
        aliases: ['behavior portions desired software'],
        weight: 2,
      },
    ];
    const g = gradeAnswer(
      { text: 'What is the role of a prototype program?', category: 'technical', rubric: stored },
      'It simulates parts of the product.',
    );
    expect(g.notes.join(' ')).not.toContain('too short');
    expect(g.modelOutline).toContain('A full answer says');
  });
});
