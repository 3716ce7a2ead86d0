import type { Core } from '@strapi/strapi';
import { runArticleSchedule } from '../src/api/article/schedule';

export default {
  articleSchedule: {
    task: ({ strapi }: { strapi: Core.Strapi }) => runArticleSchedule(strapi),
    // Every minute by default; tests run it every few seconds.
    options: { rule: process.env.SCHEDULE_RULE || '0 * * * * *' },
  },
};
