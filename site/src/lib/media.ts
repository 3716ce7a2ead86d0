import type { Media } from '../cms/generated/schemas';

/**
 * Where a non-image upload (video, captions, PDF…) is served from in the static site. Images go
 * through Astro's image service instead; these files are copied as they are by pages/media.
 */
export function mediaPath(file: Media): string {
  // The preview server keeps no copies: a draft's files are still only in the CMS.
  if (import.meta.env.PREVIEW_SERVER) return file.url;
  const name = new URL(file.url, 'http://cms.invalid').pathname.split('/').pop()!;
  return `/media/${name}`;
}

/** `1536000` → `1.5 MB` (Strapi stores sizes in kB). */
export function fileSize(file: Media): string {
  const kb = file.size ?? 0;
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(kb))} KB`;
}
