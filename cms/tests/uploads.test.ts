import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, contentDir, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let samples: string;
let adminAuth: string;
let apiAuth: string;

/** Every tag exiftool (a real EXIF/XMP/QuickTime reader) finds that reveals place or camera. */
function revealingTags(file: string): string[] {
  const [tags] = JSON.parse(execFileSync('exiftool', ['-j', '-G1', '-a', file], { encoding: 'utf8' })) as Array<Record<string, unknown>>;
  return Object.keys(tags!).filter((tag) => /GPS|Location|:Make$|:Model$|SerialNumber|LensModel/i.test(tag));
}

function withLocation(source: string, name: string, tags: string[]): string {
  const target = path.join(samples, name);
  copyFileSync(source, target);
  execFileSync('exiftool', ['-q', '-overwrite_original', ...tags, target]);
  return target;
}

const GPS = ['-GPSLatitude=34.62', '-GPSLatitudeRef=N', '-GPSLongitude=112.45', '-GPSLongitudeRef=E', '-Make=TestCam', '-Model=Phone X'];

beforeAll(async () => {
  cms = await startCms();
  samples = mkdtempSync(path.join(tmpdir(), 'hlj-uploads-'));
  const photo = sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c8102e' } });
  await photo.clone().jpeg().toFile(path.join(samples, 'base.jpg'));
  await photo.clone().png().toFile(path.join(samples, 'base.png'));
  await photo.clone().resize(300, 200).gif().toFile(path.join(samples, 'base.gif'));

  const login = await cms.http().post('/admin/login').send(ADMIN);
  adminAuth = `Bearer ${login.body.data.token ?? login.body.data.accessToken}`;
  const token = await cms.strapi.service('admin::api-token').create({ name: 'uploads test', type: 'full-access', lifespan: null });
  apiAuth = `Bearer ${token.accessKey}`;
});
afterAll(async () => {
  await cms?.stop();
  rmSync(samples, { recursive: true, force: true });
});

const uploadsDir = () => path.join(cms.workDir, 'public', 'uploads');
const stored = () => readdirSync(uploadsDir()).map((name) => path.join(uploadsDir(), name));

async function upload(via: 'admin' | 'content-api', file: string) {
  const request = via === 'admin' ? cms.http().post('/upload').set('Authorization', adminAuth) : cms.http().post('/api/upload').set('Authorization', apiAuth);
  return request.attach('files', file);
}

describe('no stored file keeps location or camera metadata', () => {
  it('the test files really carry it', () => {
    expect(revealingTags(withLocation(path.join(samples, 'base.jpg'), 'check.jpg', GPS)).length).toBeGreaterThan(2);
  });

  it.each([
    ['admin', 'JPEG with EXIF GPS', 'base.jpg', GPS, true],
    ['content-api', 'JPEG with EXIF and XMP GPS', 'base.jpg', [...GPS, '-XMP:GPSLatitude=34.62', '-XMP:GPSLongitude=112.45'], true],
    ['admin', 'PNG with GPS', 'base.png', GPS, true],
    ['content-api', 'GIF with XMP GPS', 'base.gif', ['-XMP:GPSLatitude=34.62', '-XMP:GPSLongitude=112.45', '-XMP:Make=TestCam'], true],
    ['admin', 'JPEG with optimisation off', 'base.jpg', GPS, false],
  ] as const)('%s: %s', async (via, _name, base, tags, optimise) => {
    await cms.strapi.plugin('upload').service('upload').setSettings({ sizeOptimization: optimise, responsiveDimensions: true, autoOrientation: optimise });
    const before = new Set(stored());
    const file = withLocation(path.join(samples, base), `${via}-${Date.now()}${path.extname(base)}`, [...tags]);
    const response = await upload(via, file);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const added = stored().filter((name) => !before.has(name));
    expect(added.length).toBeGreaterThanOrEqual(2); // the original and at least a thumbnail
    for (const name of added) expect(revealingTags(name), path.basename(name)).toEqual([]);
  });

  it('refuses videos that carry a shooting location, and keeps clean ones', async () => {
    const video = path.join(contentDir, 'media', 'lessons', 'hongling-wo-wei-ni-zihao.mp4');
    for (const tags of [['-Keys:GPSCoordinates=34.62, 112.45'], ['-UserData:GPSCoordinates=34.62, 112.45']]) {
      const located = withLocation(video, `located-${tags[0]!.split(':')[0]!.slice(1)}.mp4`, tags);
      expect(revealingTags(located).length).toBeGreaterThan(0);
      const response = await upload('admin', located);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/含有拍摄地点信息/);
    }
    const clean = await upload('content-api', video);
    expect(clean.status).toBe(201);
  });

  it('refuses HEIC photos (their metadata cannot be removed here)', async () => {
    // A minimal ISO-BMFF header with the HEIC brand: Strapi's type check or ours refuses it.
    const heic = path.join(samples, 'photo.heic');
    const header = Buffer.alloc(32);
    header.writeUInt32BE(24, 0);
    header.write('ftypheic', 4, 'latin1');
    header.write('mif1heic', 16, 'latin1');
    writeFileSync(heic, header);
    const response = await upload('admin', heic);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/heic/i);
  });
});

describe('only the file types the model needs, judged by content', () => {
  const disguised: Array<[string, string, string | Buffer]> = [
    ['an SVG image', 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['HTML named .jpg', 'photo.jpg', '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'],
    ['an executable named .pdf', 'plan.pdf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)])],
  ];

  it.each(disguised.flatMap(([name, file, content]) => (['admin', 'content-api'] as const).map((via) => [name, via, file, content] as const)))(
    '%s is refused through the %s',
    async (_name, via, file, content) => {
      const target = path.join(samples, `${via}-${file}`);
      writeFileSync(target, content);
      const before = stored().length;
      const response = await upload(via, target);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(stored().length).toBe(before);
    },
  );

  it('a 100-megapixel image is refused, and the CMS keeps answering', async () => {
    const bomb = path.join(samples, 'bomb.png');
    await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 9 }).toFile(bomb);
    const response = await upload('admin', bomb);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/百万像素/);
    expect((await cms.http().get('/api/articles')).status).toBe(200);
  });
});
