import type { Taxonomy } from '../skills/taxonomy.ts';
import { plainLine } from './structure.ts';

export type SignalKind = 'bio' | 'post' | 'talk' | 'podcast' | 'github' | 'linkedin' | 'quote' | 'note';

/** One thing an interviewer wrote, said or did, quoted from the notes. */
export interface PanelSignal {
  kind: SignalKind;
  text: string;
}

export interface PanelMember {
  name: string;
  title: string;
  signals: PanelSignal[];
  /** Skill ids named in their bio and signals, most mentioned first. */
  skills: string[];
}

const SIGNAL = /^(bio|post|blog|article|talk|podcast|github|linkedin|quote|note|notes|twitter|x|paper|book)\s*:\s*(.+)$/i;
const KIND: Record<string, SignalKind> = {
  blog: 'post',
  article: 'post',
  paper: 'post',
  book: 'post',
  twitter: 'linkedin',
  x: 'linkedin',
  notes: 'note',
};
/** "## Maria Lopez — Staff Engineer", "Maria Lopez - Staff Engineer", "Maria Lopez, Staff Engineer". */
const MEMBER = /^(?:#{1,6}\s*)?\**([A-Z][\p{L}'.-]+(?:\s+[A-Z][\p{L}'.-]+){0,3})\**\s*(?:—|–|-|,|\|)\s*(.+)$/u;

/** Reads pasted notes on interviewers: one block each, a "Name — Title" line then "Bio:", "Post:", "Talk:" lines. */
export function parsePanel(text: string, taxonomy: Taxonomy): PanelMember[] {
  const members: PanelMember[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const sig = line.match(SIGNAL);
    const head = !sig ? line.match(MEMBER) : null;
    if (head && (line.startsWith('#') || head[2].length < 90)) {
      members.push({ name: head[1].trim(), title: plainLine(head[2]).replace(/^\*+|\*+$/g, ''), signals: [], skills: [] });
      continue;
    }
    const current = members[members.length - 1];
    if (!current) continue;
    if (sig) {
      const k = sig[1].toLowerCase();
      current.signals.push({ kind: KIND[k] ?? (k as SignalKind), text: sig[2].trim() });
    } else current.signals.push({ kind: 'note', text: plainLine(line) });
  }
  for (const m of members) {
    const counts = new Map<string, number>();
    for (const s of m.signals) for (const id of taxonomy.idsIn(s.text)) counts.set(id, (counts.get(id) ?? 0) + (s.kind === 'bio' ? 1 : 2));
    m.skills = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  }
  return members;
}
