import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GradeSchema } from '../../src/core/practice/grade-schema.ts';
import { ReportSchema } from '../../src/core/report/schema.ts';
import { FakeOpenAi } from '../fakes/openai.ts';

const dir = mkdtempSync(join(tmpdir(), 'cli-llm-'));
const P = 'tests/fixtures/pairs/backend-payments';
const ANSWER = join(dir, 'answer.txt');
writeFileSync(
  ANSWER,
  'I would keep a token bucket per client in Redis, refill it from the elapsed time, and reject with 429 and Retry-After when empty; a Lua script keeps check-and-take atomic.',
);

/** Runs the CLI as a child (the fake server lives in this process, so the child must not block it). */
function prep(env: Record<string, string>, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/cli/prep.ts', ...args], {
      env: { PATH: process.env.PATH, DATA_DIR: join(dir, 'data'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('prep CLI with the LLM settings (fake OpenAI-compatible server)', () => {
  let fake: FakeOpenAi;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await new FakeOpenAi().start();
    env = { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'test-key', LLM_MAX_RETRIES: '0' };
  });
  afterAll(async () => {
    await fake.stop();
  });
  beforeEach(() => {
    fake.requests.length = 0;
  });

  it('report uses the model like the chat and says so; --offline makes no call', async () => {
    const out = join(dir, 'r.json');
    const r = await prep(env, 'report', '--cv', `${P}/cv.md`, '--jd', `${P}/jd.md`, '--format', 'json', '--out', out);
    expect(r.status).toBe(0);
    expect(fake.requests.map((x) => x.name).sort()).toEqual(['company', 'highlights', 'overview', 'plan', 'positioning', 'questions']);
    const report = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.meta.engine).not.toBe('offline');
    expect(report.meta.model).toBe('gpt-4o-mini');
    expect(r.stderr).toMatch(/Written by the LLM engine \(gpt-4o-mini\)/);

    fake.requests.length = 0;
    const off = await prep(env, 'report', '--cv', `${P}/cv.md`, '--jd', `${P}/jd.md`, '--format', 'json', '--offline');
    expect(off.status).toBe(0);
    expect(fake.requests).toHaveLength(0);
    expect(JSON.parse(off.stdout).meta.engine).toBe('offline');
    expect(off.stderr).toContain('Written by the offline engine (--offline).');
  });

  it('report without the settings stays offline and says why', async () => {
    const r = await prep({}, 'report', '--cv', `${P}/cv.md`, '--jd', `${P}/jd.md`, '--format', 'json');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Written by the offline engine (no OPENAI_BASE_URL or OPENAI_API_KEY set).');
  });

  it('report says when every model call fell back', async () => {
    fake.fail('*', { kind: 'status', status: 500 }, 6);
    const r = await prep(env, 'report', '--cv', `${P}/cv.md`, '--jd', `${P}/jd.md`, '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).meta.engine).toBe('offline');
    expect(r.stderr).toMatch(/Written by the offline engine: every LLM section fell back/);
  });

  it('grade uses the model for one answer and names the engine; --offline does not', async () => {
    const r = await prep(env, 'grade', '--question', 'be-code-token-bucket-limiter', '--answer-file', ANSWER, '--format', 'json');
    expect(r.status).toBe(0);
    expect(fake.of('grader')).toHaveLength(1);
    expect(() => GradeSchema.parse(JSON.parse(r.stdout))).not.toThrow();
    expect(r.stderr).toContain('Graded by the LLM engine (gpt-4o-mini).');
    const text = await prep(env, 'grade', '--question', 'be-code-token-bucket-limiter', '--answer-file', ANSWER, '--offline');
    expect(text.stdout).toContain('Graded by the offline engine (--offline).');
    expect(fake.of('grader')).toHaveLength(1);
  });

  it('grade --batch stays offline unless --llm', async () => {
    const input = join(dir, 'in.jsonl');
    const rows = [1, 2, 3].map((id) => ({ id, questionId: 'be-code-token-bucket-limiter', answer: readFileSync(ANSWER, 'utf8') }));
    writeFileSync(input, rows.map((x) => JSON.stringify(x)).join('\n'));
    const off = await prep(env, 'grade', '--batch', input);
    expect(off.status).toBe(0);
    expect(fake.requests).toHaveLength(0);
    expect(off.stderr).toContain('Graded 3 of 3 rows');
    expect(off.stderr).toContain('by the offline engine (batches stay offline unless --llm)');
    const on = await prep(env, 'grade', '--batch', input, '--llm');
    expect(on.status).toBe(0);
    expect(fake.of('grader')).toHaveLength(3);
    expect(on.stderr).toContain('Graded by the LLM engine (gpt-4o-mini).');
    expect(
      on.stdout
        .trim()
        .split('\n')
        .map((l) => Object.keys(JSON.parse(l)).sort()),
    ).toEqual(Array(3).fill(['covered', 'criteria', 'id', 'missing', 'score']));
    const none = await prep({}, 'grade', '--batch', input, '--llm');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--llm needs OPENAI_BASE_URL or OPENAI_API_KEY');
  });
});
