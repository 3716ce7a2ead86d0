import type { Core } from '@strapi/strapi';
import { readTable } from './read';
import {
  buildPreview,
  recipientsToWrite,
  type ExistingRecipient,
  type ImportContext,
  type ImportOptions,
  type Preview,
  type RecipientKind,
  type RoleModelRef,
} from './rules';

export { ImportFileError } from './read';
export { RECIPIENT_KINDS, type ImportMode, type Preview, type RecipientKind } from './rules';

/** The award category's own kind, the preview's default for rows without 类别. */
const KIND_OF_CATEGORY: Record<string, RecipientKind> = { 'outstanding-counselor': 'counselor', 'outstanding-collective': 'collective' };

type AwardDraft = { documentId: string; title: string; category: string; recipients?: ExistingRecipient[] };

async function loadContext(strapi: Core.Strapi, award: AwardDraft): Promise<ImportContext> {
  // Drafts: every document has one, and a draft award may name a school or profile not yet published.
  const schools = await strapi.documents('api::school.school').findMany({ status: 'draft', fields: ['name'], limit: -1 });
  const roleModels = await strapi
    .documents('api::role-model.role-model')
    .findMany({ status: 'draft', fields: ['name'], populate: { school: { fields: ['documentId'] } }, limit: -1 });
  return {
    schools: (schools as Array<{ documentId: string; name: string }>).map(({ documentId, name }) => ({ documentId, name })),
    roleModels: (roleModels as Array<{ documentId: string; name: string; school?: { documentId: string } | null }>).map(
      (profile): RoleModelRef => ({
        documentId: profile.documentId,
        name: profile.name,
        ...(profile.school && { schoolDocumentId: profile.school.documentId }),
      }),
    ),
    existing: award.recipients ?? [],
  };
}

/** An award's draft with its recipients, by documentId or slug; undefined when there is none. */
export async function findAwardDraft(strapi: Core.Strapi, where: { documentId: string } | { slug: string }): Promise<AwardDraft | undefined> {
  const award = await strapi.documents('api::award.award').findFirst({
    status: 'draft',
    filters: where,
    fields: ['title', 'category'],
    // createdBy: Authors may edit only the lists they created.
    populate: { createdBy: { fields: ['id'] }, recipients: { populate: { school: { fields: ['documentId'] }, roleModel: { fields: ['documentId'] } } } },
  });
  return (award as AwardDraft | null) ?? undefined;
}

export const defaultKind = (award: AwardDraft): RecipientKind => KIND_OF_CATEGORY[award.category] ?? 'pupil';

/**
 * Reads a spreadsheet against an award's draft and, when `write` and no row has a problem,
 * replaces or extends the draft's recipients. Never publishes: the list goes live when an editor
 * publishes the award, with the same name display as any list. Throws ImportFileError for a
 * file that cannot be read as a list.
 */
export async function importRecipients(
  strapi: Core.Strapi,
  award: AwardDraft,
  file: Uint8Array,
  options: ImportOptions & { write: boolean },
): Promise<{ preview: Preview; written?: number }> {
  const context = await loadContext(strapi, award);
  const preview = buildPreview(readTable(file), context, options);
  if (!options.write || preview.problemCount > 0) return { preview };
  await strapi.documents('api::award.award').update({
    documentId: award.documentId,
    status: 'draft',
    data: { recipients: recipientsToWrite(preview, context, options.mode) },
  });
  return { preview, written: preview.rows.length };
}
