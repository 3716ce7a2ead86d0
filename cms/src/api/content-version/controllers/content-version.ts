import type { Core } from '@strapi/strapi';
import { contentVersions } from '../versions';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { body: unknown }) {
    ctx.body = { data: await contentVersions(strapi) };
  },
});
