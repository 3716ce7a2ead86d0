import type { Core } from '@strapi/strapi';
import { runArticleSchedule } from '../src/api/article/schedule';
import { unpublishLapsedConsents } from '../src/api/role-model/consent';

export default {
  articleSchedule: {
    task: ({ strapi }: { strapi: Core.Strapi }) => runArticleSchedule(strapi),
    // Every minute by default; tests run it every few seconds.
    options: { rule: process.env.SCHEDULE_RULE || '0 * * * * *' },
  },
  consentCheck: {
    task: ({ strapi }: { strapi: Core.Strapi }) => unpublishLapsedConsents(strapi),
    // Daily, shortly after midnight in China; consent expires at the end of its last day.
    options: { rule: process.env.CONSENT_CHECK_RULE || '0 5 0 * * *', tz: 'Asia/Shanghai' },
  },
};
