import type { Core, Data, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const ROLE_MODEL = 'api::role-model.role-model';

type GuardianConsent = Data.Component<'privacy.guardian-consent'>;

/** What the publish gate needs to know about a role-model entry. */
export interface ConsentSubject {
  isMinor?: boolean | null;
  photo?: unknown;
  guardianConsent?: Partial<Pick<GuardianConsent, 'consentedOn' | 'expiresOn' | 'scope'>> | null;
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

/** Refuses, before anything is written, to publish a minor's profile that lacks valid consent. */
export function registerConsentGate(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === ROLE_MODEL && ['create', 'update', 'publish'].includes(context.action)) {
      const entry = await entryAfter(strapi, context);
      const problem = entry && consentProblem(entry);
      if (problem) throw new errors.ApplicationError(problem);
    }
    return next();
  });
}
