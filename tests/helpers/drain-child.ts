// A replica's outbox drainer as its own process, for the kill -9 test: opens the app on the given
// PostgreSQL database and drains against the given Web API until nothing is pending or leased,
// then prints "drained" and exits. Usage: node tests/helpers/drain-child.ts DB_URL API_URL LEASE_MS
import { openApp } from '../../src/app.ts';
import { slackTransport } from '../../src/chat/slack/transport.ts';
import { Outbox } from '../../src/jobs/outbox.ts';
import { silentLogger } from '../../src/log.ts';
import { TEST_KEY } from './db.ts';

const [databaseUrl, apiUrl, leaseMs] = process.argv.slice(2);
const app = await openApp({ databaseUrl, dataDir: '', dataKey: TEST_KEY }, silentLogger);
const outbox = new Outbox(
  app.store,
  new Map([['slack', slackTransport({ apiUrl, tokenFor: async () => 'xoxb-test-token' })]]),
  silentLogger,
  () => new Date(),
  { ratePerSecond: 10_000, batch: 20, leaseMs: Number(leaseMs) },
);
process.stdout.write('started\n');
for (;;) {
  await outbox.drain();
  const c = await app.store.outbox.counts();
  if (!c.pending && !c.sending) break;
  // Rows a killed replica left leased come back once their lease expires.
  await new Promise((r) => setTimeout(r, 100));
}
process.stdout.write('drained\n');
await app.close();
