import type { KnownBlock } from '@slack/types';
import { type Block, plainText, type Reply } from '../message.ts';
import { chunk, clip } from '../text.ts';

/** Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  headerChars: 150,
  sectionChars: 3000,
  fieldsPerSection: 10,
  fieldChars: 2000,
  contextChars: 2000,
  contextElements: 10,
  actionsPerBlock: 25,
  buttonTextChars: 75,
  buttonValueChars: 2000,
  fallbackChars: 3000,
} as const;

/**
 * Slack's mrkdwn treats &, < and > as control characters: `<!channel>` pings a channel and
 * `<@U123>` a person. Escaping them makes any text from users, documents or a model inert.
 * https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: false });

function blocksOf(b: Block): KnownBlock[] {
  switch (b.type) {
    case 'header':
      return [{ type: 'header', text: plain(clip(escapeMrkdwn(b.text), LIMITS.headerChars)) }];
    case 'text':
      return chunk(escapeMrkdwn(b.text), LIMITS.sectionChars).map((t) => ({ type: 'section', text: mrkdwn(t) }));
    case 'fields': {
      const out: KnownBlock[] = [];
      for (let i = 0; i < b.fields.length; i += LIMITS.fieldsPerSection)
        out.push({
          type: 'section',
          fields: b.fields
            .slice(i, i + LIMITS.fieldsPerSection)
            .map((f) => mrkdwn(clip(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, LIMITS.fieldChars))),
        });
      return out;
    }
    case 'list': {
      const lines = b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '•'} ${escapeMrkdwn(item)}`).join('\n');
      return chunk(lines, LIMITS.sectionChars).map((t) => ({ type: 'section', text: mrkdwn(t) }));
    }
    case 'actions': {
      const out: KnownBlock[] = [];
      for (let i = 0; i < b.actions.length; i += LIMITS.actionsPerBlock)
        out.push({
          type: 'actions',
          elements: b.actions.slice(i, i + LIMITS.actionsPerBlock).map((a) => ({
            type: 'button' as const,
            action_id: a.id,
            text: plain(clip(a.label, LIMITS.buttonTextChars)),
            ...(a.url ? { url: a.url } : { value: clip(a.command ?? '', LIMITS.buttonValueChars) }),
            ...(a.style ? { style: a.style } : {}),
          })),
        });
      return out;
    }
    case 'progress': {
      const total = Math.max(1, b.total);
      const filled = Math.round((Math.min(b.done, total) / total) * 10);
      return [
        {
          type: 'section',
          text: mrkdwn(`\`${'▓'.repeat(filled)}${'░'.repeat(10 - filled)}\` ${escapeMrkdwn(clip(b.label, 200))} (${b.done}/${b.total})`),
        },
      ];
    }
    case 'context':
      return chunk(escapeMrkdwn(b.text), LIMITS.contextChars)
        .slice(0, LIMITS.contextElements)
        .map((t) => ({ type: 'context', elements: [mrkdwn(t)] }));
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** A chat.postMessage payload: blocks plus the notification fallback text. */
export interface SlackMessage {
  blocks: KnownBlock[];
  text: string;
}

/**
 * Reply → one or more Slack messages (pure). A reply longer than 50 blocks is split into
 * several messages rather than rejected; actions always stay in the last one.
 */
export function renderSlack(r: Reply): SlackMessage[] {
  // A mention comes from the platform's own user id, never from text, and is checked to be one.
  const mention: KnownBlock[] =
    r.mention && /^[UW][A-Z0-9]{2,20}$/.test(r.mention) ? [{ type: 'context', elements: [mrkdwn(`<@${r.mention}>`)] }] : [];
  const all = [...mention, ...r.blocks.flatMap(blocksOf)];
  const text = clip(escapeMrkdwn(plainText(r)), LIMITS.fallbackChars) || ' ';
  const messages: SlackMessage[] = [];
  for (let i = 0; i < all.length; i += LIMITS.blocksPerMessage) messages.push({ blocks: all.slice(i, i + LIMITS.blocksPerMessage), text });
  return messages.length ? messages : [{ blocks: [], text }];
}

/** Reply blocks for a view (App Home, modals): at most 100 blocks, the rest summarised. */
export function renderView(replies: Reply[]): KnownBlock[] {
  const all = replies.flatMap((r) => r.blocks.flatMap(blocksOf));
  if (all.length <= LIMITS.blocksPerView) return all;
  return [...all.slice(0, LIMITS.blocksPerView - 1), { type: 'context', elements: [mrkdwn('More in /prep status and /prep stats.')] }];
}
