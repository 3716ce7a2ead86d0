import type { Core } from '@strapi/strapi';

const ROLE_MODEL = 'api::role-model.role-model';
const AWARD = 'api::award.award';
const RECIPIENT = 'award.recipient';
/** What an award list shows instead of a name erased at a guardian's request. */
export const ERASED_NAME = '（应监护人要求隐去姓名）';

interface Photo {
  id: number;
}

/**
 * Erases one role model: `deleteProfile` deletes its document (draft and published), then its photo
 * files (original and every format) go, and for a minor (or a withdrawn consent) the name is taken
 * out of every award list that named them; what was removed, and when, goes to the private privacy
 * log. The name is replaced where it is stored, in the published and the draft version of each list
 * alike: nothing is published by an erasure, and an editor's pending edits stay pending.
 *
 * All of it is one database transaction: a failure at any step leaves the profile, the names and the
 * log as they were. Files in storage cannot take part in a transaction, so they are deleted only once
 * it has committed; one that fails then is logged as an error with its id, to be deleted by hand.
 */
export async function eraseRoleModel<T>(strapi: Core.Strapi, documentId: string, deleteProfile: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(async ({ onCommit }) => {
    const roleModels = strapi.documents(ROLE_MODEL);
    const versions = await roleModels.findMany({ filters: { documentId }, status: 'draft', populate: { photo: true, guardianConsent: true } });
    const published = await roleModels.findOne({ documentId, status: 'published', populate: { photo: true } });
    const subject = versions[0];
    const eraseName = Boolean(subject?.isMinor || subject?.guardianConsent?.withdrawnOn);

    // The award-list entries (of every version) that name this person, found while the link still exists.
    const naming = { roleModel: { documentId } };
    const recipientIds = eraseName ? (await strapi.db.query(RECIPIENT).findMany({ where: naming, select: ['id'] })).map((row: { id: number }) => row.id) : [];
    const awards: Array<{ slug: string }> = recipientIds.length
      ? await strapi.db.query(AWARD).findMany({ where: { recipients: naming }, select: ['slug'] })
      : [];

    const deleted = await deleteProfile();

    const photos = new Map<number, Photo>();
    for (const version of [...versions, published]) if (version?.photo) photos.set(version.photo.id, version.photo);
    const files = await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: [...photos.keys()] } } });
    const removedFiles = files.flatMap((file: { url: string; formats?: Record<string, { url: string }> | null }) => [
      file.url,
      ...Object.values(file.formats ?? {}).map((format) => format.url),
    ]);

    if (recipientIds.length) await strapi.db.query(RECIPIENT).updateMany({ where: { id: { $in: recipientIds } }, data: { name: ERASED_NAME } });
    const maskedIn = [...new Set(awards.map((award) => award.slug))];

    if (subject) {
      await strapi.documents('api::privacy-log.privacy-log').create({
        data: {
          action: 'erasure',
          subject: `${subject.slug} (${subject.kind})`,
          details: { roleModel: documentId, removedFiles, namesRemovedFromAwards: maskedIn },
          performedAt: new Date().toISOString(),
        },
      });
    }
    onCommit(() => {
      void removeFiles(strapi, files).then(() => {
        if (subject) strapi.log.info(`privacy: erased ${subject.slug}: ${removedFiles.length} files, ${maskedIn.length} award lists`);
      });
    });
    return deleted;
  });
}

async function removeFiles(strapi: Core.Strapi, files: unknown[]): Promise<void> {
  for (const file of files) {
    await strapi
      .plugin('upload')
      .service('upload')
      .remove(file)
      .catch((error: Error) => strapi.log.error(`privacy: erasure committed, but file ${(file as Photo).id} was not deleted: ${error.message}`));
  }
}

/** Deleting a role model, from the admin or any code, is an erasure: how a withdrawal request is fulfilled. */
export function registerErasure(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ROLE_MODEL || context.action !== 'delete') return next();
    const { documentId } = context.params as { documentId?: string };
    return documentId ? eraseRoleModel(strapi, documentId, async () => next()) : next();
  });
}
