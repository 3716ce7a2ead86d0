import type { Core } from '@strapi/strapi';

const ROLE_MODEL = 'api::role-model.role-model';
const AWARD = 'api::award.award';
/** What an award list shows instead of a name erased at a guardian's request. */
export const ERASED_NAME = '（应监护人要求隐去姓名）';

type Recipient = { id?: number; name: string; roleModel?: { documentId: string } | null; [key: string]: unknown };

/**
 * Deleting a role model is how a withdrawal request is fulfilled: its photo files (original and
 * every format) are deleted, and for a minor (or a withdrawn consent) the name is taken out of every
 * award list that named them; what was removed, and when, goes to the private privacy log.
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

    // Which entries of which award lists name this person, found while the link still exists.
    const named = new Map<string, number[]>();
    if (eraseName) {
      const awards = await strapi.documents(AWARD).findMany({
        status: 'draft',
        filters: { recipients: { roleModel: { documentId } } },
        populate: { recipients: { populate: { roleModel: { fields: ['documentId'] } } } },
      } as never);
      for (const award of awards as unknown as Array<{ documentId: string; recipients: Recipient[] }>) {
        named.set(award.documentId, award.recipients.flatMap((recipient, index) => (recipient.roleModel?.documentId === documentId ? [index] : [])));
      }
    }

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

    const maskedIn: string[] = [];
    for (const [awardId, indexes] of named) {
      const wasPublished = Boolean(await strapi.documents(AWARD).findOne({ documentId: awardId, status: 'published', fields: ['slug'] } as never));
      const award = (await strapi.documents(AWARD).findOne({
        documentId: awardId,
        status: 'draft',
        populate: { recipients: { populate: { school: { fields: ['documentId'] }, roleModel: { fields: ['documentId'] } } } },
      } as never)) as { slug: string; recipients: Recipient[] } | null;
      if (!award) continue;
      const recipients = award.recipients.map(({ id: _id, school, roleModel, ...recipient }, index) => ({
        ...recipient,
        name: indexes.includes(index) ? ERASED_NAME : recipient.name,
        school: (school as { documentId?: string } | null)?.documentId ?? null,
        roleModel: roleModel?.documentId ?? null,
      }));
      await strapi.documents(AWARD).update({ documentId: awardId, data: { recipients } } as never);
      if (wasPublished) await strapi.documents(AWARD).publish({ documentId: awardId });
      maskedIn.push(award.slug);
    }

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
