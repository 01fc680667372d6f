import type { App } from '@slack/bolt';
import { reply, text } from '../../../message.ts';
import { type SlackDeps, slackIdentity } from '../../context.ts';
import { postReplies } from '../../deliver.ts';
import { downloadFile } from '../../files.ts';
import { fileChoice } from '../actions/buttons.ts';

/** Messages in the bot's DM drive documents, practice and mock interviews. Bots (this one included) are ignored. */
export function register(app: App, deps: SlackDeps): void {
  app.event('message', async ({ event, client, body }) => {
    const m = event as {
      channel_type?: string;
      subtype?: string;
      bot_id?: string;
      user?: string;
      text?: string;
      channel: string;
      thread_ts?: string;
      ts: string;
    };
    if (m.bot_id || m.subtype !== undefined || !m.user || !m.text?.trim()) return;
    // A reply in a channel thread: an answer to a daily drop, graded, with feedback queued.
    if ((m.channel_type === 'channel' || m.channel_type === 'group') && m.thread_ts && m.thread_ts !== m.ts) {
      await deps.router.threadMessage({
        who: slackIdentity(body as never, m.user),
        channel: m.channel,
        threadRef: m.thread_ts,
        messageRef: m.ts,
        text: m.text,
      });
      return;
    }
    if (m.channel_type !== 'im') return;
    const who = slackIdentity(body as never, m.user);
    const replies = await deps.router.message({ who, text: m.text });
    await postReplies(client, m.channel, replies, deps.uploadedFor(who));
  });

  // A file dropped into the DM: save it if a document was asked for, otherwise ask what it is.
  app.event('file_shared', async ({ event, client, body, context }) => {
    if (!event.channel_id?.startsWith('D')) return;
    // Our own uploads (the Markdown report) raise file_shared too.
    if (event.user_id && event.user_id === context.botUserId) return;
    const who = slackIdentity(body as never, event.user_id);
    if ((await deps.router.waitingFor(who)) === 'document') {
      const file = await downloadFile(client, event.file_id, context.botToken ?? deps.botToken ?? '');
      const replies = 'error' in file ? [reply(text(file.error))] : await deps.router.message({ who, text: '', files: [file] });
      await postReplies(client, event.channel_id, replies, deps.uploadedFor(who));
      return;
    }
    const info = await client.files.info({ file: event.file_id });
    await postReplies(client, event.channel_id, [fileChoice(event.file_id, info.file?.name ?? 'your file')]);
  });
}
