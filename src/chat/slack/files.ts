import type { WebClient } from '@slack/web-api';
import { MAX_FILE_BYTES } from '../../core/profile/intake.ts';

/** Downloads a file shared with the bot, with the bot token (Slack's url_private needs it). */
export async function downloadFile(
  client: WebClient,
  fileId: string,
  token: string,
): Promise<{ name: string; bytes: Uint8Array } | { error: string }> {
  const info = await client.files.info({ file: fileId });
  const f = info.file;
  if (!f?.url_private_download || !f.name) return { error: 'I could not read that file from Slack. Please upload it again.' };
  if ((f.size ?? 0) > MAX_FILE_BYTES) return { error: `${f.name} is over 5 MB. Export a smaller PDF or paste the text.` };
  const res = await fetch(f.url_private_download, { headers: { authorization: `Bearer ${token}` }, redirect: 'follow' });
  if (!res.ok) return { error: 'Slack would not let me download that file. Check the app has the files:read scope, then upload it again.' };
  return { name: f.name, bytes: new Uint8Array(await res.arrayBuffer()) };
}
