import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeSlackApi, signedHeaders } from '../../fakes/slack-api.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('npm start with Slack configured', () => {
  it('serves /slack/events over HTTP (not the terminal), answers /healthz and /readyz, and stops on SIGTERM', async () => {
    const api = await new FakeSlackApi().start();
    const port = await freePort();
    const child = spawn(process.execPath, ['src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: join(mkdtempSync(join(tmpdir(), 'slack-start-')), 'data'),
        SLACK_BOT_TOKEN: api.botToken,
        SLACK_SIGNING_SECRET: 'start-secret',
        SLACK_API_URL: api.apiUrl,
        PUBLIC_URL: 'https://prep.example.org',
        LOG_LEVEL: 'warn',
      },
      // stdin stays open: the terminal adapter must not read it when Slack is configured.
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
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 20_000;
      let ready = false;
      while (!ready && Date.now() < deadline) {
        ready = await fetch(`${base}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 200));
      }
      expect(ready, stderr).toBe(true);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      child.stdin.write('/prep help\n');
      const body = new URLSearchParams({
        command: '/prep',
        text: 'help',
        user_id: 'U1',
        team_id: 'T0001',
        channel_id: 'C1',
        response_url: api.responseUrl('start'),
        trigger_id: 't',
      }).toString();
      const res = await fetch(`${base}/slack/events`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, 'start-secret') },
      });
      expect(res.status).toBe(200);
      await api.waitForResponse((b) => JSON.stringify(b.blocks).includes('prep-bot — interview preparation'));
      expect(stdout).not.toContain('prep-bot — interview preparation');
    } finally {
      const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await api.stop();
    }
  });
});
