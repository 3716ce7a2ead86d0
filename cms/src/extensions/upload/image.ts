import { writeFile } from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';
import { broken, type Kind, LIMITS, refuse } from './types';

const REENCODE: Record<string, (image: Sharp) => Sharp> = {
  jpeg: (image) => image.jpeg({ quality: 92, mozjpeg: true }),
  png: (image) => image.png(),
  webp: (image) => image.webp({ quality: 90 }),
  gif: (image) => image.gif(),
  avif: (image) => image.avif({ quality: 70 }),
};

const heicRefused = (name: string) => refuse(`“${name}”是 HEIC 格式的照片，请先转换为 JPG 再上传。`);

/** The kind of image sharp reads in the file (from its header only: nothing is decoded yet). */
export async function imageKind(filepath: string, name: string): Promise<Kind | undefined> {
  const metadata = await sharp(filepath)
    .metadata()
    .catch(() => undefined);
  if (metadata?.format === 'heif') return metadata.compression === 'av1' ? 'avif' : heicRefused(name);
  const format = metadata?.format;
  return format === 'jpeg' || format === 'png' || format === 'webp' || format === 'gif' ? format : undefined;
}

/**
 * Re-encodes an image without its metadata (EXIF, XMP, GPS, camera), after turning it the way its
 * EXIF orientation says. Decoding it whole is also the proof that it is an image: anything
 * appended to or hidden in it does not survive.
 */
export async function cleanImage(filepath: string, name: string, kind: Kind): Promise<void> {
  const animated = kind === 'gif' || kind === 'webp';
  // Read from the header only: nothing is decoded yet.
  const { width = 0, height = 0, pages = 1 } = await sharp(filepath, { animated, limitInputPixels: false }).metadata();
  if (width * height * pages > LIMITS.imagePixels) {
    refuse(`图片“${name}”有 ${Math.round((width * height) / 1e6)} 百万像素，超过上限 ${LIMITS.imagePixels / 1e6} 百万像素，请缩小后再上传。`);
  }
  const image = sharp(filepath, { animated, limitInputPixels: LIMITS.imagePixels });
  const cleaned = await REENCODE[kind]!(image.rotate())
    .toBuffer()
    .catch(() => refuse(broken(name, kind)));
  await writeFile(filepath, cleaned);
}

/** The same cleaning for an image held in memory (a photo inside a document). */
export async function cleanImageBytes(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  const image = sharp(bytes, { limitInputPixels: LIMITS.imagePixels });
  const format = (await image.metadata().catch(() => undefined))?.format;
  const reencode = format === 'tiff' ? (i: Sharp) => i.tiff() : format && REENCODE[format];
  if (!reencode) return undefined;
  return reencode(image.rotate())
    .toBuffer()
    .catch(() => undefined);
}
