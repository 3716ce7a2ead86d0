import type { Core, UID } from '@strapi/strapi';

/**
 * What each admin role may do with this platform's content, as code: `docs/roles.md` documents it
 * and `tests/roles.test.ts` checks every documented right against the running CMS. Super Admins
 * keep every right (Strapi grants them); the other roles get exactly what is listed here at every
 * start, so a permission ticked by mistake in Settings → Roles does not survive a restart. Rights
 * outside this platform's content (media library, plugins) are left as the admin set them.
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

type Action = 'create' | 'read' | 'update' | 'delete' | 'publish';

interface Grant {
  actions: Action[];
  /** Fields this role neither sees nor writes (a component hides all of its subfields). */
  hidden?: string[];
  /** Fields this role sees but cannot write. */
  readOnly?: string[];
  /** Only entries this role's user created (Strapi's is-creator condition). */
  own?: boolean;
}

type Grants = Partial<Record<UID.ContentType, Grant>>;

const ALL: Action[] = ['create', 'read', 'update', 'delete', 'publish'];
const READ: Grant = { actions: ['read'] };
/** Never written from the admin: the CMS maintains it (role-model/consent.ts). */
const CONSENT_STATUS = 'consentStatus';
const CONSENT = 'guardianConsent';

export const ROLE_GRANTS: Record<string, { grants: Grants; extra: string[] }> = {
  'strapi-editor': {
    grants: {
      'api::article.article': { actions: ALL },
      'api::award.award': { actions: ALL },
      'api::category.category': { actions: ALL },
      'api::homepage.homepage': { actions: ALL },
      'api::lesson.lesson': { actions: ALL },
      'api::school.school': { actions: ALL },
      'api::tag.tag': { actions: ALL },
      // Deleting a profile erases a child's data: that belongs to the privacy manager.
      'api::role-model.role-model': { actions: ['create', 'read', 'update', 'publish'], hidden: [CONSENT], readOnly: [CONSENT_STATUS] },
      // No delete: a deleted setting comes back with the default name display.
      'api::site-setting.site-setting': { actions: ['create', 'read', 'update', 'publish'], readOnly: ['minorNameDisplay'] },
    },
    extra: [PUBLISHING_STATUS_ACTION],
  },
  'strapi-author': {
    grants: {
      'api::article.article': { actions: ['create', 'read', 'update', 'delete'], own: true },
      'api::award.award': { actions: ['create', 'read', 'update', 'delete'], own: true },
      'api::lesson.lesson': { actions: ['create', 'read', 'update', 'delete'], own: true },
      'api::role-model.role-model': { actions: ['create', 'read', 'update'], own: true, hidden: [CONSENT], readOnly: [CONSENT_STATUS] },
      // To pick them in relation fields.
      'api::category.category': READ,
      'api::school.school': READ,
      'api::tag.tag': READ,
    },
    extra: [],
  },
  [PRIVACY_MANAGER.code]: {
    grants: {
      'api::role-model.role-model': { actions: ['read', 'update', 'delete'], readOnly: [CONSENT_STATUS] },
      // The name display applies to the site once published; the other settings are the editors'.
      'api::site-setting.site-setting': {
        actions: ['create', 'read', 'update', 'publish'],
        readOnly: ['siteName', 'organisation', 'icpNumber', 'publicSecurityNumber', 'address', 'contact'],
      },
      'api::privacy-log.privacy-log': READ,
      'api::award.award': READ,
      'api::school.school': READ,
    },
    extra: [],
  },
};

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] };
  conditions?: string[];
}

const WITH_FIELDS: Action[] = ['create', 'read', 'update'];

function fieldsOf(strapi: Core.Strapi, uid: UID.ContentType): string[] {
  return strapi.service('admin::content-type').getNestedFields(strapi.contentTypes[uid], { components: strapi.components }) as string[];
}

const within = (field: string, names: string[] = []) => names.some((name) => field === name || field.startsWith(`${name}.`));

function permissionsFor(strapi: Core.Strapi, grants: Grants, extra: string[]): PermissionInput[] {
  const permissions: PermissionInput[] = extra.map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
  for (const [uid, grant] of Object.entries(grants) as Array<[UID.ContentType, Grant]>) {
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
  for (const [code, { grants, extra }] of Object.entries(ROLE_GRANTS)) {
    const role = (await roles.findOne({ code })) ?? (code === PRIVACY_MANAGER.code ? await roles.create(PRIVACY_MANAGER) : undefined);
    // Strapi creates Editor and Author on first start; one deleted by an admin stays deleted.
    if (!role) continue;
    const existing: PermissionInput[] = await strapi.service('admin::permission').findMany({ where: { role: { id: role.id } } });
    const kept = existing
      .filter((permission) => !isManaged(permission))
      .map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
    await roles.assignPermissions(role.id, [...kept, ...permissionsFor(strapi, grants, extra)]);
  }
}
