/**
 * Rebuilds a document's lines from positioned text, the way a reader sees the page: wrapped
 * lines joined back into one, list items (indented, or opened by a bullet glyph) marked "- ",
 * and a blank line where the page leaves a gap. PDF text layers carry no paragraphs or bullets
 * (Chromium and Word draw list markers as shapes), so without this a printed CV reads as
 * hundreds of half-sentences and loses every bullet the Markdown original had.
 */

/** One run of text on a page: what pdf.js's getTextContent gives, reduced to what layout needs. */
export interface PlacedText {
  str: string;
  /** Left edge and baseline, in page units (PDF y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}

/** pdf.js text items (getTextContent) → placed runs; marked-content items carry no text and are skipped. */
export function placedText(items: readonly unknown[]): PlacedText[] {
  const out: PlacedText[] = [];
  for (const item of items) {
    const it = item as { str?: string; transform?: number[]; width?: number };
    if (typeof it.str !== 'string' || !it.transform) continue;
    const [, , c, d, x, y] = it.transform;
    out.push({ str: it.str, x, y, width: it.width ?? 0, size: Math.hypot(c, d) || 10 });
  }
  return out;
}

interface Line {
  /** It runs to the page's edge: clipped or overflowing, not wrapped. */
  edge?: boolean;
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
}

const BULLET = /^[•◦▪▫‣●○■□➢➤►▸∙·*–—-]\s*/u;

/** Groups a page's runs into lines, top to bottom, each run in reading order. */
function linesOf(items: PlacedText[]): Line[] {
  const runs = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const r of runs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - r.y) <= Math.max(1.5, r.size * 0.35)) {
      const gap = r.x - last.end;
      const glue = gap > r.size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(r.str) ? ' ' : '';
      last.text += glue + r.str;
      last.end = Math.max(last.end, r.x + r.width);
    } else lines.push({ text: r.str, x: r.x, end: r.x + r.width, y: r.y, size: r.size });
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text.length > 0);
}

/** A line that opens a block of its own: a Markdown heading, a numbered or lettered item. */
const STARTS_BLOCK = /^(#{1,6}\s|\d{1,2}[.)]\s|[a-z][.)]\s)/;

/**
 * The right edge text wraps at: where several lines end together. A document whose lines end
 * everywhere (one line per paragraph, text running off the page) has none, and nothing is joined.
 */
function wrapEdge(lines: Line[]): number | undefined {
  const bins = new Map<number, number>();
  for (const l of lines) bins.set(Math.round(l.end / 6), (bins.get(Math.round(l.end / 6)) ?? 0) + 1);
  const maxEnd = Math.max(...lines.map((l) => l.end));
  // The rightmost bin (with its neighbours) that at least three lines, and a tenth of them, end in.
  const need = Math.max(3, Math.ceil(lines.length * 0.1));
  const edges = [...bins.keys()]
    .filter((b) => (bins.get(b - 1) ?? 0) + (bins.get(b) ?? 0) + (bins.get(b + 1) ?? 0) >= need)
    .sort((a, b) => b - a);
  if (edges.length === 0) return undefined;
  const edge = Math.min(maxEnd, (edges[0] + 1) * 6);
  return edge;
}

/** How much wider than the line's average a word may be: letters such as m and w are wider than most. */
const WIDE_WORD = 1.15;

/** Roughly how wide a line's first word is, from the line's own average character width. */
function firstWordWidth(l: Line): number {
  const word = l.text.split(' ')[0] ?? '';
  return ((l.end - l.x) * word.length) / Math.max(1, l.text.length);
}

/** The most common value, to the nearest point: a page's body margin. */
function mode(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** Paragraphs and list items rebuilt from lines in reading order. */
function layoutLines(lines: Line[]): string {
  if (lines.length === 0) return '';
  const margin = Math.min(mode(lines.map((l) => l.x)), ...lines.map((l) => l.x));
  // A line that reaches this far right was wrapped by the renderer, not ended by the writer.
  const right = wrapEdge(lines);
  const out: string[] = [];
  let current: { text: string; x: number; item: boolean } | undefined;
  let prev: Line | undefined;
  const flush = () => {
    if (current) out.push(current.item ? `- ${current.text}` : current.text);
    current = undefined;
  };
  for (const l of lines) {
    const gap = prev ? prev.y - l.y : 0;
    const spaced = prev !== undefined && gap > Math.max(prev.size, l.size) * 1.7;
    const bullet = BULLET.test(l.text) && l.text.replace(BULLET, '').length > 0;
    const text = bullet ? l.text.replace(BULLET, '') : l.text;
    const wrapped =
      prev !== undefined &&
      current !== undefined &&
      !spaced &&
      !bullet &&
      // Wrapped by the renderer: the next line's first word would not have fitted on this one. (Its width is estimated
      // from the line's average character, which a word of wide letters, "minutes", outgrows: a sixth more is allowed.)
      right !== undefined &&
      !prev.edge &&
      prev.end <= right + 2 &&
      prev.end + firstWordWidth(l) * WIDE_WORD + l.size * 0.3 >= right - 2 &&
      !STARTS_BLOCK.test(text) &&
      !/[.!?:]$/.test(prev.text) &&
      Math.abs(l.size - prev.size) < 0.5 &&
      l.x >= current.x - 2;
    if (wrapped && current) current.text += current.text.endsWith('-') && /^[a-z]/.test(text) ? text : ` ${text}`;
    else {
      flush();
      if (spaced && out.length && out[out.length - 1] !== '') out.push('');
      current = { text, x: l.x, item: bullet || l.x - margin >= 8 };
    }
    prev = l;
  }
  flush();
  return out.join('\n');
}

/**
 * Text of a whole document. Pages are stacked as one column, each page's first line set one
 * line below the previous page's last, so a bullet that runs over a page break stays one item.
 */
export function layoutPages(pages: { items: PlacedText[]; width?: number }[]): string {
  const all: Line[] = [];
  for (const page of pages) {
    // Text that runs to the page's edge was never wrapped by a renderer (which keeps a margin).
    const lines = linesOf(page.items).map((l) => (page.width && l.end >= page.width - 4 ? { ...l, edge: true } : l));
    if (lines.length === 0) continue;
    const last = all[all.length - 1];
    const shift = last ? last.y - last.size * 1.2 - lines[0].y : 0;
    for (const l of lines) all.push({ ...l, y: l.y + shift });
  }
  return layoutLines(all);
}
