import yaml from 'js-yaml';
import { fail, ok, type Result } from '../errors.ts';
import { checkDocx, extractRaw } from './extract.ts';
import { DEFAULT_SANDBOX_LIMITS, extractInChild, type SandboxLimits } from './sandbox.ts';

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
  // YAML front matter keeps its indentation: nesting is what tells a page's title from an image's.
  const text = raw.replace(/\r\n?/g, '\n');
  const fm = text.match(/^(?:\uFEFF)?---\n[\s\S]*?\n---(?=\n|$)/);
  if (fm) return `${frontMatter(fm[0])}\n${normaliseBody(text.slice(fm[0].length))}`.trim();
  // So does a whole document in YAML (a résumé builder's export): its indentation is its structure.
  if (yamlDocument(text)) return frontMatter(text).trim();
  return normaliseBody(text);
}

/** Most lines are "key: value" pairs or list items, some indented, and the whole parses as YAML into a mapping. */
function yamlDocument(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  // (JSON parses as YAML too, and needs no indentation to be read.)
  if (/^\s*[[{]/.test(text) || lines.length < 8 || !lines.some((l) => /^[ \t]{2,}\S/.test(l))) return false;
  const keyed = lines.filter((l) => /^[ \t]*(?:-[ \t]+)?["']?[\w-]+["']?[ \t]*:(?:[ \t]|$)/.test(l)).length;
  if (keyed < 0.6 * lines.length) return false;
  try {
    const data = yaml.load(text);
    return Boolean(data) && typeof data === 'object' && !Array.isArray(data);
  } catch {
    return false;
  }
}

/**
 * A LaTeX PDF's text keeps an umlaut as a separate spacing mark before its letter ("f¨ur", "Donauw¨orth"): the pair is
 * the letter with its umlaut. (Only the diaeresis: an acute accent typed for an apostrophe, "l´entreprise", stays.)
 */
const SPACING_DIAERESIS = /¨([aeiouyAEIOUY])/g;

/** Unicode form, invisible and control characters, non-breaking spaces: the clean-up every part of a text gets. */
function cleanChars(raw: string): string {
  return raw
    .replace(SPACING_DIAERESIS, (_, letter: string) => `${letter}\u0308`)
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\u00A0/g, ' ');
}

/** The front-matter block, cleaned but with its indentation (tabs become two spaces). */
function frontMatter(block: string): string {
  return cleanChars(block).replace(/\t/g, '  ').replace(/[ ]+$/gm, '');
}

/** The body: one kind of bullet, single spaces, no indentation, at most one blank line (newlines are already \n). */
function normaliseBody(raw: string): string {
  return cleanChars(raw)
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
export async function extractFile(file: IncomingFile, kind: DocKind, limits: Partial<SandboxLimits> = {}): Promise<Result<ExtractedText>> {
  const ext = file.name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (file.bytes.byteLength > MAX_FILE_BYTES)
    return fail('file_too_large', { name: file.name, mb: (file.bytes.byteLength / 1024 / 1024).toFixed(1) });
  if (!['pdf', 'docx', 'txt', 'md', 'markdown'].includes(ext)) return fail('unsupported_file_type', { name: file.name });
  // A zip bomb is refused here from its central directory, before any child is started.
  if (ext === 'docx') {
    const checked = checkDocx(file.name, file.bytes);
    if (!checked.ok) return checked;
  }
  const sandbox = { ...DEFAULT_SANDBOX_LIMITS, maxChars: MAX_TEXT_CHARS, ...limits };
  // Plain text needs no child: decoding is bounded by the slice it reads (maxChars × 8 bytes, ~0.5 MB).
  // PDFs and DOCX run parsers and inflaters whose cost depends on the file: they go to the child.
  const raw =
    ext === 'pdf' || ext === 'docx'
      ? await extractInChild(file.name, ext, file.bytes, sandbox)
      : await extractRaw(file.name, ext, file.bytes, sandbox);
  if (!raw.ok) return raw;
  if (raw.value.truncated) return fail('text_too_long', { kind: KIND_NAME[kind], limit: MAX_TEXT_CHARS, over: 1 });
  return acceptText(raw.value.text, kind, ext === 'markdown' ? 'md' : ext);
}
