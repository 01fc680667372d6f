// Fan-out of 2,000 posts through the outbox to the fake Slack Web API, which allows 50
// chat.postMessage calls per rolling second and answers 429 + Retry-After beyond that.
import { openApp } from '../../src/app.ts';
import { slackTransport } from '../../src/chat/slack/transport.ts';
import { Outbox } from '../../src/jobs/outbox.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeSlackApi } from '../../tests/fakes/slack-api.ts';
import type { Figure } from './stats.ts';

const POSTS = 2000;
const LIMIT = 50;

export async function benchOutbox(): Promise<Figure[]> {
  const api = await new FakeSlackApi().start();
  api.rateLimitPerSecond = LIMIT;
  const app = await openApp({ databaseUrl: undefined, dataDir: '', dataKey: Buffer.alloc(32, 5) }, silentLogger, { memory: true });
  const store = app.store;
  for (let i = 0; i < POSTS; i++)
    await store.outbox.enqueue(app.db, {
      dedupeKey: `fanout:${i}`,
      platform: 'slack',
      workspace: 'T0001',
      channel: `C${String(i % 40).padStart(4, '0')}`,
      kind: 'feedback',
      payload: { blocks: [{ type: 'text', text: `Feedback ${i}: 72/100` }], visibility: 'public' },
    });
  // Paced just under the limit; a 429 (when the windows drift) is waited out, never dropped.
  const outbox = new Outbox(
    store,
    new Map([['slack', slackTransport({ apiUrl: api.apiUrl, tokenFor: async () => api.botToken })]]),
    silentLogger,
    () => new Date(),
    {
      ratePerSecond: LIMIT * 0.98,
      batch: 200,
    },
  );
  const started = performance.now();
  for (;;) {
    await outbox.drain();
    const counts = await store.outbox.counts();
    if ((counts.pending ?? 0) === 0 && (counts.sending ?? 0) === 0) break;
    const next = await store.outbox.nextDue();
    await new Promise((r) => setTimeout(r, Math.max(5, (next?.getTime() ?? Date.now()) - Date.now())));
  }
  const seconds = (performance.now() - started) / 1000;
  const keys = api.deliveredKeys();
  const duplicates = [...keys.values()].reduce((n, c) => n + (c - 1), 0);
  const lost = POSTS - keys.size;
  const rateLimited = api.calls.filter((c) => c.method === 'chat.postMessage' && c.args.__rateLimited).length;
  await app.close();
  await api.stop();
  const throughput = keys.size / seconds;
  return [
    { name: `outbox: ${POSTS} posts delivered in`, value: seconds, unit: 's' },
    { name: 'outbox: throughput', value: throughput, unit: 'posts/s' },
    { name: `outbox: throughput as a share of the ${LIMIT}/s limit`, value: throughput / LIMIT, unit: 'ratio', target: '>= 0.90' },
    { name: 'outbox: 429 answers received (and waited out)', value: rateLimited, unit: 'calls' },
    { name: 'outbox: duplicates', value: duplicates, unit: 'posts', target: '0' },
    { name: 'outbox: losses', value: lost, unit: 'posts', target: '0' },
  ];
}
