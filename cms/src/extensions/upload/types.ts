import { errors } from '@strapi/utils';
import { env } from '../../env';

/**
 * The only kinds of file the content model needs. A file's kind is decided by its content (see
 * clean-file.ts); its stored extension and served Content-Type come from here, never from the
 * name it was uploaded under.
 */
export const KINDS = {
  jpeg: { label: 'JPEG 图片', mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'], group: 'image' },
  png: { label: 'PNG 图片', mime: 'image/png', extensions: ['.png'], group: 'image' },
  webp: { label: 'WebP 图片', mime: 'image/webp', extensions: ['.webp'], group: 'image' },
  avif: { label: 'AVIF 图片', mime: 'image/avif', extensions: ['.avif'], group: 'image' },
  gif: { label: 'GIF 图片', mime: 'image/gif', extensions: ['.gif'], group: 'image' },
  mp4: { label: 'MP4 视频', mime: 'video/mp4', extensions: ['.mp4'], group: 'video' },
  webm: { label: 'WebM 视频', mime: 'video/webm', extensions: ['.webm'], group: 'video' },
  pdf: { label: 'PDF 文档', mime: 'application/pdf', extensions: ['.pdf'], group: 'document' },
  docx: {
    label: 'Word 文档',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
    group: 'document',
  },
  pptx: {
    label: 'PowerPoint 演示文稿',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['.pptx'],
    group: 'document',
  },
  vtt: { label: 'WebVTT 字幕', mime: 'text/vtt', extensions: ['.vtt'], group: 'caption' },
} as const;

export type Kind = keyof typeof KINDS;
type Group = (typeof KINDS)[Kind]['group'];

const megabytes = (count: number) => count * 1024 * 1024;

/** Upper limits per group; the HTTP body limit (config/middlewares.ts) is the largest. */
export const LIMITS: Record<Group, number> & { imagePixels: number } = {
  image: megabytes(env.UPLOAD_MAX_IMAGE_MB),
  video: megabytes(env.UPLOAD_MAX_VIDEO_MB),
  document: megabytes(env.UPLOAD_MAX_DOCUMENT_MB),
  caption: megabytes(env.UPLOAD_MAX_DOCUMENT_MB),
  /** Decoding is refused above this many pixels, so a small file cannot expand into gigabytes. */
  imagePixels: env.UPLOAD_MAX_MEGAPIXELS * 1_000_000,
};

/** The kind a stored file is served as, from the extension it was stored under. */
export function kindOfStoredName(name: string): Kind | undefined {
  const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
  return (Object.keys(KINDS) as Kind[]).find((kind) => (KINDS[kind].extensions as readonly string[]).includes(ext));
}

/** Refuses an upload with a message for the editor; nothing is stored. */
export function refuse(message: string): never {
  throw new errors.ApplicationError(message);
}

/** The message for a file whose content starts like `kind` but is not a whole, valid one. */
export function broken(name: string, kind: Kind): string {
  return `“${name}”不是完整有效的${KINDS[kind].label}，无法上传。请用原软件重新导出后再上传。`;
}
