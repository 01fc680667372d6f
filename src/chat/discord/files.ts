import { MAX_FILE_BYTES } from '../../core/profile/intake.ts';

/** An attachment as Discord describes it (a slash command option, or a file in a DM). */
export interface DiscordAttachment {
  name: string;
  url: string;
  size: number;
}

/**
 * Downloads an attachment from Discord's CDN (its URL is signed; no token is sent), refusing
 * files over the intake's limit before and while reading, so a lying size cannot fill memory.
 */
export async function downloadAttachment(a: DiscordAttachment): Promise<{ name: string; bytes: Uint8Array } | { error: string }> {
  const tooLarge = { error: `${a.name} is over 5 MB. Export a smaller PDF or paste the text.` };
  if (a.size > MAX_FILE_BYTES) return tooLarge;
  let res: Response;
  try {
    res = await fetch(a.url, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
  } catch {
    return { error: 'I could not download that file from Discord. Please attach it again.' };
  }
  if (!res.ok || !res.body) return { error: 'Discord would not let me download that file. Please attach it again.' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const c of res.body) {
    total += c.length;
    if (total > MAX_FILE_BYTES) return tooLarge;
    chunks.push(c);
  }
  return { name: a.name, bytes: Buffer.concat(chunks) };
}
