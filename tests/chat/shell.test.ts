import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actions, header, list, progress, reply, text } from '../../src/chat/message.ts';
import { renderText } from '../../src/chat/shell/render.ts';
import { makeDocx } from '../helpers/files.ts';

/** Runs `npm start`'s command with piped stdin, as a user would: printf '…' | npm start. */
function runBot(
  input: string,
  env: Record<string, string> = {},
  cwd = process.cwd(),
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(process.cwd(), 'src/main.ts')], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('terminal adapter, end to end through piped stdin', () => {
  it('prints help and exits on EOF, with a fresh embedded database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-'));
    const r = await runBot('/prep help\n', { DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('prep-bot — interview preparation');
    expect(r.stdout).toContain('/prep cv [text | file]');
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stderr).not.toMatch(/error/i);
  });

  it('stores a pasted CV and a file by path, and remembers them across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-'));
    const env = { DATA_DIR: join(dir, 'data') };
    writeFileSync(
      join(dir, 'jd.docx'),
      makeDocx(['Frontend Engineer at Brightwave', 'Requirements: React, TypeScript, accessibility, 3+ years.']),
    );
    const session1 = await runBot(
      [
        '/prep cv',
        'Lena Park',
        'Frontend developer with three years of React and TypeScript.',
        '- Raised Lighthouse accessibility score from 62 to 98',
        '.',
        '/prep jd ./jd.docx',
        '/prep jd ./missing.pdf',
        '',
      ].join('\n'),
      env,
      dir,
    );
    expect(session1.code).toBe(0);
    expect(session1.stdout).toContain('Saved your CV (version 1');
    expect(session1.stdout).toContain('Saved your job description (version 1');
    expect(session1.stdout).toContain('There is no file at ./missing.pdf');
    const session2 = await runBot('/prep status\n', env, dir);
    expect(session2.stdout).toContain('CV — "Lena Park"');
    expect(session2.stdout).toContain('job description — "Frontend Engineer at Brightwave"');
    expect(session2.stdout).toContain('docx');
  });

  it('a paste still open at EOF is saved, not lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-'));
    const r = await runBot(
      '/prep jd\nData Engineer at Harbor Analytics\nRequirements: SQL, Spark, Airflow, dbt; 3+ years of pipelines.\n',
      { DATA_DIR: join(dir, 'd') },
    );
    expect(r.stdout).toContain('Saved your job description (version 1');
  });
});

describe('terminal renderer', () => {
  it('renders every block as readable text and strips terminal control sequences', () => {
    const out = renderText(
      reply(
        header('Report'),
        text('Hello \u001b[31mred\u001b[0m world'),
        list(['one', 'two'], true),
        actions({ id: 'x_action', label: 'Go', command: 'status' }),
        progress('Sections', 3, 6),
      ),
    );
    expect(out).toBe(
      ['Report', 'Hello [31mred[0m world', '  1. one', '  2. two', '  → Go: /prep status', '[##########----------] Sections 3/6'].join(
        '\n',
      ),
    );
  });
});

describe('practice in the terminal, end to end through piped stdin', () => {
  it('practice → hint → answer → feedback → stats, then skip and a mock interview', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-'));
    const r = await runBot(
      [
        '/prep practice backend easy',
        '/prep hint',
        'I would measure first. Because the endpoint is slow, I would look at the query plan, add the missing index, and then cache hot reads in Redis with a short TTL; p99 went from 800 ms to 150 ms when I did this last year.',
        '/prep stats',
        '/prep practice qa',
        '/prep skip',
        '/prep mock 1',
        'I would write unit tests for the edge cases first and then one end-to-end test for the happy path.',
        'I would also check the error messages.',
        '',
      ].join('\n'),
      { DATA_DIR: join(dir, 'data') },
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hint 1 — a key point to cover: /);
    expect(r.stdout).toMatch(/Feedback: \d+\/100/);
    expect(r.stdout).toContain('Outline of a strong answer:');
    expect(r.stdout).toMatch(/Your progress[\s\S]*Answers: 1/);
    expect(r.stdout).toContain('Skipped. Try this one');
    expect(r.stdout).toMatch(/Mock interview transcript — average \d+\/100/);
    expect(r.stderr).toBe('');
  });
});
