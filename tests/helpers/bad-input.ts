import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import type { Reply } from '../../src/chat/message.ts';
import { runShell } from '../../src/chat/shell/index.ts';
import { renderText } from '../../src/chat/shell/render.ts';
import type { Identity } from '../../src/core/identity.ts';
import { addDays } from '../../src/core/time.ts';
import { docxBomb, docxWithDtd, pdfFlateBomb, pdfManyPages, type RawZipFile, rawZip, zipManyEntries, zipTraversal } from './bombs.ts';
import type { freshApp } from './db.ts';
import { makeDocx, makePdf, makeZip } from './files.ts';

/**
 * The bad-input suite: every case is generated here at test time (nothing large is committed)
 * and run through the router (bytes, as a platform upload hands them over) and/or the terminal
 * (a path typed at the prompt). Shared by tests/bad-input.security.test.ts and `npm run bench`.
 */
export interface BadCase {
  group: 'size' | 'encoding' | 'content' | 'file type' | 'pdf' | 'docx' | 'xxe' | 'zip traversal' | 'special path' | 'date' | 'arguments';
  name: string;
  /** A file uploaded as the CV: through the router, and through the terminal as a path to a file written from it. */
  file?: { name: string; bytes: () => Uint8Array };
  /** A path typed in the terminal: `/prep cv <path>`. Made when the case runs. */
  path?: () => string;
  /** A command line (after /prep) given to the router and the terminal. */
  command?: string;
  /** What the reply must say; by default, any sentence that says what to do. */
  expect?: RegExp;
}

export interface CaseOutcome {
  name: string;
  channel: 'router' | 'terminal';
  ms: number;
  problems: string[];
}

const MB = 1024 * 1024;
const SAYS_WHAT_TO_DO =
  /start|paste|upload|give|try|check|export|save|send|use |run |type|pick|choose|leave|add |look like|needs?|must|tracks?:|commands?|usage|nothing|unknown|no report|not /i;
const LEAK = /\n\s+at |\.ts:\d+|\bE(ISDIR|IO|NOENT|ACCES|NOTDIR|LOOP|NAMETOOLONG)\b|RangeError|TypeError|heap out of memory|stack/i;
const CRASH = /Something went wrong on my side/;

const txt = (s: string) => () => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (b: Buffer | Uint8Array) => () => new Uint8Array(b);
const CV_LINE = 'Backend engineer, eight years of Go and Postgres, led the payments ledger team. ';

function zipOf(files: RawZipFile[]): () => Uint8Array {
  return () => rawZip(files);
}
const deflated = (name: string, s: string | Buffer): RawZipFile => {
  const raw = Buffer.isBuffer(s) ? s : Buffer.from(s);
  return { name, data: deflateRawSync(raw), method: 8, size: raw.length };
};
const DOC = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

/** Today in UTC, for dates relative to the real clock (the suite runs on it). */
const today = () => new Date().toISOString().slice(0, 10);

export function badInputCases(dir: string): BadCase[] {
  const at = (name: string) => join(dir, name);
  const cases: BadCase[] = [
    // size
    { group: 'size', name: 'empty .txt', file: { name: 'cv.txt', bytes: txt('') } },
    { group: 'size', name: 'one byte', file: { name: 'cv.txt', bytes: txt('x') } },
    { group: 'size', name: 'whitespace only', file: { name: 'cv.txt', bytes: txt(' \n\t\n '.repeat(1000)) } },
    { group: 'size', name: '5 MB + 1 byte', file: { name: 'cv.txt', bytes: () => new Uint8Array(5 * MB + 1).fill(65) }, expect: /5 MB/ },
    { group: 'size', name: '4.9 MB of text', file: { name: 'cv.txt', bytes: txt(CV_LINE.repeat(60_000)) }, expect: /60,000/ },
    { group: 'size', name: 'one 1M-character line', file: { name: 'cv.md', bytes: txt('a'.repeat(MB)) }, expect: /60,000/ },
    { group: 'size', name: 'pasted text over the limit', command: `cv ${CV_LINE.repeat(900)}`, expect: /limit is 60,000/ },
    { group: 'size', name: 'pasted text too short', command: 'cv hi', expect: /too short/ },
    { group: 'size', name: 'JD pasted as one word', command: 'jd x', expect: /too short/ },
    { group: 'size', name: '5 MB + 1 DOCX', file: { name: 'cv.docx', bytes: () => new Uint8Array(5 * MB + 1) }, expect: /5 MB/ },
    // encoding
    {
      group: 'encoding',
      name: 'UTF-16LE with BOM',
      file: { name: 'cv.txt', bytes: bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CV_LINE.repeat(3), 'utf16le')])) },
    },
    { group: 'encoding', name: 'UTF-16BE', file: { name: 'cv.txt', bytes: bytes(Buffer.from(CV_LINE.repeat(3), 'utf16le').swap16()) } },
    { group: 'encoding', name: 'invalid UTF-8 bytes', file: { name: 'cv.txt', bytes: bytes(Buffer.alloc(2000, 0xc3).fill(0x28, 1000)) } },
    { group: 'encoding', name: 'NUL bytes in text', file: { name: 'cv.md', bytes: txt(`${CV_LINE}\u0000\u0000${CV_LINE}`) } },
    {
      group: 'encoding',
      name: 'random binary as .txt',
      file: { name: 'cv.txt', bytes: () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
    },
    {
      group: 'encoding',
      name: 'overlong UTF-8',
      file: { name: 'cv.txt', bytes: bytes(Buffer.from(Array.from({ length: 600 }, () => [0xc0, 0xaf]).flat())) },
    },
    { group: 'encoding', name: 'BOM only', file: { name: 'cv.txt', bytes: bytes(Buffer.from([0xef, 0xbb, 0xbf])) } },
    {
      group: 'encoding',
      name: 'control characters only',
      file: { name: 'cv.txt', bytes: txt('\u0001\u0002\u0003\u0007\u001b[2J'.repeat(200)) },
    },
    {
      group: 'encoding',
      name: 'zero-width characters only',
      command: `cv ${'\u200b\u200c\u200d\ufeff'.repeat(500)}`,
      expect: /empty|too short/,
    },
    { group: 'encoding', name: 'lone surrogates pasted', command: `cv ${'\ud800'.repeat(50)}`, expect: /too short/ },
    { group: 'encoding', name: 'combining marks flood', command: `cv a${'\u0301'.repeat(70_000)}` },
    {
      group: 'encoding',
      name: 'Latin-1 as .txt',
      file: { name: 'cv.txt', bytes: bytes(Buffer.from('Müller Ørsted Ærø '.repeat(400), 'latin1')) },
    },
    // content
    { group: 'content', name: 'a PDF named .txt', file: { name: 'cv.txt', bytes: () => makePdf([CV_LINE]) } },
    { group: 'content', name: 'a DOCX named .pdf', file: { name: 'cv.pdf', bytes: () => makeDocx([CV_LINE, CV_LINE]) } },
    {
      group: 'content',
      name: 'a PNG named .pdf',
      file: {
        name: 'cv.pdf',
        bytes: bytes(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000)])),
      },
    },
    {
      group: 'content',
      name: 'an ELF binary named .md',
      file: { name: 'cv.md', bytes: bytes(Buffer.concat([Buffer.from('\u007fELF'), Buffer.alloc(4000, 0)])) },
    },
    { group: 'content', name: 'a zip of text named .docx', file: { name: 'cv.docx', bytes: () => makeZip({ 'notes.txt': CV_LINE }) } },
    { group: 'content', name: 'a DOCX with an empty body', file: { name: 'cv.docx', bytes: () => makeDocx([]) } },
    {
      group: 'content',
      name: 'a scanned PDF (no text layer)',
      file: { name: 'cv.pdf', bytes: () => makePdf(null) },
      expect: /no text layer/,
    },
    { group: 'content', name: 'PDF header only', file: { name: 'cv.pdf', bytes: txt('%PDF-1.7\n') } },
    { group: 'content', name: 'truncated PDF', file: { name: 'cv.pdf', bytes: () => makePdf([CV_LINE]).slice(0, 300) } },
    { group: 'content', name: 'truncated DOCX', file: { name: 'cv.docx', bytes: () => makeDocx([CV_LINE]).slice(0, 200) } },
    {
      group: 'content',
      name: 'an old .doc renamed .docx',
      file: {
        name: 'cv.docx',
        bytes: bytes(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000)])),
      },
    },
    { group: 'content', name: 'mentions and markup only (too short)', command: 'cv <!channel> <@U123> <script>', expect: /too short/ },
    // file types
    ...['exe', 'png', 'doc', 'rtf', 'odt', 'html', 'svg', 'zip', 'json'].map(
      (ext): BadCase => ({
        group: 'file type',
        name: `.${ext}`,
        file: { name: `cv.${ext}`, bytes: txt(CV_LINE.repeat(3)) },
        expect: /not a file type I can read/,
      }),
    ),
    { group: 'file type', name: 'no extension', file: { name: 'cv', bytes: txt(CV_LINE.repeat(3)) }, expect: /not a file type I can read/ },
    {
      group: 'file type',
      name: 'double extension .pdf.exe',
      file: { name: 'cv.pdf.exe', bytes: () => makePdf([CV_LINE]) },
      expect: /not a file type I can read/,
    },
    {
      group: 'file type',
      name: 'name with a newline and escapes',
      file: { name: 'cv\n\u001b[31m.bin', bytes: txt(CV_LINE) },
      expect: /not a file type I can read/,
    },
    {
      group: 'file type',
      name: 'a 600-character name',
      file: { name: `${'c'.repeat(600)}.exe`, bytes: txt(CV_LINE) },
      expect: /not a file type I can read/,
    },
    // PDF bombs and oddities
    {
      group: 'pdf',
      name: '5,000 pages sharing one stream',
      file: { name: 'cv.pdf', bytes: () => pdfManyPages(5000) },
      expect: /5,000 pages/,
    },
    { group: 'pdf', name: '60 pages (over the page cap)', file: { name: 'cv.pdf', bytes: () => pdfManyPages(60) }, expect: /60 pages/ },
    {
      group: 'pdf',
      name: 'Flate bomb (300 MB inflated)',
      file: { name: 'cv.pdf', bytes: () => pdfFlateBomb(300 * MB) },
      expect: /stopped reading it|too short|could not be read/,
    },
    {
      group: 'pdf',
      name: 'Pages /Count of a billion with one kid',
      file: {
        name: 'cv.pdf',
        bytes: () =>
          Buffer.from(
            Buffer.from(makePdf([CV_LINE]))
              .toString('latin1')
              .replace('/Count 1', '/Count 1000000000'),
            'latin1',
          ),
      },
    },
    {
      group: 'pdf',
      name: 'a page tree that points at itself',
      file: {
        name: 'cv.pdf',
        bytes: () =>
          Buffer.from(
            Buffer.from(makePdf([CV_LINE]))
              .toString('latin1')
              .replace('/Kids [3 0 R]', '/Kids [2 0 R]'),
            'latin1',
          ),
      },
    },
    {
      group: 'pdf',
      name: 'an encrypted PDF',
      file: {
        name: 'cv.pdf',
        bytes: () =>
          Buffer.from(
            Buffer.from(makePdf([CV_LINE]))
              .toString('latin1')
              .replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >>'),
            'latin1',
          ),
      },
    },
    {
      group: 'pdf',
      name: '100,000 nested arrays',
      file: { name: 'cv.pdf', bytes: txt(`%PDF-1.4\n1 0 obj\n${'['.repeat(100_000)}\nendobj\n%%EOF`) },
    },
    {
      group: 'pdf',
      name: 'no xref, garbage trailer',
      file: { name: 'cv.pdf', bytes: txt(`%PDF-1.4\n${'garbage '.repeat(5000)}\ntrailer\n<< /Root 99 0 R >>\n%%EOF`) },
    },
    // DOCX bombs and broken zips
    {
      group: 'docx',
      name: 'honest zip bomb (~100 MB)',
      file: { name: 'cv.docx', bytes: () => docxBomb(2_000_000) },
      expect: /stopped reading it/,
    },
    {
      group: 'docx',
      name: 'zip bomb with lying headers',
      file: { name: 'cv.docx', bytes: () => docxBomb(800_000, { claimedSize: 40_000 }) },
      expect: /stopped reading it/,
    },
    { group: 'docx', name: '5,000 entries', file: { name: 'cv.docx', bytes: () => zipManyEntries(5000) }, expect: /parts/ },
    { group: 'docx', name: 'text past the character limit', file: { name: 'cv.docx', bytes: () => docxBomb(5000) }, expect: /60,000/ },
    { group: 'docx', name: 'zip64 markers', file: { name: 'cv.docx', bytes: () => patchEocd(makeDocx([CV_LINE]), 8, 0xffff) } },
    {
      group: 'docx',
      name: 'central directory out of range',
      file: { name: 'cv.docx', bytes: () => patchEocd(makeDocx([CV_LINE]), 16, 0x7fffffff) },
    },
    { group: 'docx', name: 'end record only', file: { name: 'cv.docx', bytes: () => makeZip({}) } },
    { group: 'docx', name: 'encrypted entry flag', file: { name: 'cv.docx', bytes: () => setFlag(makeDocx([CV_LINE])) } },
    {
      group: 'docx',
      name: 'unsupported compression method',
      file: { name: 'cv.docx', bytes: zipOf([{ ...deflated('word/document.xml', DOC('<w:p/>')), method: 12 as never }]) },
    },
    {
      group: 'docx',
      name: 'stored entry larger than the cap',
      file: {
        name: 'cv.docx',
        bytes: zipOf([
          {
            name: 'word/document.xml',
            data: Buffer.from(DOC(`<w:p><w:r><w:t>${'x'.repeat(200_000)}</w:t></w:r></w:p>`)),
            method: 0,
            size: 200_100,
          },
        ]),
      },
      expect: /60,000|stopped/,
    },
    {
      group: 'docx',
      name: '100,000 nested elements',
      file: {
        name: 'cv.docx',
        bytes: zipOf([deflated('word/document.xml', DOC(`${'<w:p>'.repeat(100_000)}x${'</w:p>'.repeat(100_000)}`))]),
      },
    },
    {
      group: 'docx',
      name: 'relationship to a missing part',
      file: {
        name: 'cv.docx',
        bytes: zipOf([
          deflated('_rels/.rels', '<Relationships><Relationship Type="x/officeDocument" Target="word/nothing.xml"/></Relationships>'),
        ]),
      },
    },
    {
      group: 'docx',
      name: 'relationship target climbing out',
      file: {
        name: 'cv.docx',
        bytes: zipOf([
          deflated('_rels/.rels', '<Relationships><Relationship Type="x/officeDocument" Target="../../../etc/passwd"/></Relationships>'),
        ]),
      },
    },
    {
      group: 'docx',
      name: 'document.xml that is not XML',
      file: { name: 'cv.docx', bytes: zipOf([deflated('word/document.xml', Buffer.alloc(4000, 0xff))]) },
    },
    // XXE
    { group: 'xxe', name: 'external entity', file: { name: 'cv.docx', bytes: () => docxWithDtd('xxe') } },
    { group: 'xxe', name: 'billion laughs', file: { name: 'cv.docx', bytes: () => docxWithDtd('laughs') } },
    {
      group: 'xxe',
      name: 'parameter entity',
      file: {
        name: 'cv.docx',
        bytes: zipOf([
          deflated(
            'word/document.xml',
            `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:1/x"> %p;]>${DOC(`<w:p><w:r><w:t>${CV_LINE}</w:t></w:r></w:p>`)}`,
          ),
        ]),
      },
    },
    // zip traversal
    { group: 'zip traversal', name: '../ entry', file: { name: 'cv.docx', bytes: () => zipTraversal() } },
    {
      group: 'zip traversal',
      name: 'absolute entry',
      file: { name: 'cv.docx', bytes: zipOf([deflated('/etc/cron.d/x', 'x'), deflated('word/document.xml', DOC(''))]) },
    },
    {
      group: 'zip traversal',
      name: 'backslash entry',
      file: { name: 'cv.docx', bytes: zipOf([deflated('..\\..\\evil.txt', 'x'), deflated('word/document.xml', DOC(''))]) },
    },
    // special paths (terminal only)
    ...[
      '/dev/zero',
      '/dev/null',
      '/dev/urandom',
      '/proc/self/mem',
      '/proc/self/environ',
      '/sys/kernel/mm/transparent_hugepage/enabled',
    ].map((p): BadCase => ({ group: 'special path', name: p, path: () => p, expect: /system path|no file at/ })),
    {
      group: 'special path',
      name: 'a FIFO with no writer',
      path: () => {
        const p = at('cv.fifo.txt');
        execFileSync('mkfifo', [p]);
        return p;
      },
      expect: /is a pipe/,
    },
    {
      group: 'special path',
      name: 'a folder',
      path: () => {
        mkdirSync(at('folder.pdf'), { recursive: true });
        return at('folder.pdf');
      },
      expect: /is a folder/,
    },
    {
      group: 'special path',
      name: 'a 3 GB sparse file',
      path: () => {
        writeFileSync(at('sparse.txt'), '');
        truncateSync(at('sparse.txt'), 3 * 1024 * MB);
        return at('sparse.txt');
      },
      expect: /files up to 5 MB/,
    },
    { group: 'special path', name: 'a missing file', path: () => at('missing.pdf'), expect: /no file at/ },
    {
      group: 'special path',
      name: 'a symlink to /dev/zero',
      path: () => {
        symlinkSync('/dev/zero', at('zero.txt'));
        return at('zero.txt');
      },
      expect: /system path/,
    },
    {
      group: 'special path',
      name: 'a symlink loop',
      path: () => {
        symlinkSync(at('loop-b.txt'), at('loop-a.txt'));
        symlinkSync(at('loop-a.txt'), at('loop-b.txt'));
        return at('loop-a.txt');
      },
      expect: /not a path I can follow|no file at/,
    },
    {
      group: 'special path',
      name: 'a path through a file',
      path: () => {
        writeFileSync(at('plain.txt'), 'x');
        return `${at('plain.txt')}/cv.pdf`;
      },
      expect: /no file at/,
    },
    {
      group: 'special path',
      name: 'a 5,000-character path',
      path: () => `${at('x'.repeat(5000))}.pdf`,
      expect: /not a path I can follow|no file at/,
    },
    // dates (the user has a CV and a JD, so only the date can stop the report)
    ...[
      ['2026-02-30', /not a real date/],
      ['2027-02-29', /not a real date/],
      ['2026-13-01', /no month 13/],
      ['2026-00-10', /no month 0/],
      ['2026-12-32', /not a real date/],
      ['1999-12-31', /in the past/],
      [addDays(today(), -3), /in the past/],
      [addDays(today(), 400), /more than a year away/],
      ['9999-12-31', /more than a year away/],
      ['tomorrow', /must look like date=YYYY-MM-DD/],
      ['2026-1-5', /must look like date=YYYY-MM-DD/],
      ['0000-00-00', /no month 0/],
      ['2026-12-03T10:00', /must look like date=YYYY-MM-DD/],
    ].map(([d, e]): BadCase => ({ group: 'date', name: `date=${d}`, command: `report date=${d}`, expect: e as RegExp })),
    // arguments
    { group: 'arguments', name: 'unknown command', command: 'rm -rf /', expect: /know|help/i },
    { group: 'arguments', name: 'report show of a huge id', command: 'report show 99999999999999999999999', expect: /no report/i },
    { group: 'arguments', name: 'report show -1', command: 'report show -1' },
    { group: 'arguments', name: 'report md abc', command: 'report md abc' },
    { group: 'arguments', name: 'unknown track', command: 'practice track=astrology' },
    { group: 'arguments', name: 'bad difficulty', command: 'practice difficulty=999' },
    { group: 'arguments', name: 'drop setup with nonsense', command: 'drop setup #nowhere 25:99 Mars/Phobos' },
    { group: 'arguments', name: 'timezone nonsense', command: 'timezone Mars/Phobos' },
    { group: 'arguments', name: '2,000 options', command: `stats ${Array.from({ length: 2000 }, (_, i) => `k${i}=v`).join(' ')}` },
    { group: 'arguments', name: 'a 100,000-character command', command: `help ${'x'.repeat(100_000)}` },
    { group: 'arguments', name: 'NUL and escapes in a command', command: 'stats \u0000\u001b[2J\u0007' },
    { group: 'arguments', name: 'bank add of nothing', command: 'bank add' },
  ];
  return cases;
}

function patchEocd(zip: Uint8Array, offset: number, value: number): Uint8Array {
  const b = Buffer.from(zip);
  const end = b.length - 22;
  if (offset === 8) b.writeUInt16LE(value, end + offset);
  else b.writeUInt32LE(value, end + offset);
  return new Uint8Array(b);
}

function setFlag(zip: Uint8Array): Uint8Array {
  const b = Buffer.from(zip);
  const cd = b.readUInt32LE(b.length - 22 + 16);
  b.writeUInt16LE(1, cd + 8);
  return new Uint8Array(b);
}

type AppT = Awaited<ReturnType<typeof freshApp>>;
export const SUITE_USER: Identity = { platform: 'shell', workspace: 'local', user: 'bad-input' };

/** Gives the suite's user a CV and a JD, so every case can check they survive. */
export async function seedDocuments(app: AppT): Promise<() => Promise<string>> {
  await app.router.command({ who: SUITE_USER, text: `cv Priya Raman\n${CV_LINE.repeat(4)}` });
  await app.router.command({
    who: SUITE_USER,
    text: `jd Senior Backend Engineer at Ledgerly\n${'We need Go, Postgres, Kafka and on-call experience. '.repeat(4)}`,
  });
  return async () => {
    const user = await app.services.profile.user(SUITE_USER);
    return JSON.stringify(await app.services.profile.status(user));
  };
}

function check(text: string, c: BadCase): string[] {
  const problems: string[] = [];
  if (!text.trim()) problems.push('no reply');
  if (CRASH.test(text)) problems.push('internal error reply');
  if (LEAK.test(text)) problems.push(`leaks internals: ${text.match(LEAK)?.[0]}`);
  if (c.expect ? !c.expect.test(text) : !SAYS_WHAT_TO_DO.test(text))
    problems.push(`unclear reply: ${text.slice(0, 160).replace(/\n/g, ' ')}`);
  return problems;
}

const show = (replies: Reply[]) => replies.map((r) => renderText(r, { color: false, width: 80 })).join('\n');

/** Runs one case through the router and/or the terminal; each run reports its problems. */
export async function runCase(app: AppT, c: BadCase, dir: string, snapshot: () => Promise<string>): Promise<CaseOutcome[]> {
  const before = await snapshot();
  const outcomes: CaseOutcome[] = [];
  const finish = async (channel: CaseOutcome['channel'], started: number, text: string) => {
    const ms = performance.now() - started;
    const problems = check(text, c);
    await app.router.command({ who: SUITE_USER, text: 'cancel' });
    if ((await snapshot()) !== before) problems.push('stored documents changed');
    outcomes.push({ name: `${c.group}: ${c.name}`, channel, ms, problems });
  };
  if (c.file || c.command) {
    const t = performance.now();
    let text: string;
    try {
      const files = c.file ? [{ name: c.file.name, bytes: c.file.bytes() }] : [];
      text = show(await app.router.command({ who: SUITE_USER, text: c.command ?? 'cv', files }));
    } catch (e) {
      text = `THREW ${(e as Error).message}`;
    }
    await finish('router', t, text);
  }
  if (c.file || c.path || c.command) {
    let line: string;
    if (c.command) line = `/prep ${c.command.replace(/\n/g, ' ')}`;
    else if (c.path) line = `/prep cv ${c.path()}`;
    else {
      const f = c.file as NonNullable<BadCase['file']>;
      const ext = f.name.match(/\.([A-Za-z0-9]+)$/)?.[1];
      const sub = mkdtempSync(join(dir, 'f-'));
      const p = join(sub, ext ? `upload.${ext}` : 'upload');
      writeFileSync(p, f.bytes());
      line = `/prep cv ${p}`;
    }
    const t = performance.now();
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => {
      text += d;
    });
    input.end(`${line}\n`);
    try {
      await runShell(app.router, { input, output, tty: false, user: SUITE_USER.user, filesDir: join(dir, 'reports') });
    } catch (e) {
      text += `THREW ${(e as Error).message}`;
    }
    await finish('terminal', t, text);
  }
  return outcomes;
}

export function suiteDir(): string {
  return mkdtempSync(join(tmpdir(), 'bad-input-'));
}
