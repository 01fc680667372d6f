// Other users' Slack ack latency while the bot refuses upload bombs sent to its DM: a 300 MB
// Flate bomb PDF, a DOCX whose headers lie about its size, a 5,000-page PDF. prep-bot runs in its
// own process (as in slack-ack), the fake Web API serves the files, all on loopback.
import { request } from 'node:http';
import { FakeSlackApi, signedHeaders } from '../../tests/fakes/slack-api.ts';
import { docxBomb, pdfFlateBomb, pdfManyPages } from '../../tests/helpers/bombs.ts';
import { buttonPayload } from '../../tests/helpers/slack.ts';
import { startTarget } from './slack-ack.ts';
import { type Figure, percentile } from './stats.ts';

const SECRET = 'bench-secret';

function post(url: string, body: string, contentType: string): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...signedHeaders(body, SECRET) },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t) : reject(new Error(`status ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function benchIntakeBomb(): Promise<Figure[]> {
  const api = await new FakeSlackApi().start();
  const bombs = {
    FFLATE: { name: 'flate-bomb.pdf', bytes: pdfFlateBomb(300 * 1024 * 1024) },
    FDOCX: { name: 'lying.docx', bytes: docxBomb(800_000, { claimedSize: 40_000 }) },
    FPAGES: { name: 'pages.pdf', bytes: pdfManyPages(5000) },
  };
  for (const [id, f] of Object.entries(bombs)) api.files.set(id, f);
  const bot = await startTarget('prep-bot', api.apiUrl);
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const help = (i: number) =>
    post(
      bot.url,
      form({
        command: '/prep',
        text: 'help',
        user_id: `U${i % 20}`,
        team_id: 'T0001',
        channel_id: 'C1',
        response_url: api.responseUrl('b'),
        trigger_id: `t${i}`,
      }),
      'application/x-www-form-urlencoded',
    );
  for (let i = 0; i < 20; i++) await help(i); // warm-up
  const started = performance.now();
  const refusedAt: Record<string, number> = {};
  for (const id of Object.keys(bombs))
    await post(
      bot.url,
      form({ payload: JSON.stringify(buttonPayload('save_file_cv_action', id, { user: 'UBOMB', channel: 'DBOMB' })) }),
      'application/x-www-form-urlencoded',
    );
  const acks: number[] = [];
  const deadline = started + 60_000;
  let i = 0;
  while (Object.keys(refusedAt).length < Object.keys(bombs).length && performance.now() < deadline) {
    acks.push(...(await Promise.all([help(i++), help(i++), help(i++), help(i++), help(i++)])));
    for (const f of Object.values(bombs))
      if (
        !refusedAt[f.name] &&
        api.of('chat.postMessage').some((c) => c.args.channel === 'DBOMB' && String(c.args.text).startsWith(f.name))
      )
        refusedAt[f.name] = performance.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  await bot.stop();
  await api.stop();
  return [
    { name: `intake bomb: acks of other users while refusing (${acks.length})`, value: acks.length, unit: 'acks' },
    { name: 'intake bomb: other users ack p50', value: percentile(acks, 50), unit: 'ms' },
    { name: 'intake bomb: other users ack p99', value: percentile(acks, 99), unit: 'ms' },
    { name: 'intake bomb: other users ack max', value: Math.max(...acks), unit: 'ms', target: '< 1000' },
    ...Object.values(bombs).map((f) => ({
      name: `intake bomb: ${f.name} (${(f.bytes.byteLength / 1024).toFixed(0)} KB) refused after`,
      value: refusedAt[f.name] ?? Number.NaN,
      unit: 'ms',
    })),
  ];
}
