import { strToU8, zipSync, type Zippable } from 'fflate';

/** Minimal media files built byte by byte, so tests need no encoder (ffmpeg) to make them. */

/** An ISO-BMFF box: 32-bit size, type, content. */
export function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}
const fullBox = (type: string, ...content: Buffer[]) => box(type, Buffer.alloc(4), ...content);
function uint32s(...values: number[]): Buffer {
  const bytes = Buffer.alloc(values.length * 4);
  for (const [i, value] of values.entries()) bytes.writeUInt32BE(value, i * 4);
  return bytes;
}

/** A track whose media handler is `handler` (vide: video; meta: timed metadata such as GPS). */
export const track = (handler: string, ...sampleTables: Buffer[]) =>
  box(
    'trak',
    fullBox('tkhd', Buffer.alloc(80)),
    box(
      'mdia',
      fullBox('mdhd', Buffer.alloc(20)),
      fullBox('hdlr', Buffer.alloc(4), Buffer.from(handler, 'latin1'), Buffer.alloc(13)),
      box('minf', box('stbl', ...sampleTables)),
    ),
  );

/** Sample tables for one sample of `size` bytes at `offset` in the file. */
export const oneSample = (offset: number, size: number) => [
  fullBox('stsz', uint32s(0, 1, size)),
  fullBox('stsc', uint32s(1, 1, 1, 1)),
  fullBox('stco', uint32s(1, offset)),
];

export const ftyp = (major = 'isom', ...compatible: string[]) =>
  box('ftyp', Buffer.from(major, 'latin1'), Buffer.alloc(4), ...[major, ...compatible].map((brand) => Buffer.from(brand, 'latin1')));

/** ftyp, a movie with one video track (plus `moovExtra`), `top` boxes, then the media data. */
export function mp4({ moovExtra = [] as Buffer[], top = [] as Buffer[], mdat = Buffer.alloc(64, 7) } = {}): Buffer {
  return Buffer.concat([ftyp('isom', 'mp41'), box('moov', fullBox('mvhd', Buffer.alloc(96)), track('vide'), ...moovExtra), ...top, box('mdat', mdat)]);
}

/** An EBML element with an 8-byte size. */
export function ebml(id: number, ...content: Array<Buffer | string | number>): Buffer {
  const body = Buffer.concat(
    content.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : typeof part === 'number' ? Buffer.from([part]) : part)),
  );
  const idBytes = Buffer.from(
    id
      .toString(16)
      .padStart(2, '0')
      .replace(/^(.(..)*)$/, '0$1'),
    'hex',
  );
  const size = Buffer.alloc(8);
  size[0] = 0x01;
  size.writeUIntBE(body.length, 2, 6);
  return Buffer.concat([idBytes, size, body]);
}

/** A WebM with one VP8 track, `metadata` (e.g. Tags) and one cluster. */
export function webm({ docType = 'webm', metadata = [] as Buffer[] } = {}): Buffer {
  return Buffer.concat([
    ebml(0x1a45dfa3, ebml(0x4286, 1), ebml(0x4282, docType)),
    ebml(
      0x18538067,
      ebml(0x1549a966, ebml(0x2ad7b1, Buffer.from([0x0f, 0x42, 0x40]))),
      ebml(0x1654ae6b, ebml(0xae, ebml(0xd7, 1), ebml(0x83, 1), ebml(0x86, 'V_VP8'))),
      ...metadata,
      ebml(0x1f43b675, ebml(0xe7, 0), ebml(0xa3, Buffer.from([0x81, 0, 0, 0x80]), Buffer.alloc(32, 9))),
    ),
  ]);
}

/** Matroska tags naming a place and a person, as a camera or phone app writes them. */
export const webmTags = (place: string, person: string) =>
  ebml(
    0x1254c367,
    ebml(0x7373, ebml(0x63c0), ebml(0x67c8, ebml(0x45a3, 'LOCATION'), ebml(0x4487, place)), ebml(0x67c8, ebml(0x45a3, 'ARTIST'), ebml(0x4487, person))),
  );

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpg" ContentType="image/jpeg"/></Types>`;

/** A DOCX or PPTX package with document properties naming `author`, plus `extra` parts. */
export function office(kind: 'docx' | 'pptx', { author = '', extra = {} as Zippable } = {}): Buffer {
  const main: Record<string, string> =
    kind === 'docx'
      ? {
          'word/document.xml':
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>红领巾</w:t></w:r></w:p></w:body></w:document>',
        }
      : { 'ppt/presentation.xml': '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>' };
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    ...main,
    'docProps/core.xml': `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${author}</dc:creator><cp:lastModifiedBy>${author}</cp:lastModifiedBy></cp:coreProperties>`,
    'docProps/app.xml': `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>${author}的公司</Company><Manager>${author}</Manager></Properties>`,
  };
  return Buffer.from(zipSync({ ...Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])), ...extra }));
}
