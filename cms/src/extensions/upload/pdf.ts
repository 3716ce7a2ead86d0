import { readFile, writeFile } from 'node:fs/promises';
import { EncryptedPDFError, PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';
import { broken, refuse } from './types';

/**
 * Keys, at any level, that carry metadata (XMP, application data) or embedded files, or make a
 * reader run something (actions, scripts, XFA forms).
 */
const DROPPED_KEYS = ['Metadata', 'PieceInfo', 'AA', 'OpenAction', 'JavaScript', 'JS', 'XFA', 'EmbeddedFiles', 'EF', 'AF'].map((key) => PDFName.of(key));
/** Actions that run code, open other files or send data; links to pages and web addresses stay. */
const DANGEROUS_ACTIONS = new Set(['/JavaScript', '/Launch', '/ImportData', '/SubmitForm', '/GoToE', '/Rendition', '/Sound', '/Movie', '/RichMediaExecute']);
const ACTION_KEYS = ['A', 'Next'].map((key) => PDFName.of(key));

/** JPEG segments that may hold EXIF/GPS, XMP, IPTC (Photoshop) or comments; JFIF, ICC and Adobe stay. */
const isMetadataSegment = (marker: number) => (marker >= 0xe1 && marker <= 0xef && marker !== 0xe2 && marker !== 0xee) || marker === 0xfe;

/** A JPEG without its metadata segments; the image data itself is copied unchanged. */
function stripJpegMetadata(jpeg: Uint8Array): Uint8Array {
  const bytes = Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  if (bytes.readUInt16BE(0) !== 0xffd8) return jpeg;
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    // Start of scan: the entropy-coded data and everything after it.
    if (marker === 0xda) break;
    const end = offset + 2 + bytes.readUInt16BE(offset + 2);
    if (!isMetadataSegment(marker)) kept.push(bytes.subarray(offset, end));
    offset = end;
  }
  return Buffer.concat([...kept, bytes.subarray(offset)]);
}

const isJpegStream = (stream: PDFStream) => {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.get(0) : filter;
  return only === PDFName.of('DCTDecode');
};

/**
 * Walks everything reachable from the document catalog, dropping metadata, embedded files and
 * script; returns the objects it reached. The document Info dictionary is not reached (it hangs
 * off the trailer), nor are objects an earlier revision left behind.
 */
function cleanReachable(document: PDFDocument): Set<PDFRef> {
  const { context } = document;
  const reached = new Set<PDFRef>();
  const pending: PDFObject[] = [context.trailerInfo.Root!];
  for (let object = pending.pop(); object; object = pending.pop()) {
    if (object instanceof PDFRef) {
      if (reached.has(object)) continue;
      reached.add(object);
      const target = context.lookup(object);
      if (target instanceof PDFRawStream && isJpegStream(target)) {
        context.assign(object, PDFRawStream.of(target.dict, stripJpegMetadata(target.contents)));
      }
      if (target) pending.push(target);
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    } else if (object instanceof PDFArray) {
      pending.push(...object.asArray());
    } else if (object instanceof PDFDict) {
      for (const key of DROPPED_KEYS) object.delete(key);
      for (const key of ACTION_KEYS) {
        const action = object.lookup(key);
        if (action instanceof PDFDict && DANGEROUS_ACTIONS.has(String(action.get(PDFName.of('S'))))) object.delete(key);
      }
      pending.push(...object.entries().map(([, value]) => value));
    }
  }
  return reached;
}

function hasPages(document: PDFDocument): boolean {
  try {
    return document.getPageCount() > 0;
  } catch {
    return false;
  }
}

/**
 * A PDF must parse as one (header, cross-reference trailer, a page tree). It is then written anew
 * from what its pages and catalog reach: no Info dictionary (author, creator, dates), no XMP, no
 * embedded files, no JavaScript or launch actions, no metadata in its JPEG images, and none of the
 * objects earlier revisions left in the file.
 */
export async function cleanPdf(filepath: string, name: string): Promise<void> {
  const bytes = await readFile(filepath);
  const tail = bytes.subarray(-1024).toString('latin1');
  if (!/^%PDF-[12]\.\d/.test(bytes.subarray(0, 8).toString('latin1')) || !tail.includes('startxref') || !tail.includes('%%EOF')) {
    refuse(broken(name, 'pdf'));
  }
  const document = await PDFDocument.load(bytes, { updateMetadata: false }).catch((error: unknown) => {
    if (error instanceof EncryptedPDFError) refuse(`PDF 文档“${name}”设有密码或权限保护，请取消保护后再上传。`);
    return undefined;
  });
  if (!document || !hasPages(document)) return refuse(broken(name, 'pdf'));
  const reached = cleanReachable(document);
  for (const [ref] of document.context.enumerateIndirectObjects()) {
    if (!reached.has(ref)) document.context.delete(ref);
  }
  document.context.trailerInfo.Info = undefined;
  await writeFile(filepath, await document.save());
}
