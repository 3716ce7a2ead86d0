import { getImage } from 'astro:assets';
import type { Media } from '../cms/generated/schemas';

/** Everything a <picture> needs, computed at build time, so React components can render it too. */
export interface PictureData {
  sources: Array<{ type: string; srcset: string }>;
  src: string;
  width: number;
  height: number;
  alt: string;
  sizes: string;
}

/** Re-encodes an uploaded image into responsive AVIF and WebP (and a JPEG fallback). */
export async function pictureData(image: Media, widths: number[], sizes: string, alt?: string): Promise<PictureData> {
  const width = image.width ?? Math.max(...widths);
  const height = image.height ?? Math.round((width * 9) / 16);
  const usable = widths.filter((candidate) => candidate < width);
  const targetWidths = [...usable, Math.min(width, Math.max(...widths))];
  const variant = (format: 'avif' | 'webp' | 'jpeg') => getImage({ src: image.url, width, height, widths: targetWidths, format, quality: 'mid' });
  const [avif, webp, jpeg] = await Promise.all([variant('avif'), variant('webp'), variant('jpeg')]);
  return {
    sources: [
      { type: 'image/avif', srcset: avif.srcSet.attribute },
      { type: 'image/webp', srcset: webp.srcSet.attribute },
    ],
    src: jpeg.src,
    width,
    height,
    alt: alt ?? image.alternativeText ?? '',
    sizes,
  };
}

export const CARD_SIZES = '(min-width: 1080px) 340px, (min-width: 600px) 45vw, 100vw';
export const cardPicture = (image: Media | null | undefined) => (image ? pictureData(image, [360, 720], CARD_SIZES) : Promise.resolve(undefined));
