import { type AppError, fail, ok, type Result } from '../errors.ts';
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

export const UNCHANGED = 'Nothing already on file was changed.';

export function tooComplex(name: string, why: string): AppError {
  return {
    code: 'file_too_large',
    message: `${name} ${why}, so I stopped reading it. Export a plain copy (PDF or DOCX with just the text), or paste the text. ${UNCHANGED}`,
  };
}

export async function extractRaw(name: string, ext: string, bytes: Uint8Array, limits: ExtractLimits): Promise<Result<RawText>> {
  if (ext === 'pdf') return pdfText(name, bytes, limits);
  if (ext === 'docx') return docxText(name, bytes, limits);
  return plainText(name, bytes, limits);
}

/** Formats that arrive renamed as .txt/.md: their bytes say what they are. */
const MAGIC: [string, Buffer][] = [
  ['PDF', Buffer.from('%PDF-')],
  ['DOCX (or another zip)', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
  ['Word 97–2003', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
];

function plainText(name: string, bytes: Uint8Array, limits: ExtractLimits): Result<RawText> {
  const head = Buffer.from(bytes.subarray(0, 8));
  const disguised = MAGIC.find(([, magic]) => head.subarray(0, magic.length).equals(magic));
  if (disguised)
    return fail(
      'file_corrupt',
      `${name} is really a ${disguised[0]} file with a text file's name. Give it its real extension (.pdf or .docx) and upload it again, or paste the text. ${UNCHANGED}`,
    );
  // Decode a slice only: UTF-8 needs at most 4 bytes per character, plus room for whitespace normalisation.
  const slice = bytes.subarray(0, limits.maxChars * 8);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(slice);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  // Control characters other than tab and newlines: terminal escapes or binary, not a document.
  const control = (text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g) ?? []).length;
  if (bad > 20 || text.includes('\u0000') || control > 20)
    return fail('file_corrupt', `${name} does not look like a text file. Save it as UTF-8 text, or upload a PDF or DOCX. ${UNCHANGED}`);
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
    if (pdf.numPages > limits.maxPdfPages)
      return fail(
        'file_too_large',
        `${name} has ${pdf.numPages.toLocaleString('en')} pages; I read PDFs of up to ${limits.maxPdfPages} pages. Export only the pages that matter, or paste the text. ${UNCHANGED}`,
      );
    let text = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      text += '\n';
      page.cleanup();
      if (text.length > limits.maxChars * 2) return ok(cap(text, limits.maxChars * 2));
    }
    if (text.trim().length === 0)
      return fail(
        'pdf_no_text',
        `${name}: this PDF has no text layer — paste the text or upload a DOCX. (It looks like a scan; I never guess a CV from images.) ${UNCHANGED}`,
      );
    return ok({ text, truncated: false });
  } catch (e) {
    return pdfError(name, e);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function pdfError(name: string, e: unknown): Result<never> {
  const what = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  if (/password/i.test(what))
    return fail('file_encrypted', `${name} is password-protected. Save a copy without a password, or paste the text. ${UNCHANGED}`);
  return fail(
    'file_corrupt',
    `${name} could not be read as a PDF (it may be damaged). Export it again, upload a DOCX, or paste the text. ${UNCHANGED}`,
  );
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Same limits as the parent's pre-check; repeated here so the child never trusts its caller. */
export const DOCX_ZIP_LIMITS = { maxEntries: 2000, maxTotalBytes: 64 * 1024 * 1024, maxRatio: 200 };

/** Checks a DOCX's central directory (entry count, declared total size, ratio) without inflating. */
export function checkDocx(name: string, bytes: Uint8Array): Result<ZipEntry[]> {
  if (Buffer.from(bytes.subarray(0, 8)).equals(OLE_MAGIC))
    return fail(
      'file_encrypted',
      `${name} is password-protected (or an old .doc file). Save it as a plain DOCX or PDF, or paste the text. ${UNCHANGED}`,
    );
  const dir = readZipDirectory(bytes, DOCX_ZIP_LIMITS);
  if ('entries' in dir) return ok(dir.entries);
  switch (dir.problem) {
    case 'encrypted':
      return fail('file_encrypted', `${name} is password-protected. Save a copy without a password, or paste the text. ${UNCHANGED}`);
    case 'too_many_entries':
      return { ok: false, error: tooComplex(name, `holds more than ${DOCX_ZIP_LIMITS.maxEntries} parts`) };
    case 'too_large':
    case 'ratio':
      return { ok: false, error: tooComplex(name, 'would expand to far more than any CV or job description') };
    default:
      return corruptDocx(name);
  }
}

function corruptDocx(name: string): Result<never> {
  return fail(
    'file_corrupt',
    `${name} could not be read as a Word document (it may be damaged). Save it again as DOCX or PDF, or paste the text. ${UNCHANGED}`,
  );
}

function docxText(name: string, bytes: Uint8Array, limits: ExtractLimits): Result<RawText> {
  const checked = checkDocx(name, bytes);
  if (!checked.ok) return checked;
  const entries = new Map(checked.value.map((e) => [e.name, e]));
  const main = entries.get(mainPartName(bytes, entries)) ?? entries.get('word/document.xml');
  if (!main) return corruptDocx(name);
  const xml = inflateEntry(bytes, main, limits.maxXmlBytes);
  if (xml === 'too_large') return { ok: false, error: tooComplex(name, 'expands to far more text than any CV or job description') };
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
  let inText = false;
  const token = /<(\/?)(?:[A-Za-z0-9_]+:)?([A-Za-z]+)\b[^>]*?(\/?)>|([^<]+)/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    if (m[4] !== undefined) {
      if (inText) out += decodeXml(m[4]);
    } else {
      const [, closing, tag, selfClosing] = m;
      if (tag === 't') inText = !closing && !selfClosing;
      else if (!closing && (tag === 'tab' || tag === 'ptab')) out += '\t';
      else if (!closing && (tag === 'br' || tag === 'cr')) out += '\n';
      else if (tag === 'p' && (closing || selfClosing)) out += '\n';
    }
    if (out.length > maxChars) return ok({ text: out.slice(0, maxChars), truncated: true });
  }
  if (out.trim().length === 0 && !/<(?:[A-Za-z0-9_]+:)?body\b/.test(xml)) return corruptDocx(name);
  return ok({ text: out, truncated: false });
}
