/**
 * The platform-neutral reply. The core's answers are built from these blocks; each adapter
 * renders them (Block Kit, Discord payloads, terminal text). All text here is plain text:
 * renderers escape it for their platform, so nothing a user or a document wrote can ping,
 * link or format.
 */
export type Block =
  | { type: 'header'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: Field[] }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'actions'; actions: Action[] }
  | { type: 'progress'; label: string; done: number; total: number }
  | { type: 'context'; text: string }
  | { type: 'divider' };

export interface Field {
  label: string;
  value: string;
}

/** A button. `id` is stable (snake_case with _action) and routes back to a command. */
export interface Action {
  id: string;
  label: string;
  /** The `/prep …` command line this button runs when clicked (adapters route it back). */
  command?: string;
  /** An external link instead of a command. */
  url?: string;
  style?: 'primary' | 'danger';
}

/** An attachment a reply carries (a Markdown report). */
export interface ReplyFile {
  name: string;
  mime: string;
  content: string;
}

export interface Reply {
  blocks: Block[];
  /** private: only the asking user sees it (DM or ephemeral); public: the channel. */
  visibility: 'private' | 'public';
  /** Post in this thread (platform message id) instead of at the top level. */
  thread?: string;
  /** Deliver in the user's direct messages even when asked from a channel. */
  dm?: boolean;
  /** A platform user id to address this reply to (rendered as a mention; never taken from user text). */
  mention?: string;
  /** The bot now waits for a multi-line document as the next message (terminal: until a lone "."). */
  expect?: 'document' | 'answer';
  files?: ReplyFile[];
}

/** Builds a private reply from blocks. */
export function reply(...blocks: Block[]): Reply {
  return { blocks, visibility: 'private' };
}

export const header = (text: string): Block => ({ type: 'header', text });
export const text = (t: string): Block => ({ type: 'text', text: t });
export const fields = (...f: Field[]): Block => ({ type: 'fields', fields: f });
export const list = (items: string[], ordered = false): Block => ({ type: 'list', items, ordered });
export const actions = (...a: Action[]): Block => ({ type: 'actions', actions: a });
export const context = (t: string): Block => ({ type: 'context', text: t });
export const divider = (): Block => ({ type: 'divider' });
export const progress = (label: string, done: number, total: number): Block => ({ type: 'progress', label, done, total });

function blockText(b: Block): string {
  switch (b.type) {
    case 'header':
    case 'text':
    case 'context':
      return b.text;
    case 'fields':
      return b.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'list':
      return b.items.map((i, n) => (b.ordered ? `${n + 1}. ${i}` : `- ${i}`)).join('\n');
    case 'actions':
      return b.actions.map((a) => `[${a.label}]`).join(' ');
    case 'progress':
      return `${b.label} (${b.done}/${b.total})`;
    case 'divider':
      return '---';
  }
}

/** All the visible text of a reply, in order (tests and plain-text fallbacks). */
export function plainText(r: Reply): string {
  return r.blocks.map(blockText).join('\n');
}
