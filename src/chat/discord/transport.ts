import { createHash } from 'node:crypto';
import { type APIChannel, type APIMessage, DiscordAPIError, HTTPError, REST, Routes } from 'discord.js';
import type { OutboxMessage, SendResult, Transport } from '../../jobs/outbox.ts';
import type { Reply } from '../message.ts';
import { renderDiscord } from './render.ts';

/**
 * JSON error codes retrying cannot fix (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json):
 * unknown channel, missing access/permissions, cannot DM the user, invalid form body.
 */
const PERMANENT: Record<number, string> = {
  10003: 'channel_not_found',
  50001: 'not_in_channel',
  50013: 'missing_permissions',
  50007: 'cannot_dm_user',
  50035: 'invalid_form_body',
  10013: 'user_not_found',
};
/** "A thread has already been created for this message": a retry after the thread was made. */
const THREAD_EXISTS = 160004;

/**
 * A message's nonce from the outbox's dedupe key: Discord allows 25 characters, so a hash.
 * With `enforce_nonce`, a second create with the same nonce (a retry after a crash or a timeout)
 * returns the first message instead of posting again.
 */
export function nonceOf(dedupeKey: string, part: number): string {
  return createHash('sha256').update(`${dedupeKey}#${part}`).digest('hex').slice(0, 25);
}

/** A thread name from the drop's question (Discord allows 100 characters). */
function threadName(r: Reply): string {
  const q = r.blocks.find((b) => b.type === 'text');
  const t = q && 'text' in q ? q.text.replace(/\s+/g, ' ').trim() : 'Answers';
  return `Answers: ${t}`.slice(0, 100);
}

/**
 * Sends outbox posts to Discord over REST (no gateway needed, so the sharding manager can run
 * it). Rate limits are discord.js's: its REST queue waits out every 429 and retries, so a post
 * arrives once. A daily drop opens a thread on its message: answers go there.
 */
export function discordTransport(opts: { token: string; apiUrl?: string; botId?: () => string | undefined; rest?: REST }): Transport {
  const rest = opts.rest ?? new REST({ ...(opts.apiUrl ? { api: opts.apiUrl } : {}) }).setToken(opts.token);
  const channelOf = async (m: OutboxMessage): Promise<string> => {
    if (m.thread) return m.thread;
    if (!m.channel.startsWith('dm:')) return m.channel;
    const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: m.channel.slice(3) } })) as APIChannel;
    return dm.id;
  };
  return {
    async send(m): Promise<SendResult> {
      try {
        const channel = await channelOf(m);
        const reply = m.payload as Reply;
        let ref: string | undefined;
        for (const [i, part] of renderDiscord(reply).entries()) {
          const posted = (await rest.post(Routes.channelMessages(channel), {
            body: { ...part, nonce: nonceOf(m.dedupeKey, i), enforce_nonce: true },
          })) as APIMessage;
          ref ??= posted.id;
        }
        if (m.kind === 'drop' && !m.thread && ref)
          await rest
            .post(Routes.threads(channel, ref), { body: { name: threadName(reply), auto_archive_duration: 1440 } })
            .catch((e: unknown) => {
              if (!(e instanceof DiscordAPIError && e.code === THREAD_EXISTS)) throw e;
            });
        return { ok: true, ref: ref ?? '' };
      } catch (e) {
        return classify(e);
      }
    },
    async findDelivered(m) {
      // The nonce is the dedupe key: a message of ours that carries it is this post.
      const channel = await channelOf(m);
      const recent = (await rest.get(Routes.channelMessages(channel), {
        query: new URLSearchParams({ limit: '50' }),
      })) as (APIMessage & { nonce?: string | number })[];
      const nonce = nonceOf(m.dedupeKey, 0);
      const bot = opts.botId?.();
      return recent.find((x) => String(x.nonce ?? '') === nonce && (!bot || x.author.id === bot))?.id;
    },
  };
}

function classify(e: unknown): SendResult {
  if (e instanceof DiscordAPIError) {
    const permanent = PERMANENT[Number(e.code)];
    if (permanent) return { ok: false, kind: 'permanent', error: permanent };
    if (e.status >= 400 && e.status < 500 && e.status !== 429)
      return { ok: false, kind: 'permanent', error: `discord ${e.status} ${e.code}` };
    return { ok: false, kind: 'transient', error: `discord ${e.status}` };
  }
  if (e instanceof HTTPError) return { ok: false, kind: 'transient', error: `http ${e.status}` };
  return { ok: false, kind: 'transient', error: ((e as Error)?.message ?? 'request failed').slice(0, 120) };
}
