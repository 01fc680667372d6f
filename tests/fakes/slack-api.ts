import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded Web API call. */
export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
}

export interface Fault {
  status: 429 | 500 | 200;
  retryAfter?: number;
  /** For status 200: a Slack error such as channel_not_found. */
  error?: string;
}

const LIMITS = {
  message: 50,
  view: 100,
  header: 150,
  section: 3000,
  fields: 10,
  field: 2000,
  context: 10,
  contextText: 2000,
  actions: 25,
  button: 75,
  value: 2000,
};

/** Block Kit limit violations in a list of blocks (empty when Slack would accept them). */
export function blockViolations(blocks: unknown, max: number): string[] {
  const out: string[] = [];
  if (!Array.isArray(blocks)) return out;
  if (blocks.length > max) out.push(`${blocks.length} blocks > ${max}`);
  // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON from the app under test, read loosely on purpose to check its limits.
  for (const b of blocks as Record<string, any>[]) {
    if (b.type === 'header' && (b.text?.text?.length ?? 0) > LIMITS.header) out.push(`header ${b.text.text.length} > ${LIMITS.header}`);
    if (b.type === 'section') {
      if ((b.text?.text?.length ?? 0) > LIMITS.section) out.push(`section ${b.text.text.length} > ${LIMITS.section}`);
      if ((b.fields?.length ?? 0) > LIMITS.fields) out.push(`fields ${b.fields.length} > ${LIMITS.fields}`);
      for (const f of b.fields ?? []) if (f.text.length > LIMITS.field) out.push(`field ${f.text.length} > ${LIMITS.field}`);
    }
    if (b.type === 'context') {
      if (b.elements.length > LIMITS.context) out.push(`context elements ${b.elements.length}`);
      for (const e of b.elements)
        if ((e.text?.length ?? 0) > LIMITS.contextText) out.push(`context ${e.text.length} > ${LIMITS.contextText}`);
    }
    if (b.type === 'actions') {
      if (b.elements.length > LIMITS.actions) out.push(`actions ${b.elements.length} > ${LIMITS.actions}`);
      const ids = new Set<string>();
      for (const e of b.elements) {
        if (e.text.text.length > LIMITS.button) out.push(`button text ${e.text.text.length}`);
        if ((e.value?.length ?? 0) > LIMITS.value) out.push(`button value ${e.value.length}`);
        if (ids.has(e.action_id)) out.push(`duplicate action_id ${e.action_id}`);
        ids.add(e.action_id);
      }
    }
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function parseArgs(req: IncomingMessage, raw: Buffer): Record<string, unknown> {
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(raw.toString('utf8') || '{}');
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/**
 * A fake of Slack's Web API on loopback, enough for the bot: records every call, validates
 * Block Kit limits like Slack does, serves files for download with the bot token, accepts the
 * external-upload flow, answers OAuth and Socket Mode connection calls, and can be told to fail.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  readonly uploads: { fileId: string; content: string }[] = [];
  readonly violations: string[] = [];
  /**
   * Files files.info describes and /files/<id> serves. The optional fields let a test make Slack
   * lie: another download host, a missing or wrong size, a mimetype, a response content type.
   */
  readonly files = new Map<
    string,
    { name: string; bytes: Uint8Array; url?: string; size?: number | null; mimetype?: string; contentType?: string; user?: string }
  >();
  /** Every download request, with its Authorization header (to check where the token went). */
  readonly downloads: { path: string; authorization?: string }[] = [];
  /** Ids of the bot's uploads that files.delete removed. */
  readonly deletedFiles = new Set<string>();
  botToken = 'xoxb-test-token';
  socketUrl = '';
  /** Users users.info reports as workspace admins. */
  readonly admins = new Set<string>();
  /** Messages as Slack keeps them: what conversations.history and conversations.replies return. */
  readonly messages: { channel: string; ts: string; thread_ts?: string; text: string; metadata?: unknown; blocks?: unknown }[] = [];
  /** When set, chat.postMessage allows this many calls per rolling second, then answers 429 with Retry-After. */
  rateLimitPerSecond: number | undefined;
  /** When set, chat.postMessage takes this long to answer (after recording the message), like a slow network. */
  postLatencyMs = 0;
  #window: number[] = [];
  #faults = new Map<string, Fault[]>();
  #ts = 1_700_000_000;
  #server: Server;
  url = '';

  constructor() {
    this.#server = createServer((req, res) => {
      this.#handle(req).then(
        ({ status, body, headers }) => {
          res.writeHead(status, {
            'content-type': typeof body === 'string' || body instanceof Uint8Array ? 'application/octet-stream' : 'application/json',
            ...headers,
          });
          res.end(body instanceof Uint8Array || typeof body === 'string' ? body : JSON.stringify(body));
        },
        (e: unknown) => {
          res.writeHead(500);
          res.end(String(e));
        },
      );
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.#server.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((r) => this.#server.close(() => r()));
  }

  /** The Web API base to give the app (SLACK_API_URL). */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response_url the fake records posts to. */
  responseUrl(id: string): string {
    return `${this.url}/respond/${id}`;
  }

  /** Delivered posts carrying an outbox key (message metadata), by key: more than one is a duplicate. */
  deliveredKeys(): Map<string, number> {
    const out = new Map<string, number>();
    for (const m of this.messages) {
      const key = (m.metadata as { event_payload?: { key?: string; part?: number } } | undefined)?.event_payload;
      if (key?.key && (key.part ?? 0) === 0) out.set(key.key, (out.get(key.key) ?? 0) + 1);
    }
    return out;
  }

  /** The next `times` calls of `method` fail this way. */
  fail(method: string, fault: Fault, times = 1): void {
    this.#faults.set(method, [...(this.#faults.get(method) ?? []), ...Array(times).fill(fault)]);
  }

  of(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until a call matching `pred` has been recorded. */
  async waitFor(method: string, pred: (c: SlackCall) => boolean = () => true, timeoutMs = 10_000): Promise<SlackCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.calls.find((c) => c.method === method && pred(c));
      if (hit) return hit;
      if (Date.now() > deadline)
        throw new Error(`no ${method} call within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async waitForResponse(pred: (b: Record<string, unknown>) => boolean = () => true, timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.responses.find((r) => pred(r.body));
      if (hit) return hit.body;
      if (Date.now() > deadline) throw new Error('no response_url post');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async #handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    if (url.pathname.startsWith('/files/')) {
      this.downloads.push({ path: url.pathname, authorization: req.headers.authorization });
      const f = this.files.get(url.pathname.slice('/files/'.length));
      if (!f) return { status: 404, body: 'no such file' };
      if (req.headers.authorization !== `Bearer ${this.botToken}`) return { status: 403, body: 'forbidden' };
      return { status: 200, body: f.bytes, headers: f.contentType ? { 'content-type': f.contentType } : undefined };
    }
    if (url.pathname.startsWith('/upload/')) {
      this.uploads.push({ fileId: url.pathname.slice('/upload/'.length), content: raw.toString('utf8') });
      return { status: 200, body: 'OK' };
    }
    if (url.pathname.startsWith('/respond/')) {
      this.responses.push({ path: url.pathname, body: JSON.parse(raw.toString('utf8')) });
      return { status: 200, body: { ok: true } };
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = parseArgs(req, raw);
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (args.token as string | undefined);
    this.calls.push({ method, args, token });
    if (method === 'chat.postMessage' && this.rateLimitPerSecond) {
      const now = Date.now();
      this.#window = this.#window.filter((t) => now - t < 1000);
      if (this.#window.length >= this.rateLimitPerSecond) {
        const retryAfter = Math.max(1, Math.ceil((1000 - (now - this.#window[0])) / 1000));
        this.calls[this.calls.length - 1].args.__rateLimited = true;
        return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': String(retryAfter) } };
      }
      this.#window.push(now);
    }
    const fault = this.#faults.get(method)?.shift();
    if (fault?.status === 429)
      return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': String(fault.retryAfter ?? 1) } };
    if (fault?.status === 500) return { status: 500, body: { ok: false, error: 'internal_error' } };
    if (fault?.error) return { status: 200, body: { ok: false, error: fault.error } };
    const max = method.startsWith('views.') ? LIMITS.view : LIMITS.message;
    const blocks = method.startsWith('views.') ? (args.view as { blocks?: unknown })?.blocks : args.blocks;
    const bad = blockViolations(blocks, max);
    if (bad.length) {
      this.violations.push(...bad.map((b) => `${method}: ${b}`));
      return { status: 200, body: { ok: false, error: 'invalid_blocks', errors: bad } };
    }
    const body = this.#answer(method, args);
    if (method === 'chat.postMessage' && this.postLatencyMs) await new Promise((r) => setTimeout(r, this.postLatencyMs));
    return { status: 200, body };
  }

  // biome-ignore lint/suspicious/noExplicitAny: Web API arguments are whatever the client sent; each method reads the fields it knows.
  #answer(method: string, args: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'prep-bot',
          team_id: 'T0001',
          user_id: 'UBOT',
          bot_id: 'BBOT',
        };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).replace(/^U/, '')}` } };
      case 'chat.postMessage': {
        const ts = `${this.#ts++}.000100`;
        this.messages.push({
          channel: String(args.channel),
          ts,
          thread_ts: args.thread_ts,
          text: String(args.text ?? ''),
          metadata: args.metadata,
          blocks: args.blocks,
        });
        return { ok: true, channel: args.channel, ts, message: { text: args.text } };
      }
      case 'chat.update':
      case 'chat.postEphemeral':
        return { ok: true, channel: args.channel, ts: args.ts ?? `${this.#ts++}.000100`, message: { text: args.text } };
      case 'conversations.history':
        return { ok: true, messages: this.messages.filter((m) => m.channel === args.channel && !m.thread_ts).reverse(), has_more: false };
      case 'conversations.replies':
        return {
          ok: true,
          messages: this.messages.filter((m) => m.channel === args.channel && (m.ts === args.ts || m.thread_ts === args.ts)),
          has_more: false,
        };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: 'V1' } };
      case 'users.info':
        return { ok: true, user: { id: args.user, tz: 'Europe/Berlin', is_admin: this.admins.has(String(args.user)), is_owner: false } };
      case 'files.delete': {
        const id = String(args.file);
        if (this.deletedFiles.has(id) || !this.uploads.some((u) => u.fileId === id)) return { ok: false, error: 'file_not_found' };
        this.deletedFiles.add(id);
        return { ok: true };
      }
      case 'files.info': {
        const f = this.files.get(String(args.file));
        if (!f && this.uploads.some((u) => u.fileId === args.file))
          return this.deletedFiles.has(String(args.file))
            ? { ok: false, error: 'file_deleted' }
            : { ok: true, file: { id: args.file, name: 'upload', size: 0 } };
        return f
          ? {
              ok: true,
              file: {
                id: args.file,
                name: f.name,
                ...(f.size === null ? {} : { size: f.size ?? f.bytes.byteLength }),
                ...(f.mimetype ? { mimetype: f.mimetype } : {}),
                ...(f.user ? { user: f.user } : {}),
                url_private_download: f.url ?? `${this.url}/files/${args.file}`,
              },
            }
          : { ok: false, error: 'file_not_found' };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${this.#ts++}`;
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: (args.files as { id: string }[]).map((f) => ({ id: f.id })) };
      case 'oauth.v2.access':
        return {
          ok: true,
          app_id: 'A1',
          authed_user: { id: 'UINSTALLER' },
          scope: 'commands,chat:write',
          token_type: 'bot',
          access_token: 'xoxb-installed-token',
          bot_user_id: 'UBOT2',
          team: { id: 'T0002', name: 'Bootcamp' },
          enterprise: null,
          is_enterprise_install: false,
        };
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      default:
        return { ok: true };
    }
  }
}

/** Headers Slack sends with a signed request (https://docs.slack.dev/authentication/verifying-requests-from-slack). */
export function signedHeaders(body: string, secret: string, at = Math.floor(Date.now() / 1000)): Record<string, string> {
  const sig = `v0=${createHmac('sha256', secret).update(`v0:${at}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': sig, 'x-slack-request-timestamp': String(at) };
}
