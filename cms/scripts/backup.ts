/**
 * `pnpm backup [--out <file>]`: one encrypted archive of the CMS's content, configuration and
 * (local) uploads, made with Strapi's data transfer (what `strapi export` runs) and encrypted with
 * BACKUP_KEY (see backup/encryption.ts). `pnpm restore <file>` brings it back.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '@pioneers/env';
import { BackupError, encryptFile } from './backup/encryption';
import { exportArchive, withCms } from './backup/transfer';
import { backupKey, cmsRoot, firstRun } from './env';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const generated = firstRun();
  const key = backupKey();
  if (generated.includes('BACKUP_KEY')) {
    console.warn('backup: a new BACKUP_KEY was written to cms/.env. Keep a copy somewhere other than this server: without it no backup can be read.');
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const out = path.resolve(env.INIT_CWD ?? process.cwd(), values.out ?? path.join(cmsRoot, 'backups', `hlj-${stamp}.hljbak`));
  mkdirSync(path.dirname(out), { recursive: true });

  const work = mkdtempSync(path.join(tmpdir(), 'hlj-backup-'));
  try {
    console.log('backup: exporting content, configuration and uploads…');
    const archive = await withCms((app) => exportArchive(app, path.join(work, 'export')));
    console.log('backup: encrypting…');
    await encryptFile(archive, out, key);
    console.log(`backup: wrote ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MB)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`backup: ${error instanceof BackupError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
