/**
 * Backup archives are encrypted with AES-256-GCM under a key derived (scrypt) from BACKUP_KEY:
 * Strapi's own export encryption is AES-128-ECB, which leaks patterns and detects no tampering.
 * Layout: magic · salt · iv · ciphertext · auth tag.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';

const MAGIC = Buffer.from('HLJBAK1\n');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + SALT_BYTES + IV_BYTES;

export class BackupError extends Error {
  override name = 'BackupError';
}

const deriveKey = (passphrase: string, salt: Buffer) => scryptSync(passphrase, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });

export async function encryptFile(plainPath: string, encryptedPath: string, passphrase: string): Promise<void> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt), iv);
  const out = createWriteStream(encryptedPath, { mode: 0o600 });
  out.write(Buffer.concat([MAGIC, salt, iv]));
  await pipeline(createReadStream(plainPath), cipher, out, { end: false });
  out.end(cipher.getAuthTag());
  await new Promise<void>((resolve, reject) => out.once('finish', resolve).once('error', reject));
}

/** Decrypts to `plainPath`; a wrong key or any altered byte fails, and leaves no output behind. */
export async function decryptFile(encryptedPath: string, plainPath: string, passphrase: string): Promise<void> {
  const fd = openSync(encryptedPath, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  let size: number;
  try {
    size = fstatSync(fd).size;
    readSync(fd, header, 0, HEADER_BYTES, 0);
    if (size < HEADER_BYTES + TAG_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new BackupError(`${encryptedPath} is not a backup made by \`pnpm backup\``);
    }
    readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    closeSync(fd);
  }
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES);
  const iv = header.subarray(MAGIC.length + SALT_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt), iv);
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(encryptedPath, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 }),
      decipher,
      createWriteStream(plainPath, { mode: 0o600 }),
    );
  } catch {
    rmSync(plainPath, { force: true });
    throw new BackupError(`${encryptedPath} cannot be decrypted: the key is wrong or the file was altered`);
  }
}
