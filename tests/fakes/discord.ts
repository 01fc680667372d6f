// biome-ignore-all lint/suspicious/noExplicitAny: a fake reads and answers arbitrary JSON bodies, as the API does
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A fake Discord on loopback: the gateway (HELLO → IDENTIFY → READY → GUILD_CREATE, heartbeats,
 * dispatches) and the REST API the bot uses, on one port. REST records every call, refuses
 * bodies over Discord's limits, can answer 429 with retry_after, and refuses an interaction's
 * first callback after 3 seconds, as Discord does.
 */

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '910000000000000001';
export const CHANNEL_ID = '920000000000000001';
/** The Manage Server permission bit (https://discord.com/developers/docs/topics/permissions). */
export const MANAGE_GUILD = 1n << 5n;

export interface RestCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  files: { name: string; content: string }[];
  status: number;
  at: number;
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  author: { id: string };
  content: string;
  embeds: any[];
  components: any[];
  attachments: { filename: string; content: string }[];
  nonce?: string;
  /** Mentions in the content that Discord would ping, given the message's allowed_mentions. */
  pings: string[];
  /** The interaction this message answered, if any, and whether only its user sees it. */
  interaction?: string;
  ephemeral: boolean;
  /** How often the bot edited it (progress on a deferred reply). */
  edits?: number;
}

const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  embedTotal: 6000,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  rows: 5,
  buttons: 5,
  label: 80,
  customId: 100,
  modalInput: 4000,
  modalTitle: 45,
};

/** What Discord would refuse in a message body (empty when it would accept it). */
export function messageViolations(b: any): string[] {
  const out: string[] = [];
  if (!b) return out;
  if ((b.content?.length ?? 0) > LIMITS.content) out.push(`content ${b.content.length} > ${LIMITS.content}`);
  const embeds: any[] = b.embeds ?? [];
  if (embeds.length > LIMITS.embeds) out.push(`${embeds.length} embeds > ${LIMITS.embeds}`);
  let total = 0;
  for (const e of embeds) {
    if ((e.title?.length ?? 0) > LIMITS.title) out.push(`title ${e.title.length}`);
    if ((e.description?.length ?? 0) > LIMITS.description) out.push(`description ${e.description.length} > ${LIMITS.description}`);
    if ((e.fields?.length ?? 0) > LIMITS.fields) out.push(`${e.fields.length} fields > ${LIMITS.fields}`);
    for (const f of e.fields ?? []) {
      if (f.name.length > LIMITS.fieldName) out.push(`field name ${f.name.length}`);
      if (f.value.length > LIMITS.fieldValue) out.push(`field value ${f.value.length} > ${LIMITS.fieldValue}`);
      if (!f.name || !f.value) out.push('empty field');
    }
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);
  }
  if (total > LIMITS.embedTotal) out.push(`embeds hold ${total} characters > ${LIMITS.embedTotal}`);
  const rows: any[] = b.components ?? [];
  if (rows.length > LIMITS.rows) out.push(`${rows.length} action rows > ${LIMITS.rows}`);
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.type !== 1) continue;
    if (r.components.length > LIMITS.buttons) out.push(`${r.components.length} buttons in a row`);
    for (const c of r.components) {
      if (c.type !== 2) continue;
      if ((c.label?.length ?? 0) > LIMITS.label) out.push(`label ${c.label.length} > ${LIMITS.label}`);
      if (c.custom_id !== undefined) {
        if (c.custom_id.length > LIMITS.customId) out.push(`custom_id ${c.custom_id.length} > ${LIMITS.customId}`);
        if (ids.has(c.custom_id)) out.push(`duplicate custom_id ${c.custom_id}`);
        ids.add(c.custom_id);
      }
    }
  }
  if (!b.content && embeds.length === 0 && !(b.attachments?.length || b.files?.length) && rows.length === 0) out.push('empty message');
  return out;
}

/** Who a message's content would ping (Discord's rules: absent allowed_mentions parses everything). */
export function pingsOf(content: string, allowed: { parse?: string[]; users?: string[]; roles?: string[] } | undefined): string[] {
  const parse = allowed === undefined ? ['everyone', 'users', 'roles'] : (allowed.parse ?? []);
  const out: string[] = [];
  if (parse.includes('everyone')) for (const m of content.matchAll(/@(everyone|here)/g)) out.push(`@${m[1]}`);
  for (const m of content.matchAll(/<@!?(\d+)>/g)) if (parse.includes('users') || allowed?.users?.includes(m[1])) out.push(`user:${m[1]}`);
  for (const m of content.matchAll(/<@&(\d+)>/g)) if (parse.includes('roles') || allowed?.roles?.includes(m[1])) out.push(`role:${m[1]}`);
  return out;
}

let snow = BigInt(Date.now() - 1420070400000) << 22n;
/** A fresh snowflake: time-ordered, like Discord's. */
export function snowflake(): string {
  snow += 1n;
  return snow.toString();
}

interface Conn {
  ws: WebSocket;
  shard: [number, number];
  seq: number;
  identified: boolean;
}

interface PendingInteraction {
  id: string;
  token: string;
  at: number;
  answered: boolean;
  channelId: string;
  guildId?: string;
  ephemeralDefault: boolean;
  original?: FakeMessage;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export class FakeDiscord {
  readonly token = `fake-${randomBytes(8).toString('hex')}`;
  readonly calls: RestCall[] = [];
  readonly messages: FakeMessage[] = [];
  readonly commands: { scope: string; body: any }[] = [];
  readonly channels = new Map<
    string,
    { id: string; type: number; guild_id?: string; parent_id?: string; name?: string; recipient?: string }
  >();
  /** Attachment bytes served from /attachments/<id>/<name>. */
  readonly cdn = new Map<string, Buffer>();
  /** A close code to answer IDENTIFY with (4014: disallowed intents, 4004: bad token). */
  closeOnIdentify: number | undefined;
  /** Milliseconds from each dispatch to its first accepted callback. */
  readonly callbackMs: number[] = [];
  /** Milliseconds within which an interaction must get its first callback. */
  callbackDeadlineMs = 3000;
  /** Channels the bot cannot see (Missing Access, as for a private channel it was not added to). */
  readonly forbidden = new Set<string>();
  /** Faults for the next matching REST calls: path pattern → 429 retry_after seconds (once each). */
  readonly rateLimits: { method: string; path: RegExp; retryAfter: number }[] = [];
  readonly #interactions = new Map<string, PendingInteraction>();
  readonly #conns: Conn[] = [];
  readonly #waiters: { check: () => boolean; resolve: () => void }[] = [];
  #server: Server | undefined;
  #wss: WebSocketServer | undefined;
  port = 0;

  constructor() {
    this.channels.set(CHANNEL_ID, { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'cohort' });
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get identifies(): number {
    return this.#conns.filter((c) => c.identified).length;
  }

  /** The [shard id, shard count] of every connection that identified. */
  get shards(): [number, number][] {
    return this.#conns.filter((c) => c.identified).map((c) => c.shard);
  }

  async start(): Promise<this> {
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((e) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(e), code: 0 }));
      });
    });
    this.#server.on('upgrade', (req, socket, head) => {
      this.#wss?.handleUpgrade(req, socket, head, (ws) => this.#gateway(ws));
    });
    await new Promise<void>((r) => this.#server?.listen(0, '127.0.0.1', () => r()));
    this.port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const c of this.#conns) c.ws.terminate();
    this.#wss?.close();
    this.#server?.closeAllConnections();
    await new Promise<void>((r) => this.#server?.close(() => r()));
  }

  /** Resolves when the check holds (after any REST call or gateway event), or fails after the timeout. */
  async waitFor(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    if (check()) return;
    await new Promise<void>((resolve, reject) => {
      const w = { check, resolve };
      this.#waiters.push(w);
      setTimeout(() => {
        const i = this.#waiters.indexOf(w);
        if (i >= 0) {
          this.#waiters.splice(i, 1);
          reject(
            new Error(`timed out waiting for ${what}; calls: ${this.calls.map((c) => `${c.method} ${c.path} ${c.status}`).join(', ')}`),
          );
        }
      }, timeoutMs);
    });
  }

  /** Waits for a message whose visible text matches. */
  async waitForMessage(match: (text: string, m: FakeMessage) => boolean, timeoutMs = 10_000): Promise<FakeMessage> {
    let found: FakeMessage | undefined;
    await this.waitFor(
      () => {
        found = [...this.messages].reverse().find((m) => match(messageText(m), m));
        return found !== undefined;
      },
      timeoutMs,
      'a matching message',
    );
    return found as FakeMessage;
  }

  #wake(): void {
    for (const w of [...this.#waiters])
      if (w.check()) {
        this.#waiters.splice(this.#waiters.indexOf(w), 1);
        w.resolve();
      }
  }

  // ---------------------------------------------------------------- gateway

  #gateway(ws: WebSocket): void {
    const conn: Conn = { ws, shard: [0, 1], seq: 0, identified: false };
    this.#conns.push(conn);
    ws.on('close', () => this.#conns.splice(this.#conns.indexOf(conn), 1));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw));
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (msg.op === 2 && this.closeOnIdentify) {
        ws.close(this.closeOnIdentify, 'Disallowed intent(s).');
        return;
      }
      if (msg.op === 2) {
        conn.shard = msg.d.shard ?? [0, 1];
        conn.identified = true;
        const guilds = this.#guildIds().filter((g) => this.#shardOf(g, conn.shard[1]) === conn.shard[0]);
        this.#send(conn, 'READY', {
          v: 10,
          user: { id: BOT_ID, username: 'prep-bot', discriminator: '0', bot: true, avatar: null, global_name: null },
          guilds: guilds.map((id) => ({ id, unavailable: true })),
          session_id: randomBytes(8).toString('hex'),
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: APP_ID, flags: 0 },
          shard: conn.shard,
          private_channels: [],
          relationships: [],
          presences: [],
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
        });
        // Guilds follow READY a moment later, as on Discord (the client only counts them once READY is processed).
        setTimeout(() => {
          for (const g of guilds) this.#send(conn, 'GUILD_CREATE', this.#guild(g));
          this.#wake();
        }, 20);
      }
    });
  }

  #guildIds(): string[] {
    return [GUILD_ID];
  }

  /** Which shard receives a guild's events (https://discord.com/developers/docs/topics/gateway#sharding). */
  #shardOf(guildId: string | undefined, count: number): number {
    return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(count)) : 0;
  }

  #guild(id: string) {
    return {
      id,
      name: 'Bootcamp',
      icon: null,
      owner_id: '930000000000000099',
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      system_channel_flags: 0,
      preferred_locale: 'en-US',
      features: [],
      roles: [
        {
          id,
          name: '@everyone',
          permissions: '1071698660929',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      channels: [...this.channels.values()]
        .filter((c) => c.guild_id === id && c.type === 0)
        .map((c) => ({ id: c.id, type: 0, name: c.name, guild_id: id, position: 0, permission_overwrites: [] })),
      threads: [],
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      member_count: 3,
      large: false,
      unavailable: false,
      joined_at: new Date().toISOString(),
    };
  }

  #send(conn: Conn, t: string, d: unknown): void {
    conn.seq++;
    conn.ws.send(JSON.stringify({ op: 0, t, s: conn.seq, d }));
  }

  /** Sends a dispatch to the shard that owns the guild (DMs go to shard 0). */
  dispatch(t: string, d: { guild_id?: string } & Record<string, unknown>): void {
    for (const c of this.#conns) if (c.identified && this.#shardOf(d.guild_id, c.shard[1]) === c.shard[0]) this.#send(c, t, d);
  }

  // ------------------------------------------------------------ test inputs

  #user(id: string) {
    return { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
  }

  /** A slash command (or button, or modal submit) as Discord dispatches it; returns the interaction. */
  interaction(o: {
    type: 2 | 3 | 5;
    user: string;
    guild?: boolean;
    channel?: string;
    admin?: boolean;
    data: any;
    message?: FakeMessage;
    id?: string;
  }): { id: string; token: string; payload: any } {
    const id = o.id ?? snowflake();
    const token = o.id ? (this.#interactions.get(o.id)?.token ?? randomBytes(12).toString('hex')) : randomBytes(12).toString('hex');
    const inGuild = o.guild ?? true;
    const channelId = o.channel ?? (inGuild ? CHANNEL_ID : this.dmChannelOf(o.user));
    const channel = this.channels.get(channelId);
    const payload: any = {
      id,
      application_id: APP_ID,
      type: o.type,
      token,
      version: 1,
      channel_id: channelId,
      channel: { id: channelId, type: channel?.type ?? 0, ...(inGuild ? { guild_id: GUILD_ID } : {}) },
      app_permissions: '1071698660929',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': inGuild ? GUILD_ID : o.user },
      context: inGuild ? 0 : 1,
      data: o.data,
      ...(o.message ? { message: this.#apiMessage(o.message) } : {}),
    };
    if (inGuild) {
      payload.guild_id = GUILD_ID;
      payload.guild_locale = 'en-US';
      payload.member = {
        user: this.#user(o.user),
        roles: [],
        permissions: String(o.admin ? MANAGE_GUILD | 1024n : 1024n),
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      };
    } else payload.user = this.#user(o.user);
    if (!this.#interactions.has(id))
      this.#interactions.set(id, {
        id,
        token,
        at: Date.now(),
        answered: false,
        channelId,
        guildId: inGuild ? GUILD_ID : undefined,
        ephemeralDefault: false,
      });
    this.dispatch('INTERACTION_CREATE', payload);
    return { id, token, payload };
  }

  /** `/prep <sub> …` with options as Discord sends them. */
  slash(user: string, sub: string, options: any[] = [], o: { guild?: boolean; admin?: boolean; resolved?: any; group?: string } = {}) {
    const subOption = { type: 1, name: sub, options };
    return this.interaction({
      type: 2,
      user,
      guild: o.guild,
      admin: o.admin,
      data: {
        id: '940000000000000001',
        name: 'prep',
        type: 1,
        options: [o.group ? { type: 2, name: o.group, options: [subOption] } : subOption],
        ...(o.resolved ? { resolved: o.resolved } : {}),
      },
    });
  }

  /** A click on a button of a message the bot sent. */
  click(user: string, message: FakeMessage, customId: string, o: { guild?: boolean; admin?: boolean } = {}) {
    const channel = this.channels.get(message.channel_id);
    return this.interaction({
      type: 3,
      user,
      guild: o.guild ?? channel?.guild_id !== undefined,
      channel: message.channel_id,
      admin: o.admin,
      message,
      data: { custom_id: customId, component_type: 2 },
    });
  }

  /** A modal submitted with values per text input custom id. */
  submitModal(user: string, customId: string, values: Record<string, string>, o: { guild?: boolean } = {}) {
    return this.interaction({
      type: 5,
      user,
      guild: o.guild,
      data: {
        custom_id: customId,
        components: Object.entries(values).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] })),
      },
    });
  }

  /** Serves bytes as a CDN attachment and returns the attachment object Discord would resolve. */
  attachment(name: string, bytes: Buffer, contentType = 'application/octet-stream') {
    const id = snowflake();
    this.cdn.set(`${id}/${name}`, bytes);
    return {
      id,
      filename: name,
      size: bytes.length,
      content_type: contentType,
      url: `http://127.0.0.1:${this.port}/attachments/${id}/${name}`,
      proxy_url: `http://127.0.0.1:${this.port}/attachments/${id}/${name}`,
    };
  }

  /** The id of the DM channel between the bot and a user (created on first use). */
  dmChannelOf(user: string): string {
    for (const c of this.channels.values()) if (c.type === 1 && c.recipient === user) return c.id;
    const id = snowflake();
    this.channels.set(id, { id, type: 1, recipient: user });
    return id;
  }

  /** A message a user writes (in the DM by default, or in a guild channel or thread). */
  userMessage(user: string, content: string, o: { channel?: string; id?: string; bot?: boolean; attachments?: any[] } = {}): string {
    const channelId = o.channel ?? this.dmChannelOf(user);
    const channel = this.channels.get(channelId);
    const id = o.id ?? snowflake();
    const payload = {
      id,
      channel_id: channelId,
      ...(channel?.guild_id
        ? { guild_id: channel.guild_id, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }
        : { channel_type: 1 }),
      author: { ...this.#user(user), ...(o.bot ? { bot: true } : {}) },
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: o.attachments ?? [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    this.userMessages.set(id, payload);
    this.dispatch('MESSAGE_CREATE', payload);
    return id;
  }

  // ------------------------------------------------------------------- REST

  #apiMessage(m: FakeMessage) {
    const channel = this.channels.get(m.channel_id);
    return {
      id: m.id,
      channel_id: m.channel_id,
      ...(channel?.guild_id ? { guild_id: channel.guild_id } : {}),
      author: { id: m.author.id, username: 'prep-bot', discriminator: '0', bot: m.author.id === BOT_ID, avatar: null, global_name: null },
      content: m.content,
      embeds: m.embeds,
      components: m.components,
      attachments: m.attachments.map((a, i) => ({
        id: `${m.id}${i}`,
        filename: a.filename,
        size: a.content.length,
        url: `http://127.0.0.1:${this.port}/attachments/${m.id}/${a.filename}`,
        proxy_url: '',
      })),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      type: 0,
      flags: m.ephemeral ? 64 : 0,
      ...(m.nonce ? { nonce: m.nonce } : {}),
    };
  }

  async #parse(req: IncomingMessage, raw: Buffer): Promise<{ body: any; files: { name: string; content: string }[] }> {
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const form = await new Request('http://x/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
      const files: { name: string; content: string }[] = [];
      let body: any = {};
      for (const [k, v] of form.entries()) {
        if (k === 'payload_json') body = JSON.parse(String(v));
        else if (typeof v !== 'string') files.push({ name: v.name, content: await v.text() });
      }
      return { body, files };
    }
    return { body: raw.length ? JSON.parse(raw.toString('utf8')) : undefined, files: [] };
  }

  #record(m: Omit<FakeMessage, 'id' | 'pings'> & { allowed?: any }): FakeMessage {
    const { allowed, ...rest } = m;
    const msg: FakeMessage = { ...rest, id: snowflake(), pings: pingsOf(m.content ?? '', allowed) };
    this.messages.push(msg);
    return msg;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const raw = await readBody(req);
    const json = (status: number, body: unknown) => {
      if (status === 204) {
        res.writeHead(204);
        res.end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && url.pathname.startsWith('/attachments/')) {
      const bytes = this.cdn.get(url.pathname.slice('/attachments/'.length));
      if (!bytes) return json(404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
      res.end(bytes);
      return;
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const { body, files } = await this.#parse(req, raw);
    const call: RestCall = { method: req.method ?? 'GET', path, query: url.searchParams, body, files, status: 200, at: Date.now() };
    this.calls.push(call);
    const reply = (status: number, payload: unknown) => {
      call.status = status;
      json(status, payload);
      this.#wake();
    };
    const limited = this.rateLimits.findIndex((f) => f.method === call.method && f.path.test(path));
    if (limited >= 0) {
      const [f] = this.rateLimits.splice(limited, 1);
      call.status = 429;
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(f.retryAfter),
        'x-ratelimit-scope': 'user',
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(f.retryAfter),
        'x-ratelimit-bucket': 'fake-bucket',
      });
      res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: f.retryAfter, global: false }));
      this.#wake();
      return;
    }
    const auth = req.headers.authorization;
    const isWebhook = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    if (!isWebhook && auth !== `Bot ${this.token}`) return reply(401, { message: '401: Unauthorized', code: 0 });
    const invalid = (why: string[]) => reply(400, { message: 'Invalid Form Body', code: 50035, errors: why });

    if (req.method === 'GET' && path === '/gateway/bot')
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });

    let m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (m && req.method === 'PUT') {
      this.commands.push({ scope: m[2] ?? 'global', body });
      return reply(
        200,
        (body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: m?.[1], version: '1' })),
      );
    }

    m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (m && req.method === 'POST') {
      const it = this.#interactions.get(m[1]);
      if (!it || it.token !== m[2]) return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (it.answered) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      if (Date.now() - it.at > this.callbackDeadlineMs) return reply(404, { message: 'Unknown interaction', code: 10062 });
      const type = body.type as number;
      const data = body.data ?? {};
      if (type === 9) {
        const inputs = (data.components ?? []).flatMap((r: any) => r.components);
        const bad = [
          ...(data.title?.length > LIMITS.modalTitle ? [`modal title ${data.title.length}`] : []),
          ...inputs.filter((c: any) => (c.max_length ?? 4000) > LIMITS.modalInput).map(() => 'text input over 4000'),
        ];
        if (bad.length) return invalid(bad);
        it.answered = true;
        this.callbackMs.push(Date.now() - it.at);
        this.modals.push({ interaction: it.id, data });
        return reply(204, undefined);
      }
      if (type === 4 || type === 7) {
        const bad = messageViolations({ ...data, files });
        if (bad.length) return invalid(bad);
      }
      it.answered = true;
      this.callbackMs.push(Date.now() - it.at);
      it.ephemeralDefault = ((data.flags ?? 0) & 64) !== 0;
      if (type === 4 || type === 5) {
        it.original = this.#record({
          channel_id: it.channelId,
          author: { id: BOT_ID },
          content: data.content ?? '',
          embeds: data.embeds ?? [],
          components: data.components ?? [],
          attachments: files.map((f) => ({ filename: f.name, content: f.content })),
          allowed: data.allowed_mentions,
          interaction: it.id,
          ephemeral: it.ephemeralDefault,
        });
      }
      return reply(204, undefined);
    }

    m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/);
    if (m) {
      const it = [...this.#interactions.values()].find((x) => x.token === m?.[2]);
      if (!it?.answered) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      const bad = messageViolations({ ...body, files });
      if (bad.length) return invalid(bad);
      if (req.method === 'PATCH' && m[3] === '@original' && it.original) {
        Object.assign(it.original, {
          content: body.content ?? it.original.content,
          embeds: body.embeds ?? it.original.embeds,
          components: body.components ?? it.original.components,
          attachments: [...it.original.attachments, ...files.map((f) => ({ filename: f.name, content: f.content }))],
          pings: [...it.original.pings, ...pingsOf(body.content ?? '', body.allowed_mentions)],
        });
        it.original.edits = (it.original.edits ?? 0) + 1;
        return reply(200, this.#apiMessage(it.original));
      }
      if (req.method === 'POST') {
        const msg = this.#record({
          channel_id: it.channelId,
          author: { id: BOT_ID },
          content: body.content ?? '',
          embeds: body.embeds ?? [],
          components: body.components ?? [],
          attachments: files.map((f) => ({ filename: f.name, content: f.content })),
          allowed: body.allowed_mentions,
          interaction: it.id,
          ephemeral: ((body.flags ?? 0) & 64) !== 0,
        });
        return reply(200, this.#apiMessage(msg));
      }
      return reply(404, { message: 'Unknown Message', code: 10008 });
    }

    if (req.method === 'POST' && path === '/users/@me/channels') {
      const id = this.dmChannelOf(body.recipient_id);
      return reply(200, { id, type: 1, recipients: [this.#user(body.recipient_id)], last_message_id: null });
    }

    m = path.match(/^\/channels\/(\d+)$/);
    if (m && req.method === 'GET') {
      const c = this.channels.get(m[1]);
      if (!c) return reply(404, { message: 'Unknown Channel', code: 10003 });
      return reply(
        200,
        c.type === 1 ? { id: c.id, type: 1, recipients: [this.#user(c.recipient ?? '')] } : { ...c, permission_overwrites: [] },
      );
    }

    m = path.match(/^\/channels\/(\d+)\/messages$/);
    if (m && req.method === 'POST') {
      const channelId = m[1];
      if (!this.channels.has(channelId)) return reply(404, { message: 'Unknown Channel', code: 10003 });
      if (this.forbidden.has(channelId)) return reply(403, { message: 'Missing Access', code: 50001 });
      const bad = messageViolations({ ...body, files });
      if (bad.length) return invalid(bad);
      if (body.enforce_nonce && body.nonce !== undefined) {
        const seen = this.messages.find((x) => x.channel_id === channelId && x.nonce === String(body.nonce));
        if (seen) return reply(200, this.#apiMessage(seen));
      }
      const msg = this.#record({
        channel_id: channelId,
        author: { id: BOT_ID },
        content: body.content ?? '',
        embeds: body.embeds ?? [],
        components: body.components ?? [],
        attachments: files.map((f) => ({ filename: f.name, content: f.content })),
        allowed: body.allowed_mentions,
        nonce: body.nonce === undefined ? undefined : String(body.nonce),
        ephemeral: false,
      });
      return reply(200, this.#apiMessage(msg));
    }
    if (m && req.method === 'GET') {
      const list = this.messages
        .filter((x) => x.channel_id === m?.[1] && !x.ephemeral)
        .reverse()
        .slice(0, Number(url.searchParams.get('limit') ?? 50));
      return reply(
        200,
        list.map((x) => this.#apiMessage(x)),
      );
    }

    m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/);
    if (m && req.method === 'GET') {
      const mine = this.messages.find((x) => x.id === m?.[2]);
      if (mine) return reply(200, this.#apiMessage(mine));
      const theirs = this.userMessages.get(m[2]);
      return theirs ? reply(200, theirs) : reply(404, { message: 'Unknown Message', code: 10008 });
    }

    m = path.match(/^\/channels\/(\d+)\/typing$/);
    if (m && req.method === 'POST') {
      call.status = 204;
      res.writeHead(204);
      res.end();
      return;
    }

    m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/);
    if (m && req.method === 'POST') {
      const parent = this.channels.get(m[1]);
      if (!parent?.guild_id) return reply(404, { message: 'Unknown Channel', code: 10003 });
      if (this.channels.has(m[2])) return reply(400, { message: 'A thread has already been created for this message', code: 160004 });
      if ((body.name?.length ?? 0) > 100 || !body.name) return invalid(['thread name']);
      const thread = { id: m[2], type: 11, guild_id: parent.guild_id, parent_id: parent.id, name: body.name };
      this.channels.set(thread.id, thread);
      const api = {
        ...thread,
        owner_id: BOT_ID,
        message_count: 0,
        member_count: 1,
        rate_limit_per_user: 0,
        flags: 0,
        thread_metadata: {
          archived: false,
          auto_archive_duration: body.auto_archive_duration ?? 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
        },
      };
      this.dispatch('THREAD_CREATE', { ...api, newly_created: true });
      return reply(201, api);
    }

    return reply(404, { message: `fake has no ${req.method} ${path}`, code: 0 });
  }

  readonly modals: { interaction: string; data: any }[] = [];
  /** Messages users wrote, as dispatched, which the bot may fetch again (a DM's attachments). */
  readonly userMessages = new Map<string, any>();
}

/** All visible text of a message: content, embed titles, descriptions, fields, button labels. */
export function messageText(m: Pick<FakeMessage, 'content' | 'embeds' | 'components'>): string {
  const parts = [m.content];
  for (const e of m.embeds) {
    if (e.title) parts.push(e.title);
    if (e.description) parts.push(e.description);
    for (const f of e.fields ?? []) parts.push(`${f.name}: ${f.value}`);
  }
  for (const r of m.components) for (const c of r.components ?? []) if (c.label) parts.push(`[${c.label}]`);
  return parts.filter(Boolean).join('\n');
}
