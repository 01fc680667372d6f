import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, type Reply } from '../../src/chat/message.ts';
import type { Identity } from '../../src/core/identity.ts';
import { freshApp } from '../helpers/db.ts';
import { loadPairs, NOW } from '../helpers/pairs.ts';

const who: Identity = { platform: 'shell', workspace: 'local', user: 'dana' };
const pair = loadPairs().find((p) => p.name === 'backend-payments');
if (!pair) throw new Error('fixture pair backend-payments is missing');
const textOf = (replies: Reply[]) => replies.map(plainText).join('\n');

describe('the chat summary after /prep report', () => {
  let app: Awaited<ReturnType<typeof freshApp>>;
  beforeAll(async () => {
    app = await freshApp('pglite', () => NOW);
    await app.router.command({ who, text: `cv ${pair.cv}` });
    await app.router.command({ who, text: `jd ${pair.jd}` });
  });
  afterAll(async () => {
    await app.drop();
  });

  it('names the interview date, the days left and the plan dates, one per day', async () => {
    const out = textOf(await app.router.command({ who, text: 'report date=2026-11-26' }));
    expect(out).toContain('2026-11-26 (in 5 days)');
    expect(out).toContain('Your plan: 5 days, 2026-11-21 to 2026-11-25, one date each.');
    // No panel notes: no "0 interviewers" field.
    expect(out).not.toMatch(/Interviewers/);
  });

  it('says how to add a date when there is none', async () => {
    const out = textOf(await app.router.command({ who, text: 'report' }));
    expect(out).toContain('no date yet: add date=YYYY-MM-DD to /prep report');
    expect(out).not.toContain('Your plan:');
  });
});

describe('an ad in a language the reader does not know, from chat', () => {
  // A made-up ad written in Dutch for this test (tests/fixtures/jd/dutch-backend.md).
  const dutch = readFileSync('tests/fixtures/jd/dutch-backend.md', 'utf8');
  const dutchWho: Identity = { platform: 'shell', workspace: 'local', user: 'joris' };
  let app: Awaited<ReturnType<typeof freshApp>>;
  beforeAll(async () => {
    app = await freshApp('pglite', () => NOW);
    await app.router.command({ who: dutchWho, text: `cv ${pair.cv}` });
    await app.router.command({ who: dutchWho, text: `jd ${dutch}` });
  });
  afterAll(async () => {
    await app.drop();
  });

  it('says so in the summary and in the Markdown report, and tells the student what to check', async () => {
    const replies = await app.router.command({ who: dutchWho, text: 'report' });
    expect(textOf(replies)).toContain('seems to be written in Dutch, which prep-bot cannot read yet');
    const md = replies.flatMap((r) => r.files ?? []).find((f) => f.name.endsWith('.md'));
    expect(md?.content).toContain('check the must-haves and nice-to-haves below against the ad yourself');
  });
});
