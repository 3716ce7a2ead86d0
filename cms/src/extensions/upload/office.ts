import { readFile, writeFile } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Inflate, strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { cleanImageBytes } from './image';
import { broken, type Kind, KINDS, LIMITS, refuse } from './types';

/** Limits on what a document may unpack to: a small file must not expand into gigabytes. */
const MAX_ENTRIES = 5000;
const MAX_UNPACKED_BYTES = LIMITS.document * 4;
/** Office XML compresses about 10:1; an entry far beyond that is a decompression bomb. */
const MAX_RATIO = 100;
const RATIO_EXEMPT_BYTES = 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where its local header starts, and where its compressed data starts. */
  local: number;
  data: number;
}

class NotOffice extends Error {}

/** Macros, embedded objects (OLE, ActiveX, other files) and programs: refused, never cleaned. */
const ACTIVE_CONTENT = /(^|\/)(vbaProject\.bin|vbaData\.xml|embeddings\/|activeX\/)|\.(bin|exe|dll|com|bat|cmd|ps1|vbs|js|jar|msi|scr)$/i;

/** The central directory, checked against the local headers: no gaps, overlaps, prefixes or trailers. */
function entriesOf(zip: Buffer): Entry[] {
  const eocd = zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
  if (eocd < 0 || eocd + 22 > zip.length || eocd + 22 + zip.readUInt16LE(eocd + 20) !== zip.length) throw new NotOffice();
  const count = zip.readUInt16LE(eocd + 10);
  const directorySize = zip.readUInt32LE(eocd + 12);
  const directory = zip.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES || directory + directorySize !== eocd) throw new NotOffice();
  const entries: Entry[] = [];
  for (let at = directory; entries.length < count; ) {
    if (at + 46 > eocd || zip.readUInt32LE(at) !== 0x02014b50) throw new NotOffice();
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    // Flag bit 0: an encrypted entry, which cannot be checked.
    if (zip.readUInt16LE(at + 8) & 1) throw new NotOffice();
    if (
      local + 30 > directory ||
      zip.readUInt32LE(local) !== 0x04034b50 ||
      zip.toString('utf8', local + 30, local + 30 + zip.readUInt16LE(local + 26)) !== name
    ) {
      throw new NotOffice();
    }
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, method: zip.readUInt16LE(at + 10), compressedSize: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24), local, data });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  const byOffset = [...entries].sort((a, b) => a.local - b.local);
  if (byOffset[0]?.local !== 0) throw new NotOffice();
  byOffset.forEach((entry, i) => {
    if (entry.data + entry.compressedSize > (byOffset[i + 1]?.local ?? directory)) throw new NotOffice();
  });
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if (names.size !== entries.length || entries.some((entry) => /(^|\/)\.\.(\/|$)|^\/|\\/.test(entry.name) || ![0, 8].includes(entry.method)))
    throw new NotOffice();
  return entries;
}

/** Inflates one entry, stopping as soon as it yields more than its directory entry said. */
async function unpack(zip: Buffer, entry: Entry): Promise<Uint8Array> {
  const packed = zip.subarray(entry.data, entry.data + entry.compressedSize);
  if (entry.method === 0) {
    if (packed.length !== entry.size) throw new NotOffice();
    return packed;
  }
  const out = new Uint8Array(entry.size);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > entry.size) throw new NotOffice();
    out.set(chunk, length);
    length += chunk.length;
  });
  const piece = 16 * 1024;
  for (let at = 0; at < packed.length; at += piece) {
    try {
      inflater.push(packed.subarray(at, at + piece), at + piece >= packed.length);
    } catch {
      throw new NotOffice();
    }
    await yieldToEventLoop();
  }
  if (length !== entry.size) throw new NotOffice();
  return out;
}

const EMPTY_CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"/>`;
const EMPTY_APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>`;
const EMPTY_CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>`;
/** Document properties (author, last editor, company, manager, custom fields) are replaced whole. */
const PROPERTIES: Record<string, string> = { 'docProps/core.xml': EMPTY_CORE, 'docProps/app.xml': EMPTY_APP, 'docProps/custom.xml': EMPTY_CUSTOM };
/** Who wrote comments and tracked changes (Word), or comments (PowerPoint). */
function authorAttributes(name: string): RegExp | undefined {
  if (/^word\/.*\.xml$/.test(name)) return /\b(w(?:15)?:(?:author|initials|userId))="[^"]*"/g;
  return name === 'ppt/commentAuthors.xml' ? /\b(name|initials)="[^"]*"/g : undefined;
}
/** Pictures (and other media) anywhere in the package, the document's thumbnail included. */
const isMedia = (name: string) => /(^|\/)media\//.test(name) || /\.(jpe?g|png|gif|webp|tiff?|bmp)$/i.test(name);
/** Vector formats with no photo metadata, kept as they are. */
const isVectorMedia = (name: string) => /\.(emf|wmf|svg)$/i.test(name);

/** DOCX or PPTX, from the package's own structure; anything else (another ZIP) is not a document. */
function kindOf(entries: Entry[]): 'docx' | 'pptx' | undefined {
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml')) return undefined;
  if (names.has('word/document.xml')) return 'docx';
  return names.has('ppt/presentation.xml') ? 'pptx' : undefined;
}

/** Reads a ZIP upload's central directory and says which Office document it is, if any. */
export async function officeKind(filepath: string): Promise<Kind | undefined> {
  try {
    return kindOf(entriesOf(await readFile(filepath)));
  } catch (error) {
    if (error instanceof NotOffice) return undefined;
    throw error;
  }
}

/**
 * A DOCX/PPTX is unpacked (within limits on size and ratio, checked again while inflating) and
 * written anew: document properties emptied, comment and revision authors removed, every photo
 * re-encoded without its metadata. Macros, embedded objects and media that cannot be cleaned are
 * refused with what to do instead.
 */
export async function cleanOffice(filepath: string, name: string, kind: Kind): Promise<void> {
  const zip = await readFile(filepath);
  const tooBig = () => refuse(`文档“${name}”解压后过大或压缩比异常，无法上传。请删除其中过大的图片或附件后再上传，或导出为 PDF 上传。`);
  const activeContent = () =>
    refuse(`文档“${name}”含有宏、嵌入的对象或程序，无法上传。请删除后另存为 ${KINDS[kind].extensions[0]} 再上传，或导出为 PDF 上传。`);
  try {
    const entries = entriesOf(zip);
    if (kindOf(entries) !== kind) throw new NotOffice();
    if (entries.reduce((sum, entry) => sum + entry.size, 0) > MAX_UNPACKED_BYTES) tooBig();
    if (entries.some((entry) => entry.size > RATIO_EXEMPT_BYTES && entry.size > entry.compressedSize * MAX_RATIO)) tooBig();
    if (entries.some((entry) => ACTIVE_CONTENT.test(entry.name))) activeContent();

    const cleaned: Zippable = {};
    for (const entry of entries) {
      let content = await unpack(zip, entry);
      const authors = authorAttributes(entry.name);
      if (entry.name === '[Content_Types].xml' && /macroEnabled|vbaProject/i.test(strFromU8(content))) activeContent();
      if (entry.name in PROPERTIES) content = strToU8(PROPERTIES[entry.name]!);
      else if (authors) content = strToU8(strFromU8(content).replace(authors, '$1=""'));
      else if (isMedia(entry.name) && !isVectorMedia(entry.name)) {
        content = (await cleanImageBytes(content)) ?? refuse(`文档“${name}”中的媒体文件“${entry.name}”无法清除其元数据，请删除或换成 JPG/PNG 图片后再上传。`);
      }
      cleaned[entry.name] = [content, { level: 6 }];
    }
    await writeFile(filepath, zipSync(cleaned));
  } catch (error) {
    if (error instanceof NotOffice) refuse(broken(name, kind));
    throw error;
  }
}
