import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env, requireValidEnv, variables } from '@pioneers/env';

export const cmsRoot = path.resolve(__dirname, '..');
/** cms/.env, or where ENV_PATH points (Strapi reads its .env from there too). */
const envFile = path.resolve(env.ENV_PATH ?? path.join(cmsRoot, '.env'));

const secret = () => randomBytes(24).toString('base64');

/** The secrets Strapi refuses to start without, and ours (preview links, backups): generated once per installation. */
const GENERATED = Object.entries(variables).flatMap(([name, variable]) => ('generated' in variable ? [name as keyof typeof variables] : []));

/**
 * Writes the missing secrets into cms/.env (git-ignored), keeping every line already there.
 * Values set in the environment win and are never copied into the file.
 */
export function ensureEnvFile(): string[] {
  const current = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
  const present = new Set(current.split('\n').map((line) => line.split('=')[0]?.trim()));
  const missing = GENERATED.filter((key) => !present.has(key) && env[key] === undefined);
  if (missing.length === 0) return [];
  const lines = missing.map((key) => `${key}=${variables[key].type === 'list' ? [secret(), secret(), secret(), secret()].join(',') : secret()}`);
  const prefix = current && !current.endsWith('\n') ? '\n' : '';
  writeFileSync(envFile, `${current}${prefix}${lines.join('\n')}\n`, { mode: 0o600 });
  return missing;
}

/** Strapi's local upload provider refuses to start unless its folder exists. */
function ensureUploadsDir(): void {
  const publicDir = path.resolve(cmsRoot, env.STRAPI_PUBLIC_DIR);
  mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
}

/**
 * The first-run setup every command that boots Strapi needs, safe to repeat: secrets generated
 * into cms/.env and loaded into this process (Strapi reads .env once, when it is first imported,
 * which on a fresh clone is before the file exists; values already in the environment win), and
 * the uploads folder. Returns the names of the secrets it generated.
 */
export function firstRun(): string[] {
  const generated = ensureEnvFile();
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  requireValidEnv('cms');
  ensureUploadsDir();
  return generated;
}

/** The passphrase backups are encrypted with: BACKUP_KEY from the environment or cms/.env. */
export function backupKey(): string {
  const fromFile = existsSync(envFile) ? readFileSync(envFile, 'utf8').match(/^BACKUP_KEY=(.+)$/m)?.[1] : undefined;
  const key = env.BACKUP_KEY || fromFile?.trim();
  if (!key) throw new Error('BACKUP_KEY is not set: put it in the environment or in cms/.env');
  return key;
}
