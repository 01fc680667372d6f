import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, type Reply } from '../../src/chat/message.ts';
import type { Identity } from '../../src/core/identity.ts';
import { DB_TARGETS, dumpAllTables, freshApp } from '../helpers/db.ts';
import { makePdf } from '../helpers/files.ts';

const who: Identity = { platform: 'shell', workspace: 'local', user: 'riya' };
const other: Identity = { platform: 'shell', workspace: 'local', user: 'sam' };
const CV = `Riya Kaplan\nBackend engineer, Bluefin Labs (2020 – Present)\n- Ran Kafka consumers processing 40k events per second\n- Moved billing to PostgreSQL with zero downtime`;
const JD = `Senior Backend Engineer — Nimbus Pay\nRequirements: 5+ years with Go, Kafka and PostgreSQL; experience with idempotent payment APIs.`;

const textOf = (replies: Reply[]) => replies.map(plainText).join('\n');

describe.each(DB_TARGETS)('router on %s', (kind) => {
  let app: Awaited<ReturnType<typeof freshApp>>;
  beforeAll(async () => {
    app = await freshApp(kind);
  });
  afterAll(async () => {
    await app.drop();
  });
  const cmd = (text: string, w = who, files?: { name: string; bytes: Uint8Array }[]) => app.router.command({ who: w, text, files });
  const msg = (text: string, w = who) => app.router.message({ who: w, text });

  it('lists every command in help, from the registry', async () => {
    const out = textOf(await cmd('help'));
    for (const c of app.router.commands.filter((c) => c.name !== 'cancel')) expect(out).toContain(`/prep ${c.name}`);
    expect(textOf(await cmd(''))).toBe(out);
    expect(textOf(await cmd('help forget'))).toContain('Usage: /prep forget');
  });

  it('suggests the closest command for a typo', async () => {
    expect(textOf(await cmd('statuss'))).toContain('Did you mean /prep status?');
    expect(textOf(await cmd('reprot'))).toContain('Did you mean /prep report?');
    expect(textOf(await cmd('privcy'))).toContain('Did you mean /prep privacy?');
    expect(textOf(await cmd('xyzzyplugh'))).toContain('Type /prep help');
  });

  it('takes a pasted CV as the next message, then shows it in status without its content', async () => {
    const ask = await cmd('cv');
    expect(ask[0].expect).toBe('document');
    expect(textOf(ask)).toContain('Paste your CV');
    const saved = textOf(await msg(CV));
    expect(saved).toContain('Saved your CV (version 1');
    expect(textOf(await msg('hello?'))).toContain("I'm not waiting for anything");
    const status = textOf(await cmd('status'));
    expect(status).toContain('CV — "Riya Kaplan"');
    expect(status).toContain('version 1');
    expect(status).not.toContain('Kafka consumers');
    expect(status).toContain('Still needed for a report: /prep jd');
  });

  it('versions a new upload and keeps the old one', async () => {
    expect(textOf(await cmd(`cv ${CV}\n- Mentored two engineers`))).toContain('version 2');
    const n = await app.db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents WHERE kind = 'cv'");
    expect(n[0].n).toBe(2);
  });

  it('keeps what is stored when a file is bad', async () => {
    const bad = textOf(await cmd('cv', who, [{ name: 'scan.pdf', bytes: makePdf(null) }]));
    expect(bad).toContain('this PDF has no text layer');
    expect(textOf(await cmd('status'))).toContain('version 2');
  });

  it('stores a job description from a PDF upload', async () => {
    const r = textOf(await cmd('jd', who, [{ name: 'jd.pdf', bytes: makePdf(JD.split('\n')) }]));
    expect(r).toContain('Saved your job description (version 1');
    expect(textOf(await cmd('status'))).toContain('Everything a report needs is here');
  });

  it('appends panel notes with /prep panel add', async () => {
    await cmd('panel ## Maria Lopez — Staff Engineer\nPost: Idempotency keys in practice');
    const r = textOf(await cmd('panel add ## Tom Berg — Engineering Manager\nQuote: I hire debuggers'));
    expect(r).toContain('version 2');
  });

  it('asks before forgetting, then deletes every row of that user and nothing of anyone else', async () => {
    await cmd(`cv ${CV.replace('Riya Kaplan', 'Sam Other')}`, other);
    const ask = await cmd('forget');
    expect(textOf(ask)).toContain('Are you sure?');
    expect(ask[0].blocks.some((b) => b.type === 'actions' && b.actions.some((a) => a.id === 'forget_confirm_action'))).toBe(true);
    await cmd('cv');
    const me = await app.services.profile.user(who);
    expect(textOf(await cmd('forget confirm'))).toContain('has been deleted');
    const dump = await dumpAllTables(app.db);
    expect(dump).not.toMatch(new RegExp(`"user_id":${me.id}\\b`));
    expect(dump).not.toMatch(new RegExp(`"id":${me.id},"workspace_id"`));
    expect(dump).not.toContain('"external_id":"riya"');
    expect(textOf(await cmd('status', other))).toContain('CV — "Sam Other"');
  });
});

describe('router: what a command declares it needs', () => {
  let app: Awaited<ReturnType<typeof freshApp>>;
  beforeAll(async () => {
    app = await freshApp('pglite');
  });
  afterAll(async () => {
    await app.drop();
  });
  const student: Identity = { platform: 'slack', workspace: 'T1', user: 'U_STUDENT' };
  const admin: Identity = { platform: 'slack', workspace: 'T1', user: 'U_ADMIN' };
  const ask = (w: Identity, text: string, roles: string[]) => {
    let lookups = 0;
    const r = app.router.command({
      who: w,
      text,
      roles: async () => {
        lookups++;
        return roles;
      },
    });
    return r.then((out) => ({ text: textOf(out), lookups }));
  };

  it('checks the instructor role once, in the router, for any entry point', async () => {
    const refused = await ask(student, 'bank add Q: What does a load balancer do?\nA: It spreads requests over healthy servers.', []);
    expect(refused.text).toContain("Only instructors and workspace admins can add questions to the workspace's bank");
    expect(refused.lookups).toBe(1);
    // A button carries the same command line, so the same rule holds.
    expect((await ask(student, 'drop list', [])).text).toContain('Only instructors and workspace admins can manage drops');
    const allowed = await ask(admin, 'drop list', ['admin']);
    expect(allowed.text).toContain('No drops yet');
  });

  it('looks roles up only when the command needs them', async () => {
    const listed = await ask(student, 'bank list', []);
    expect(listed.text).toContain('no questions of its own yet');
    expect(listed.lookups).toBe(0);
  });

  it('asks for confirmation from the command declaration before running it', async () => {
    const first = await app.router.command({ who: student, text: 'forget' });
    expect(textOf(first)).toContain('Are you sure?');
    expect(first[0].blocks.some((b) => b.type === 'actions' && b.actions.some((a) => a.command === 'forget confirm'))).toBe(true);
  });
});
