import { FileWindow } from './file-window';
import { broken, refuse } from './types';

const ID = {
  EBML: 0x1a45dfa3,
  DocType: 0x4282,
  Segment: 0x18538067,
  SeekHead: 0x114d9b74,
  Info: 0x1549a966,
  Tracks: 0x1654ae6b,
  Cues: 0x1c53bb6b,
  Cluster: 0x1f43b675,
  Chapters: 0x1043a770,
  Tags: 0x1254c367,
  Attachments: 0x1941a469,
  Void: 0xec,
  Crc32: 0xbf,
};
/** Children of a Segment: an unknown-size Cluster ends where one of these begins. */
const SEGMENT_CHILDREN = new Set([ID.SeekHead, ID.Info, ID.Tracks, ID.Cues, ID.Cluster, ID.Tags, ID.Attachments, ID.Chapters, ID.Void, ID.Crc32]);
/**
 * Segment children a player needs. Everything else is blanked: tags (place, people: Matroska's
 * LOCATION, ARTIST…), attached files (cover art), Void padding and unknown elements.
 */
const PLAYED = new Set([ID.SeekHead, ID.Info, ID.Tracks, ID.Cues, ID.Cluster, ID.Chapters]);

interface Element {
  id: number;
  start: number;
  body: number;
  /** Undefined for an element of unknown size (live recordings write Segment and Cluster so). */
  end: number | undefined;
}

class NotWebm extends Error {}

const vintLength = (first: number) => (first === 0 ? 9 : Math.clz32(first) - 23);

async function readElement(file: FileWindow, offset: number, limit: number): Promise<Element> {
  const header = await file.read(offset, 12);
  const idLength = vintLength(header[0] ?? 0);
  if (idLength > 4 || header.length < idLength + 1) throw new NotWebm();
  const id = header.readUIntBE(0, idLength);
  const sizeLength = vintLength(header[idLength]!);
  if (sizeLength > 8 || header.length < idLength + sizeLength) throw new NotWebm();
  let size = header[idLength]! & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    size = size * 256 + header[idLength + i]!;
    allOnes &&= header[idLength + i] === 0xff;
  }
  const body = offset + idLength + sizeLength;
  if (allOnes) return { id, start: offset, body, end: undefined };
  if (body + size > limit) throw new NotWebm();
  return { id, start: offset, body, end: body + size };
}

/** Rewrites an element as a Void element of the same length, its content zeroed. */
async function blank(file: FileWindow, element: Element & { end: number }): Promise<void> {
  const total = element.end - element.start;
  const sizeLength = Math.min(8, total - 1);
  const header = Buffer.alloc(1 + sizeLength);
  header[0] = ID.Void;
  for (let i = sizeLength, rest = total - 1 - sizeLength; i >= 1; i--, rest = Math.floor(rest / 256)) header[i] = rest % 256;
  header[1] = header[1]! | (0x80 >> (sizeLength - 1));
  await file.write(element.start, header);
  await file.zero(element.start + header.length, total - header.length);
}

/** Where a Cluster of unknown size ends: at the next Segment-level element or the end of the Segment. */
async function clusterEnd(file: FileWindow, body: number, segmentEnd: number): Promise<number> {
  let offset = body;
  while (offset < segmentEnd) {
    const child = await readElement(file, offset, segmentEnd);
    if (SEGMENT_CHILDREN.has(child.id)) break;
    if (child.end === undefined) throw new NotWebm();
    offset = child.end;
  }
  return offset;
}

async function docType(file: FileWindow, header: Element): Promise<string | undefined> {
  const end = header.end ?? 0;
  for (let offset = header.body; offset < end; ) {
    const child = await readElement(file, offset, end);
    if (child.end === undefined || child.end - child.body > 64) throw new NotWebm();
    if (child.id === ID.DocType) return (await file.read(child.body, child.end - child.body)).toString('latin1');
    offset = child.end;
  }
  return undefined;
}

/**
 * Checks that the whole file parses as EBML (a WebM header, then one Segment whose elements are
 * consistent down to the end of the file, with Info, Tracks and a Cluster) and blanks, in place,
 * everything but what a player needs. Reads element headers only, in bounded chunks.
 */
export async function cleanWebm(filepath: string, name: string): Promise<void> {
  try {
    await FileWindow.use(filepath, async (file) => {
      const header = await readElement(file, 0, file.size);
      if (header.id !== ID.EBML || (await docType(file, header)) !== 'webm') throw new NotWebm();
      const segment = await readElement(file, header.end!, file.size);
      if (segment.id !== ID.Segment || (segment.end ?? file.size) !== file.size) throw new NotWebm();
      const seen = new Set<number>();
      for (let offset = segment.body; offset < file.size; ) {
        const element = await readElement(file, offset, file.size);
        seen.add(element.id);
        if (element.end === undefined && element.id !== ID.Cluster) throw new NotWebm();
        const end = element.end ?? (await clusterEnd(file, element.body, file.size));
        if (!PLAYED.has(element.id)) await blank(file, { ...element, end });
        offset = end;
      }
      if (![ID.Info, ID.Tracks, ID.Cluster].every((id) => seen.has(id))) throw new NotWebm();
    });
  } catch (error) {
    if (error instanceof NotWebm) refuse(broken(name, 'webm'));
    throw error;
  }
}
