import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';

export { contentFiles as seed, drafts as draftSeed, published as publishedSeed } from '@pioneers/scripts/content-files';

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
  if (!response.ok) throw new Error(`admin login as ${admin.email} refused: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { data: { token?: string; accessToken?: string } };
  return body.data.token ?? body.data.accessToken!;
}

/** A GET with the path sent exactly as written: fetch() would normalise `//`, `\` and dot segments first. */
export function rawGet(baseUrl: string, rawPath: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: hostname, port, path: rawPath, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}
