import { describe, expect, it } from 'vitest';
import { actions, context, divider, fields, header, list, progress, reply, text } from '../../../src/chat/message.ts';
import { escapeMrkdwn, LIMITS, renderSlack, renderView } from '../../../src/chat/slack/render.ts';
import { blockViolations } from '../../fakes/slack-api.ts';

describe('Block Kit renderer', () => {
  it('renders every block type (snapshot)', () => {
    const r = reply(
      header('Report'),
      text('Fit *score* & more'),
      fields({ label: 'Fit', value: '72/100' }, { label: 'Questions', value: '40' }),
      list(['first', 'second'], true),
      progress('Ranking questions', 2, 3),
      context('Likelihoods are estimates.'),
      divider(),
      actions(
        { id: 'open_report_action', label: 'Open full report', url: 'https://prep.example.org/r/abc', style: 'primary' },
        { id: 'practise_report_action', label: 'Practise', command: 'practice report' },
      ),
    );
    expect(renderSlack(r)).toMatchSnapshot();
  });

  it('escapes &, < and > so nothing from a document can ping or link', () => {
    const hostile = 'Hi <!channel> <!here> <@U123> <https://evil.example|click> & bye';
    const out = JSON.stringify(
      renderSlack(reply(header(hostile), text(hostile), fields({ label: hostile, value: hostile }), list([hostile]), context(hostile))),
    );
    expect(out).not.toMatch(/<!channel>|<!here>|<@U123>|<https:/);
    expect(escapeMrkdwn(hostile)).toBe('Hi &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt; &amp; bye');
  });

  it('keeps within every limit: long text split, headers clipped, many buttons in rows, 50 blocks per message', () => {
    const huge = reply(
      header('H'.repeat(400)),
      text('word '.repeat(40000)),
      fields(...Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: 'v'.repeat(2500) }))),
      list(Array.from({ length: 300 }, (_, i) => `item ${i} ${'x'.repeat(40)}`)),
      context('c'.repeat(5000)),
      actions(...Array.from({ length: 30 }, (_, i) => ({ id: `b${i}_action`, label: 'L'.repeat(100), command: 'x'.repeat(3000) }))),
    );
    const messages = renderSlack(huge);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(blockViolations(m.blocks, LIMITS.blocksPerMessage)).toEqual([]);
      expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackChars);
    }
    const last = messages[messages.length - 1].blocks;
    expect(last.filter((b) => b.type === 'actions')).toHaveLength(2);
    // Nothing is lost: every list item is somewhere.
    const all = JSON.stringify(messages);
    expect(all).toContain('item 0 ');
    expect(all).toContain('item 299 ');
  });

  it('caps a view at 100 blocks', () => {
    const many = Array.from({ length: 80 }, (_, i) => reply(text(`t${i}`), divider()));
    const blocks = renderView(many);
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerView);
    expect(blockViolations(blocks, LIMITS.blocksPerView)).toEqual([]);
  });
});
