/** Reads the seed content folder as written: what tests expect the CMS and the site to show. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const contentDir = path.resolve(import.meta.dirname, '..', '..', 'content');

// biome-ignore lint/suspicious/noExplicitAny: a seed file of any content type; cms/scripts/seed validates its shape on import.
export type ContentFile = Record<string, any> & { slug: string; draft?: boolean };

export function contentFiles(folder: string): ContentFile[] {
  const dir = path.join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ContentFile);
}

export const published = (folder: string) => contentFiles(folder).filter((entry) => !entry.draft);
export const drafts = (folder: string) => contentFiles(folder).filter((entry) => entry.draft);
