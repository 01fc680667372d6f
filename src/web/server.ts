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
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

/** The one HTTP server: health, readiness, metrics, report pages, and the chat platform's endpoints. */
export function createWebServer(deps: WebDeps): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<string> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/healthz') {
      send(res, 200, 'application/json', JSON.stringify({ status: 'ok' }));
      return 'healthz';
    }
    if (req.method === 'GET' && path === '/readyz') {
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
    if (req.method === 'GET' && path === '/metrics') {
      send(res, 200, deps.metrics.registry.contentType, await deps.metrics.registry.metrics());
      return 'metrics';
    }
    const report = path.match(/^\/r\/([A-Za-z0-9_-]+)$/);
    if (req.method === 'GET' && report) {
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
