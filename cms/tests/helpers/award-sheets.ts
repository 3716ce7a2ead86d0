import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';

/** Award-list spreadsheets as issuing bodies send them, written by real writers. */

export const TITLE = '2026年河洛区优秀少先队员名单';
export const HEADER = ['序号', '姓名', '学校', '中队（班级）', '类别'];

/** A title merged across the header, then the header, then the rows (numbered in 序号). */
export function awardSheet(rows: string[][], header = HEADER): SheetData {
  return [
    [{ value: TITLE, columnSpan: header.length }, ...header.slice(1).map(() => null)],
    header.map((value) => ({ value })),
    ...rows.map((row, index) => [{ value: index + 1, type: Number }, ...row.map((value) => (value === '' ? null : { value }))]),
  ];
}

export async function xlsx(sheet: SheetData): Promise<Buffer> {
  return writeXlsxFile(sheet).toBuffer();
}

/**
 * Excel saves each formula with its last result (<v>); this writer saves the formula only, so the
 * results are added as Excel would: `results` maps a cell (B3) to its value.
 */
export function withFormulaResults(file: Uint8Array, results: Record<string, string>): Buffer {
  const files = unzipSync(file);
  let sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  for (const [cell, value] of Object.entries(results)) {
    sheet = sheet.replace(new RegExp(`(<c r="${cell}"[^>]*?)>(<f>.*?</f>)</c>`), `$1 t="str">$2<v>${value}</v></c>`);
  }
  files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  return Buffer.from(zipSync(files));
}

export type CsvEncoding = 'utf8' | 'utf8-bom' | 'gb18030' | 'utf16le-bom';
export const CSV_ENCODINGS: CsvEncoding[] = ['utf8', 'utf8-bom', 'gb18030', 'utf16le-bom'];

/** A CSV as Excel saves it: quoted where needed, CRLF, in the given encoding (Excel's "Unicode text" is tab-separated UTF-16). */
export function csv(rows: string[][], encoding: CsvEncoding = 'utf8'): Buffer {
  const separator = encoding === 'utf16le-bom' ? '\t' : ',';
  const quote = (value: string) => (/[",\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const text = `${rows.map((row) => row.map(quote).join(separator)).join('\r\n')}\r\n`;
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  if (encoding === 'utf16le-bom') return iconv.encode(text, 'utf16le', { addBOM: true });
  return Buffer.concat([encoding === 'utf8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

/** The same list as CSV rows: title, header, numbered rows. */
export const awardCsvRows = (rows: string[][], header = HEADER): string[][] => [[TITLE], header, ...rows.map((row, index) => [String(index + 1), ...row])];
