import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportFileError, MAX_FILE_BYTES, MAX_SHEET_ROWS, readTable } from '../../src/api/award/import/read';
import {
  buildPreview,
  matchSchool,
  normaliseName,
  parseKind,
  recipientsToWrite,
  type ImportContext,
  type ImportOptions,
} from '../../src/api/award/import/rules';
import { awardCsvRows, awardSheet, CSV_ENCODINGS, csv, HEADER, TITLE, withFormulaResults, xlsx } from '../helpers/award-sheets';

const school = (documentId: string, name: string) => ({ documentId, name });
const SCHOOLS = [
  school('s-shiyan', '河洛区实验小学'),
  school('s-dier', '河洛区第二实验小学'),
  school('s-binhe', '河洛区滨河小学（筹）'),
  school('s-zhongxue', '河洛中学'),
  school('s-dongguan', '河洛区东关小学'),
];
const context = (existing: ImportContext['existing'] = []): ImportContext => ({
  schools: SCHOOLS,
  roleModels: [
    { documentId: 'r-lin', name: '林思源', schoolDocumentId: 's-shiyan' },
    { documentId: 'r-chen', name: '陈雨桐', schoolDocumentId: 's-dier' },
    // Two profiles of one name at one school: neither is linked.
    { documentId: 'r-li-1', name: '李华', schoolDocumentId: 's-zhongxue' },
    { documentId: 'r-li-2', name: '李华', schoolDocumentId: 's-zhongxue' },
  ],
  existing,
});
const REPLACE: ImportOptions = { mode: 'replace', defaultKind: 'pupil' };

const GOOD_ROWS = [
  ['林思源', '河洛区实验小学', '五年级(2)中队', '少先队员'],
  ['陈雨桐', '第二实验小学', '四年级（1）中队', ''],
  ['张静', '第二实验小学', '大队部', '辅导员'],
  ['东关小学少先队大队', '东关小学', '大队', '集体'],
  ['李华', '河洛中学', '八年级(3)中队', '队员'],
];
const EXPECTED = [
  { row: 3, name: '林思源', kind: 'pupil', school: SCHOOLS[0], unit: '五年级(2)中队', roleModel: { documentId: 'r-lin' }, problems: [] },
  { row: 4, name: '陈雨桐', kind: 'pupil', school: SCHOOLS[1], unit: '四年级(1)中队', roleModel: { documentId: 'r-chen' }, problems: [] },
  { row: 5, name: '张静', kind: 'counselor', school: SCHOOLS[1], unit: '大队部', problems: [] },
  { row: 6, name: '东关小学少先队大队', kind: 'collective', school: SCHOOLS[4], unit: '大队', problems: [] },
  { row: 7, name: '李华', kind: 'pupil', school: SCHOOLS[3], unit: '八年级(3)中队', problems: [] },
];

describe('reading award-list spreadsheets', () => {
  it('reads the same list from .xlsx and from CSV in every encoding Excel saves', async () => {
    const files = [await xlsx(awardSheet(GOOD_ROWS)), ...CSV_ENCODINGS.map((encoding) => csv(awardCsvRows(GOOD_ROWS), encoding))];
    for (const file of files) {
      const preview = buildPreview(readTable(file), context(), REPLACE);
      expect(preview.headerRow).toBe(2);
      expect(preview.problemCount).toBe(0);
      expect(preview.rows).toMatchObject(EXPECTED);
      expect(preview.rows[4]!.roleModel).toBeUndefined();
    }
  });

  it('carries merged cells into every row they cover (a school merged down its pupils)', async () => {
    const file = await xlsx([
      [{ value: TITLE, columnSpan: 5 }, null, null, null, null],
      HEADER.map((value) => ({ value })),
      [{ value: 1, type: Number }, { value: '林思源' }, { value: '河洛区实验小学', rowSpan: 3 }, { value: '五年级(2)中队' }, null],
      [{ value: 2, type: Number }, { value: '王芳' }, null, { value: '三年级(1)中队' }, null],
      [{ value: 3, type: Number }, { value: '赵 磊' }, null, { value: '三年级(1)中队' }, null],
    ]);
    const preview = buildPreview(readTable(file), context(), REPLACE);
    expect(preview.rows.map((row) => [row.name, row.school?.name])).toEqual([
      ['林思源', '河洛区实验小学'],
      ['王芳', '河洛区实验小学'],
      ['赵磊', '河洛区实验小学'],
    ]);
  });

  it('reads formulas as the results Excel saved, and names the cell of one saved without a result', async () => {
    const sheet = awardSheet([['林思源', '河洛区实验小学', '五年级(2)中队', '少先队员']]);
    sheet[2]![1] = { value: '=CONCAT("林","思源")', type: 'Formula' };
    const written = await xlsx(sheet);
    expect(buildPreview(readTable(withFormulaResults(written, { B3: '林思源' })), context(), REPLACE).rows[0]).toMatchObject({ name: '林思源', problems: [] });
    expect(buildPreview(readTable(written), context(), REPLACE).rows[0]!.problems).toEqual([
      { column: 'B', message: expect.stringMatching(/公式没有保存计算结果/) },
      { column: 'B', message: '姓名为空' },
    ]);
  });

  it('reads a file by its content, whatever its name, and refuses what is not a spreadsheet in one Chinese sentence', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(deflateSync(strToU8('x'.repeat(100))))]);
    const docx = Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') }));
    const laughs = Buffer.from(
      zipSync({
        'xl/workbook.xml': strToU8('<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>'),
        'xl/worksheets/sheet1.xml': strToU8(
          '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>',
        ),
      }),
    );
    const refusals: Array<[Uint8Array, RegExp]> = [
      [Buffer.alloc(0), /文件是空的/],
      [png, /请上传 Excel 表格（\.xlsx）或 CSV 文件/],
      [pdf, /请上传 Excel 表格（\.xlsx）或 CSV 文件/],
      [docx, /请上传 Excel 表格（\.xlsx）或 CSV 文件/],
      [laughs, /请上传 Excel 表格（\.xlsx）或 CSV 文件/],
      [Buffer.from('504b0304deadbeef', 'hex'), /请上传 Excel 表格（\.xlsx）或 CSV 文件/],
      [Buffer.from('d0cf11e0a1b11ae1', 'hex'), /旧版 Excel（\.xls）/],
      [Buffer.alloc(MAX_FILE_BYTES + 1, 0x41), /文件超过 5 MB/],
      [csv([['x'], ...Array.from({ length: MAX_SHEET_ROWS }, () => ['林思源'])]), /超过 2000 行/],
    ];
    for (const [file, message] of refusals) {
      expect(() => readTable(file)).toThrow(ImportFileError);
      expect(() => readTable(file)).toThrow(message);
    }
  });

  it('refuses a zip that would unpack to more than it may', () => {
    // Unpacking stops at each part's declared size (fflate), so the declared sizes are what is checked.
    const bomb = Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') }));
    for (let offset = 0; offset < bomb.length - 4; offset++) {
      if (bomb.readUInt32LE(offset) === 0x02014b50) bomb.writeUInt32LE(0x7fffffff, offset + 24);
    }
    expect(() => readTable(bomb)).toThrow(/解压后过大/);
  });

  it('says so in Chinese when no row looks like the header, or nothing is under it', async () => {
    for (const file of [
      await xlsx([[{ value: '名单' }], [{ value: 'A' }, { value: 'B' }]]),
      csv([
        ['人员', '学校名'],
        ['林思源', '河洛区实验小学'],
      ]),
      csv([['姓名'], ['林思源']]),
    ]) {
      expect(() => buildPreview(readTable(file), context(), REPLACE)).toThrow(/没有找到表头/);
    }
    expect(() => buildPreview(readTable(csv(awardCsvRows([]))), context(), REPLACE)).toThrow(/表头下面没有名单/);
  });
});

describe('the import rules', () => {
  it('finds the header under its common names', () => {
    const variants = [
      ['序号', '姓名', '学校', '中队', '类别'],
      ['序号', '名字', '单位', '班级', '身份'],
      ['编号', ' 姓  名 ', '学校（单位）', '中队(班级)', '类 别'],
      ['序号', '姓名', '学校名称', '所在中队', '类型'],
    ];
    for (const header of variants) {
      const preview = buildPreview(readTable(csv(awardCsvRows([['张静', '第二实验小学', '大队部', '辅导员']], header))), context(), REPLACE);
      expect(preview.rows).toMatchObject([{ name: '张静', school: SCHOOLS[1], unit: '大队部', kind: 'counselor', problems: [] }]);
    }
  });

  it('undoes full-width characters and stray spaces', () => {
    expect(normaliseName(' 王　 芳 ')).toBe('王芳');
    expect(normaliseName('阿依古丽·买买提')).toBe('阿依古丽·买买提');
    expect(normaliseName('Anna  Li')).toBe('Anna Li');
    expect(matchSchool('　第二实验 小学 ', SCHOOLS).school).toBe(SCHOOLS[1]);
    expect(matchSchool('滨河小学(筹)', SCHOOLS).school).toBe(SCHOOLS[2]);
    expect(parseKind('辅 导 员')).toBe('counselor');
    expect(parseKind('ＣＯＵＮＳＥＬＯＲ')).toBe('counselor');
  });

  it('matches schools from their short forms, exact names first, and never guesses between two', () => {
    expect(matchSchool('河洛区实验小学', SCHOOLS).school).toBe(SCHOOLS[0]);
    expect(matchSchool('第二实验小学', SCHOOLS).school).toBe(SCHOOLS[1]);
    expect(matchSchool('滨河小学', SCHOOLS).school).toBe(SCHOOLS[2]);
    // 河洛区实验小学 and 河洛区第二实验小学 both end with it.
    expect(matchSchool('实验小学', SCHOOLS)).toEqual({ problem: expect.stringMatching(/可能是“河洛区实验小学”、“河洛区第二实验小学”/) });
    // An exact name wins over a longer one ending with it.
    expect(matchSchool('实验小学', [...SCHOOLS, school('s-x', '实验小学')]).school?.documentId).toBe('s-x');
    for (const typed of ['第三小学', '小', '二实小']) expect(matchSchool(typed, SCHOOLS).problem).toMatch(/没有名为/);
    expect(matchSchool('', SCHOOLS).problem).toBe('学校为空');
  });

  it('marks every kind of bad row with its spreadsheet row and column, and skips empty and numbered-only rows', () => {
    const rows = [
      ['林思源', '河洛区实验小学', '五年级(2)中队', ''],
      ['', '河洛区实验小学', '三年级(1)中队', ''],
      ['王芳', '第三小学', '', ''],
      ['赵磊', '实验小学', '', ''],
      ['林 思源', '河洛区实验小学', '六年级(1)中队', ''],
      ['周子航', '东关小学', '', '家长'],
      ['', '', '', ''],
      ['长'.repeat(81), '河洛中学', '', ''],
      ['孙可欣', '', '', ''],
    ];
    const preview = buildPreview(readTable(csv(awardCsvRows(rows))), context(), REPLACE);
    expect(preview.rows.map((row) => [row.row, row.problems])).toEqual([
      [3, []],
      [4, [{ column: 'B', message: '姓名为空' }]],
      [5, [{ column: 'C', message: expect.stringMatching(/没有名为“第三小学”的学校/) }]],
      [6, [{ column: 'C', message: expect.stringMatching(/可能是/) }]],
      [7, [{ column: 'B', message: '与第 3 行重名（同一学校）' }]],
      [8, [{ column: 'E', message: '类别“家长”无法识别，应为少先队员、辅导员或集体' }]],
      [10, [{ column: 'B', message: '姓名超过 80 个字' }]],
      [11, [{ column: 'C', message: '学校为空' }]],
    ]);
    expect(preview.problemCount).toBe(7);
    expect(() => recipientsToWrite(preview, context(), 'replace')).toThrow();
  });

  it('the same name at two schools is two people', () => {
    const preview = buildPreview(
      readTable(
        csv(
          awardCsvRows([
            ['王芳', '河洛区实验小学', '', ''],
            ['王芳', '第二实验小学', '', ''],
          ]),
        ),
      ),
      context(),
      REPLACE,
    );
    expect(preview.problemCount).toBe(0);
  });

  it('uses the chosen default kind for rows without 类别', () => {
    const file = readTable(
      csv(
        awardCsvRows([
          ['东关小学少先队大队', '东关小学', '', ''],
          ['张静', '第二实验小学', '', '辅导员'],
        ]),
      ),
    );
    expect(buildPreview(file, context(), { mode: 'replace', defaultKind: 'collective' }).rows.map((row) => row.kind)).toEqual(['collective', 'counselor']);
  });

  it('replaces the recipients, or appends after them and flags names already on the list', () => {
    const existing = [
      { name: '林思源', recipientKind: 'pupil' as const, unit: '五年级(2)中队', school: { documentId: 's-shiyan' }, roleModel: { documentId: 'r-lin' } },
    ];
    const table = readTable(csv(awardCsvRows([['张静', '第二实验小学', '大队部', '辅导员']])));
    const replace = buildPreview(table, context(existing), REPLACE);
    expect(recipientsToWrite(replace, context(existing), 'replace')).toEqual([
      { name: '张静', recipientKind: 'counselor', unit: '大队部', school: 's-dier', roleModel: undefined },
    ]);
    const append = buildPreview(table, context(existing), { mode: 'append', defaultKind: 'pupil' });
    expect(recipientsToWrite(append, context(existing), 'append')).toEqual([
      { name: '林思源', recipientKind: 'pupil', unit: '五年级(2)中队', school: 's-shiyan', roleModel: 'r-lin' },
      { name: '张静', recipientKind: 'counselor', unit: '大队部', school: 's-dier', roleModel: undefined },
    ]);
    const again = readTable(csv(awardCsvRows([['林思源', '实验小学 ', '', '']].map((row) => [row[0]!, '河洛区实验小学', '', '']))));
    expect(buildPreview(again, context(existing), { mode: 'append', defaultKind: 'pupil' }).rows[0]!.problems).toEqual([
      { column: 'B', message: '与名单中已有的获奖对象重名（同一学校）' },
    ]);
    expect(buildPreview(again, context(existing), REPLACE).problemCount).toBe(0);
  });

  it('reads a 500-row sheet', async () => {
    const rows = Array.from({ length: 500 }, (_, index) => [
      `队员${index + 1}`,
      SCHOOLS[index % SCHOOLS.length]!.name,
      `${(index % 6) + 1}年级(${(index % 4) + 1})中队`,
      '少先队员',
    ]);
    const file = await xlsx(awardSheet(rows));
    const started = performance.now();
    const preview = buildPreview(readTable(file), context(), REPLACE);
    console.info(`500-row .xlsx read and previewed in ${Math.round(performance.now() - started)} ms`);
    expect(preview.rows).toHaveLength(500);
    expect(preview.problemCount).toBe(0);
    expect(preview.rows.at(-1)).toMatchObject({ row: 502, name: '队员500' });
  });
});
