import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import { signedHeaders } from '../fakes/slack-api.ts';

export const BOT_SECRET = 'process-signing-secret';

/** The bot as `npm start` runs it, in Slack HTTP mode against a fake Web API, as a child process. */
export interface BotProcess {
  child: ChildProcess;
  base: string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  command(text: string, o?: { user?: string; channel?: string }): Promise<Response>;
  readyz(): Promise<{ status: number; body: Record<string, unknown> | undefined }>;
  waitReady(timeoutMs?: number): Promise<number>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

let seq = 0;

export async function startBotProcess(fake: FakeSlackApi, env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--max-semi-space-size=16', '--optimize-for-size', join(process.cwd(), 'src/main.ts')], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: BOT_SECRET,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const base = `http://127.0.0.1:${port}`;
  const bot: BotProcess = {
    child,
    base,
    stderr: () => err,
    exited,
    command(text, o = {}) {
      const id = ++seq;
      const body = new URLSearchParams({
        token: 'legacy',
        team_id: 'T0001',
        channel_id: o.channel ?? 'D0PROC',
        user_id: o.user ?? 'U0PROC',
        command: '/prep',
        text,
        api_app_id: 'A1',
        response_url: fake.responseUrl(`proc-${id}`),
        trigger_id: `trigger-proc-${id}`,
      }).toString();
      return fetch(`${base}/slack/events`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, BOT_SECRET) },
      });
    },
    async readyz() {
      const r = await fetch(`${base}/readyz`);
      return { status: r.status, body: (await r.json().catch(() => undefined)) as Record<string, unknown> | undefined };
    },
    async waitReady(timeoutMs = 120_000) {
      const t = performance.now();
      for (;;) {
        const ok = await fetch(`${base}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ok) return performance.now() - t;
        if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}: ${err.slice(-500)}`);
        if (performance.now() - t > timeoutMs) throw new Error(`not ready after ${timeoutMs} ms: ${err.slice(-500)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
  return bot;
}
