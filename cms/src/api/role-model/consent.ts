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

/**
 * What editors who may not see the consent itself are shown (`consentStatus`, private like the
 * consent): why the profile may not be public, or until when it may.
 */
export function consentStatus(entry: ConsentSubject, today = todayInChina()): string {
  if (entry.isMinor === false) return '不需要（非未成年人档案）';
  const consent = entry.guardianConsent;
  const scope = consent?.scope === 'profile_and_photo' ? '事迹和照片' : '仅事迹';
  return consentProblem(entry, today) ?? `有效，至 ${consent?.expiresOn}（同意公开${scope}）`;
}

/** Who to ask, added to a refusal: Editors and Authors do not see the consent. */
const ASK_PRIVACY_MANAGER = '监护人同意由隐私管理员登记和查看。';

/** Stores the status on every version of the profile, without touching anything else in it. */
export async function refreshConsentStatus(strapi: Core.Strapi, documentId: string, today = todayInChina()): Promise<void> {
  const draft = await strapi.documents(ROLE_MODEL).findOne({ documentId, status: 'draft', populate: { guardianConsent: true, photo: true } });
  if (!draft) return;
  const status = consentStatus(draft as ConsentSubject, today);
  if ((draft as { consentStatus?: string | null }).consentStatus !== status) {
    await strapi.db.query(ROLE_MODEL).updateMany({ where: { documentId }, data: { consentStatus: status } });
  }
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

/**
 * The daily check: every published profile whose consent has lapsed goes offline (and the site
 * rebuilds), and every profile's consent status is brought up to date.
 */
export async function unpublishLapsedConsents(strapi: Core.Strapi, today = todayInChina()): Promise<string[]> {
  const drafts = await strapi.documents(ROLE_MODEL).findMany({ status: 'draft', fields: ['slug'] });
  for (const { documentId } of drafts) await refreshConsentStatus(strapi, documentId, today);
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
 * the published profile down at once. Every write brings `consentStatus` up to date.
 */
export function registerConsentGate(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ROLE_MODEL || !['create', 'update', 'publish'].includes(context.action)) return next();
    const entry = await entryAfter(strapi, context);
    const problem = entry && consentProblem(entry);
    if (problem) throw new errors.ApplicationError(`${problem}${ASK_PRIVACY_MANAGER}`);
    const result = await next();
    const documentId = (context.params as { documentId?: string }).documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (documentId && context.action !== 'publish') await refreshConsentStatus(strapi, documentId);
    if (context.action === 'update' && documentId) await unpublishIfConsentLapsed(strapi, documentId);
    return result;
  });
}
