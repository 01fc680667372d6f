import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Reply } from '../message.ts';
import { renderSlack } from './render.ts';

/**
 * Posts replies in a channel (the user's DM, or a thread). Files go up with Slack's external
 * upload flow (files.getUploadURLExternal → upload → files.completeUploadExternal, wrapped by
 * filesUploadV2); HTML files are skipped because the report page link replaces them.
 */
export async function postReplies(
  client: WebClient,
  channel: string,
  replies: Reply[],
  /** Told each uploaded file's id, so a forget can delete the upload later. */
  uploaded?: (fileId: string) => Promise<void>,
  threadTs?: string,
): Promise<void> {
  for (const r of replies) {
    for (const m of renderSlack(r))
      await client.chat.postMessage({
        channel,
        blocks: m.blocks,
        text: m.text,
        thread_ts: threadTs ?? r.thread,
        unfurl_links: false,
        unfurl_media: false,
      });
    for (const f of r.files ?? []) {
      if (f.mime === 'text/html') continue;
      const r = await client.filesUploadV2(
        threadTs
          ? { channel_id: channel, thread_ts: threadTs, filename: f.name, title: f.name, content: f.content }
          : { channel_id: channel, filename: f.name, title: f.name, content: f.content },
      );
      for (const done of r.files ?? []) for (const file of done.files ?? []) if (file.id) await uploaded?.(file.id);
    }
  }
}

/** Replies only the asking user sees, in place (ephemeral via response_url). */
export async function respondPrivately(respond: RespondFn, replies: Reply[]): Promise<void> {
  for (const r of replies)
    for (const m of renderSlack(r)) await respond({ response_type: 'ephemeral', replace_original: false, blocks: m.blocks, text: m.text });
}

/** Whether replies must go to the DM rather than appear in place: they start a conversation or carry files. */
export function needsDm(replies: Reply[]): boolean {
  return replies.some((r) => r.dm === true || r.expect !== undefined || (r.files?.length ?? 0) > 0);
}
