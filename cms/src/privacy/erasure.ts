import type { Core } from '@strapi/strapi';

const ROLE_MODEL = 'api::role-model.role-model';
const AWARD = 'api::award.award';
const RECIPIENT = 'award.recipient';
/** What an award list shows instead of a name erased at a guardian's request. */
export const ERASED_NAME = '（应监护人要求隐去姓名）';

/**
 * Deleting a role model is how a withdrawal request is fulfilled: its photo files (original and
 * every format) are deleted, and for a minor (or a withdrawn consent) the name is taken out of every
 * award list that named them; what was removed, and when, goes to the private privacy log.
 * The name is replaced where it is stored, in the published and the draft version of each list
 * alike: nothing is published by an erasure, and an editor's pending edits stay pending.
 */
export function registerErasure(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ROLE_MODEL || context.action !== 'delete') return next();
    const { documentId } = context.params as { documentId?: string };
    if (!documentId) return next();

    const versions = await strapi.documents(ROLE_MODEL).findMany({
      filters: { documentId },
      status: 'draft',
      populate: { photo: true, guardianConsent: true },
    } as never);
    const published = await strapi.documents(ROLE_MODEL).findOne({ documentId, status: 'published', populate: { photo: true } } as never);
    const subject = versions[0] as { slug: string; kind: string; isMinor: boolean; guardianConsent?: { withdrawnOn?: string | null } | null } | undefined;
    const eraseName = Boolean(subject?.isMinor || subject?.guardianConsent?.withdrawnOn);

    // The award-list entries (of every version) that name this person, found while the link still exists.
    const naming = { roleModel: { documentId } };
    const recipientIds = eraseName ? (await strapi.db.query(RECIPIENT).findMany({ where: naming, select: ['id'] })).map((row: { id: number }) => row.id) : [];
    const awards = recipientIds.length ? await strapi.db.query(AWARD).findMany({ where: { recipients: naming }, select: ['slug'] }) : [];

    const result = await next();

    const photos = [...versions, published].flatMap((version) => {
      const photo = (version as { photo?: { id: number; url: string } | null } | null)?.photo;
      return photo ? [photo] : [];
    });
    const removedFiles: string[] = [];
    for (const photo of new Map(photos.map((p) => [p.id, p])).values()) {
      const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id: photo.id } });
      if (!file) continue;
      await strapi.plugin('upload').service('upload').remove(file);
      removedFiles.push(file.url, ...Object.values((file.formats ?? {}) as Record<string, { url: string }>).map((format) => format.url));
    }

    if (recipientIds.length) await strapi.db.query(RECIPIENT).updateMany({ where: { id: { $in: recipientIds } }, data: { name: ERASED_NAME } });
    const maskedIn = [...new Set(awards.map((award: { slug: string }) => award.slug))];

    if (subject) {
      await strapi.documents('api::privacy-log.privacy-log').create({
        data: {
          action: 'erasure',
          subject: `${subject.slug} (${subject.kind})`,
          details: { roleModel: documentId, removedFiles, namesRemovedFromAwards: maskedIn },
          performedAt: new Date().toISOString(),
        },
      } as never);
      strapi.log.info(`privacy: erased ${subject.slug}: ${removedFiles.length} files, ${maskedIn.length} award lists`);
    }
    return result;
  });
}
