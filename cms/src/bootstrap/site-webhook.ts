import type { Core } from '@strapi/strapi';
import { env } from '../env';
import { REBUILD_EVENTS } from '../generated/registry';

const NAME = '重新生成公开网站 (site rebuild)';

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/**
 * Points Strapi's webhook at the site's rebuild service when SITE_REBUILD_URL and
 * SITE_REBUILD_SECRET are set, so publishing in the admin updates the public site by itself.
 */
export async function syncSiteWebhook(strapi: Core.Strapi): Promise<void> {
  const url = env.SITE_REBUILD_URL;
  const secret = env.SITE_REBUILD_SECRET;
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const existing = ((await store.findWebhooks()) as Webhook[]).find((webhook) => webhook.name === NAME);

  if (!url || !secret) {
    if (existing) {
      runner.remove(existing);
      await store.deleteWebhook(existing.id);
    }
    return;
  }
  const wanted = { name: NAME, url, headers: { Authorization: `Bearer ${secret}` }, events: [...REBUILD_EVENTS], isEnabled: true };
  if (existing) {
    runner.update(await store.updateWebhook(existing.id, wanted));
  } else {
    runner.add(await store.createWebhook(wanted));
  }
}
