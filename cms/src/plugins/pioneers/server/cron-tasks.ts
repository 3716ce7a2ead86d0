import type { Core } from '@strapi/strapi';
import { runArticleSchedule } from '../../../api/article/schedule';
import { unpublishLapsedConsents } from '../../../api/role-model/consent';
import { env } from '../../../env';

export default {
  articleSchedule: {
    task: ({ strapi }: { strapi: Core.Strapi }) => runArticleSchedule(strapi),
    // Every minute by default; tests run it every few seconds.
    options: { rule: env.SCHEDULE_RULE },
  },
  consentCheck: {
    task: ({ strapi }: { strapi: Core.Strapi }) => unpublishLapsedConsents(strapi),
    // Daily, shortly after midnight in China; consent expires at the end of its last day.
    options: { rule: env.CONSENT_CHECK_RULE, tz: 'Asia/Shanghai' },
  },
};
