import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export { contentFiles as seed, drafts as draftSeed, published as publishedSeed } from '../../scripts/lib/content-files';

/** Every file of a built site, relative paths. */
export function builtFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)));
}

export const page = (outDir: string, route: string) => readFileSync(path.join(outDir, route, 'index.html'), 'utf8');

/** The text a reader sees: tags removed, entities decoded enough for Chinese content. */
export const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Logs in to the admin API, for changing content the way an editor would. */
export async function adminToken(cmsUrl: string, admin: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const body = (await response.json()) as { data: { token?: string; accessToken?: string } };
  return body.data.token ?? body.data.accessToken!;
}
