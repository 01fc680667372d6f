import { crc32, deflateRawSync } from 'node:zlib';
import { adler32Of, repeatedDeflate } from './deflate-repeat.ts';

/**
 * Hostile files, generated at test time (nothing large is committed): zip and Flate bombs,
 * lying headers, many-page PDFs, XXE. Each is small on the wire and huge once opened.
 */

export interface RawZipFile {
  name: string;
  /** Already compressed bytes (method 8) or stored bytes (method 0). */
  data: Buffer;
  method: 0 | 8;
  /** What the headers claim; may lie. */
  size: number;
  crc?: number;
}

/** A zip from entries whose headers can say anything. */
export function rawZip(files: RawZipFile[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const n = Buffer.from(f.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(f.method, 8);
    local.writeUInt32LE(f.crc ?? 0, 14);
    local.writeUInt32LE(f.data.length, 18);
    local.writeUInt32LE(f.size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(f.method, 10);
    central.writeUInt32LE(f.crc ?? 0, 16);
    central.writeUInt32LE(f.data.length, 20);
    central.writeUInt32LE(f.size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, f.data);
    centrals.push(central, n);
    offset += local.length + n.length + f.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const DOC_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';

function deflated(name: string, content: Buffer, claimedSize?: number): RawZipFile {
  return { name, data: deflateRawSync(content, { level: 9 }), method: 8, size: claimedSize ?? content.length, crc: crc32(content) };
}

/** A DOCX whose document.xml is `paragraphs` copies of one paragraph; headers tell the truth unless `claimedSize` is given. */
export function docxBomb(paragraphs: number, opts: { claimedSize?: number; text?: string } = {}): Uint8Array {
  const para = Buffer.from(`<w:p><w:r><w:t>${opts.text ?? 'Led a team of engineers building payment systems'}</w:t></w:r></w:p>`);
  const { data, size, crc } = repeatedDeflate(Buffer.from(DOC_HEAD), para, paragraphs, Buffer.from(DOC_TAIL));
  return rawZip([{ name: 'word/document.xml', data, method: 8, size: opts.claimedSize ?? size, crc }]);
}

/** A DOCX with a DTD: external entity (XXE) or billion laughs. */
export function docxWithDtd(kind: 'xxe' | 'laughs'): Uint8Array {
  const dtd =
    kind === 'xxe'
      ? '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
      : `<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">${Array.from({ length: 8 }, (_, i) => `<!ENTITY ${String.fromCharCode(99 + i)} "${`&${String.fromCharCode(98 + i)};`.repeat(10)}">`).join('')}]>`;
  const xml = `<?xml version="1.0"?>${dtd}${DOC_HEAD.replace('<?xml version="1.0" encoding="UTF-8"?>', '')}<w:p><w:r><w:t>Name &secret; &j; ${'experience '.repeat(20)}</w:t></w:r></w:p>${DOC_TAIL}`;
  return rawZip([deflated('word/document.xml', Buffer.from(xml))]);
}

/** A zip with an entry that climbs out of any folder it would be unpacked into. */
export function zipTraversal(): Uint8Array {
  return rawZip([
    deflated('../../etc/cron.d/evil', Buffer.from('* * * * * root sh')),
    deflated('word/document.xml', Buffer.from(`${DOC_HEAD}${DOC_TAIL}`)),
  ]);
}

/** A zip with more entries than any DOCX has. */
export function zipManyEntries(n: number): Uint8Array {
  const empty = deflateRawSync(Buffer.alloc(0));
  return rawZip(Array.from({ length: n }, (_, i) => ({ name: `word/media/e${i}.xml`, data: empty, method: 8 as const, size: 0 })));
}

function pdfFrom(objects: (string | Buffer)[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'),
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = length;
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** `pages` pages that all share one content stream: tiny file, endless work. */
export function pdfManyPages(pages: number): Uint8Array {
  const content = 'BT /F1 11 Tf 72 760 Td (Senior engineer, payments, Go and Postgres) Tj ET';
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    FONT,
    ...Array.from(
      { length: pages },
      () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>',
    ),
  ];
  return pdfFrom(objects);
}

/** One page whose Flate content stream inflates to about `inflatedBytes` of text-showing operators. */
export function pdfFlateBomb(inflatedBytes: number): Uint8Array {
  const op = Buffer.from('(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n');
  const head = Buffer.from('BT /F1 11 Tf 72 760 Td\n');
  const tail = Buffer.from('\nET\n');
  const { data, size } = repeatedDeflate(head, op, Math.floor(inflatedBytes / op.length), tail);
  // The zlib wrapper FlateDecode expects: a header, the raw blocks, the Adler-32 of what they inflate to.
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(adler32Of(head, op, Math.floor(inflatedBytes / op.length), tail));
  const z = Buffer.concat([Buffer.from([0x78, 0xda]), data, adler]);
  void size;
  return pdfFrom([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      z,
      Buffer.from('\nendstream', 'latin1'),
    ]),
    FONT,
  ]);
}
