import { type RecipientKind, recipientKind } from '../../../generated/enums';
import { ImportFileError, type Table } from './read';

export type { RecipientKind };
export const RECIPIENT_KINDS = Object.keys(recipientKind) as RecipientKind[];
export type ImportMode = 'replace' | 'append';

export interface SchoolRef {
  documentId: string;
  name: string;
}
export interface RoleModelRef {
  documentId: string;
  name: string;
  schoolDocumentId?: string;
}
/** A recipient already on the award's draft, as the Document Service returns it. */
export interface ExistingRecipient {
  name: string;
  recipientKind: RecipientKind;
  unit?: string | null;
  school?: { documentId: string } | null;
  roleModel?: { documentId: string } | null;
}
/** What a sheet is matched against: every school and role-model profile, and the draft's recipients. */
export interface ImportContext {
  schools: SchoolRef[];
  roleModels: RoleModelRef[];
  existing: ExistingRecipient[];
}
export interface ImportOptions {
  mode: ImportMode;
  /** The kind of rows whose 类别 is blank. */
  defaultKind: RecipientKind;
}

export interface Problem {
  /** The spreadsheet's column letter. */
  column: string;
  message: string;
}
export interface PreviewRow {
  /** The spreadsheet's row number, as Excel shows it. */
  row: number;
  name: string;
  kind?: RecipientKind;
  schoolText: string;
  school?: SchoolRef;
  unit: string;
  roleModel?: RoleModelRef;
  problems: Problem[];
}
export interface Preview {
  headerRow: number;
  rows: PreviewRow[];
  problemCount: number;
}

type Field = 'name' | 'school' | 'unit' | 'kind';
const HEADERS: Record<Field, string[]> = {
  name: ['姓名', '名字', '名称', '集体名称', '获奖者', '获奖对象', '获奖集体'],
  school: ['学校', '单位', '学校名称', '所在学校', '工作单位'],
  unit: ['中队', '班级', '中队名称', '所在中队', '大队'],
  kind: ['类别', '身份', '类型'],
};
const KINDS: Record<RecipientKind, string[]> = {
  pupil: ['pupil', '少先队员', '队员', '学生', '优秀少先队员'],
  counselor: ['counselor', '辅导员', '少先队辅导员', '中队辅导员', '大队辅导员', '优秀少先队辅导员', '教师', '老师'],
  collective: ['collective', '集体', '少先队集体', '中队', '大队', '小队', '优秀少先队集体', '先进集体'],
};
const NAME_MAX = 80;
const UNIT_MAX = 80;
// The header sits under a title and a few lines of 文号 at most.
const HEADER_SEARCH_ROWS = 15;

/** Full-width letters, digits, brackets and spaces as their ASCII forms; runs of spaces as one. */
export const normalise = (value: string): string => value.normalize('NFKC').replace(/\s+/g, ' ').trim();
/** Spaces between Chinese characters are alignment (王  芳), not part of the name. */
export const normaliseName = (value: string): string => normalise(value).replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
/** Schools are compared without any spaces, as people type them. */
const schoolKey = (value: string): string => normalise(value).replace(/ /g, '');

export const columnLetter = (index: number): string => (index < 26 ? '' : columnLetter(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));

/** A header cell's names: 中队（班级） is both 中队 and 班级. */
const headerParts = (cell: string): string[] => {
  const key = schoolKey(cell);
  return [key, ...key.split(/[()/、]/).filter(Boolean)];
};

function findHeader(rows: string[][]): { row: number; columns: Partial<Record<Field, number>> } {
  for (let row = 0; row < Math.min(rows.length, HEADER_SEARCH_ROWS); row++) {
    const columns: Partial<Record<Field, number>> = {};
    (rows[row] ?? []).forEach((cell, column) => {
      const parts = headerParts(cell);
      const field = (Object.keys(HEADERS) as Field[]).find((candidate) => parts.some((part) => HEADERS[candidate].includes(part)));
      if (field && columns[field] === undefined) columns[field] = column;
    });
    if (columns.name !== undefined && columns.school !== undefined) return { row, columns };
  }
  throw new ImportFileError(`没有找到表头：表格前 ${HEADER_SEARCH_ROWS} 行中应有一行包含“姓名”和“学校”两列。`);
}

export function parseKind(value: string): RecipientKind | undefined {
  const key = schoolKey(value).toLowerCase();
  return RECIPIENT_KINDS.find((kind) => KINDS[kind].includes(key));
}

/**
 * The school an editor meant: the exact name first, then the one school whose full name ends
 * with what was typed (河洛区第二实验小学 ← 第二实验小学), then the one that contains it. More
 * than one at a step is reported, never guessed.
 */
export function matchSchool(typed: string, schools: SchoolRef[]): { school?: SchoolRef; problem?: string } {
  const key = schoolKey(typed);
  if (!key) return { problem: '学校为空' };
  const keyed = schools.map((school) => ({ school, key: schoolKey(school.name) }));
  const steps = [
    (name: string) => name === key,
    (name: string) => key.length >= 2 && name.endsWith(key),
    (name: string) => key.length >= 2 && name.includes(key),
  ];
  for (const step of steps) {
    const found = keyed.filter((candidate) => step(candidate.key));
    if (found.length === 1) return { school: found[0]!.school };
    if (found.length > 1) return { problem: `学校“${typed}”可能是${found.map((candidate) => `“${candidate.school.name}”`).join('、')}，请写全称` };
  }
  return { problem: `没有名为“${typed}”的学校，请先在“学校”中添加，或写全称` };
}

/** What an import would write, row by row, with each row's problems; pure, so the admin and the command share it. */
export function buildPreview(table: Table, context: ImportContext, options: ImportOptions): Preview {
  const header = findHeader(table.rows);
  const seen = new Map<string, string>();
  const duplicateKey = (name: string, school: string) => `${name}\u0000${school}`;
  if (options.mode === 'append') {
    for (const recipient of context.existing) {
      if (recipient.school) seen.set(duplicateKey(normaliseName(recipient.name), recipient.school.documentId), '与名单中已有的获奖对象重名（同一学校）');
    }
  }

  const rows: PreviewRow[] = [];
  for (let index = header.row + 1; index < table.rows.length; index++) {
    const cells = table.rows[index] ?? [];
    const problems: Problem[] = [];
    const read = (field: Field): string => {
      const column = header.columns[field];
      if (column === undefined) return '';
      if (table.uncalculated.has(`${index}:${column}`))
        problems.push({ column: columnLetter(column), message: '公式没有保存计算结果：请在 Excel 中打开并保存后再导入' });
      return cells[column] ?? '';
    };
    const [rawName, rawSchool, rawUnit, rawKind] = (['name', 'school', 'unit', 'kind'] as const).map(read) as [string, string, string, string];
    // Blank rows, and rows holding nothing but their 序号 (a numbered template), are not recipients.
    if (![rawName, rawSchool, rawUnit, rawKind].some((value) => normalise(value))) continue;
    const letter = (field: Field) => columnLetter(header.columns[field]!);
    const name = normaliseName(rawName);
    const unit = normalise(rawUnit);
    const schoolText = normalise(rawSchool);

    if (!name) problems.push({ column: letter('name'), message: '姓名为空' });
    else if ([...name].length > NAME_MAX) problems.push({ column: letter('name'), message: `姓名超过 ${NAME_MAX} 个字` });
    if ([...unit].length > UNIT_MAX) problems.push({ column: letter('unit'), message: `中队超过 ${UNIT_MAX} 个字` });

    const matched = matchSchool(schoolText, context.schools);
    if (matched.problem) problems.push({ column: letter('school'), message: matched.problem });

    let kind: RecipientKind | undefined = options.defaultKind;
    if (normalise(rawKind)) {
      kind = parseKind(rawKind);
      if (!kind) problems.push({ column: letter('kind'), message: `类别“${normalise(rawKind)}”无法识别，应为少先队员、辅导员或集体` });
    }

    if (name && matched.school) {
      const key = duplicateKey(name, matched.school.documentId);
      const earlier = seen.get(key);
      if (earlier) problems.push({ column: letter('name'), message: earlier });
      else seen.set(key, `与第 ${index + 1} 行重名（同一学校）`);
    }

    const roleModels = matched.school
      ? context.roleModels.filter((profile) => profile.schoolDocumentId === matched.school!.documentId && normaliseName(profile.name) === name)
      : [];
    rows.push({
      row: index + 1,
      name,
      ...(kind && { kind }),
      schoolText,
      ...(matched.school && { school: matched.school }),
      unit,
      // Two profiles of one name at one school: linking either would be a guess.
      ...(roleModels.length === 1 && { roleModel: roleModels[0] }),
      problems,
    });
  }
  if (rows.length === 0) throw new ImportFileError('表头下面没有名单：请检查是否选错了文件或工作表。');
  return { headerRow: header.row + 1, rows, problemCount: rows.filter((row) => row.problems.length > 0).length };
}

/** The recipients the draft gets: relations by documentId, the Document Service's input (a field left out is empty). */
export function recipientsToWrite(preview: Preview, context: ImportContext, mode: ImportMode) {
  if (preview.problemCount > 0) throw new Error('an import with problems cannot be written');
  const kept =
    mode === 'append'
      ? context.existing.map((recipient) => ({
          name: recipient.name,
          recipientKind: recipient.recipientKind,
          unit: recipient.unit ?? undefined,
          school: recipient.school?.documentId,
          roleModel: recipient.roleModel?.documentId,
        }))
      : [];
  const imported = preview.rows.map((row) => ({
    name: row.name,
    recipientKind: row.kind!,
    unit: row.unit || undefined,
    school: row.school!.documentId,
    roleModel: row.roleModel?.documentId,
  }));
  return [...kept, ...imported];
}
