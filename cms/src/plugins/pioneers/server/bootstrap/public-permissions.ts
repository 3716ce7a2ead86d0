import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../../../../generated/registry';

/** Content types the public site reads. Everything else stays closed to anonymous callers. */
export const PUBLIC_CONTENT_TYPES = CONTENT_TYPES.filter((type) => type.public);

/** The site's content loader asks what changed here before it fetches (../content-versions). */
const CONTENT_VERSIONS = 'plugin::pioneers.content-version.find';

function publicActions(): string[] {
  return [...PUBLIC_CONTENT_TYPES.flatMap(({ uid, single }) => (single ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`])), CONTENT_VERSIONS];
}

/**
 * Makes the Public role's permissions exactly "read published content of the public types" (and their versions),
 * removing any other grant (registration, login, uploads…), so a stray click in the admin is undone
 * at the next start. Through users-permissions' role service, as the admin's Roles page saves a role.
 */
export async function syncPublicPermissions(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.plugin('users-permissions').service('role');
  const role = ((await roles.find()) as Array<{ id: number; type: string }>).find((candidate) => candidate.type === 'public');
  if (!role) throw new Error('users-permissions Public role is missing');

  // The role service's shape, as the admin's Roles page sends it: every action not enabled here is removed.
  const permissions: Record<string, { controllers: Record<string, Record<string, { enabled: true }>> }> = {};
  for (const action of publicActions()) {
    const [type, controller, name] = action.split('.') as [string, string, string];
    permissions[type] ??= { controllers: {} };
    permissions[type].controllers[controller] = { ...permissions[type].controllers[controller], [name]: { enabled: true } };
  }
  await roles.updateRole(role.id, { permissions });

  // No visitor accounts: refuse sign-ups even if someone re-grants the route.
  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get()) ?? {}) as Record<string, unknown>;
  if (settings.allow_register !== false) await advanced.set({ value: { ...settings, allow_register: false } });
}
