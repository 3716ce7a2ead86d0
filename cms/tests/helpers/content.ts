import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './strapi';

export type ContentFile = Record<string, unknown> & { slug: string; draft?: boolean };

/** The seed files of one collection folder, as written (slugs, relation slugs, Markdown). */
export function contentFiles(folder: string): ContentFile[] {
  const dir = path.join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ContentFile);
}

export const published = (folder: string) => contentFiles(folder).filter((entry) => !entry.draft);
export const drafts = (folder: string) => contentFiles(folder).filter((entry) => entry.draft);
