import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { renderHtml, reportContentSecurityPolicy } from '../core/report/render-html.ts';
import type { ReportService } from '../core/report/service.ts';
import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import { isMigrated } from '../store/migrate.ts';
import type { Metrics } from './metrics.ts';

export interface WebDeps {
  db: Db;
  /** Report pages are read through their unguessable links only. */
  reports: Pick<ReportService, 'byLink'>;
  log: Logger;
  metrics: Metrics;
  /** Whether the chat platform is connected (Slack auth done, Socket Mode open, Discord ready). */
  platformReady: () => boolean;
  /** Requests for the chat platform (Slack's /slack/* endpoints), when one is served over HTTP. */
  platform?: RequestListener;
  /** An https PUBLIC_URL turns on HSTS. */
  publicUrl?: string;
  /** When set, /metrics needs `Authorization: Bearer <token>`; unset, it is open. */
  metricsToken?: string;
}

/** Sent with every response of ours. frame-ancestors works only as a header (never in a meta tag). */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};
const HSTS = { 'strict-transport-security': 'max-age=31536000; includeSubDomains' };

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

/** The one HTTP server: health, readiness, metrics, report pages, and the chat platform's endpoints. */
export function createWebServer(deps: WebDeps): Server {
  const always = deps.publicUrl?.startsWith('https://') ? { ...SECURITY_HEADERS, ...HSTS } : SECURITY_HEADERS;
  // HEAD is answered like GET; Node drops the body of a response to HEAD by itself.
  const send = (res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, ...always, ...extra });
    res.end(body);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<string> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const get = req.method === 'GET' || req.method === 'HEAD';
    if (get && path === '/healthz') {
      send(res, 200, 'application/json', JSON.stringify({ status: 'ok' }));
      return 'healthz';
    }
    if (get && path === '/readyz') {
      const checks = { database: false, migrations: false, platform: deps.platformReady() };
      try {
        await deps.db.query('SELECT 1');
        checks.database = true;
        checks.migrations = await isMigrated(deps.db);
      } catch {
        /* reported as not ready below */
      }
      const ready = Object.values(checks).every(Boolean);
      send(res, ready ? 200 : 503, 'application/json', JSON.stringify({ status: ready ? 'ready' : 'not ready', checks }));
      return 'readyz';
    }
    if (get && path === '/metrics') {
      if (deps.metricsToken && !bearerMatches(req.headers.authorization, deps.metricsToken)) {
        send(res, 401, 'text/plain; charset=utf-8', 'Metrics need Authorization: Bearer <METRICS_TOKEN>.', {
          'www-authenticate': 'Bearer realm="metrics"',
        });
        return 'metrics-denied';
      }
      send(res, 200, deps.metrics.registry.contentType, await deps.metrics.registry.metrics());
      return 'metrics';
    }
    const report = path.match(/^\/r\/([A-Za-z0-9_-]+)$/);
    if (get && report) {
      const r = await deps.reports.byLink(report[1]);
      if (!r) {
        send(
          res,
          404,
          'text/html; charset=utf-8',
          '<!doctype html><title>Link expired</title><p>This report link is unknown or has expired. Ask the bot for a new one: /prep report show</p>',
        );
        return 'report-missing';
      }
      send(res, 200, 'text/html; charset=utf-8', renderHtml(r), {
        'content-security-policy': reportContentSecurityPolicy(),
      });
      return 'report';
    }
    if (deps.platform && path.startsWith('/slack/')) {
      deps.platform(req, res);
      return 'slack';
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return 'not-found';
  };
  return createServer((req, res) => {
    handle(req, res).then(
      (route) => res.on('finish', () => deps.metrics.requests.inc({ route, status: String(res.statusCode) })),
      (e: unknown) => {
        deps.log.error(
          {
            err: { type: (e as Error)?.name, message: (e as Error)?.message },
            path: (req.url ?? '').split('?')[0].replace(/^\/r\/.+/, '/r/…'),
          },
          'http handler failed',
        );
        if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Something went wrong.');
        else res.end();
      },
    );
  });
}
