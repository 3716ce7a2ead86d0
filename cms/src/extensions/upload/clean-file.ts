import { stat } from 'node:fs/promises';
import path from 'node:path';
import { FileWindow } from './file-window';
import { cleanImage, imageKind } from './image';
import { cleanMp4, IMAGE_BRANDS } from './mp4';
import { cleanOffice, officeKind } from './office';
import { cleanPdf } from './pdf';
import { convertSrtFile } from './srt';
import { type Kind, KINDS, LIMITS, refuse } from './types';
import { checkVtt } from './vtt';
import { cleanWebm } from './webm';

/** An uploaded file as Strapi's upload service receives it (formidable). */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  /** Strapi prefers this over `mimetype` for the stored file's type. */
  detectedMimeType?: string;
  size: number;
}

/** Each kind's structural check and cleaning, done in place on the uploaded file. */
const CLEANERS: Record<Kind, (filepath: string, name: string, kind: Kind) => Promise<void>> = {
  jpeg: cleanImage,
  png: cleanImage,
  webp: cleanImage,
  avif: cleanImage,
  gif: cleanImage,
  mp4: cleanMp4,
  webm: cleanWebm,
  pdf: cleanPdf,
  docx: cleanOffice,
  pptx: cleanOffice,
  vtt: checkVtt,
};

function refuseIfLarger(file: IncomingFile, name: string, kind: Kind): void {
  const limit = LIMITS[KINDS[kind].group];
  if (file.size > limit) refuse(`${KINDS[kind].label}“${name}”超过 ${Math.round(limit / 1024 / 1024)} MB，请压缩后再上传。`);
}

/** What the first bytes claim the file is; the kind's cleaner then checks the whole file. */
async function claimedKind(file: IncomingFile, name: string): Promise<Kind | undefined> {
  const start = await FileWindow.use(file.filepath, (window) => window.read(0, 64));
  const text = start.toString('latin1');
  if (start.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return 'webm';
  if (text.slice(4, 8) === 'ftyp') {
    const brand = text.slice(8, 12);
    if (!IMAGE_BRANDS.has(brand)) return 'mp4';
    if (brand !== 'avif' && brand !== 'avis') refuse(`“${name}”是 HEIC 格式的照片，请先转换为 JPG 再上传。`);
  }
  if (text.startsWith('%PDF-')) return 'pdf';
  if (text.startsWith('PK\x03\x04')) {
    refuseIfLarger(file, name, 'docx');
    return officeKind(file.filepath);
  }
  if (/^(\xEF\xBB\xBF)?WEBVTT/.test(text)) return 'vtt';
  return imageKind(file.filepath, name);
}

/** The name's extension must be one of its content's; the stored name gets it in lower case. */
function checkedName(name: string, kind: Kind): string {
  const ext = path.extname(name);
  const { label, extensions } = KINDS[kind];
  if (!(extensions as readonly string[]).includes(ext.toLowerCase())) {
    refuse(`“${name}”的扩展名与内容不符：内容是${label}，文件名应以 ${extensions.join(' 或 ')} 结尾。请改正文件名后再上传。`);
  }
  return `${name.slice(0, -ext.length)}${ext.toLowerCase()}`;
}

/**
 * Decides a file's kind from its content (captions in SubRip are converted to WebVTT first), refuses it unless its name says the same, checks its
 * whole structure and removes what it says about where, when, with what or by whom it was made,
 * before Strapi stores or derives anything from it. The stored name's extension and the MIME type
 * are set from the verified kind, so the file is stored and served as what it really is.
 */
export async function cleanUploadedFile(file: IncomingFile): Promise<Kind> {
  let name = file.originalFilename ?? '文件';
  if (await convertSrtFile(file.filepath)) {
    name = name.replace(/\.srt$/i, '.vtt');
    file.size = (await stat(file.filepath)).size;
  }
  const kind = await claimedKind(file, name);
  if (!kind) {
    refuse(`“${name}”的内容不是可接受的文件类型。可上传：JPEG、PNG、WebP、AVIF、GIF 图片，MP4、WebM 视频，PDF、DOCX、PPTX 文档，WebVTT 或 SRT 字幕。`);
  }
  const storedName = checkedName(name, kind);
  refuseIfLarger(file, name, kind);
  await CLEANERS[kind](file.filepath, name, kind);
  Object.assign(file, { originalFilename: storedName, mimetype: KINDS[kind].mime, detectedMimeType: KINDS[kind].mime, size: (await stat(file.filepath)).size });
  return kind;
}
