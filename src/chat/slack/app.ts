import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, type Installation, type InstallationQuery, LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Config } from '../../config.ts';
import type { Identity } from '../../core/identity.ts';
import type { Transport } from '../../jobs/outbox.ts';
import type { Logger } from '../../log.ts';
import type { Router } from '../router.ts';
import { AfterAck, InFlight, rolesLookup, type SlackDeps } from './context.ts';
import { register as registerButtons } from './listeners/actions/buttons.ts';
import { register as registerPrep } from './listeners/commands/prep.ts';
import { register as registerHome } from './listeners/events/app-home.ts';
import { register as registerDms } from './listeners/events/direct-messages.ts';
import { register as registerDocumentModal } from './listeners/views/document-modal.ts';
import { slackTransport } from './transport.ts';

/** The least the bot needs (manifest.yml lists the same). */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'im:history',
  'im:write',
  'files:read',
  'files:write',
  'users:read',
  'channels:history',
  'groups:history',
];

export interface SlackAdapter {
  app: App;
  /** How the outbox posts to Slack. */
  transport: Transport;
  /** Handles /slack/events (and the OAuth paths) when Slack talks to us over HTTP; undefined in Socket Mode. */
  requestListener: RequestListener | undefined;
  ready(): boolean;
  start(): Promise<void>;
  /** Stops taking events (readiness goes false) and resolves when the work already acked has finished. */
  stop(): Promise<void>;
  /** Listener runs still working (acked, not finished). */
  inFlight(): number;
}

/** The tables this adapter owns, as narrow ports built in main: it never sees the rest of the store. */
export interface SlackPorts {
  /** Event ids already handled: the first claim wins; Slack's retries are dropped. */
  events: { claim(eventId: string): Promise<boolean>; prune(before: Date): Promise<void> };
  /** OAuth installations, sealed at rest (they hold bot tokens). */
  installations: {
    save(key: string, ids: { teamId?: string; enterpriseId?: string; installedBy?: string }, installation: unknown): Promise<void>;
    fetch(key: string): Promise<unknown | undefined>;
    delete(key: string): Promise<void>;
  };
  /** Files the bot uploaded for a user (report downloads), deleted on Slack when they use /prep forget. */
  uploads: { record(who: Identity, fileId: string): Promise<void> };
}

export interface SlackOptions {
  config: NonNullable<Config['slack']>;
  router: Router;
  ports: SlackPorts;
  log: Logger;
  onCommand?: (command: string, seconds: number) => void;
}

/** Bolt's logger, routed into ours at warn and above (Bolt's debug output can include payloads). */
function boltLogger(log: Logger): SlackLogger {
  const child = log.child({ component: 'slack' });
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...m: unknown[]) => child.warn(m.map(String).join(' ').slice(0, 300)),
    error: (...m: unknown[]) =>
      child.error(
        m
          .map((x) => (x instanceof Error ? `${x.name}: ${x.message}` : String(x)))
          .join(' ')
          .slice(0, 300),
      ),
    setLevel: () => undefined,
    getLevel: () => LogLevel.WARN,
    setName: () => undefined,
  };
}

/**
 * Builds the Bolt app in the mode the configuration asks for: Socket Mode (app token), OAuth
 * for many workspaces (client id/secret/state secret), or one workspace over HTTP (bot token).
 */
export function createSlackAdapter(opts: SlackOptions): SlackAdapter {
  const { config, ports, router, log } = opts;
  const logger = boltLogger(log);
  // Retries stay short (the client's default keeps trying for half an hour); 429s wait out Retry-After.
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
    retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 4000, randomize: true },
  };
  let connected = false;
  let app: App;
  let receiver: HTTPReceiver | undefined;

  if (config.appToken) {
    app = new App({
      token: config.botToken,
      appToken: config.appToken,
      socketMode: true,
      logger,
      clientOptions,
      installerOptions: { clientOptions },
    });
  } else {
    const oauth = config.oauth
      ? {
          clientId: config.oauth.clientId,
          clientSecret: config.oauth.clientSecret,
          stateSecret: config.oauth.stateSecret,
          scopes: BOT_SCOPES,
          installationStore: installationStore(ports, router),
          installerOptions: { clientOptions, directInstall: true, installPath: '/slack/install', redirectUriPath: '/slack/oauth_redirect' },
        }
      : {};
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: '/slack/events',
      logger,
      // Ack first, work after: a listener's ack() answers Slack straight away (3-second rule).
      processBeforeResponse: false,
      unhandledRequestTimeoutMillis: 2900,
      ...oauth,
    });
    app = new App({
      token: config.oauth ? undefined : config.botToken,
      receiver,
      logger,
      clientOptions,
    });
  }

  // Every listener run, counted until its work (after the ack) is done: a graceful stop waits for them.
  const inFlight = new InFlight();
  app.use(({ next }) => inFlight.track(next));

  // Slack retries an event it thinks was missed (X-Slack-Retry-Num); a table makes "once" hold across restarts and replicas.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !(await ports.events.claim(eventId))) return;
    await next();
  });

  app.error(async (e) => {
    // Errors carry ids and messages, never the user's text.
    log.error({ err: { type: e.name, code: (e as { code?: string }).code, message: e.message.slice(0, 200) } }, 'slack listener failed');
  });

  const deps: SlackDeps = {
    router,
    log,
    botToken: config.botToken,
    onCommand: opts.onCommand,
    afterAck: new AfterAck(2),
    roles: rolesLookup(),
    uploadedFor: (who) => (fileId) => ports.uploads.record(who, fileId),
  };
  registerPrep(app, deps);
  registerButtons(app, deps);
  registerDocumentModal(app, deps);
  registerDms(app, deps);
  registerHome(app, deps);

  return {
    app,
    transport: slackTransport({
      apiUrl: clientOptions.slackApiUrl,
      tokenFor: async (workspace) => {
        if (!config.oauth) return config.botToken;
        const found = (await ports.installations.fetch(`T:${workspace}`).catch(() => undefined)) as Installation | undefined;
        return found?.bot?.token;
      },
    }),
    requestListener: receiver?.requestListener,
    ready: () => connected,
    async start() {
      if (config.appToken) await app.start();
      else if (!config.oauth) await app.client.auth.test({ token: config.botToken });
      connected = true;
      // Event ids older than a day can no longer be retried by Slack.
      await ports.events.prune(new Date(Date.now() - 86_400_000)).catch(() => undefined);
    },
    async stop() {
      connected = false;
      if (config.appToken) await app.stop();
      await inFlight.idle();
    },
    inFlight: () => inFlight.count,
  };
}

/** Bolt's installation store on our encrypted table. */
function installationStore(ports: SlackPorts, router: Router) {
  const keyOf = (q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }) =>
    q.isEnterpriseInstall && q.enterpriseId ? `E:${q.enterpriseId}` : `T:${q.teamId ?? ''}`;
  return {
    async storeInstallation(i: Installation) {
      const key = keyOf({ isEnterpriseInstall: i.isEnterpriseInstall, enterpriseId: i.enterprise?.id, teamId: i.team?.id });
      await ports.installations.save(key, { teamId: i.team?.id, enterpriseId: i.enterprise?.id, installedBy: i.user.id }, i);
      // Whoever installs the app is its first instructor.
      const workspace = i.team?.id ?? i.enterprise?.id;
      if (workspace) await router.installed({ platform: 'slack', workspace, user: i.user.id });
    },
    async fetchInstallation(q: InstallationQuery<boolean>) {
      const found = await ports.installations.fetch(keyOf(q));
      if (!found) throw new Error('no installation for this workspace');
      return found as Installation;
    },
    async deleteInstallation(q: InstallationQuery<boolean>) {
      await ports.installations.delete(keyOf(q));
    },
  };
}
