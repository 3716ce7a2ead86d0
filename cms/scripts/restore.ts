/**
 * `pnpm restore <file> [--force]`: brings a `pnpm backup` archive back into the CMS database that
 * DATABASE_* points at (and its uploads folder). It refuses a database that already holds content
 * unless --force is given, because Strapi's import replaces everything there.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '@pioneers/env';
import type { Core, UID } from '@strapi/strapi';
import { BackupError, decryptFile } from './backup/encryption';
import { importArchive, withCms } from './backup/transfer';
import { backupKey, firstRun } from './env';

/** What the target database already holds: content entries and uploaded files. */
async function storedEntries(strapi: Core.Strapi): Promise<number> {
  const uids = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::') || uid === 'plugin::upload.file');
  const counts = await Promise.all(uids.map((uid) => strapi.db.query(uid as UID.Schema).count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  const file = positionals[0] && path.resolve(env.INIT_CWD ?? process.cwd(), positionals[0]);
  if (!file) throw new BackupError('usage: pnpm restore <backup file> [--force]');
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  firstRun();

  const work = mkdtempSync(path.join(tmpdir(), 'hlj-restore-'));
  try {
    // Decrypt (and so authenticate) before touching the database.
    console.log('restore: decrypting…');
    await decryptFile(file, path.join(work, 'export.tar.gz'), backupKey());
    await withCms(async (strapi) => {
      const stored = await storedEntries(strapi);
      if (stored > 0 && !values.force) {
        throw new BackupError(
          `the database already holds ${stored} entries and files, which a restore would replace. Restore into an empty database, or add --force to replace them.`,
        );
      }
      console.log('restore: importing…');
      await importArchive(strapi, path.join(work, 'export.tar.gz'));
    });
    console.log(`restore: ${path.basename(file)} restored`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`restore: ${error instanceof BackupError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
