import type { Core } from '@strapi/strapi';
import { env } from '../../../../env';
import { REBUILD_EVENTS } from '../../../../generated/registry';

const RELAYED: ReadonlySet<string> = new Set(REBUILD_EVENTS);

/**
 * Relays the content events that can change the public site to the rebuild service when
 * SITE_REBUILD_URL and SITE_REBUILD_SECRET are set, so publishing in the admin updates the site by
 * itself. The body is a Strapi webhook's (`event`, `createdAt`, then the event's own payload), so
 * the rebuild service reads both alike; nothing is stored, so no stale address or secret outlives
 * the run that set it (earlier versions stored a webhook: database/migrations removes it).
 * The request is not awaited: the editor's publish does not wait for the rebuild service.
 */
export function relaySiteRebuilds(strapi: Core.Strapi): void {
  strapi.eventHub.subscribe(async (event, info: Record<string, unknown> = {}) => {
    const url = env.SITE_REBUILD_URL;
    const secret = env.SITE_REBUILD_SECRET;
    if (!url || !secret || !RELAYED.has(event)) return;
    strapi
      .fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'X-Strapi-Event': event, 'Content-Type': 'application/json' },
        body: JSON.stringify({ event, createdAt: new Date(), ...info }),
        signal: AbortSignal.timeout(10_000),
      })
      .then((response) => {
        if (!response.ok) strapi.log.error(`site rebuild: ${event} answered ${response.status}`);
      })
      .catch((error: Error) => strapi.log.error(`site rebuild: ${event} not delivered: ${error.message}`));
  });
}
