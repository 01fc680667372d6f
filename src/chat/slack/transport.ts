import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import type { OutboxMessage, SendResult, Transport } from '../../jobs/outbox.ts';
import type { Reply } from '../message.ts';
import { renderSlack } from './render.ts';

/** Errors that retrying cannot fix: stop, and tell the instructor. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'no_permission',
  'restricted_action',
  'missing_scope',
  'user_not_found',
  'cannot_dm_bot',
  'invalid_blocks',
  'msg_too_long',
]);
const METADATA_TYPE = 'prep_outbox';
/** A file that is already gone: the delete a forget asked for is done. */
const GONE = new Set(['file_not_found', 'file_deleted']);

/**
 * Sends outbox posts to Slack. The WebClient here never retries by itself (the outbox owns
 * retries and Retry-After), and each post carries its dedupe key as message metadata, so after
 * a crash the outbox can ask Slack whether the post already arrived.
 */
export function slackTransport(opts: { apiUrl?: string; tokenFor: (workspace: string) => Promise<string | undefined> }): Transport {
  const clients = new Map<string, WebClient>();
  const client = async (workspace: string) => {
    const token = await opts.tokenFor(workspace);
    if (!token) throw Object.assign(new Error('no bot token for this workspace'), { permanent: true });
    let c = clients.get(token);
    if (!c) {
      c = new WebClient(token, {
        slackApiUrl: opts.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        logLevel: LogLevel.ERROR,
      });
      clients.set(token, c);
    }
    return c;
  };
  const channelOf = async (c: WebClient, m: OutboxMessage) => {
    if (!m.channel.startsWith('dm:')) return m.channel;
    const r = await c.conversations.open({ users: m.channel.slice(3) });
    if (!r.channel?.id) throw new Error('conversations.open returned no channel');
    return r.channel.id;
  };
  return {
    async send(m): Promise<SendResult> {
      try {
        const c = await client(m.workspace);
        if (m.kind === 'delete-file') return await deleteFile(c, (m.payload as { file: string }).file);
        const channel = await channelOf(c, m);
        let ref: string | undefined;
        const parts = renderSlack(m.payload as Reply);
        for (const [i, part] of parts.entries()) {
          const r = await c.chat.postMessage({
            channel,
            thread_ts: m.thread ?? undefined,
            blocks: part.blocks,
            text: part.text,
            unfurl_links: false,
            metadata: { event_type: METADATA_TYPE, event_payload: { key: m.dedupeKey, part: i } },
          });
          ref ??= r.ts;
        }
        return { ok: true, ref: ref ?? '' };
      } catch (e) {
        return classify(e);
      }
    },
    async findDelivered(m) {
      const c = await client(m.workspace);
      if (m.kind === 'delete-file') {
        const file = (m.payload as { file: string }).file;
        const gone = await c.files.info({ file }).then(
          () => false,
          (e: { data?: { error?: string } }) => GONE.has(e.data?.error ?? ''),
        );
        return gone ? `deleted:${file}` : undefined;
      }
      const channel = await channelOf(c, m);
      const messages = m.thread
        ? (await c.conversations.replies({ channel, ts: m.thread, include_all_metadata: true, limit: 200 })).messages
        : (
            await c.conversations.history({
              channel,
              oldest: String(Math.floor(m.createdAt.getTime() / 1000) - 60),
              include_all_metadata: true,
              limit: 200,
            })
          ).messages;
      const hit = messages?.find((x) => {
        const md = (x as { metadata?: { event_type?: string; event_payload?: { key?: string; part?: number } } }).metadata;
        return md?.event_type === METADATA_TYPE && md.event_payload?.key === m.dedupeKey && (md.event_payload?.part ?? 0) === 0;
      });
      return hit?.ts;
    },
  };
}

/** A forgotten user's report file, deleted where the bot uploaded it (https://docs.slack.dev/reference/methods/files.delete). */
async function deleteFile(c: WebClient, file: string): Promise<SendResult> {
  try {
    await c.files.delete({ file });
  } catch (e) {
    if (!GONE.has((e as { data?: { error?: string } }).data?.error ?? '')) throw e;
  }
  return { ok: true, ref: `deleted:${file}` };
}

function classify(e: unknown): SendResult {
  const err = e as {
    code?: string;
    retryAfter?: number;
    data?: { error?: string };
    statusCode?: number;
    message?: string;
    permanent?: boolean;
  };
  if (err.permanent) return { ok: false, kind: 'permanent', error: err.message ?? 'permanent error' };
  if (err.code === ErrorCode.RateLimitedError)
    return { ok: false, kind: 'rate_limited', retryAfterMs: (err.retryAfter ?? 1) * 1000, error: 'ratelimited' };
  if (err.code === ErrorCode.PlatformError) {
    const error = err.data?.error ?? 'platform_error';
    return PERMANENT.has(error) ? { ok: false, kind: 'permanent', error } : { ok: false, kind: 'transient', error };
  }
  return {
    ok: false,
    kind: 'transient',
    error: err.statusCode ? `http ${err.statusCode}` : (err.message ?? 'request failed').slice(0, 120),
  };
}
