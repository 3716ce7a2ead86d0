import { factories } from '@strapi/strapi';
import { maskName } from '../name-display';

type Recipient = { name?: string; recipientKind?: string };
type AwardData = { recipients?: Recipient[] } | null;

/**
 * Award lists as the public reads them: pupils' names are shown in full, or masked (张*明) when
 * the site settings say so; the stored lists keep the full names for editors.
 */
export default factories.createCoreController('api::award.award', ({ strapi }) => {
  async function maskPupils<T extends { data?: AwardData | AwardData[] }>(body: T): Promise<T> {
    const settings = await strapi.documents('api::site-setting.site-setting').findFirst({ status: 'published', fields: ['minorNameDisplay'] });
    if ((settings as { minorNameDisplay?: string } | null)?.minorNameDisplay !== 'masked') return body;
    for (const award of [body.data].flat()) {
      for (const recipient of award?.recipients ?? []) {
        // A query that leaves out the kind gets names masked too.
        if (recipient.name && recipient.recipientKind !== 'counselor' && recipient.recipientKind !== 'collective') recipient.name = maskName(recipient.name);
      }
    }
    return body;
  }

  return {
    async find(ctx) {
      return maskPupils(await super.find(ctx));
    },
    async findOne(ctx) {
      return maskPupils(await super.findOne(ctx));
    },
  };
});
