import { type AppError, fail, ok, type Result } from '../errors.ts';
import { layoutPages, type PlacedText, placedText } from './layout.ts';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip.ts';

/**
 * The bounded extractors. They run in a child process (extract-child.ts) under a heap cap, an
 * RSS watchdog and a time budget; on top of that each one stops by itself: text is collected up
 * to `maxChars` and no further, a DOCX is inflated with a byte cap, a PDF has a page cap.
 */
export interface ExtractLimits {
  maxChars: number;
  maxPdfPages: number;
  /** Cap on the inflated size of the DOCX's main document part. */
  maxXmlBytes: number;
}

export interface RawText {
  text: string;
  /** True when the text went past maxChars and collection stopped there. */
  truncated: boolean;
}

/** Why a file was stopped: the words are chosen in src/chat/errors.ts. */
export function tooComplex(name: string, reason: 'time' | 'memory' | 'expands' | 'parts'): AppError {
  return { code: 'file_too_complex', params: { name, reason } };
}

export async function extractRaw(name: string, ext: string, bytes: Uint8Array, limits: ExtractLimits): Promise<Result<RawText>> {
  if (ext === 'pdf') return pdfText(name, bytes, limits);
  if (ext === 'docx') return docxText(name, bytes, limits);
  return plainText(name, bytes, limits);
}

/** Formats that arrive renamed as .txt/.md: their bytes say what they are. */
const MAGIC: [string, Buffer][] = [
  ['a PDF', Buffer.from('%PDF-')],
  ['a DOCX (or another zip)', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
  ['a Word 97–2003', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
];

function plainText(name: string, bytes: Uint8Array, limits: ExtractLimits): Result<RawText> {
  const head = Buffer.from(bytes.subarray(0, 8));
  const disguised = MAGIC.find(([, magic]) => head.subarray(0, magic.length).equals(magic));
  if (disguised) return fail('file_misnamed', { name, really: disguised[0] });
  // Decode a slice only: UTF-8 needs at most 4 bytes per character, plus room for whitespace normalisation.
  const slice = bytes.subarray(0, limits.maxChars * 8);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(slice);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  // Control characters other than tab and newlines: terminal escapes or binary, not a document.
  const control = (text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g) ?? []).length;
  if (bad > 20 || text.includes('\u0000') || control > 20) return fail('file_corrupt', { name, as: 'text' });
  return ok(cap(text, limits.maxChars * 2, slice.length < bytes.length));
}

function cap(text: string, max: number, cut = false): RawText {
  return text.length > max ? { text: text.slice(0, max), truncated: true } : { text, truncated: cut };
}

async function pdfText(name: string, bytes: Uint8Array, limits: ExtractLimits): Promise<Result<RawText>> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (e) {
    return pdfError(name, e);
  }
  try {
    if (pdf.numPages > limits.maxPdfPages) return fail('too_many_pages', { name, pages: pdf.numPages, limit: limits.maxPdfPages });
    // Positioned runs per page, rebuilt into lines by layout.ts; collection stops at the character cap.
    const pages: { items: PlacedText[]; width: number }[] = [];
    let chars = 0;
    let truncated = false;
    for (let i = 1; i <= pdf.numPages && !truncated; i++) {
      const page = await pdf.getPage(i);
      const runs = placedText((await page.getTextContent()).items);
      const width = page.view[2] - page.view[0];
      page.cleanup();
      for (const r of runs) chars += r.str.length + 1;
      pages.push({ items: runs, width });
      truncated = chars > limits.maxChars * 2;
    }
    const text = layoutPages(pages);
    if (truncated) return ok(cap(text, limits.maxChars * 2, true));
    if (text.trim().length === 0) return fail('pdf_no_text', { name });
    return ok({ text, truncated: false });
  } catch (e) {
    return pdfError(name, e);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function pdfError(name: string, e: unknown): Result<never> {
  const what = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  if (/password/i.test(what)) return fail('file_encrypted', { name, as: 'pdf' });
  return fail('file_corrupt', { name, as: 'pdf' });
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Same limits as the parent's pre-check; repeated here so the child never trusts its caller. */
export const DOCX_ZIP_LIMITS = { maxEntries: 2000, maxTotalBytes: 64 * 1024 * 1024, maxRatio: 200 };

/** Checks a DOCX's central directory (entry count, declared total size, ratio) without inflating. */
export function checkDocx(name: string, bytes: Uint8Array): Result<ZipEntry[]> {
  if (Buffer.from(bytes.subarray(0, 8)).equals(OLE_MAGIC)) return fail('file_encrypted', { name, as: 'docx' });
  const dir = readZipDirectory(bytes, DOCX_ZIP_LIMITS);
  if ('entries' in dir) return ok(dir.entries);
  switch (dir.problem) {
    case 'encrypted':
      return fail('file_encrypted', { name, as: 'zip' });
    case 'too_many_entries':
      return { ok: false, error: tooComplex(name, 'parts') };
    case 'too_large':
    case 'ratio':
      return { ok: false, error: tooComplex(name, 'expands') };
    default:
      return corruptDocx(name);
  }
}

function corruptDocx(name: string): Result<never> {
  return fail('file_corrupt', { name, as: 'docx' });
}

function docxText(name: string, bytes: Uint8Array, limits: ExtractLimits): Result<RawText> {
  const checked = checkDocx(name, bytes);
  if (!checked.ok) return checked;
  const entries = new Map(checked.value.map((e) => [e.name, e]));
  const main = entries.get(mainPartName(bytes, entries)) ?? entries.get('word/document.xml');
  if (!main) return corruptDocx(name);
  const xml = inflateEntry(bytes, main, limits.maxXmlBytes);
  if (xml === 'too_large') return { ok: false, error: tooComplex(name, 'expands') };
  if (!xml) return corruptDocx(name);
  return wordText(name, xml.toString('utf8'), limits.maxChars * 2);
}

/** The main part named by _rels/.rels (Word writes word/document.xml, others may not). */
function mainPartName(bytes: Uint8Array, entries: Map<string, ZipEntry>): string {
  const rels = entries.get('_rels/.rels');
  const xml = rels ? inflateEntry(bytes, rels, 256 * 1024) : undefined;
  if (!Buffer.isBuffer(xml)) return 'word/document.xml';
  for (const m of xml.toString('utf8').matchAll(/<Relationship\b[^>]*>/g)) {
    if (/Type="[^"]*\/officeDocument"/.test(m[0])) {
      const target = m[0].match(/Target="([^"]+)"/)?.[1];
      if (target) return target.replace(/^\/+/, '');
    }
  }
  return 'word/document.xml';
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? all;
    const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * The visible text of WordprocessingML: runs of <w:t>, tabs, breaks, one line per paragraph.
 * No XML parser and no entity expansion at all: a DTD (the way in for XXE and billion-laughs)
 * is refused outright, since Word never writes one.
 */
function wordText(name: string, xml: string, maxChars: number): Result<RawText> {
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) return corruptDocx(name);
  let out = '';
  // The current paragraph, and whether Word numbers it (w:numPr): a list item, written "- " like Markdown.
  let para = '';
  let listItem = false;
  let inText = false;
  const token = /<(\/?)(?:[A-Za-z0-9_]+:)?([A-Za-z]+)\b[^>]*?(\/?)>|([^<]+)/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    if (m[4] !== undefined) {
      if (inText) para += decodeXml(m[4]);
    } else {
      const [, closing, tag, selfClosing] = m;
      if (tag === 't') inText = !closing && !selfClosing;
      else if (!closing && (tag === 'tab' || tag === 'ptab')) para += '\t';
      else if (!closing && (tag === 'br' || tag === 'cr')) para += '\n';
      else if (tag === 'numPr' && !closing) listItem = true;
      else if (tag === 'p' && (closing || selfClosing)) {
        out += `${listItem && para.trim() ? '- ' : ''}${para}\n`;
        para = '';
        listItem = false;
      }
    }
    if (out.length + para.length > maxChars) return ok({ text: (out + para).slice(0, maxChars), truncated: true });
  }
  out += para;
  if (out.trim().length === 0 && !/<(?:[A-Za-z0-9_]+:)?body\b/.test(xml)) return corruptDocx(name);
  return ok({ text: out, truncated: false });
}
