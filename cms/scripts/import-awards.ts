/**
 * `pnpm import-awards <award slug> <file> [--dry-run] [--append] [--kind pupil|counselor|collective]`:
 * reads an award list from an .xlsx or .csv into the award's draft recipients, in the database
 * DATABASE_* points at (as `pnpm seed`). Writes nothing when any row has a problem; never publishes.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { env } from '@pioneers/env';
import { createStrapi } from '@strapi/strapi';
import { defaultKind, findAwardDraft, ImportFileError, importRecipients, RECIPIENT_KINDS, type Preview, type RecipientKind } from '../src/api/award/import';
import { recipientKind } from '../src/generated/enums';
import { compileCms } from './compile';
import { cmsRoot, firstRun } from './env';

class UsageError extends Error {}

function formatPreview(preview: Preview): string {
  return preview.rows
    .map((row) => {
      const line = `第 ${row.row} 行  ${row.name || '（空）'}  ${row.kind ? recipientKind[row.kind] : '？'}  ${row.school?.name ?? row.schoolText}  ${row.unit}${row.roleModel ? '  →榜样档案' : ''}`;
      return [line, ...row.problems.map((problem) => `    ✗ ${problem.column} 列：${problem.message}`)].join('\n');
    })
    .join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, append: { type: 'boolean', default: false }, kind: { type: 'string' } },
  });
  const [slug, file] = positionals;
  if (!slug || !file || positionals.length > 2)
    throw new UsageError('用法：pnpm import-awards <表彰网址名> <文件.xlsx|.csv> [--dry-run] [--append] [--kind pupil|counselor|collective]');
  if (values.kind !== undefined && !RECIPIENT_KINDS.includes(values.kind as RecipientKind))
    throw new UsageError(`--kind 应为 ${RECIPIENT_KINDS.join('、')} 之一`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`无法读取文件 ${file}`);
  }

  firstRun();
  const distDir = await compileCms();
  const strapi = await createStrapi({ appDir: cmsRoot, distDir }).load();
  strapi.log.level = env.LOG_LEVEL ?? 'warn';
  try {
    const award = await findAwardDraft(strapi, { slug });
    if (!award) throw new UsageError(`没有网址名为“${slug}”的表彰`);
    const mode = values.append ? 'append' : 'replace';
    // The Document Service announces a write after its commit, reading the entry again
    // (@strapi/core document-service/events.js): Strapi must not be destroyed under that read.
    const announced = new Promise<void>((resolve) => {
      const stop = strapi.eventHub.on('entry.update', async (event: { uid?: string }) => {
        if (event.uid !== 'api::award.award') return;
        stop();
        resolve();
      });
    });
    const { preview, written } = await importRecipients(strapi, award, bytes, {
      mode,
      defaultKind: (values.kind as RecipientKind | undefined) ?? defaultKind(award),
      write: !values['dry-run'],
    });
    console.log(`「${award.title}」：表头在第 ${preview.headerRow} 行，${preview.rows.length} 条名单`);
    if (values['dry-run'] || preview.problemCount > 0) console.log(formatPreview(preview));
    if (preview.problemCount > 0) {
      console.error(`${preview.problemCount} 行有问题，没有写入任何内容。`);
      process.exitCode = 1;
    } else if (written !== undefined) {
      await announced;
      console.log(`已${mode === 'append' ? '追加' : '写入'} ${written} 条获奖名单到草稿（未发布）。`);
    } else {
      console.log('预览（--dry-run），没有写入。');
    }
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError || error instanceof ImportFileError ? error.message : error);
  process.exit(1);
});
