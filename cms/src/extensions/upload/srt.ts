import { readFile, writeFile } from 'node:fs/promises';
import { FileWindow } from './file-window';

/** An SRT cue's timing line: `00:01:02,500 --> 00:01:05,000` (some tools write a dot, or omit the hours). */
const TIMING = /^((?:\d+:)?\d{1,2}:\d{1,2}[,.]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{1,2}[,.]\d{1,3})/;

/** SRT as Chinese video tools export it: UTF-8 (with or without BOM), else GB18030 (GBK). */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Whether the text is SubRip: its first cue is a number, then a timing line. */
export function isSrt(start: string): boolean {
  const [first, second] = start
    .replace(/^\uFEFF/, '')
    .trimStart()
    .split(/\r?\n/);
  return /^\d+\s*$/.test(first ?? '') && TIMING.test(second ?? '');
}

/** A SubRip timestamp as WebVTT writes it: hours, and a dot before three-digit milliseconds. */
function vttTime(time: string): string {
  const [clock, millis] = time.split(/[,.]/) as [string, string];
  const parts = clock.split(':').map((part) => part.padStart(2, '0'));
  return `${(parts.length === 2 ? ['00', ...parts] : parts).join(':')}.${millis.padEnd(3, '0')}`;
}

/** SubRip text as WebVTT: the signature line, timestamps with dots, cue numbers kept as cue identifiers. */
export function srtToVtt(srt: string): string {
  const lines = srt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const timing = TIMING.exec(line);
      return timing ? `${vttTime(timing[1]!)} --> ${vttTime(timing[2]!)}` : line;
    });
  return `WEBVTT\n\n${lines.join('\n').trim()}\n`;
}

/**
 * Captions uploaded as SubRip (.srt, what Chinese video tools export) are stored as the WebVTT the
 * site's player reads: the file is converted in place and renamed `.vtt`. False if it is not SRT.
 */
export async function convertSrtFile(filepath: string): Promise<boolean> {
  // Only the start is read for other files: a video can be hundreds of megabytes.
  const start = await FileWindow.use(filepath, (window) => window.read(0, 512));
  if (!isSrt(decode(start))) return false;
  await writeFile(filepath, srtToVtt(decode(await readFile(filepath))));
  return true;
}
