import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PUBLISH_ACTION } from '../../plugins/pioneers/server/bootstrap/admin-roles';

const ARTICLE = 'api::article.article';
const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt'] as const;

export const SCHEDULE_REFUSED = '只有有发布权限的编辑才能设置或修改定时发布、定时下线。';
export const SCHEDULED_DRAFT_LOCKED = '这篇文章已定时发布，到时会公开当前草稿：只有有发布权限的编辑才能修改。如需修改，请编辑先取消定时发布。';

type Schedule = { publishAt?: string | null; unpublishAt?: string | null; scheduledBy?: number | null };

const instant = (value: unknown) => (value === null || value === undefined || value === '' ? null : new Date(String(value)).getTime());

interface AdminRequest {
  state?: { auth?: { strategy?: { name?: string } }; user?: { id: number }; userAbility?: { can(action: string, subject: string): boolean } };
}

/**
 * Whether an admin user may publish articles now: still active, and a role of theirs still has
 * the publish right. Their rights may have changed since they set a schedule.
 */
export async function mayPublishArticles(strapi: Core.Strapi, userId: number | null | undefined): Promise<boolean> {
  if (!userId) return false;
  const user = await strapi.service('admin::user').findOne(userId, ['roles']);
  if (!user?.isActive || user.blocked) return false;
  const ability = await strapi.service('admin::permission').engine.generateUserAbility(user);
  return ability.can(PUBLISH_ACTION, ARTICLE);
}

/**
 * A schedule publishes (or unpublishes) later, in the name of whoever set it: only someone who may
 * publish can set or change one, and the CMS records who did (`scheduledBy`, never taken from the
 * request). While a publish is scheduled, the draft is what goes public, so someone who may not
 * publish may not change it either. Server code (seed, cron, scripts) runs outside any request and
 * is trusted; requests other than the admin's (Content API tokens) may not schedule at all.
 */
export function registerScheduleGuard(strapi: Core.Strapi): void {
  // A PolicyError, not a ForbiddenError: Strapi replaces the latter's message with "Forbidden".
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE || !['create', 'update', 'clone'].includes(context.action)) return next();
    const request = strapi.requestContext.get() as AdminRequest | undefined;
    if (!request) return next();

    const params = context.params as { documentId?: string; data?: Schedule & Record<string, unknown> };
    const given: Schedule & Record<string, unknown> = { ...params.data };
    delete given.scheduledBy;
    // A copy is a new article: it is scheduled anew, not in the name of whoever scheduled the original.
    const data = context.action === 'clone' ? { publishAt: null, unpublishAt: null, scheduledBy: null, ...given } : given;
    const stored =
      context.action === 'update' && params.documentId
        ? ((await strapi.documents(ARTICLE).findOne({ documentId: params.documentId, status: 'draft', fields: [...SCHEDULE_FIELDS] })) as Schedule | null)
        : null;
    const { state } = request;
    const mayPublish = state?.auth?.strategy?.name === 'admin' && Boolean(state.userAbility?.can(PUBLISH_ACTION, ARTICLE));
    const changed = SCHEDULE_FIELDS.some((field) => field in data && instant(data[field]) !== instant(stored?.[field]));

    if (changed) {
      if (!mayPublish) throw new errors.PolicyError(SCHEDULE_REFUSED);
      const after = { ...stored, ...data };
      data.scheduledBy = after.publishAt || after.unpublishAt ? state!.user!.id : null;
    } else if (!mayPublish && stored?.publishAt) {
      throw new errors.PolicyError(SCHEDULED_DRAFT_LOCKED);
    }
    params.data = data;
    return next();
  });
}

/**
 * Publishes the articles whose `publishAt` has come and unpublishes those whose `unpublishAt`
 * has, through the Document Service, so webhooks fire and the site rebuilds as for any publish —
 * each only if whoever scheduled it may still publish now (see mayPublishArticles); otherwise the
 * schedule is dropped and logged. Each schedule is cleared once handled, so an editor's later
 * manual change is not undone.
 */
export async function runArticleSchedule(strapi: Core.Strapi, now = new Date()): Promise<{ published: string[]; unpublished: string[]; refused: string[] }> {
  const documents = strapi.documents(ARTICLE);
  const at = now.toISOString();
  const published: string[] = [];
  const unpublished: string[] = [];
  const refused: string[] = [];

  const due = await documents.findMany({ status: 'draft', filters: { publishAt: { $lte: at } }, fields: ['slug', 'scheduledBy'] });
  // Dropped in every version of the entry, without touching anything else in it (the Document
  // Service's input types have no null, which is how a field is cleared).
  const drop = (documentId: string, field: (typeof SCHEDULE_FIELDS)[number]) =>
    strapi.db.query(ARTICLE).updateMany({ where: { documentId }, data: { [field]: null } });

  for (const { documentId, slug, scheduledBy } of due) {
    await drop(documentId, 'publishAt');
    if (await mayPublishArticles(strapi, scheduledBy)) {
      await documents.publish({ documentId });
      published.push(slug!);
    } else {
      refused.push(slug!);
    }
  }

  const expired = await documents.findMany({ status: 'published', filters: { unpublishAt: { $lte: at } }, fields: ['slug', 'scheduledBy'] });
  for (const { documentId, slug, scheduledBy } of expired) {
    if (await mayPublishArticles(strapi, scheduledBy)) {
      await documents.unpublish({ documentId });
      unpublished.push(slug!);
    } else {
      refused.push(slug!);
    }
    await drop(documentId, 'unpublishAt');
  }

  if (refused.length) {
    strapi.log.warn(`schedule: not carried out, whoever scheduled it may no longer publish (schedule cleared): ${refused.join(', ')}`);
  }
  if (published.length || unpublished.length) {
    strapi.log.info(`schedule: published ${published.join(', ') || '-'}; unpublished ${unpublished.join(', ') || '-'}`);
  }
  return { published, unpublished, refused };
}
