import type { Block, Reply } from '../message.ts';

export interface TextStyle {
  color: boolean;
  width: number;
}

const ESC = '\u001b[';
const paint = (on: boolean, code: string, s: string) => (on ? `${ESC}${code}m${s}${ESC}0m` : s);

/** Terminal escaping: no control sequences from documents or users reach the terminal. */
export function escapeTerminal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}

function block(b: Block, st: TextStyle): string {
  const e = escapeTerminal;
  switch (b.type) {
    case 'header':
      return paint(st.color, '1', e(b.text));
    case 'text':
      return e(b.text);
    case 'context':
      return paint(st.color, '2', e(b.text));
    case 'fields':
      return b.fields.map((f) => `${paint(st.color, '1', `${e(f.label)}:`)} ${e(f.value)}`).join('\n');
    case 'list':
      return b.items.map((i, n) => `  ${b.ordered ? `${n + 1}.` : '•'} ${e(i).replace(/\n/g, '\n    ')}`).join('\n');
    case 'actions':
      return b.actions.map((a) => `  → ${e(a.label)}${a.command ? `: /prep ${e(a.command)}` : a.url ? `: ${e(a.url)}` : ''}`).join('\n');
    case 'progress': {
      const total = Math.max(1, b.total);
      const filled = Math.round((Math.min(b.done, total) / total) * 20);
      return `[${'#'.repeat(filled)}${'-'.repeat(20 - filled)}] ${e(b.label)} ${b.done}/${b.total}`;
    }
    case 'divider':
      return paint(st.color, '2', '─'.repeat(Math.min(st.width, 60)));
  }
}

/** Reply → terminal text. Pure: same reply, same text. */
export function renderText(r: Reply, st: TextStyle = { color: false, width: 80 }): string {
  return r.blocks.map((b) => block(b, st)).join('\n');
}
