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

/** The first box of each type along a path of containers, e.g. ['mdia', 'minf', 'stbl'] in a track. */
async function descend(file: FileWindow, from: Box, path: string[]): Promise<Box | undefined> {
  let box: Box | undefined = from;
  for (const type of path) box = box && (await childrenOf(file, box.body, box.end)).find((child) => child.type === type);
  return box;
}

async function handlerOf(file: FileWindow, trak: Box): Promise<string | undefined> {
  const hdlr = await descend(file, trak, ['mdia', 'hdlr']);
  // FullBox version/flags (4 bytes) and pre_defined (4 bytes) come before the handler type.
  return hdlr && hdlr.end - hdlr.body >= 12 ? (await file.read(hdlr.body + 8, 4)).toString('latin1') : undefined;
}

const MAX_TABLE_BYTES = 16 * 1024 * 1024;

/** A sample table's content (after its FullBox header), read in bounded pieces. */
async function tableOf(file: FileWindow, stbl: Box, type: string): Promise<Buffer | undefined> {
  const box = await descend(file, stbl, [type]);
  if (!box) return undefined;
  if (box.end - box.body > MAX_TABLE_BYTES) throw new NotMp4();
  const pieces: Buffer[] = [];
  for (let at = box.body + 4; at < box.end; at += 65536) pieces.push(Buffer.from(await file.read(at, Math.min(65536, box.end - at))));
  return Buffer.concat(pieces);
}

/**
 * Where a track's samples lie, from its sample tables (chunk offsets, samples per chunk, sample
 * sizes): a track that is removed must not leave its data (a GPS log) in the media data.
 */
async function sampleRanges(file: FileWindow, trak: Box): Promise<Array<[number, number]>> {
  const stbl = await descend(file, trak, ['mdia', 'minf', 'stbl']);
  if (!stbl) return [];
  const [stsz, stsc, stco, co64] = await Promise.all(['stsz', 'stsc', 'stco', 'co64'].map((type) => tableOf(file, stbl, type)));
  const offsets = stco ?? co64;
  if (!stsz || !stsc || !offsets || stsz.length < 8 || stsc.length < 4 || offsets.length < 4) return [];
  const uniformSize = stsz.readUInt32BE(0);
  const sampleCount = stsz.readUInt32BE(4);
  if (!uniformSize && 8 + sampleCount * 4 > stsz.length) throw new NotMp4();
  const runs = Array.from({ length: Math.min(stsc.readUInt32BE(0), (stsc.length - 4) / 12) }, (_, i) => ({
    first: stsc.readUInt32BE(4 + i * 12),
    samples: stsc.readUInt32BE(8 + i * 12),
  }));
  const chunkCount = Math.min(offsets.readUInt32BE(0), (offsets.length - 4) / (co64 ? 8 : 4));
  const ranges: Array<[number, number]> = [];
  for (let chunk = 0, sample = 0, run = 0; chunk < chunkCount; chunk++) {
    const start = co64 ? Number(offsets.readBigUInt64BE(4 + chunk * 8)) : offsets.readUInt32BE(4 + chunk * 4);
    // Runs are listed by their first chunk (numbered from 1).
    while (run + 1 < runs.length && runs[run + 1]!.first <= chunk + 1) run++;
    const perChunk = runs[run] && runs[run]!.first <= chunk + 1 ? runs[run]!.samples : 0;
    const count = Math.min(perChunk, sampleCount - sample);
    let length = uniformSize * count;
    for (let i = 0; !uniformSize && i < count; i++) length += stsz.readUInt32BE(8 + (sample + i) * 4);
    sample += count;
    ranges.push([start, start + length]);
  }
  return ranges;
}

/** Blanks a track and zeroes its samples where they lie in the media data. */
async function removeTrack(file: FileWindow, trak: Box, mediaData: Box[]): Promise<void> {
  for (const [start, end] of await sampleRanges(file, trak)) {
    if (end === start) continue;
    if (!mediaData.some((mdat) => start >= mdat.body && end <= mdat.end)) throw new NotMp4();
    await file.zero(start, end - start);
  }
  await blank(file, trak);
}

/** Blanks metadata and unplayed tracks inside a container; returns how many played tracks it holds. */
async function cleanContainer(file: FileWindow, container: Box, mediaData: Box[]): Promise<number> {
  let played = 0;
  for (const box of await childrenOf(file, container.body, container.end)) {
    if (METADATA.has(box.type)) {
      await blank(file, box);
    } else if (box.type === 'trak' && !PLAYED_HANDLERS.has((await handlerOf(file, box)) ?? '')) {
      await removeTrack(file, box, mediaData);
    } else if (CONTAINERS.has(box.type)) {
      played += (await cleanContainer(file, box, mediaData)) + (box.type === 'trak' ? 1 : 0);
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
 * included), free space, and timed-metadata tracks with their samples. Reads only box headers and
 * the sample tables of removed tracks, in bounded chunks.
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
      const mediaData = boxes.filter((box) => box.type === 'mdat');
      if ((await cleanContainer(file, movies[0]!, mediaData)) === 0) throw new NotMp4();
    });
  } catch (error) {
    if (error instanceof NotMp4) refuse(broken(name, 'mp4'));
    throw error;
  }
}
