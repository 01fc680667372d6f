// Every temporary directory the tests make (embedded databases, bot DATA_DIRs, report files, fixtures) goes under
// one directory of this run, removed when the run ends: a test that forgets its own clean-up cannot fill /tmp.
// Worker processes and the bots the tests spawn inherit TMPDIR, and os.tmpdir() reads it on every call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'prep-bot-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
