import type { WebClient } from '@slack/web-api';
import { MAX_FILE_BYTES } from '../../core/profile/intake.ts';

/** Slack serves url_private(_download) from this host; the bot token goes nowhere else. */
const SLACK_FILE_HOST = 'files.slack.com';
const READABLE = /\.(pdf|docx|txt|md|markdown)$/i;
/** What Slack may label a PDF, DOCX, TXT or MD download with (it often says octet-stream). */
const CONTENT_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  'application/octet-stream',
  'binary/octet-stream',
]);
const MAX_REDIRECTS = 2;
const DOWNLOAD_TIMEOUT_MS = 20_000;

type Downloaded = { name: string; bytes: Uint8Array } | { error: string };

/**
 * Downloads a file shared with the bot, with the bot token (Slack's url_private needs it), only
 * from Slack's file host (or the host of SLACK_API_URL, where tests run a fake), only with a size
 * from files.info, only of the types intake reads, and never more bytes than that size allows,
 * whatever the response headers say.
 */
export async function downloadFile(client: WebClient, fileId: string, token: string): Promise<Downloaded> {
  const info = await client.files.info({ file: fileId });
  const f = info.file;
  if (!f?.url_private_download || !f.name) return { error: 'I could not read that file from Slack. Please upload it again.' };
  if (!READABLE.test(f.name))
    return { error: `${f.name} is not a file type I can read. Upload a PDF, DOCX, TXT or MD file, or paste the text.` };
  if (typeof f.size !== 'number' || f.size <= 0)
    return { error: `Slack did not tell me the size of ${f.name}, so I did not download it. Please upload it again.` };
  if (f.size > MAX_FILE_BYTES) return { error: `${f.name} is over 5 MB. Export a smaller PDF or paste the text.` };
  if (f.mimetype && !CONTENT_TYPES.has(f.mimetype.toLowerCase()))
    return { error: `${f.name} does not look like a PDF, DOCX, TXT or MD file. Upload one of those, or paste the text.` };
  const allowed = new Set([SLACK_FILE_HOST, new URL(client.slackApiUrl).host]);
  let url = f.url_private_download;
  const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
  for (let hop = 0; ; hop++) {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return { error: 'I could not read that file from Slack. Please upload it again.' };
    }
    if (
      !allowed.has(target.host) ||
      !['https:', 'http:'].includes(target.protocol) ||
      (target.protocol === 'http:' && target.host === SLACK_FILE_HOST)
    )
      return { error: `${f.name} is not stored on Slack's file host, so I did not download it. Please upload the file itself.` };
    // Redirects are followed by hand so the token never leaves the allowed hosts; one deadline covers headers and body.
    let res: Response;
    try {
      res = await fetch(target, { headers: { authorization: `Bearer ${token}` }, redirect: 'manual', signal });
    } catch {
      return { error: 'I could not download that file from Slack. Please upload it again.' };
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location && hop < MAX_REDIRECTS) {
      await res.body?.cancel();
      url = new URL(location, target).toString();
      continue;
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      return { error: 'Slack would not let me download that file. Check the app has the files:read scope, then upload it again.' };
    }
    const type = (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type && !CONTENT_TYPES.has(type)) {
      await res.body.cancel();
      return { error: `${f.name} did not arrive as a PDF, DOCX, TXT or MD file. Upload one of those, or paste the text.` };
    }
    const bytes = await readCapped(res.body, f.size).catch(() => 'failed' as const);
    if (bytes === 'failed') return { error: 'I could not download that file from Slack. Please upload it again.' };
    if (!bytes) return { error: `${f.name} was larger than Slack said it was, so I stopped downloading it. Please upload it again.` };
    return { name: f.name, bytes };
  }
}

/** Reads a body up to `limit` bytes; undefined (and the stream cancelled) if it goes past. */
async function readCapped(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let got = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    got += value.byteLength;
    if (got > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks, got));
}
