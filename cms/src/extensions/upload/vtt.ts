import { readFile } from 'node:fs/promises';
import { refuse } from './types';

const HEADER = /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/;

/** WebVTT is text: valid UTF-8, no NUL bytes, and the WEBVTT signature on its first line. */
export async function checkVtt(filepath: string, name: string): Promise<void> {
  const bytes = await readFile(filepath);
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse(`字幕“${name}”不是 UTF-8 编码的文本，请另存为 UTF-8 编码的 WebVTT 后再上传。`);
  }
  if (text.includes('\0') || !HEADER.test(text)) {
    refuse(`“${name}”不是有效的 WebVTT 字幕（第一行应为 WEBVTT），无法上传。`);
  }
}
