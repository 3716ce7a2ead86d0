import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cmsRoot } from '../env';

/**
 * Runs Strapi's data transfer (`strapi export` or `strapi import`) on this CMS; true if it
 * succeeded. It must run in the CMS folder, where it also writes a diagnostic log
 * (`export_<ms>.log`) on every run: that one is removed, since the transfer prints its warnings
 * and errors to the console anyway.
 */
export function strapiTransfer(operation: 'export' | 'import', args: string[]): boolean {
  const startedAt = Date.now();
  const result = spawnSync(path.join(cmsRoot, 'node_modules', '.bin', 'strapi'), [operation, ...args], { cwd: cmsRoot, stdio: 'inherit' });
  for (const name of readdirSync(cmsRoot)) {
    const written = name.match(new RegExp(`^${operation}_(\\d+)\\.log$`))?.[1];
    if (written && Number(written) >= startedAt) rmSync(path.join(cmsRoot, name), { force: true });
  }
  return result.status === 0;
}
