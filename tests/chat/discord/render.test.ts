import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/chat/commands/index.ts';
import { escapeMarkdown, LIMITS, renderDiscord } from '../../../src/chat/discord/render.ts';
import { actions, context, divider, fields, header, list, progress, reply, text } from '../../../src/chat/message.ts';
import { messageText, messageViolations, pingsOf } from '../../fakes/discord.ts';

describe('Discord renderer', () => {
  it('renders every block type (snapshot)', () => {
    const r = reply(
      header('Report'),
      text('Fit *score* & more'),
      fields({ label: 'Fit', value: '72/100' }, { label: 'Questions', value: '40' }),
      list(['first', 'second'], true),
      progress('Ranking questions', 2, 3),
      context('Likelihoods are estimates.'),
      divider(),
      text('After the divider'),
      actions(
        { id: 'open_report_action', label: 'Open full report', url: 'https://prep.example.org/r/abc', style: 'primary' },
        { id: 'practise_report_action', label: 'Practise', command: 'practice report' },
        { id: 'forget_confirm_action', label: 'Delete', command: 'forget confirm', style: 'danger' },
      ),
    );
    expect(renderDiscord(r)).toMatchSnapshot();
  });

  it('sends allowed_mentions { parse: [] } on every message, so nothing in any text pings', () => {
    const hostile = '@everyone @here <@123456789012345678> <@&223456789012345678> hi';
    const out = renderDiscord({ ...reply(text(hostile), list([hostile]), context(hostile)), mention: '323456789012345678' });
    for (const m of out) {
      expect(m.allowed_mentions).toEqual({ parse: [] });
      expect(pingsOf(m.content, m.allowed_mentions)).toEqual([]);
    }
    // The platform's own mention is shown, not pinged; a mention that is not a user id is dropped.
    expect(out[0].content).toBe('<@323456789012345678>');
    expect(renderDiscord({ ...reply(text('x')), mention: '@everyone' })[0].content).toBe('');
  });

  it('escapes Markdown and mentions in user text where they would change its meaning', () => {
    const s =
      '**bold** _it_ ~~gone~~ `code` ||spoiler|| [link](https://evil.example) <@1234> @everyone\n# Heading\n> quote\n- item\n1. first';
    const e = escapeMarkdown(s);
    expect(e).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[link\\](https://evil.example) \\<@1234\\> @\u200beveryone\n\\# Heading\n\\> quote\n\\- item\n1\\. first',
    );
    // Our own Markdown (list numbers, subtext) stays; the user's is inert.
    const [m] = renderDiscord(reply(list(['*a*'], true), context('note')));
    expect(m.embeds[0].description).toBe('1. \\*a\\*\n-# note');
  });

  it('keeps within every limit: long text split, many fields and buttons, 6,000 characters and 10 embeds a message', () => {
    const huge = reply(
      header('H'.repeat(400)),
      text('word '.repeat(40000)),
      fields(...Array.from({ length: 60 }, (_, i) => ({ label: `L${i}${'n'.repeat(300)}`, value: 'v'.repeat(2500) }))),
      list(Array.from({ length: 300 }, (_, i) => `item ${i} ${'x'.repeat(40)}`)),
      context('c'.repeat(5000)),
      actions(...Array.from({ length: 30 }, (_, i) => ({ id: `b${i}_action`, label: 'L'.repeat(100), command: `feedback ${i}` })), {
        id: 'too_long_action',
        label: 'Too long',
        command: 'x'.repeat(200),
      }),
    );
    const out = renderDiscord(huge);
    expect(out.length).toBeGreaterThan(5);
    for (const m of out) expect(messageViolations(m)).toEqual([]);
    const rows = out[out.length - 1].components;
    expect(rows.length).toBe(LIMITS.actionRows);
    expect(rows.flatMap((r) => r.components).every((b) => b.label.length <= 80 && (b.custom_id?.length ?? 0) <= 100)).toBe(true);
    // No text is lost: every word arrives, in order, across the messages.
    const all = out.map((m) => messageText(m)).join('\n');
    expect(all.match(/word/g)?.length).toBe(40000);
    expect(all).toContain('item 299');
  });

  it('fits every button the commands can produce in a 100-character custom id', () => {
    for (const c of COMMANDS) expect(`p:${c.name} confirm`.length).toBeLessThanOrEqual(LIMITS.customIdChars);
  });
});
