import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/chat/errors.ts';
import { acceptText, extractFile, MAX_FILE_BYTES, normaliseText } from '../../src/core/profile/intake.ts';
import { makeDocx, makePdf, makeZip } from '../helpers/files.ts';

const CV_LINES = [
  'Priya Raman - Backend Engineer',
  'Experience: Payments Platform at Ledgerly (2021 - Present)',
  'Built an idempotent payment API in Go handling 2,000 requests per second',
  'Cut p99 latency from 480 ms to 120 ms with Redis caching and query tuning',
];

describe('intake: files', () => {
  it('reads the text layer of a PDF', async () => {
    const r = await extractFile({ name: 'cv.pdf', bytes: makePdf(CV_LINES) }, 'cv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.source).toBe('pdf');
    expect(r.value.text).toContain('Built an idempotent payment API in Go');
    expect(r.value.text).toContain('480 ms to 120 ms');
  });

  it('tells a scanned PDF apart from an empty CV', async () => {
    const r = await extractFile({ name: 'scan.pdf', bytes: makePdf(null) }, 'cv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('pdf_no_text');
    expect(errorText(r.error, 'shell')).toContain('this PDF has no text layer — paste the text or upload a DOCX');
  });

  it('reads a DOCX', async () => {
    const r = await extractFile({ name: 'CV.DOCX', bytes: makeDocx(CV_LINES) }, 'cv');
    expect(r.ok && r.value.text.split('\n').filter(Boolean)).toEqual(CV_LINES);
  });

  it.each([
    ['cv.pdf', new Uint8Array(Buffer.from('%PDF-1.4 this is not really a pdf')), 'file_corrupt'],
    ['cv.docx', new Uint8Array(Buffer.from('PK\u0003\u0004 broken zip')), 'file_corrupt'],
    ['cv.docx', makeZip({ 'hello.txt': 'not a word document' }), 'file_corrupt'],
    [
      'cv.docx',
      new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])),
      'file_encrypted',
    ],
    ['cv.png', new Uint8Array(8), 'unsupported_file_type'],
  ])('rejects %s (%#) with a message that says what to do', async (name, bytes, code) => {
    const r = await extractFile({ name, bytes }, 'cv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(errorText(r.error, 'shell')).toMatch(/paste|upload|save|export/i);
    expect(errorText(r.error, 'shell')).toContain('Nothing already on file was changed');
  });

  it('refuses files over 5 MB before reading them', async () => {
    const r = await extractFile({ name: 'big.txt', bytes: new Uint8Array(MAX_FILE_BYTES + 1) }, 'cv');
    expect(!r.ok && r.error.code).toBe('file_too_large');
  });

  it('reads TXT and MD as UTF-8', async () => {
    const text = `# Jürgen Öztürk\n${CV_LINES.join('\n')}`;
    const r = await extractFile({ name: 'cv.md', bytes: new Uint8Array(Buffer.from(text)) }, 'cv');
    expect(r.ok && r.value.text).toContain('Jürgen Öztürk');
  });
});

describe('intake: text', () => {
  it('normalises unicode, whitespace and bullets but keeps the wording', () => {
    const raw = 'Cafe\u0301  owner\r\n\r\n\r\n\r\n\u2022\tLed   a team of 4\u00a0engineers\n  ▪ Shipped C# and C++ services  \n\u200bDone';
    expect(normaliseText(raw)).toBe('Café owner\n\n- Led a team of 4 engineers\n- Shipped C# and C++ services\nDone');
  });

  it("joins a LaTeX PDF's split umlaut to its letter, and leaves an acute accent typed for an apostrophe alone", () => {
    expect(normaliseText('Ausbildung zum Fachinformatiker f¨ur Anwendungsentwicklung, Donauw¨orth')).toBe(
      'Ausbildung zum Fachinformatiker für Anwendungsentwicklung, Donauwörth',
    );
    expect(normaliseText('Chef de projet dans l´entreprise, it´s')).toBe('Chef de projet dans l´entreprise, it´s');
  });

  it('enforces the length limits with a way forward', () => {
    const long = acceptText('x '.repeat(40_000), 'cv');
    expect(!long.ok && errorText(long.error, 'shell')).toMatch(/limit is 60,000.*Remove old roles/);
    const short = acceptText('hi', 'jd');
    expect(!short.ok && errorText(short.error, 'shell')).toMatch(/too short to be a job description.*upload/);
  });
});
