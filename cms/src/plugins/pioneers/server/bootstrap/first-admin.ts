import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { env } from '../../../../env';

/** A password that meets Strapi's rules (8+ chars with upper, lower and digit). */
function generatePassword(): string {
  return `Hlj-${randomBytes(12).toString('base64url')}-7a`;
}

/**
 * The embedded default needs no registration form: the first super admin comes from
 * ADMIN_EMAIL / ADMIN_PASSWORD, or gets a generated password that is printed this once.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;

  const email = env.ADMIN_EMAIL;
  const given = env.ADMIN_PASSWORD;
  const password = given || generatePassword();
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();

  await users.create({
    email,
    firstname: '管理员',
    password,
    isActive: true,
    registrationToken: null,
    preferedLanguage: 'zh-Hans',
    roles: superAdmin ? [superAdmin.id] : [],
  });

  const shown = given ? '(the ADMIN_PASSWORD you set)' : password;
  const rule = '='.repeat(64);
  // Printed on purpose, once: this is the only place the generated password ever appears.
  console.log(`\n${rule}\n  First admin created: ${email}\n  Password: ${shown}\n  Change it after the first login (右上角 → 个人资料).\n${rule}\n`);
}
