import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GradeSchema } from '../../src/core/practice/grade-schema.ts';
import { ReportSchema } from '../../src/core/report/schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'cli-'));
const P = 'tests/fixtures/pairs/backend-payments';
function prep(...args: string[]) {
  return spawnSync(process.execPath, ['src/cli/prep.ts', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, DATA_DIR: join(dir, 'data') },
  });
}

describe('prep CLI', () => {
  it('lists its commands', () => {
    const r = prep('--help');
    expect(r.status).toBe(0);
    for (const c of ['prep report', 'prep grade', 'prep bank list', 'prep migrate']) expect(r.stdout).toContain(c);
  });

  it('writes a report as JSON that validates against the exported schema, without a database', () => {
    const out = join(dir, 'r.json');
    // The CLI runs on the real clock: an interview ten days out always has a full seven-day plan.
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const r = prep(
      'report',
      '--cv',
      `${P}/cv.md`,
      '--jd',
      `${P}/jd.md`,
      '--panel',
      `${P}/panel.md`,
      '--date',
      day(10),
      '--format',
      'json',
      '--out',
      out,
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Wrote .* \(fit \d+\/100, 40 questions\)/);
    const report = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.plan[6].date).toBe(day(9));
    expect(report.panel.members).toHaveLength(3);
  });

  it('writes Markdown and HTML', () => {
    expect(prep('report', '--cv', `${P}/cv.md`, '--jd', `${P}/jd.md`, '--format', 'md').stdout).toMatch(
      /^# Interview Intelligence Report — Senior Backend Engineer/,
    );
    expect(prep('report', '--cv', `${P}/cv.md`, '--jd', `${P}/jd.md`, '--format', 'html').stdout).toMatch(/^<!doctype html>/);
  });

  it('explains bad arguments', () => {
    expect(prep('report', '--cv', `${P}/cv.md`).stderr).toContain('Both --cv and --jd are needed');
    expect(prep('report', '--cv', 'nope.pdf', '--jd', `${P}/jd.md`).stderr).toContain('There is no file at nope.pdf');
    expect(prep('report', '--cv', `${P}/cv.md`, '--jd', `${P}/jd.md`, '--format', 'pdf').stderr).toContain(
      '--format must be one of json, md, html',
    );
    expect(prep('bank', 'list', '--track', 'cooking').stderr).toContain('Unknown track "cooking"');
    expect(prep('frobnicate').status).toBe(2);
  });

  it('lists the bank as JSON for a track', () => {
    const r = prep('bank', 'list', '--track', 'qa', '--format', 'json');
    const qs = JSON.parse(r.stdout) as { tracks: string[] }[];
    expect(qs.length).toBeGreaterThan(10);
    expect(qs.every((q) => q.tracks.includes('qa'))).toBe(true);
  });

  it('grades one answer to a bank question as grade JSON', () => {
    const answer = join(dir, 'a.txt');
    writeFileSync(
      answer,
      'I keep a bucket per client, refill it from the elapsed time on each request and take a token if one is left; the capacity bounds the burst and each check is constant time.',
    );
    const r = prep('grade', '--question', 'be-code-token-bucket-limiter', '--answer-file', answer, '--format', 'json');
    expect(r.status).toBe(0);
    const g = GradeSchema.parse(JSON.parse(r.stdout));
    expect(g.score).toBeGreaterThan(0);
    expect(g.covered.length).toBeGreaterThan(0);
  });

  it('grades against a reference answer for a question outside the bank', () => {
    const q = join(dir, 'q.txt');
    const ref = join(dir, 'ref.txt');
    const a = join(dir, 'a2.txt');
    writeFileSync(q, 'What does a load balancer do, and what happens when one backend fails?');
    writeFileSync(
      ref,
      'A load balancer spreads incoming requests across several backend servers. It runs health checks and stops sending traffic to a backend that fails them. Algorithms include round robin and least connections, and sticky sessions pin a user to one backend.',
    );
    writeFileSync(
      a,
      'It spreads requests across backend servers, and with health checks it stops routing traffic to a server that fails; it can use round robin or least connections.',
    );
    const r = prep('grade', '--question-file', q, '--reference-file', ref, '--answer-file', a, '--format', 'json');
    const g = GradeSchema.parse(JSON.parse(r.stdout));
    expect(g.covered.length).toBeGreaterThanOrEqual(2);
  });

  it('grades a JSONL batch: bank ids, free questions with references, and bad rows', () => {
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const rows = [
      {
        id: 1,
        questionId: 'be-code-token-bucket-limiter',
        answer: 'A token bucket per client refilled from elapsed time; constant time per check.',
      },
      {
        id: 'b',
        question: 'What is a mutex?',
        reference:
          'A mutex is a lock that lets only one thread enter a critical section at a time. Other threads block until the owner releases it. Holding two mutexes in different orders can deadlock.',
        answer: 'A lock so only one thread runs the critical section; others wait until it is released.',
      },
      { id: 3, questionId: 'no-such-question', answer: 'x' },
    ];
    writeFileSync(input, `${rows.map((r) => JSON.stringify(r)).join('\n')}\nnot json\n`);
    const r = prep('grade', '--batch', input, '--out', output);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Graded 2 of 4 rows');
    const out = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(Object.keys(out[0]).sort()).toEqual(['covered', 'criteria', 'id', 'missing', 'score']);
    expect(out[1].id).toBe('b');
    expect(out[2]).toEqual({ id: 3, error: expect.stringContaining('unknown question') });
    expect(out[3].error).toBeDefined();
  });
});
