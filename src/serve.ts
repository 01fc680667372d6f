import type { Server } from 'node:http';
import type { App } from './app.ts';
import { createSlackAdapter, type SlackAdapter } from './chat/slack/app.ts';
import type { Config } from './config.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './web/metrics.ts';
import { createWebServer } from './web/server.ts';

/**
 * The one web server (health, readiness, metrics, report pages) with the Slack adapter's HTTP
 * endpoints mounted on it. Composition, not adapter code: the Slack adapter gets only the router
 * and the narrow ports of the tables it owns. Not listening yet; the caller decides where.
 */
export function createSlackServer(
  app: App,
  config: NonNullable<Config['slack']>,
  log: Logger,
  metrics: Metrics,
  web: { publicUrl?: string; metricsToken?: string } = {},
): { slack: SlackAdapter; server: Server; setReady(ready: () => boolean): void } {
  const slack = createSlackAdapter({
    config,
    router: app.router,
    ports: { events: app.store.events, installations: app.store.slackInstallations, uploads: app.store.uploads },
    log,
    onCommand: (command, seconds) => {
      metrics.commands.inc({ platform: 'slack', command });
      metrics.commandSeconds.observe({ platform: 'slack' }, seconds);
    },
  });
  // Readiness is Slack's until main says which platforms it waits for (Slack and Discord side by side).
  let ready: () => boolean = slack.ready;
  const server = createWebServer({
    db: app.db,
    reports: app.services.reports,
    log,
    metrics,
    platformReady: () => ready(),
    platform: slack.requestListener,
    ...web,
  });
  return {
    slack,
    server,
    setReady(r) {
      ready = r;
    },
  };
}
