import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/chat/errors.ts';
import { readLocalFile } from '../../src/core/local-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'local-file-'));
const MB = 1024 * 1024;
const fifo = join(dir, 'cv.txt.fifo');
execFileSync('mkfifo', [fifo]);
const sparse = join(dir, 'huge.txt');
writeFileSync(sparse, '');
truncateSync(sparse, 3 * 1024 * MB);
mkdirSync(join(dir, 'folder.pdf'));
symlinkSync('/dev/zero', join(dir, 'zero.txt'));
writeFileSync(join(dir, 'ok.txt'), 'Backend engineer');

describe('local files: type and size are checked before anything is read', () => {
  it.each([
    [join(dir, 'folder.pdf'), 'not_a_file', /is a folder, not a file/],
    [fifo, 'not_a_file', /is a pipe, not a file/],
    ['/dev/zero', 'not_a_file', /system path/],
    [join(dir, 'zero.txt'), 'not_a_file', /system path/],
    ['/proc/self/mem', 'not_a_file', /system path/],
    ['/proc/self/status', 'not_a_file', /system path/],
    [sparse, 'file_too_large', /3072\.0 MB; files up to 5 MB/],
    [join(dir, 'missing.pdf'), 'file_not_found', /There is no file at/],
    [join(dir, 'ok.txt', 'below'), 'file_not_found', /There is no file at/],
  ])('%s → %s', async (path, code, message) => {
    const t = performance.now();
    const r = await readLocalFile(path, path, 5 * MB);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(errorText(r.error, 'shell')).toMatch(message);
    expect(errorText(r.error, 'shell')).not.toMatch(/E[A-Z]{3,}:|errno|undefined/);
  });

  it('reads a regular file', async () => {
    const r = await readLocalFile(join(dir, 'ok.txt'), 'ok.txt', 5 * MB);
    expect(r.ok && Buffer.from(r.value).toString()).toBe('Backend engineer');
  });
});

describe('prep CLI on special paths: a clear line and an exit code, never a hang or a raw errno', () => {
  const prep = (...args: string[]) =>
    spawnSync(process.execPath, ['src/cli/prep.ts', ...args], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { PATH: process.env.PATH, DATA_DIR: join(dir, 'data') },
    });

  it.each([
    ['--cv', fifo, /is a pipe, not a file/],
    ['--cv', '/dev/zero', /system path/],
    ['--cv', join(dir, 'folder.pdf'), /is a folder/],
    ['--cv', sparse, /files up to 5 MB/],
  ])('report %s %s', (flag, path, message) => {
    const r = prep('report', flag, path, '--jd', 'tests/fixtures/pairs/backend-payments/jd.md');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/EISDIR|EIO|ENOENT|\n\s+at /);
  });

  it('grade refuses a FIFO answer file and a folder batch', () => {
    const a = prep('grade', '--question', 'x', '--answer-file', fifo);
    expect(a.signal).toBeNull();
    expect(a.stderr).toMatch(/is a pipe/);
    const b = prep('grade', '--batch', dir);
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/is a folder/);
  });

  it('writing --out into a folder says so in words', () => {
    const r = prep(
      'report',
      '--cv',
      'tests/fixtures/pairs/backend-payments/cv.md',
      '--jd',
      'tests/fixtures/pairs/backend-payments/jd.md',
      '--out',
      dir,
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is a folder/);
    expect(r.stderr).not.toMatch(/EISDIR/);
  });
});
