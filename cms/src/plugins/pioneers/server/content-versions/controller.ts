import type { Core } from '@strapi/strapi';
import { latestContentVersions } from './versions';

export const contentVersionController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { body: unknown }) {
    ctx.body = { data: await latestContentVersions(strapi) };
  },
});
