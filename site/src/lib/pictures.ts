import { getImage } from 'astro:assets';
import type { Media } from '../cms/generated/schemas';

/** Everything a <picture> needs, computed at build time, for Astro components and the listings' cards.json alike. */
export interface PictureData {
  sources: Array<{ type: string; srcset: string }>;
  src: string;
  width: number;
  height: number;
  alt: string;
  sizes: string;
}

/**
 * Re-encodes an uploaded image into responsive AVIF and WebP, and one JPEG at the largest width
 * for a browser that takes neither (a srcset of JPEGs would only be encoded, never chosen).
 */
export async function pictureData(image: Media, widths: number[], sizes: string, alt?: string): Promise<PictureData> {
  const width = image.width ?? Math.max(...widths);
  const height = image.height ?? Math.round((width * 9) / 16);
  const largest = Math.min(width, Math.max(...widths));
  const targetWidths = [...widths.filter((candidate) => candidate < largest), largest];
  const variant = (format: 'avif' | 'webp') => getImage({ src: image.url, width, height, widths: targetWidths, format, quality: 'mid' });
  const [avif, webp, jpeg] = await Promise.all([
    variant('avif'),
    variant('webp'),
    getImage({ src: image.url, width: largest, height: Math.round((largest * height) / width), format: 'jpeg', quality: 'mid' }),
  ]);
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
