import { fail, ok, type Result } from '../errors.ts';
import { blocksToText, layoutPages, type PlacedText, placedText } from './layout.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_TEXT_CHARS = 60_000;
export const MIN_TEXT_CHARS = 80;

export type DocKind = 'cv' | 'jd' | 'panel';
export const KIND_NAME: Record<DocKind, string> = { cv: 'CV', jd: 'job description', panel: 'panel notes' };

/** A file as an adapter hands it over: its name and its bytes, already downloaded. */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface ExtractedText {
  text: string;
  /** Where it came from, for /prep status: paste, pdf, docx, txt, md. */
  source: string;
}

const BULLETS = /^[ \t]*[•◦▪▫‣●○■□➢➤►▸∙·*–—][ \t]+/gmu;

/** NFC, one kind of newline and bullet, no control characters, tidy spacing; wording untouched. */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\u00A0/g, ' ')
    .replace(/\t/g, ' ')
    .replace(BULLETS, '- ')
    .replace(/[ ]{2,}/g, ' ')
    .replace(/[ ]+$/gm, '')
    .replace(/^[ ]+/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Checks pasted or extracted text against the limits and normalises it. */
export function acceptText(raw: string, kind: DocKind, source = 'paste'): Result<ExtractedText> {
  const text = normaliseText(raw);
  const name = KIND_NAME[kind];
  if (text.length > MAX_TEXT_CHARS) return fail('text_too_long', { kind: name, chars: text.length, limit: MAX_TEXT_CHARS });
  if (kind !== 'panel' && text.length < MIN_TEXT_CHARS) return fail('text_too_short', { kind: name, chars: text.length });
  if (text.length === 0) return fail('text_too_short', { kind: name, chars: 0 });
  return ok({ text, source });
}

/** Extracts the text of a PDF, DOCX, TXT or MD file; every failure says what to do instead. */
export async function extractFile(file: IncomingFile, kind: DocKind): Promise<Result<ExtractedText>> {
  const ext = file.name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (file.bytes.byteLength > MAX_FILE_BYTES)
    return fail('file_too_large', { name: file.name, mb: (file.bytes.byteLength / 1024 / 1024).toFixed(1) });
  let raw: Result<string>;
  switch (ext) {
    case 'pdf':
      raw = await pdfText(file);
      break;
    case 'docx':
      raw = await docxText(file);
      break;
    case 'txt':
    case 'md':
    case 'markdown':
      raw = plainText(file);
      break;
    default:
      return fail('unsupported_file_type', { name: file.name });
  }
  if (!raw.ok) return raw;
  return acceptText(raw.value, kind, ext === 'markdown' ? 'md' : ext);
}

function plainText(file: IncomingFile): Result<string> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 20 || text.includes('\u0000')) return fail('file_corrupt', { name: file.name, as: 'text' });
  return ok(text);
}

async function pdfText(file: IncomingFile): Promise<Result<string>> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(file.bytes), { verbosity: 0 });
  } catch (e) {
    return pdfError(file.name, e);
  }
  try {
    const pages: { items: PlacedText[]; width: number }[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      pages.push({ items: placedText((await page.getTextContent()).items), width: page.view[2] - page.view[0] });
      page.cleanup();
    }
    const text = layoutPages(pages);
    if (normaliseText(text).length === 0) return fail('pdf_no_text', { name: file.name });
    return ok(text);
  } catch (e) {
    return pdfError(file.name, e);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function pdfError(name: string, e: unknown): Result<never> {
  const what = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  if (/password/i.test(what)) return fail('file_encrypted', { name, as: 'pdf' });
  return fail('file_corrupt', { name, as: 'pdf' });
}

async function docxText(file: IncomingFile): Promise<Result<string>> {
  const { default: mammoth } = await import('mammoth');
  try {
    // HTML keeps Word's lists, which raw text drops: a CV's achievements are its bullets.
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
    return ok(blocksToText(value));
  } catch (e) {
    const encrypted = Buffer.from(file.bytes.subarray(0, 8)).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    if (encrypted) return fail('file_encrypted', { name: file.name, as: 'docx' });
    void e;
    return fail('file_corrupt', { name: file.name, as: 'docx' });
  }
}
