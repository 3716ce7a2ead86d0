import { open, readFile, stat, writeFile } from 'node:fs/promises';
import { errors } from '@strapi/utils';
import sharp, { type Sharp } from 'sharp';

/** An uploaded file as Strapi's upload service receives it (formidable). */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const REENCODE = {
  jpeg: (image: Sharp) => image.jpeg({ quality: 92, mozjpeg: true }),
  png: (image: Sharp) => image.png(),
  webp: (image: Sharp) => image.webp({ quality: 90 }),
  gif: (image: Sharp) => image.gif(),
  // sharp reports AVIF as "heif" with compression av1; photos in HEIC are refused below.
  heif: (image: Sharp) => image.avif({ quality: 70 }),
} as const;

/** Markers of a shooting location in MP4/MOV/WebM metadata (QuickTime, 3GPP, XMP, Matroska tags). */
const VIDEO_LOCATION_MARKERS = ['©xyz', 'loci', 'ISO6709', 'GPSLatitude', 'GPSCoordinates', 'LOCATION'].map((marker) => Buffer.from(marker, 'latin1'));

async function head(filepath: string, bytes: number): Promise<Buffer> {
  const handle = await open(filepath, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** ISO-BMFF brands of still images (HEIF/HEIC and AVIF share the container with MP4). */
const IMAGE_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'avif', 'avis']);

function containerOf(start: Buffer): 'image' | 'heic' | 'video' | 'other' {
  if (start.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return 'video'; // WebM / Matroska
  if (start.subarray(4, 8).toString('latin1') !== 'ftyp') return 'other';
  const brand = start.subarray(8, 12).toString('latin1');
  if (brand === 'avif' || brand === 'avis') return 'image';
  return IMAGE_BRANDS.has(brand) ? 'heic' : 'video';
}

/**
 * Removes what a photo or video says about where and with what it was taken, before Strapi stores
 * or derives anything from it. Images are re-encoded without metadata (after turning them the way
 * their EXIF orientation says); the original is replaced, so no stored or served copy keeps it.
 * Videos cannot be rewritten here, so one carrying a location is refused with a clear message.
 */
export async function cleanUploadedFile(file: IncomingFile): Promise<void> {
  const start = await head(file.filepath, 64);
  const name = file.originalFilename ?? '文件';

  const container = containerOf(start);
  if (container === 'heic') {
    throw new errors.ApplicationError(`“${name}”是 HEIC 格式的照片，请先转换为 JPG 再上传。`);
  }
  if (container === 'video') {
    const content = await readFile(file.filepath);
    if (VIDEO_LOCATION_MARKERS.some((marker) => content.includes(marker))) {
      throw new errors.ApplicationError(`视频“${name}”含有拍摄地点信息，不能上传。请用剪辑软件导出一份不含位置信息的视频后再上传。`);
    }
    return;
  }

  let format: string | undefined;
  let compression: string | undefined;
  try {
    ({ format, compression } = await sharp(file.filepath).metadata());
  } catch {
    return; // not an image: documents and captions are checked by type elsewhere
  }
  if (!format || !(format in REENCODE)) return;
  if (format === 'heif' && compression !== 'av1') {
    throw new errors.ApplicationError(`“${name}”是 HEIC 格式的照片，请先转换为 JPG 再上传。`);
  }

  const cleaned = await REENCODE[format as keyof typeof REENCODE](sharp(file.filepath, { animated: format === 'gif' || format === 'webp' }).rotate()).toBuffer();
  await writeFile(file.filepath, cleaned);
  file.size = (await stat(file.filepath)).size;
}
