import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportContentSecurityPolicy } from '../../src/core/report/render-html.ts';
import { silentLogger } from '../../src/log.ts';
import { createMetrics } from '../../src/web/metrics.ts';
import { createWebServer } from '../../src/web/server.ts';
import { freshApp } from '../helpers/db.ts';
import { loadPairs } from '../helpers/pairs.ts';

const TOKEN = 'metrics-token-0123456789';
type AppT = Awaited<ReturnType<typeof freshApp>>;

async function serve(app: AppT, web: { publicUrl?: string; metricsToken?: string }) {
  const server = createWebServer({
    db: app.db,
    reports: app.services.reports,
    log: silentLogger,
    metrics: createMetrics(),
    platformReady: () => true,
    ...web,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('web: headers, HEAD, and /metrics behind a token', () => {
  let app: AppT;
  let link: string;
  beforeAll(async () => {
    app = await freshApp('pglite');
    const pair = loadPairs()[0];
    const who = { platform: 'shell' as const, workspace: 'w', user: 'web' };
    await app.router.command({ who, text: `cv ${pair.cv}` });
    await app.router.command({ who, text: `jd ${pair.jd}` });
    const user = await app.services.profile.user(who);
    const made = await app.services.reports.generate(user);
    if (!made.ok) throw new Error('no report');
    link = `/r/${await app.services.reports.link(user, made.value.id)}`;
  });
  afterAll(async () => {
    await app.drop();
  });

  it('report pages forbid framing by header, with the CSP built in one place, and HSTS on https', async () => {
    const s = await serve(app, { publicUrl: 'https://prep.example.org' });
    const res = await fetch(`${s.base}${link}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(reportContentSecurityPolicy('header'));
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(await res.text()).toContain(`content="${reportContentSecurityPolicy('meta')}"`);
    for (const path of ['/healthz', '/nope', '/r/unknown-token']) {
      const r = await fetch(`${s.base}${path}`);
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(r.headers.get('x-frame-options')).toBe('DENY');
    }
    await s.close();
  });

  it('sends no HSTS over plain http', async () => {
    const s = await serve(app, { publicUrl: 'http://localhost:3000' });
    expect((await fetch(`${s.base}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    await s.close();
  });

  it('answers HEAD like GET, without a body', async () => {
    const s = await serve(app, {});
    for (const path of ['/healthz', '/readyz', '/metrics', link]) {
      const get = await fetch(`${s.base}${path}`);
      const head = await fetch(`${s.base}${path}`, { method: 'HEAD' });
      expect(head.status).toBe(get.status);
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      expect(await head.text()).toBe('');
    }
    await s.close();
  });

  it('/metrics needs the bearer token when METRICS_TOKEN is set, and is open when it is not', async () => {
    const locked = await serve(app, { metricsToken: TOKEN });
    expect((await fetch(`${locked.base}/metrics`)).status).toBe(401);
    expect((await fetch(`${locked.base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${locked.base}/metrics`, { headers: { authorization: TOKEN } })).status).toBe(401);
    const ok = await fetch(`${locked.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('prep_http_requests_total');
    await locked.close();
    const open = await serve(app, {});
    expect((await fetch(`${open.base}/metrics`)).status).toBe(200);
    await open.close();
  });
});
