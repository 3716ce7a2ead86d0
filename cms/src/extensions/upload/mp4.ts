import { FileWindow } from './file-window';
import { broken, refuse } from './types';

/** `ftyp` brands of still images: HEIF/HEIC and AVIF share the ISO-BMFF container with MP4. */
export const IMAGE_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'avif', 'avis']);
const VIDEO_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ', 'mmp4']);

/** Boxes that only hold other boxes. Every other box is a leaf whose content is not interpreted. */
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl', 'edts', 'dinf', 'mvex', 'moof', 'traf', 'mfra']);
/** Top-level boxes a player needs; any other (uuid/XMP, meta, udta, free space, unknown) is blanked. */
const PLAYED_TOP_LEVEL = new Set(['ftyp', 'moov', 'mdat', 'moof', 'mfra', 'styp', 'sidx', 'ssix', 'prft']);
/** Inside the movie: user data, metadata (QuickTime keys, iTunes items and cover art, XMP), free space. */
const METADATA = new Set(['udta', 'meta', 'uuid', 'free', 'skip', 'wide']);
/** Tracks a page plays. Others (timed metadata such as GPS tracks) are blanked. */
const PLAYED_HANDLERS = new Set(['vide', 'soun', 'sbtl', 'subt', 'text']);

interface Box {
  type: string;
  start: number;
  /** Where its content starts (after the 8- or 16-byte header). */
  body: number;
  end: number;
}

class NotMp4 extends Error {}

async function childrenOf(file: FileWindow, start: number, end: number, topLevel = false): Promise<Box[]> {
  const boxes: Box[] = [];
  for (let offset = start; offset < end; ) {
    const header = await file.read(offset, 16);
    if (header.length < 8 || end - offset < 8) throw new NotMp4();
    const size32 = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    const large = size32 === 1;
    if (large && header.length < 16) throw new NotMp4();
    // Size 0 ("to the end of the file") is only allowed for the last top-level box.
    const size = large ? Number(header.readBigUInt64BE(8)) : size32 === 0 && topLevel ? end - offset : size32;
    const headerSize = large ? 16 : 8;
    if (size < headerSize || offset + size > end) throw new NotMp4();
    boxes.push({ type, start: offset, body: offset + headerSize, end: offset + size });
    offset += size;
  }
  return boxes;
}

/** Turns a box into a `free` box of the same size with zeroed content: offsets elsewhere stay valid. */
async function blank(file: FileWindow, box: Box): Promise<void> {
  await file.write(box.start + 4, Buffer.from('free', 'latin1'));
  await file.zero(box.body, box.end - box.body);
}

async function handlerOf(file: FileWindow, trak: Box): Promise<string | undefined> {
  const mdia = (await childrenOf(file, trak.body, trak.end)).find((box) => box.type === 'mdia');
  const hdlr = mdia && (await childrenOf(file, mdia.body, mdia.end)).find((box) => box.type === 'hdlr');
  // FullBox version/flags (4 bytes) and pre_defined (4 bytes) come before the handler type.
  return hdlr && hdlr.end - hdlr.body >= 12 ? (await file.read(hdlr.body + 8, 4)).toString('latin1') : undefined;
}

/** Blanks metadata and unplayed tracks inside a container; returns how many played tracks it holds. */
async function cleanContainer(file: FileWindow, container: Box): Promise<number> {
  let played = 0;
  for (const box of await childrenOf(file, container.body, container.end)) {
    if (METADATA.has(box.type)) {
      await blank(file, box);
    } else if (box.type === 'trak' && !PLAYED_HANDLERS.has((await handlerOf(file, box)) ?? '')) {
      await blank(file, box);
    } else if (CONTAINERS.has(box.type)) {
      played += (await cleanContainer(file, box)) + (box.type === 'trak' ? 1 : 0);
    }
  }
  return played;
}

async function isVideoBrand(file: FileWindow, ftyp: Box): Promise<boolean> {
  const body = await file.read(ftyp.body, Math.min(ftyp.end - ftyp.body, 256));
  // Major brand, minor version, then compatible brands.
  const brands = [0, ...Array.from({ length: Math.max(0, (body.length - 8) / 4) }, (_, i) => 8 + i * 4)].map((at) => body.toString('latin1', at, at + 4));
  return !IMAGE_BRANDS.has(brands[0]!) && brands.some((brand) => VIDEO_BRANDS.has(brand));
}

/**
 * Checks that the whole file parses as ISO-BMFF boxes (sizes consistent down to the end of the file,
 * `ftyp` first with a video brand, a movie with a played track) and removes, in place, everything
 * that can say where, when or with what it was filmed: user data, metadata and XMP boxes (cover art
 * included), free space and timed-metadata tracks. Reads only box headers, in bounded chunks.
 */
export async function cleanMp4(filepath: string, name: string): Promise<void> {
  try {
    await FileWindow.use(filepath, async (file) => {
      const boxes = await childrenOf(file, 0, file.size, true);
      if (boxes[0]?.type !== 'ftyp' || !(await isVideoBrand(file, boxes[0]))) throw new NotMp4();
      const movies = boxes.filter((box) => box.type === 'moov');
      if (movies.length !== 1) throw new NotMp4();
      for (const box of boxes) {
        if (!PLAYED_TOP_LEVEL.has(box.type)) await blank(file, box);
      }
      if ((await cleanContainer(file, movies[0]!)) === 0) throw new NotMp4();
    });
  } catch (error) {
    if (error instanceof NotMp4) refuse(broken(name, 'mp4'));
    throw error;
  }
}
