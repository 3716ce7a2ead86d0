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

const megabytes = (name: string, fallback: number) => Number(process.env[name] ?? fallback) * 1024 * 1024;

/** Upper limits per kind of file; the HTTP body limit (config/middlewares.ts) is the largest. */
export const LIMITS = {
  imageBytes: megabytes('UPLOAD_MAX_IMAGE_MB', 20),
  videoBytes: megabytes('UPLOAD_MAX_VIDEO_MB', 500),
  documentBytes: megabytes('UPLOAD_MAX_DOCUMENT_MB', 50),
  /** Decoding is refused above this many pixels, so a small file cannot expand into gigabytes. */
  imagePixels: Number(process.env.UPLOAD_MAX_MEGAPIXELS ?? 40) * 1_000_000,
};

function refuseIfLarger(file: IncomingFile, limit: number, kind: string): void {
  if (file.size > limit) {
    throw new errors.ApplicationError(`${kind}“${file.originalFilename ?? ''}”超过 ${Math.round(limit / 1024 / 1024)} MB，请压缩后再上传。`);
  }
}

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

/** PDF, Office Open XML (a ZIP) and WebVTT, recognised by their first bytes, not their names. */
function isDocument(start: Buffer): boolean {
  const text = start.toString('latin1');
  return text.startsWith('%PDF-') || text.startsWith('PK\x03\x04') || /^(\uFEFF|\xEF\xBB\xBF)?WEBVTT(\s|$)/.test(text);
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
    refuseIfLarger(file, LIMITS.videoBytes, '视频');
    const content = await readFile(file.filepath);
    if (VIDEO_LOCATION_MARKERS.some((marker) => content.includes(marker))) {
      throw new errors.ApplicationError(`视频“${name}”含有拍摄地点信息，不能上传。请用剪辑软件导出一份不含位置信息的视频后再上传。`);
    }
    return;
  }

  if (isDocument(start)) {
    refuseIfLarger(file, LIMITS.documentBytes, '文件');
    return;
  }

  // Reads the header only: nothing is decoded yet.
  const metadata = await sharp(file.filepath).metadata().catch(() => undefined);
  const { format, compression, width = 0, height = 0, pages = 1 } = metadata ?? {};
  if (!format || !(format in REENCODE)) {
    throw new errors.ApplicationError(
      `“${name}”的内容不是可接受的文件类型。可上传：JPEG、PNG、WebP、AVIF、GIF 图片，MP4、WebM 视频，PDF、DOCX、PPTX 文档，WebVTT 字幕。`,
    );
  }
  refuseIfLarger(file, LIMITS.imageBytes, '图片');
  if (width * height * pages > LIMITS.imagePixels) {
    throw new errors.ApplicationError(`图片“${name}”有 ${Math.round((width * height) / 1e6)} 百万像素，超过上限 ${LIMITS.imagePixels / 1e6} 百万像素，请缩小后再上传。`);
  }
  if (format === 'heif' && compression !== 'av1') {
    throw new errors.ApplicationError(`“${name}”是 HEIC 格式的照片，请先转换为 JPG 再上传。`);
  }

  const image = sharp(file.filepath, { animated: format === 'gif' || format === 'webp', limitInputPixels: LIMITS.imagePixels });
  const cleaned = await REENCODE[format as keyof typeof REENCODE](image.rotate()).toBuffer();
  await writeFile(file.filepath, cleaned);
  file.size = (await stat(file.filepath)).size;
}
