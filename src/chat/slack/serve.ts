import type { Server } from 'node:http';
import type { App } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { Metrics } from '../../web/metrics.ts';
import { createWebServer } from '../../web/server.ts';
import { createSlackAdapter, type SlackAdapter } from './app.ts';

/**
 * The Slack app served over HTTP: the Bolt adapter and the one web server in front of it
 * (health, readiness, metrics, report pages, /slack/*). Not listening yet; the caller decides where.
 */
export function createSlackServer(
  app: App,
  config: NonNullable<Config['slack']>,
  log: Logger,
  metrics: Metrics,
  web: { publicUrl?: string; metricsToken?: string } = {},
): { slack: SlackAdapter; server: Server } {
  const slack = createSlackAdapter({
    config,
    router: app.router,
    services: app.services,
    log,
    onCommand: (command, seconds) => {
      metrics.commands.inc({ platform: 'slack', command });
      metrics.commandSeconds.observe({ platform: 'slack' }, seconds);
    },
  });
  const server = createWebServer({
    db: app.db,
    services: app.services,
    log,
    metrics,
    platformReady: slack.ready,
    platform: slack.requestListener,
    ...web,
  });
  return { slack, server };
}
