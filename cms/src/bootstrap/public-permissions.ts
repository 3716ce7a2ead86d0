import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../generated/registry';

/** Content types the public site reads. Everything else stays closed to anonymous callers. */
export const PUBLIC_CONTENT_TYPES = CONTENT_TYPES.filter((type) => type.public);

/** The site's content loader asks what changed here before it fetches (src/api/content-version). */
const CONTENT_VERSIONS = 'api::content-version.content-version.find';

function publicActions(): string[] {
  return [...PUBLIC_CONTENT_TYPES.flatMap(({ uid, single }) => (single ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`])), CONTENT_VERSIONS];
}

/**
 * Makes the Public role's permissions exactly "read published content of the public types" (and their versions),
 * removing any other grant (registration, login, uploads…), so a stray click in the admin is undone
 * at the next start.
 */
export async function syncPublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions Public role is missing');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const wanted = new Set(publicActions());
  const existing: Array<{ id: number; action: string }> = await permissions.findMany({ where: { role: role.id } });

  const unwanted = existing.filter((permission) => !wanted.has(permission.action));
  if (unwanted.length > 0) {
    await permissions.deleteMany({ where: { id: { $in: unwanted.map((permission) => permission.id) } } });
  }
  const present = new Set(existing.map((permission) => permission.action));
  for (const action of wanted) {
    if (!present.has(action)) await permissions.create({ data: { action, role: role.id } });
  }

  // No visitor accounts: refuse sign-ups even if someone re-grants the route.
  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get()) ?? {}) as Record<string, unknown>;
  if (settings.allow_register !== false) await advanced.set({ value: { ...settings, allow_register: false } });
}
