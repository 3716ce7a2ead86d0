/**
 * Media in object storage: a CMS configured with S3_* stores every upload in an S3-compatible
 * bucket (s3rver, on loopback), and the site built from it fetches its images and files there.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '@pioneers/scripts/content-files';
import { buildSite, freePort, seedCms, startCms, throwawaySecrets, type Service } from '@pioneers/scripts/services';
import { builtFiles, page, publishedSeed } from './helpers';

const article = publishedSeed('articles').find((entry) => entry.cover)!;
const withGallery = publishedSeed('articles').find((entry) => entry.gallery?.length)!;
const lesson = publishedSeed('lessons').find((entry) => entry.video && entry.captions && entry.lessonPlan)!;

/**
 * The seed cut down to what this test reads (two articles and a lesson, with their media, and what
 * they refer to), so that importing it through S3 takes seconds instead of minutes.
 */
function contentSubset(dir: string): void {
  for (const folder of ['categories', 'tags', 'schools']) cpSync(path.join(contentDir, folder), path.join(dir, folder), { recursive: true });
  cpSync(path.join(contentDir, 'site-setting.json'), path.join(dir, 'site-setting.json'));
  const write = (file: string, entry: object) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), JSON.stringify(entry));
  };
  for (const entry of new Set([article, withGallery])) write(`articles/${entry.slug}.json`, entry);
  write(`lessons/${lesson.slug}.json`, { ...lesson, counselor: { name: lesson.counselor.name } });
  write('homepage.json', {
    ...JSON.parse(readFileSync(path.join(contentDir, 'homepage.json'), 'utf8')),
    featuredArticles: [article.slug],
    featuredRoleModels: [],
    featuredLessons: [lesson.slug],
  });
  symlinkSync(path.join(contentDir, 'media'), path.join(dir, 'media'));
}

const BUCKET = 'hlj-media';
let mediaUrl: string;
let workDir: string;
let s3: S3rver;
let cms: Service;
let outDir: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'hlj-s3-'));
  mkdirSync(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const s3Port = await freePort();
  mediaUrl = `http://127.0.0.1:${s3Port}/${BUCKET}`;
  s3 = new S3rver({ address: '127.0.0.1', port: s3Port, directory: path.join(workDir, 's3'), silent: true, configureBuckets: [{ name: BUCKET }] });
  await s3.run();
  const env = {
    DATABASE_FILENAME: path.join(workDir, 'cms.db'),
    STRAPI_PUBLIC_DIR: path.join(workDir, 'public'),
    SERVE_ADMIN_PANEL: 'false',
    CRON_ENABLED: 'false',
    HOST: '127.0.0.1',
    ...throwawaySecrets(),
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    MEDIA_PUBLIC_URL: mediaUrl,
  };
  contentSubset(path.join(workDir, 'content'));
  await seedCms({ env: { ...env, SEED_CONTENT_DIR: path.join(workDir, 'content') }, quiet: true });
  cms = await startCms(await freePort(), { env, quiet: true });
  outDir = path.join(workDir, 'site');
  await buildSite(cms.url, outDir, { env, quiet: true });
}, 300_000);

afterAll(async () => {
  await cms?.stop();
  await s3?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('uploads in an S3-compatible bucket', () => {
  it('every upload is stored in the bucket, none on the CMS server', async () => {
    const answer = async (query: string) => JSON.stringify(await (await fetch(`${cms.url}/api/${query}`)).json());
    const urls = [
      await answer('articles?populate[cover][fields][0]=url&populate[gallery][fields][0]=url&pagination[pageSize]=100'),
      await answer('lessons?populate[video][fields][0]=url&populate[captions][fields][0]=url&populate[lessonPlan][fields][0]=url'),
    ].flatMap((body) => [...body.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!));
    const media = [...new Set([article, withGallery])].reduce((count, entry) => count + (entry.cover ? 1 : 0) + (entry.gallery?.length ?? 0), 3);
    expect(urls.length).toBe(media);
    for (const url of urls) expect(url.startsWith(`${mediaUrl}/`), url).toBe(true);
    expect(readdirSync(path.join(workDir, 'public', 'uploads'))).toEqual([]);

    const response = await fetch(urls.find((url) => url.endsWith('.jpg'))!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
  });

  it('the site is built from the bucket: its images are optimised copies, its files are copied', async () => {
    const html = page(outDir, `news/${article.slug}`);
    const images = [...html.matchAll(/(?:src|srcset)="([^"]+)"/gi)].flatMap((match) => match[1]!.split(', ').map((candidate) => candidate.split(' ')[0]!));
    const local = images.filter((url) => url.startsWith('/_astro/'));
    expect(local.length).toBeGreaterThan(3);
    for (const url of local) expect(existsSync(path.join(outDir, url)), url).toBe(true);
    // Readers never depend on the bucket: nothing on the page points at it.
    expect(html).not.toContain(mediaUrl);

    const video = page(outDir, `lessons/${lesson.slug}`).match(/src="(\/media\/[^"]+\.mp4)"/)?.[1];
    expect(video, 'the lesson page plays a copied video').toBeTruthy();
    const inBucket = await (await fetch(`${mediaUrl}/${video!.slice('/media/'.length)}`)).arrayBuffer();
    expect(readFileSync(path.join(outDir, video!)).equals(Buffer.from(inBucket))).toBe(true);
    expect(builtFiles(outDir).some((file) => file.startsWith('pagefind/'))).toBe(true);
  });
});
