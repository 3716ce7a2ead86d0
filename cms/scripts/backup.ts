/**
 * `pnpm backup [--out <file>]`: one encrypted archive of the CMS's content, configuration and
 * (local) uploads, made with Strapi's data transfer (`strapi export`) and encrypted with
 * BACKUP_KEY (see backup/encryption.ts). `pnpm restore <file>` brings it back.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '@pioneers/env';
import { BackupError, encryptFile } from './backup/encryption';
import { strapiTransfer } from './backup/transfer';
import { compileCms } from './compile';
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

  console.log('backup: compiling the CMS…');
  await compileCms();
  const work = mkdtempSync(path.join(tmpdir(), 'hlj-backup-'));
  try {
    console.log('backup: exporting content, configuration and uploads (strapi export)…');
    if (!strapiTransfer('export', ['--no-encrypt', '--file', path.join(work, 'export')]))
      throw new BackupError('strapi export failed (see above); no backup was written');
    console.log('backup: encrypting…');
    await encryptFile(path.join(work, 'export.tar.gz'), out, key);
    console.log(`backup: wrote ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MB)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`backup: ${error instanceof BackupError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
