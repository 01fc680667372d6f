// A Slack app under test for the ack bench, in its own process: `bare` acks only; `prep-bot`
// is the real adapter on an embedded database. Prints {"port": N} once listening; stops on SIGTERM.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { openApp } from '../../src/app.ts';
import { silentLogger } from '../../src/log.ts';
import { createSlackServer } from '../../src/serve.ts';
import { createMetrics } from '../../src/web/metrics.ts';

const [kind, apiUrl, secret] = process.argv.slice(2);
let server: Server;
if (kind === 'bare') {
  const bare = new App({
    token: 'xoxb-test-token',
    signingSecret: secret,
    clientOptions: { slackApiUrl: apiUrl },
    tokenVerificationEnabled: false,
    botId: 'B',
    botUserId: 'U',
  });
  bare.command('/prep', async ({ ack }) => {
    await ack();
  });
  server = (await bare.start({ port: 0, host: '127.0.0.1' })) as Server;
} else {
  const app = await openApp({ databaseUrl: undefined, dataDir: '', dataKey: Buffer.alloc(32, 9) }, silentLogger, { memory: true });
  const served = createSlackServer(
    app,
    { botToken: 'xoxb-test-token', signingSecret: secret, appToken: undefined, oauth: undefined, apiUrl },
    silentLogger,
    createMetrics(),
  );
  server = served.server;
  const slack = served.slack;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  await slack.start();
}
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
process.once('SIGTERM', () => process.exit(0));
