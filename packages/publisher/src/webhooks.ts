/** Strapi's webhooks as the rebuild service reads them; the events and the profile type come from the content contract. */
import { REBUILD_EVENTS, uids } from '@pioneers/contract';
import type { Change } from './status';

/** Events that can change what the public sees (cms/src/plugins/pioneers/server/publishing/site-rebuild.ts relays the same). */
export const PUBLIC_EVENTS: ReadonlySet<string> = new Set(REBUILD_EVENTS);

/** Profiles of people, many of them children: their names never go into the (unauthenticated) status. */
export const ROLE_MODEL_UID = uids.roleModel;

export interface WebhookPayload {
  event?: string;
  uid?: string;
  model?: string;
  entry?: { publishedAt?: string | null; title?: string; name?: string; slug?: string };
}

/** Whether a Strapi webhook event can change what the public sees. */
export function isRelevant(payload: WebhookPayload): boolean {
  if (!payload.event || !PUBLIC_EVENTS.has(payload.event)) return false;
  // With Draft & Publish, saving a draft changes nothing public; publishing does.
  if (payload.event === 'entry.update') return Boolean(payload.entry?.publishedAt);
  return true;
}

/** The change a relevant webhook stands for, labelled by nothing personal. */
export function changeFromWebhook(payload: WebhookPayload & { event: string }, at = new Date().toISOString()): Change {
  const subject = payload.uid ?? payload.model ?? 'media';
  const entry = payload.entry;
  // A profile is labelled by nothing: not its name, nor its slug (pinyin of the name).
  return { event: payload.event, subject, label: subject === ROLE_MODEL_UID ? undefined : (entry?.title ?? entry?.name ?? entry?.slug), at };
}

/** Deleting a profile is how a guardian's erasure request is carried out (cms/src/plugins/pioneers/server/privacy/erasure.ts). */
export const isErasure = (change: Change) => change.event === 'entry.delete' && change.subject === ROLE_MODEL_UID;
