import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';

/** A file refused as a whole: the message is the one sentence editors read. */
export class ImportFileError extends Error {}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The highest spreadsheet row read; award lists run to several hundred names. */
export const MAX_SHEET_ROWS = 2000;
const MAX_COLUMNS = 40;
// A zip can declare gigabytes behind a few kilobytes; the parts read here are refused above this.
const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/**
 * A sheet as text cells: rows[r][c] is spreadsheet row r + 1, column c (A = 0). Merged ranges
 * carry their top-left value into every cell, so a school merged down its pupils' rows reads on
 * each row. `uncalculated` holds the "r:c" cells that are formulas saved without a result.
 */
export interface Table {
  rows: string[][];
  uncalculated: Set<string>;
}

const tooManyRows = () => new ImportFileError(`表格超过 ${MAX_SHEET_ROWS} 行，请分成几个文件导入。`);
const notASpreadsheet = () => new ImportFileError('无法读取这个文件：请上传 Excel 表格（.xlsx）或 CSV 文件。');

/** Reads an .xlsx (first sheet) or a .csv (UTF-8 with or without BOM, UTF-16, or GB18030/GBK) by its content, not its name. */
export function readTable(bytes: Uint8Array): Table {
  if (bytes.length > MAX_FILE_BYTES) throw new ImportFileError(`文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，请删去名单以外的内容或分成几个文件导入。`);
  if (bytes.length === 0) throw new ImportFileError('文件是空的。');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new ImportFileError('这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再导入。');
  return readCsv(decodeText(bytes));
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Excel in China saves CSV in the system code page, GBK, which GB18030 contains.
      text = new TextDecoder('gb18030').decode(bytes);
    }
  }
  // Text never holds these; images, PDFs and archives do.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they mark a binary file.
  if (/[\u0000-\u0008\u000e-\u001a\ufffd]/.test(text)) throw notASpreadsheet();
  return text;
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. Tab-separated too (Excel's "Unicode text"). */
function readCsv(text: string): Table {
  const lines = text.split(/\r\n|\r|\n/, 20);
  const separator = lines.filter((line) => line.includes('\t')).length > lines.filter((line) => line.includes(',')).length ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    if (rows.length > MAX_SHEET_ROWS) throw tooManyRows();
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') field += text[++index];
      else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRow();
    } else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows: rows.map((cells) => cells.slice(0, MAX_COLUMNS)), uncalculated: new Set() };
}

type XmlNode = Record<string, unknown>;

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['sheet', 'Relationship', 'row', 'c', 'si', 'r', 'mergeCell'].includes(name),
});

const children = (node: unknown, name: string): XmlNode[] => ((node as XmlNode | undefined)?.[name] as XmlNode[] | undefined) ?? [];
const child = (node: unknown, name: string): unknown => (node as XmlNode | undefined)?.[name];

/** The text of a <t>, which carries attributes (xml:space) at times. */
function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'object') return String((node as XmlNode)['#text'] ?? '');
  return String(node);
}

/** A shared or inline string: plain <t>, or rich-text runs <r><t>, without phonetic guides (<rPh>). */
const richText = (node: unknown): string =>
  child(node, 't') !== undefined
    ? text(child(node, 't'))
    : children(node, 'r')
        .map((run) => text(child(run, 't')))
        .join('');

function cellPosition(reference: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(reference);
  if (!match) throw notASpreadsheet();
  const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

function readXlsx(bytes: Uint8Array): Table {
  let unzipped = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!/^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/.test(file.name)) return false;
        unzipped += file.originalSize;
        if (unzipped > MAX_UNZIPPED_BYTES) throw new ImportFileError('这个 Excel 文件解压后过大，无法导入。');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw notASpreadsheet();
  }
  const part = (name: string) => {
    if (!files[name]) return undefined;
    const text = new TextDecoder().decode(files[name]);
    // Spreadsheets declare no entities; a part that does could expand them without end.
    if (/<!DOCTYPE/i.test(text)) throw notASpreadsheet();
    return xml.parse(text);
  };
  const workbook = part('xl/workbook.xml');
  const firstSheet = children(child(child(workbook, 'workbook'), 'sheets'), 'sheet')[0];
  if (!firstSheet) throw notASpreadsheet();
  const relation = children(child(part('xl/_rels/workbook.xml.rels'), 'Relationships'), 'Relationship').find((rel) => rel['@Id'] === firstSheet['@id']);
  const target = String(relation?.['@Target'] ?? 'worksheets/sheet1.xml');
  const sheet = child(part(target.startsWith('/') ? target.slice(1) : `xl/${target}`), 'worksheet');
  if (!sheet) throw notASpreadsheet();
  const shared = children(child(part('xl/sharedStrings.xml'), 'sst'), 'si').map(richText);

  const rows: string[][] = [];
  const uncalculated = new Set<string>();
  let previousRow = -1;
  for (const rowNode of children(child(sheet, 'sheetData'), 'row')) {
    // r is optional: a row without it follows the one before.
    const rowIndex = rowNode['@r'] ? Number(rowNode['@r']) - 1 : previousRow + 1;
    previousRow = rowIndex;
    let previousColumn = -1;
    for (const cell of children(rowNode, 'c')) {
      const column = cell['@r'] ? cellPosition(String(cell['@r'])).column : previousColumn + 1;
      previousColumn = column;
      if (column >= MAX_COLUMNS) continue;
      const type = cell['@t'];
      const raw = text(child(cell, 'v'));
      let value: string;
      if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') value = richText(child(cell, 'is'));
      else if (type === 'b') value = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
      else value = raw;
      // Excel saves each formula's last result in <v>; one without it was never calculated.
      if (child(cell, 'f') !== undefined && child(cell, 'v') === undefined) uncalculated.add(`${rowIndex}:${column}`);
      if (value === '' && !uncalculated.has(`${rowIndex}:${column}`)) continue;
      if (rowIndex >= MAX_SHEET_ROWS) throw tooManyRows();
      rows[rowIndex] ??= [];
      rows[rowIndex][column] = value;
    }
  }
  for (const merge of children(child(sheet, 'mergeCells'), 'mergeCell')) {
    const [from, to] = String(merge['@ref']).split(':').map(cellPosition);
    if (!from || !to) continue;
    const value = rows[from.row]?.[from.column];
    if (value === undefined) continue;
    for (let row = from.row; row <= Math.min(to.row, MAX_SHEET_ROWS - 1); row++) {
      const cells = rows[row] ?? [];
      rows[row] = cells;
      for (let column = from.column; column <= Math.min(to.column, MAX_COLUMNS - 1); column++) cells[column] = value;
    }
  }
  return { rows: Array.from(rows, (cells) => Array.from(cells ?? [], (value) => value ?? '')), uncalculated };
}
