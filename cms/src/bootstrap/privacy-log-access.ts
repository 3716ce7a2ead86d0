import type { Core } from '@strapi/strapi';

export const PRIVACY_LOG = 'api::privacy-log.privacy-log';

/** The privacy log names who asked for erasure: only super admins may read it, not Editors or Authors. */
export async function keepPrivacyLogToSuperAdmins(strapi: Core.Strapi): Promise<void> {
  const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $in: ['strapi-editor', 'strapi-author'] } }, populate: ['permissions'] });
  const granted = roles.flatMap((role: { permissions: Array<{ id: number; subject: string | null }> }) =>
    role.permissions.filter((permission) => permission.subject === PRIVACY_LOG).map((permission) => permission.id),
  );
  if (granted.length > 0) await strapi.db.query('admin::permission').deleteMany({ where: { id: { $in: granted } } });
}
