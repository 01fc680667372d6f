import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dockerfile = readFileSync('Dockerfile', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('Dockerfile', () => {
  it('runs the same command as npm start', () => {
    const cmd = dockerfile.match(/^CMD\s+(\[.*\])\s*$/m);
    expect(cmd).not.toBeNull();
    expect((JSON.parse(cmd?.[1] ?? '[]') as string[]).join(' ')).toBe(pkg.scripts.start);
  });

  it('starts from exactly the files the image copies', () => {
    // Rebuild the image's /app from its COPY lines (no Docker engine here), then run its CMD.
    const app = mkdtempSync(join(tmpdir(), 'image-'));
    for (const m of dockerfile.matchAll(/^COPY\s+(.+)\s+(\S+)\s*$/gm)) {
      const sources = m[1].split(/\s+/);
      const dest = m[2];
      for (const s of sources) cpSync(s, join(app, dest.endsWith('/') ? s : dest), { recursive: true });
    }
    symlinkSync(join(process.cwd(), 'node_modules'), join(app, 'node_modules'));
    const cmd = JSON.parse(dockerfile.match(/^CMD\s+(\[.*\])\s*$/m)?.[1] ?? '[]') as string[];
    const r = spawnSync(process.execPath, cmd.slice(1), {
      cwd: app,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATA_DIR: join(app, 'data-volume') },
      input: '/prep help\n',
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('prep-bot — interview preparation');
  });
});
