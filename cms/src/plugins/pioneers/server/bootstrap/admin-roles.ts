import type { Core, UID } from '@strapi/strapi';
import { ROLE_GRANTS, type RoleGrant } from '../../../../generated/role-grants';

/**
 * What each admin role may do with this platform's content: each content type's schema says it
 * (`pluginOptions.roles`, generated into ROLE_GRANTS by `pnpm contract`), `docs/roles.md` documents
 * it and `tests/roles.test.ts` checks every documented right against the running CMS. Super Admins
 * keep every right (Strapi grants them); the other roles get exactly that at every start, so a
 * permission ticked by mistake in Settings → Roles does not survive a restart. Rights outside this
 * platform's content (media library, plugins) are left as the admin set them.
 */

export const PRIVACY_MANAGER = {
  code: 'hlj-privacy-manager',
  name: '隐私管理员',
  description: '管理少先队员的监护人同意、光荣榜姓名显示方式和删除（抹除）榜样档案',
} as const;

/** Seeing the rebuild service's status in the admin (`GET /admin/publishing/status`). */
export const PUBLISHING_STATUS_ACTION = 'api::publishing-status.read';

export const PUBLISH_ACTION = 'plugin::content-manager.explorer.publish';

/** Whether a signed-in admin user (as the admin's auth strategy loads them, with roles) is a super admin. */
export const isSuperAdmin = (user: { roles?: Array<{ code: string }> } | undefined) => Boolean(user?.roles?.some((role) => role.code === 'strapi-super-admin'));

/** Rights beyond the content types (whose rights are in their schemas), by role. */
const EXTRA_ACTIONS: Record<string, string[]> = { 'strapi-editor': [PUBLISHING_STATUS_ACTION] };

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] };
  conditions?: string[];
}

const WITH_FIELDS: ReadonlyArray<RoleGrant['actions'][number]> = ['create', 'read', 'update'];

function fieldsOf(strapi: Core.Strapi, uid: UID.ContentType): string[] {
  return strapi.service('admin::content-type').getNestedFields(strapi.contentTypes[uid], { components: strapi.components }) as string[];
}

const within = (field: string, names: readonly string[] = []) => names.some((name) => field === name || field.startsWith(`${name}.`));

function permissionsFor(strapi: Core.Strapi, grants: Partial<Record<UID.ContentType, RoleGrant>>, extra: string[]): PermissionInput[] {
  const permissions: PermissionInput[] = extra.map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
  for (const [uid, grant] of Object.entries(grants) as Array<[UID.ContentType, RoleGrant]>) {
    const visible = fieldsOf(strapi, uid).filter((field) => !within(field, grant.hidden));
    for (const action of grant.actions) {
      const fields = action === 'read' ? visible : visible.filter((field) => !within(field, grant.readOnly));
      permissions.push({
        action: `plugin::content-manager.explorer.${action}`,
        subject: uid,
        properties: WITH_FIELDS.includes(action) ? { fields } : {},
        conditions: grant.own ? ['admin::is-creator'] : [],
      });
    }
  }
  return permissions;
}

/** This platform's own rights: its content types and the publishing status. */
const isManaged = (permission: PermissionInput) => Boolean(permission.subject?.startsWith('api::')) || permission.action === PUBLISHING_STATUS_ACTION;

/** Registered before the admin's own bootstrap, which gives Super Admins every registered action. */
export function registerPublishingStatusAction(strapi: Core.Strapi): void {
  strapi.service('admin::permission').actionProvider.register({
    uid: 'publishing-status.read',
    displayName: '查看网站发布状态',
    section: 'settings',
    category: '网站发布',
    subCategory: 'general',
  });
}

/** Strapi's own roles as editors read them (设置 → 用户, the profile); their codes stay Strapi's. */
const ROLE_NAMES: Record<string, { name: string; description: string }> = {
  'strapi-super-admin': { name: '超级管理员', description: '管理后台的一切，包括用户和设置' },
  'strapi-editor': { name: '编辑', description: '撰写并发布所有内容' },
  'strapi-author': { name: '作者', description: '撰写新闻、榜样、表彰和示范课的草稿，只改自己写的' },
};

export async function syncAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  for (const [code, names] of Object.entries(ROLE_NAMES)) {
    const role = await roles.findOne({ code });
    if (role && role.name !== names.name) await roles.update({ id: role.id }, names);
  }
  for (const [code, grants] of Object.entries(ROLE_GRANTS)) {
    if (!ROLE_NAMES[code] && code !== PRIVACY_MANAGER.code)
      throw new Error(`pluginOptions.roles names the admin role "${code}", which the CMS does not manage`);
    const role = (await roles.findOne({ code })) ?? (code === PRIVACY_MANAGER.code ? await roles.create(PRIVACY_MANAGER) : undefined);
    // Strapi creates Editor and Author on first start; one deleted by an admin stays deleted.
    if (!role) continue;
    const existing: PermissionInput[] = await strapi.service('admin::permission').findMany({ where: { role: { id: role.id } } });
    const kept = existing
      .filter((permission) => !isManaged(permission))
      .map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
    await roles.assignPermissions(role.id, [...kept, ...permissionsFor(strapi, grants, EXTRA_ACTIONS[code] ?? [])]);
  }
}
