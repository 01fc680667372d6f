import { MAX_FILE_BYTES } from '../../core/profile/intake.ts';

/** An attachment as Discord describes it (a slash command option, or a file in a DM). */
export interface DiscordAttachment {
  name: string;
  url: string;
  size: number;
}

/** Discord serves attachments from its CDN; with DISCORD_API_URL set (tests), from that host. */
export function attachmentHosts(apiUrl: string | undefined): string[] {
  return apiUrl ? [new URL(apiUrl).host] : ['cdn.discordapp.com', 'media.discordapp.net'];
}

/**
 * Downloads an attachment from Discord's CDN (its URL is signed; no token is sent), refusing
 * any other host (the bot never fetches an address a payload names elsewhere) and files over
 * the intake's limit before and while reading, so a lying size cannot fill memory.
 */
export async function downloadAttachment(
  a: DiscordAttachment,
  hosts: readonly string[],
): Promise<{ name: string; bytes: Uint8Array } | { error: string }> {
  const tooLarge = { error: `${a.name} is over 5 MB. Export a smaller PDF or paste the text.` };
  if (a.size > MAX_FILE_BYTES) return tooLarge;
  let url: URL;
  try {
    url = new URL(a.url);
  } catch {
    return { error: 'That attachment has no address I can download from. Please attach it again.' };
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (!hosts.includes(url.host) || (url.protocol !== 'https:' && !(local && url.protocol === 'http:')))
    return { error: 'That attachment is not on Discord’s file server, so I did not download it. Please attach the file again.' };
  let res: Response;
  try {
    // Redirects are refused: a CDN answer that points elsewhere is not followed.
    res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(20_000) });
  } catch {
    return { error: 'I could not download that file from Discord. Please attach it again.' };
  }
  if (!res.ok || !res.body) return { error: 'Discord would not let me download that file. Please attach it again.' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const c of res.body) {
    total += c.length;
    // Leaving the loop cancels the body: nothing more is read.
    if (total > MAX_FILE_BYTES) return tooLarge;
    chunks.push(c);
  }
  return { name: a.name, bytes: Buffer.concat(chunks) };
}
