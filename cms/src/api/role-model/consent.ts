import type { Core, Data, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const ROLE_MODEL = 'api::role-model.role-model';

type GuardianConsent = Data.Component<'privacy.guardian-consent'>;

/** What the publish gate needs to know about a role-model entry. */
export interface ConsentSubject {
  isMinor?: boolean | null;
  photo?: unknown;
  guardianConsent?: Partial<Pick<GuardianConsent, 'consentedOn' | 'expiresOn' | 'scope' | 'withdrawnOn'>> | null;
}

/** Today's date in the district's time zone, as `YYYY-MM-DD` (the format of Strapi date fields). */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/**
 * Why a minor's profile may not be public (in the editors' language), or `undefined` when it may.
 * The law asks for a guardian's consent before a minor's information is published; a photo needs
 * consent of its own.
 */
export function consentProblem(entry: ConsentSubject, today = todayInChina()): string | undefined {
  if (entry.isMinor === false) return undefined;
  const consent = entry.guardianConsent;
  if (!consent?.consentedOn || !consent.expiresOn || !consent.scope) {
    return '未成年人的榜样档案须先登记监护人同意（监护人、签署日期、同意范围、有效期），才能发布。';
  }
  if (consent.withdrawnOn && consent.withdrawnOn <= today) {
    return `监护人已于 ${consent.withdrawnOn} 撤回同意，档案不能公开。`;
  }
  if (consent.consentedOn > today) {
    return `监护人同意书的签署日期（${consent.consentedOn}）晚于今天，请核对后再发布。`;
  }
  if (consent.expiresOn < today) {
    return `监护人同意已于 ${consent.expiresOn} 到期，请续签后再发布。`;
  }
  const hasPhoto = entry.photo !== undefined && entry.photo !== null && !(Array.isArray(entry.photo) && entry.photo.length === 0);
  if (hasPhoto && consent.scope !== 'profile_and_photo') {
    return '监护人同意的范围不含照片：请移除照片，或登记含照片的同意后再发布。';
  }
  return undefined;
}

type DocumentContext = Modules.Documents.Middleware.Context;

async function entryAfter(strapi: Core.Strapi, context: DocumentContext): Promise<ConsentSubject | undefined> {
  const params = context.params as { documentId?: string; data?: Record<string, unknown>; status?: string };
  const publishing = context.action === 'publish' || params.status === 'published';
  if (!publishing) return undefined;

  const stored = params.documentId
    ? await strapi.documents(ROLE_MODEL).findOne({
        documentId: params.documentId,
        status: 'draft',
        populate: { guardianConsent: true, photo: true },
      })
    : undefined;
  const data = context.action === 'publish' ? {} : (params.data ?? {});
  return { ...(stored as ConsentSubject | null), ...(data as ConsentSubject) };
}

/**
 * Takes a published profile down when the consent recorded on its draft no longer covers it
 * (withdrawn, expired, or a photo without photo consent). Returns whether it did.
 */
export async function unpublishIfConsentLapsed(strapi: Core.Strapi, documentId: string, today = todayInChina()): Promise<boolean> {
  const documents = strapi.documents(ROLE_MODEL);
  if (!(await documents.findOne({ documentId, status: 'published', fields: ['slug'] }))) return false;
  const draft = await documents.findOne({ documentId, status: 'draft', populate: { guardianConsent: true, photo: true } });
  const problem = draft && consentProblem(draft as ConsentSubject, today);
  if (!problem) return false;
  await documents.unpublish({ documentId });
  strapi.log.info(`consent: unpublished role model ${draft.slug}: ${problem}`);
  return true;
}

/** The daily check: every published profile whose consent has lapsed goes offline (and the site rebuilds). */
export async function unpublishLapsedConsents(strapi: Core.Strapi, today = todayInChina()): Promise<string[]> {
  const published = await strapi.documents(ROLE_MODEL).findMany({ status: 'published', filters: { isMinor: true }, fields: ['slug'] });
  const unpublished: string[] = [];
  for (const { documentId, slug } of published) {
    if (await unpublishIfConsentLapsed(strapi, documentId, today)) unpublished.push(String(slug));
  }
  return unpublished;
}

/**
 * Refuses, before anything is written, to publish a minor's profile that lacks valid consent; and
 * when an editor records a withdrawal (or any change that voids the consent) on the draft, takes
 * the published profile down at once.
 */
export function registerConsentGate(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ROLE_MODEL || !['create', 'update', 'publish'].includes(context.action)) return next();
    const entry = await entryAfter(strapi, context);
    const problem = entry && consentProblem(entry);
    if (problem) throw new errors.ApplicationError(problem);
    const result = await next();
    const { documentId } = context.params as { documentId?: string };
    if (context.action === 'update' && documentId) await unpublishIfConsentLapsed(strapi, documentId);
    return result;
  });
}
