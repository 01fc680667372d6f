import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actions, header, list, progress, reply, text } from '../../src/chat/message.ts';
import { renderText } from '../../src/chat/shell/render.ts';
import { addDays } from '../../src/core/time.ts';
import { makeDocx } from '../helpers/files.ts';

// Each test starts the bot (embedded database, migrations) in a child: slow when the machine is busy.
const SPAWN_TIMEOUT = 90_000;

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

describe('terminal adapter, end to end through piped stdin', { timeout: SPAWN_TIMEOUT }, () => {
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

describe('practice in the terminal, end to end through piped stdin', { timeout: SPAWN_TIMEOUT }, () => {
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
        '',
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

describe('multi-line input in the terminal (piped)', { timeout: SPAWN_TIMEOUT }, () => {
  const ANSWER = [
    'I would measure first: p99 latency per endpoint and the slow query log.',
    'Then I would look at the query plan, add the missing index and cache hot reads in Redis with a short TTL.',
    'Last year this took p99 from 800 ms to 150 ms; the trade-off was stale data for up to a minute.',
  ];

  it('an answer runs until a blank line, a lone "." or the next /prep command, and the prompt says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-'));
    const r = await runBot(
      [
        '/prep practice backend easy',
        ...ANSWER,
        '',
        '/prep practice backend easy',
        ...ANSWER,
        '.',
        '/prep practice backend easy',
        ...ANSWER,
        '/prep stats',
        '',
      ].join('\n'),
      { DATA_DIR: join(dir, 'data') },
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('finish with a blank line, a line with a single ".", or your next /prep command');
    expect(r.stdout.match(/Feedback: \d+\/100/g)).toHaveLength(3);
    expect(r.stdout).not.toContain("I'm not waiting for anything");
    expect(r.stdout).not.toMatch(/in 1 sentence\b/);
    expect(r.stdout).toMatch(/Your progress[\s\S]*Answers: 3/);
  });

  it('/prep bank add works on one line, as a pasted Q/A pair, and from YAML and JSON files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-'));
    writeFileSync(
      join(dir, 'questions.yaml'),
      '- question: How does a hash index differ from a B-tree index?\n  reference: A hash index answers equality lookups in constant time but cannot serve range scans or ordering; a B-tree keeps keys sorted, so it serves ranges, prefixes and ORDER BY at logarithmic cost.\n',
    );
    writeFileSync(
      join(dir, 'questions.json'),
      JSON.stringify([
        {
          question: 'What does a write-ahead log protect against?',
          reference:
            'It protects against losing committed transactions in a crash. Every change is appended to the log and flushed before the data pages are written. After a crash, recovery replays the log to restore a consistent state.',
        },
      ]),
    );
    const r = await runBot(
      [
        '/prep bank add Q: What is a covering index? A: An index that holds every column a query needs. The database answers from the index alone and never reads the table rows, which saves random reads.',
        '/prep bank add',
        'Q: Why use connection pooling?',
        'A: Opening a database connection is slow and each one costs server memory;',
        'a pool reuses a bounded set of connections, which caps load on the database and cuts latency.',
        '',
        '/prep bank add ./questions.yaml',
        '/prep bank add ./questions.json',
        '/prep bank list',
        '',
      ].join('\n'),
      { DATA_DIR: join(dir, 'data') },
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Added');
    expect(r.stdout).toContain('"What is a covering index?"');
    expect(r.stdout).toContain('"Why use connection pooling?"');
    expect(r.stdout).toContain('"How does a hash index differ from a B-tree index?"');
    expect(r.stdout).toContain('"What does a write-ahead log protect against?"');
    expect(r.stdout).toContain('Workspace questions (4)');
    expect(r.stdout).not.toContain('Nothing was added');
  });
});

describe('reports in the terminal', { timeout: SPAWN_TIMEOUT }, () => {
  const P = join(process.cwd(), 'tests/fixtures/pairs/backend-payments');
  it('prints report files and "Open full report" as file:// URLs, knows the CV is on file, and logs debug lines without personal data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-'));
    const r = await runBot(
      // Interview dates are checked against the real clock (not past, within a year): this one moves with it.
      [
        `/prep cv ${join(P, 'cv.md')}`,
        `/prep jd ${join(P, 'jd.md')}`,
        `/prep report date=${addDays(new Date().toISOString().slice(0, 10), 30)}`,
        '',
      ].join('\n'),
      {
        DATA_DIR: join(dir, 'data'),
        LOG_LEVEL: 'debug',
      },
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Your CV is on file too. Next: run /prep report.');
    expect(r.stdout).not.toContain('make sure your CV is on file');
    const page = r.stdout.match(/Saved the full report \(open it in a browser\): (file:\/\/\S+\.html)/)?.[1];
    expect(page).toBeDefined();
    expect(existsSync(fileURLToPath(page ?? ''))).toBe(true);
    expect(r.stdout).toContain(`→ Open full report: ${page}`);
    expect(r.stdout).toMatch(/Saved the Markdown report: file:\/\/\S+\.md/);
    expect(r.stderr).toContain('shell command handled');
    expect(r.stderr).toContain('shell wrote a report file');
    expect(r.stderr).not.toMatch(/Northvane|Kafka|Ines/);
  });
});
