import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import iconv from 'iconv-lite';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../src/extensions/upload/types';
import { box, ftyp, mp4, office, oneSample, track, webm, webmTags } from './helpers/media-fixtures';
import { ADMIN, contentDir, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let samples: string;
let adminAuth: string;
let apiAuth: string;
/** One valid file of every accepted kind. */
const valid = {} as Record<Kind, Buffer>;

const seedMedia = (file: string) => readFileSync(path.join(contentDir, 'media', file));
const HTML = '<html><body><script>fetch("/admin/users/me")</script></body></html>';

/** Every tag exiftool (a real EXIF/XMP/QuickTime/Matroska/PDF/Office reader) finds that reveals place, device or person. */
function revealingTags(file: string): string[] {
  const [tags] = JSON.parse(execFileSync('exiftool', ['-j', '-G1', '-a', file], { encoding: 'utf8' })) as Array<Record<string, unknown>>;
  return Object.keys(tags!).filter((tag) =>
    /GPS|Location|:Make$|:Model$|SerialNumber|LensModel|Author|Creator$|Artist|LastModifiedBy|Company|Manager/i.test(tag),
  );
}

function sampleFile(name: string, content: Buffer | string): string {
  const target = path.join(mkdtempSync(path.join(samples, 'f-')), name);
  writeFileSync(target, content);
  return target;
}

function withExiftool(name: string, content: Buffer, tags: string[]): string {
  const target = sampleFile(name, content);
  execFileSync('exiftool', ['-q', '-overwrite_original', ...tags, target]);
  return target;
}

const GPS = ['-GPSLatitude=34.62', '-GPSLatitudeRef=N', '-GPSLongitude=112.45', '-GPSLongitudeRef=E', '-Make=TestCam', '-Model=Phone X'];

beforeAll(async () => {
  cms = await startCms();
  samples = mkdtempSync(path.join(tmpdir(), 'hlj-uploads-'));
  const photo = sharp({ create: { width: 120, height: 80, channels: 3, background: '#c8102e' } });
  Object.assign(valid, {
    jpeg: await photo.clone().jpeg().toBuffer(),
    png: await photo.clone().png().toBuffer(),
    webp: await photo.clone().webp().toBuffer(),
    avif: await photo.clone().avif().toBuffer(),
    gif: await photo.clone().gif().toBuffer(),
    mp4: seedMedia('lessons/anquan-zihu-caogao.mp4'),
    webm: webm(),
    pdf: seedMedia('lessons/anquan-zihu-caogao-plan.pdf'),
    docx: office('docx'),
    pptx: office('pptx'),
    vtt: seedMedia('lessons/hongling-wo-wei-ni-zihao.vtt'),
  });

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
const storedPath = (url: string) => path.join(cms.workDir, 'public', url);

/** Through HTTP, as a browser or API client sends it; `application/octet-stream` hides the name's type from Strapi's own check. */
async function upload(via: 'admin' | 'content-api', file: string, contentType = 'application/octet-stream') {
  const request = via === 'admin' ? cms.http().post('/upload').set('Authorization', adminAuth) : cms.http().post('/api/upload').set('Authorization', apiAuth);
  return request.attach('files', readFileSync(file), { filename: path.basename(file), contentType });
}

/** Straight to the upload service (as the seed import does): only our check stands between the file and storage. */
async function uploadToService(name: string, content: Buffer | string): Promise<{ url?: string; ext?: string; mime?: string; error?: string }> {
  const filepath = sampleFile(name, content);
  try {
    const [file] = await cms.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: {} },
        files: { filepath, originalFilename: name, mimetype: 'application/octet-stream', size: readFileSync(filepath).length },
      });
    return file;
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const KIND_NAMES = Object.keys(KINDS) as Kind[];
const mainExt = (kind: Kind) => KINDS[kind].extensions[0];

describe('a file is stored and served as what its content is, never as its name says', () => {
  const lyingNames = (kind: Kind) => [
    ...['.js', '.mjs', '.html', '.htm', '.xhtml', '.svg', '.xml', '.css', '.JS'].map((ext) => `x${ext}`),
    `x${mainExt(kind)}.js`,
    'x',
    `x${mainExt(kind)}.`,
    `x${mainExt(kind)} `,
    // Another accepted kind's extension: a PDF named .mp4 would be served as a video.
    `x${mainExt(KIND_NAMES[(KIND_NAMES.indexOf(kind) + 6) % KIND_NAMES.length]!)}`,
  ];

  it.each(KIND_NAMES.flatMap((kind) => lyingNames(kind).map((name) => [kind, JSON.stringify(name), name] as const)))(
    '%s named %s is refused, with the reason in Chinese, and nothing is stored',
    async (kind, _shown, name) => {
      const before = stored().length;
      const result = await uploadToService(name, valid[kind]);
      expect(result.error).toMatch(/扩展名与内容不符/);
      expect(stored().length).toBe(before);
    },
  );

  it.each(KIND_NAMES.flatMap((kind) => (['admin', 'content-api'] as const).map((via) => [kind, via] as const)))(
    '%s named .xhtml, .js or .svg through the %s, with the type a browser declares, is refused in Chinese',
    async (kind, via) => {
      const before = stored().length;
      for (const [name, declared] of [
        ['x.xhtml', 'application/xhtml+xml'],
        ['x.js', 'text/javascript'],
        ['x.svg', 'image/svg+xml'],
      ] as const) {
        const response = await upload(via, sampleFile(name, valid[kind]), declared);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toMatch(/扩展名与内容不符/);
      }
      expect(stored().length).toBe(before);
    },
  );

  it.each([
    ['an SVG image', 'logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['an XHTML page', 'page.xhtml', 'application/xhtml+xml', `<html xmlns="http://www.w3.org/1999/xhtml">${HTML}</html>`],
  ])('%s through HTTP is refused in Chinese', async (_name, name, declared, content) => {
    const response = await upload('admin', sampleFile(name, content), declared);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/不是可接受的文件类型/);
  });

  it.each(KIND_NAMES)('%s: an honest name is stored under its kind’s extension and served as its type, sandboxed', async (kind) => {
    for (const name of [`X.js${mainExt(kind).toUpperCase()}`, `photo${mainExt(kind)}`]) {
      const response = await upload('content-api', sampleFile(name, valid[kind]));
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      const [file] = response.body;
      expect(file.url).toMatch(new RegExp(`\\${mainExt(kind)}$`));
      expect(file.mime).toBe(KINDS[kind].mime);
      const served = await cms.http().get(file.url);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toMatch(new RegExp(`^${KINDS[kind].mime}(;|$)`));
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
      expect(served.headers['content-disposition']).toBe(KINDS[kind].group === 'document' ? 'attachment' : undefined);
    }
  });

  it('captions in SubRip, UTF-8 or GB18030 as Chinese video tools export them, are stored as WebVTT', async () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:03,500\r\n红领巾心向党\r\n\r\n2\r\n01:02,05 --> 01:04,000\r\n争做新时代好队员\r\n';
    for (const content of [Buffer.from(`\uFEFF${srt}`), iconv.encode(srt, 'gb18030')]) {
      const response = await upload('admin', sampleFile('字幕.srt', content));
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      const [file] = response.body;
      expect(file).toMatchObject({ name: '字幕.vtt', ext: '.vtt', mime: 'text/vtt' });
      expect(readFileSync(storedPath(file.url), 'utf8')).toBe(
        'WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.500\n红领巾心向党\n\n2\n00:01:02.050 --> 00:01:04.000\n争做新时代好队员\n',
      );
    }
    // SubRip that is not: refused as any other unknown text.
    expect((await upload('admin', sampleFile('x.srt', '1\n这不是字幕\n'))).body.error.message).toMatch(/不是可接受的文件类型/);
  });

  it('files of other types already in the uploads folder are not served', async () => {
    for (const name of ['old.js', 'old.xhtml', 'old.html', 'old.svg', 'old.mp4.js']) {
      writeFileSync(path.join(uploadsDir(), name), HTML);
      expect((await cms.http().get(`/uploads/${name}`)).status).toBe(404);
    }
  });

  it('a file can only be replaced by one of the same kind (its URL keeps its extension)', async () => {
    const uploaded = await uploadToService('plan.pdf', valid.pdf);
    const file = sampleFile('lesson.mp4', valid.mp4);
    const replace = () =>
      cms.strapi
        .plugin('upload')
        .service('upload')
        .replace((uploaded as { id?: number }).id, {
          data: { fileInfo: {} },
          file: { filepath: file, originalFilename: 'lesson.mp4', mimetype: 'video/mp4', size: valid.mp4.length },
        });
    await expect(replace()).rejects.toThrow(/只能换成同类型的文件/);
    expect(readFileSync(storedPath(uploaded.url!)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('structure is verified, not a magic number', () => {
  const truncated = (bytes: Buffer) => bytes.subarray(0, bytes.length - 10);
  const notAccepted = /不是可接受的文件类型/;
  const broken = (kind: Kind) => new RegExp(`不是完整有效的${KINDS[kind].label}`);
  const otherZip = Buffer.from(zipSync({ 'readme.txt': strToU8('hello'), 'index.html': strToU8(HTML) }));

  it.each([
    ['MP4 followed by HTML', 'x.mp4', Buffer.concat([mp4(), Buffer.from(HTML)]), broken('mp4')],
    ['ftyp then HTML', 'x.mp4', Buffer.concat([ftyp('isom', 'mp41'), Buffer.from(HTML)]), broken('mp4')],
    ['an MP4 without a movie box', 'x.mp4', Buffer.concat([ftyp('isom', 'mp41'), box('mdat', Buffer.alloc(32))]), broken('mp4')],
    [
      'an MP4 with only a metadata track',
      'x.mp4',
      Buffer.concat([ftyp('isom', 'mp41'), box('moov', track('meta')), box('mdat', Buffer.alloc(32))]),
      broken('mp4'),
    ],
    ['an MP4 cut short', 'x.mp4', truncated(mp4()), broken('mp4')],
    ['an ftyp without a video brand', 'x.mp4', Buffer.concat([ftyp('abcd'), mp4().subarray(ftyp('isom', 'mp41').length)]), broken('mp4')],
    ['a Matroska file named .webm', 'x.webm', webm({ docType: 'matroska' }), broken('webm')],
    ['a WebM cut short', 'x.webm', truncated(webm()), broken('webm')],
    ['a WebM followed by HTML', 'x.webm', Buffer.concat([webm(), Buffer.from(HTML)]), broken('webm')],
    ['a PDF header, then HTML', 'x.pdf', `%PDF-1.7\n${HTML}`, broken('pdf')],
    ['a PDF header and trailer around HTML', 'x.pdf', `%PDF-1.7\n${HTML}\nstartxref\n0\n%%EOF\n`, broken('pdf')],
    ['WebVTT with a NUL byte', 'x.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nhi\0there\n', /不是有效的 WebVTT 字幕/],
    ['WebVTT that is not UTF-8', 'x.vtt', Buffer.concat([Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\n'), Buffer.from([0xc3, 0x28])]), /UTF-8/],
    ['a WEBVTT-like header', 'x.vtt', 'WEBVTTX\n', /不是有效的 WebVTT 字幕/],
    ['a ZIP that is not an Office document', 'x.docx', otherZip, notAccepted],
    ['a DOCX with data after its end', 'x.docx', Buffer.concat([office('docx'), Buffer.from(HTML)]), notAccepted],
    ['HTML', 'x.jpg', HTML, notAccepted],
    ['an SVG image', 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', notAccepted],
    ['an executable', 'plan.pdf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]), notAccepted],
  ] as const)('%s is refused', async (_name, fileName, content, message) => {
    const before = stored().length;
    expect((await uploadToService(fileName, typeof content === 'string' ? Buffer.from(content, 'latin1') : content)).error).toMatch(message);
    expect(stored().length).toBe(before);
  });

  it.each([
    ['a JPEG followed by HTML', 'x.jpg', () => Buffer.concat([valid.jpeg, Buffer.from(HTML)])],
    ['a GIF followed by HTML', 'x.gif', () => Buffer.concat([valid.gif, Buffer.from(HTML)])],
    ['a PDF followed by HTML', 'x.pdf', () => Buffer.concat([valid.pdf, Buffer.from(HTML)])],
    [
      'an MP4 with HTML in a uuid and a free box',
      'x.mp4',
      () => mp4({ top: [box('uuid', Buffer.alloc(16), Buffer.from(HTML)), box('free', Buffer.from(HTML))] }),
    ],
    [
      'a WebM with HTML in a Void element',
      'x.webm',
      () => webm({ metadata: [Buffer.concat([Buffer.from([0xec, 0x01, 0, 0, 0, 0, 0, 0, HTML.length]), Buffer.from(HTML)])] }),
    ],
  ] as const)('%s is stored without the HTML', async (_name, fileName, content) => {
    const result = await uploadToService(fileName, content());
    expect(result.error).toBeUndefined();
    expect(readFileSync(storedPath(result.url!)).includes('<script')).toBe(false);
  });
});

describe('no stored file keeps location, device or author', () => {
  const stripped = async (via: 'admin' | 'content-api', file: string, secrets: Array<string | Buffer> = []) => {
    expect(revealingTags(file).length, 'the test file really carries it').toBeGreaterThan(0);
    for (const secret of secrets) expect(readFileSync(file).includes(secret), `the test file holds ${String(secret)}`).toBe(true);
    const before = new Set(stored());
    const response = await upload(via, file);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const added = stored().filter((name) => !before.has(name));
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) {
      expect(revealingTags(name), path.basename(name)).toEqual([]);
      for (const secret of secrets) expect(readFileSync(name).includes(secret), `${path.basename(name)} holds ${String(secret)}`).toBe(false);
    }
    return added;
  };

  it.each([
    ['admin', 'JPEG with EXIF GPS', 'jpeg', GPS, true],
    ['content-api', 'JPEG with EXIF and XMP GPS', 'jpeg', [...GPS, '-XMP:GPSLatitude=34.62', '-XMP:GPSLongitude=112.45'], true],
    ['admin', 'PNG with GPS', 'png', GPS, true],
    ['content-api', 'GIF with XMP GPS', 'gif', ['-XMP:GPSLatitude=34.62', '-XMP:GPSLongitude=112.45', '-XMP:Make=TestCam'], true],
    ['admin', 'WebP with EXIF GPS', 'webp', GPS, true],
    ['admin', 'JPEG with optimisation off', 'jpeg', GPS, false],
  ] as const)('%s: %s', async (via, _name, kind, tags, optimise) => {
    await cms.strapi.plugin('upload').service('upload').setSettings({ sizeOptimization: optimise, responsiveDimensions: true, autoOrientation: optimise });
    const large = await sharp(valid[kind])
      .resize(1200, 800)
      .toFormat(kind === 'jpeg' ? 'jpeg' : kind)
      .toBuffer();
    const added = await stripped(via, withExiftool(`${via}-${Date.now()}${mainExt(kind)}`, large, [...tags]));
    expect(added.length).toBeGreaterThanOrEqual(2); // the original and at least a thumbnail
  });

  it('MP4: XMP GPS, QuickTime location name, user-data GPS, author and cover art with GPS', async () => {
    const cover = withExiftool('cover.jpg', valid.jpeg, [...GPS, '-Artist=Zhang San']);
    const video = withExiftool('lesson.mp4', valid.mp4, [
      '-XMP:GPSDestLatitude=34.62',
      '-XMP:GPSDestLongitude=112.45',
      '-Keys:LocationName=Luoyang Xigong',
      '-UserData:GPSCoordinates=34.62, 112.45',
      '-ItemList:Author=Zhang San',
      `-ItemList:CoverArt<=${cover}`,
    ]);
    const [storedVideo] = await stripped('admin', video, ['Luoyang Xigong', 'Zhang San', 'GPSDest', 'Exif\0\0']);
    // Still a playable movie: the same tracks and media data.
    const [tags] = JSON.parse(execFileSync('exiftool', ['-j', '-G1', storedVideo!], { encoding: 'utf8' }));
    expect(tags).toMatchObject({ 'Track1:HandlerType': 'Video Track', 'Track2:HandlerType': 'Audio Track', 'QuickTime:Duration': '20.00 s' });
  });

  it('MP4: a timed-metadata (GPS) track is removed with its samples, the video track kept', async () => {
    const log = Buffer.from('GPS-LOG +34.62+112.45 2026-06-01T08:00:00Z');
    const video = Buffer.alloc(64, 7);
    const build = (offset: number) => mp4({ moovExtra: [track('meta', ...oneSample(offset, log.length))], mdat: Buffer.concat([video, log]) });
    const withLog = build(build(0).length - log.length);
    expect(withLog.subarray(-log.length)).toEqual(log);
    const response = await uploadToService('track.mp4', withLog);
    const storedVideo = storedPath(response.url!);
    const [tags] = JSON.parse(execFileSync('exiftool', ['-j', '-G1', storedVideo], { encoding: 'utf8' }));
    expect(tags['Track1:HandlerType']).toBe('Video Track');
    expect(Object.keys(tags).filter((tag) => tag.startsWith('Track2:'))).toEqual([]);
    expect(readFileSync(storedVideo).includes('GPS-LOG')).toBe(false);
    expect(readFileSync(storedVideo).includes(video)).toBe(true);
  });

  it('MP4: a removed track pointing outside the media data is refused', async () => {
    expect((await uploadToService('track.mp4', mp4({ moovExtra: [track('meta', ...oneSample(0, 16))] }))).error).toMatch(/不是完整有效的MP4 视频/);
  });

  it('WebM: location and artist tags', async () => {
    await stripped('content-api', sampleFile('clip.webm', webm({ metadata: [webmTags('+34.62+112.45/', 'Zhang San')] })), ['+34.62+112.45/', 'Zhang San']);
  });

  it('PDF: Info author, XMP GPS and creator, an earlier revision, a photo with GPS, and an opening script', async () => {
    const gpsPhoto = readFileSync(withExiftool('photo.jpg', valid.jpeg, GPS));
    const document = await PDFDocument.create();
    document.setAuthor('Zhang San');
    const page = document.addPage([200, 200]);
    page.drawImage(await document.embedJpg(new Uint8Array(gpsPhoto)), { x: 10, y: 10, width: 120, height: 80 });
    document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
    const pdf = withExiftool('plan.pdf', Buffer.from(await document.save({ useObjectStreams: false })), [
      '-XMP:GPSLatitude=34.62',
      '-XMP:GPSLongitude=112.45',
      '-XMP-dc:Creator=Li Si',
      '-PDF:Author=Zhang San',
    ]);
    await stripped('admin', pdf, ['Zhang San', 'Li Si', 'GPSLatitude', 'app.alert', 'Exif\0\0']);
  });

  it('PDF: the seed lesson plan with GPS and author added', async () => {
    await stripped('content-api', withExiftool('seed-plan.pdf', valid.pdf, ['-XMP:GPSLatitude=34.62', '-PDF:Author=Zhang San']), ['Zhang San', 'GPSLatitude']);
  });

  it.each(['docx', 'pptx'] as const)('%s: author, editor, company, comment authors and a photo with GPS', async (kind) => {
    const gpsPhoto = readFileSync(withExiftool('photo.jpg', valid.jpeg, GPS));
    const folder = kind === 'docx' ? 'word' : 'ppt';
    const comments: Zippable =
      kind === 'docx'
        ? { 'word/comments.xml': strToU8('<w:comments><w:comment w:author="Zhang San" w:initials="ZS"/></w:comments>') }
        : { 'ppt/commentAuthors.xml': strToU8('<p:cmAuthorLst><p:cmAuthor id="0" name="Zhang San" initials="ZS"/></p:cmAuthorLst>') };
    const file = sampleFile(`report.${kind}`, office(kind, { author: 'Zhang San', extra: { [`${folder}/media/image1.jpg`]: gpsPhoto, ...comments } }));
    // Parts are compressed: look for the secrets inside them.
    const holdsSecrets = (zip: string) =>
      Object.values(unzipSync(readFileSync(zip))).some((part) => ['Zhang San', 'Exif\0\0'].some((secret) => Buffer.from(part).includes(secret)));
    expect(holdsSecrets(file)).toBe(true);
    const [storedDocument] = await stripped('admin', file);
    expect(holdsSecrets(storedDocument!)).toBe(false);
    const parts = unzipSync(readFileSync(storedDocument!));
    const photo = sampleFile('extracted.jpg', Buffer.from(parts[`${folder}/media/image1.jpg`]!));
    expect(revealingTags(photo)).toEqual([]);
    expect(Object.keys(parts)).toContain(kind === 'docx' ? 'word/document.xml' : 'ppt/presentation.xml');
  });
});

describe('Office documents are checked as Office packages, within limits', () => {
  const zeros = new Uint8Array(20 * 1024 * 1024);
  /** Claims in both the local header and the central directory that `entry` unpacks to `size` bytes. */
  const lyingSize = (zip: Buffer, entry: string, size: number) => {
    const name = Buffer.from(entry);
    const local = zip.indexOf(name);
    const central = zip.indexOf(name, local + 1);
    zip.writeUInt32LE(size, local - 30 + 22);
    zip.writeUInt32LE(size, central - 46 + 24);
    return zip;
  };

  it.each([
    ['a 20 MB entry compressed 1000:1', () => office('docx', { extra: { 'word/bomb.xml': [zeros, { level: 9 }] } }), /解压后过大或压缩比异常/],
    [
      'an entry inflating past the size it declares',
      () => lyingSize(office('docx', { extra: { 'word/bomb.xml': [zeros, { level: 9 }] } }), 'word/bomb.xml', 1000),
      /不是完整有效的Word 文档/,
    ],
    ['macros', () => office('docx', { extra: { 'word/vbaProject.bin': strToU8('Attribute VB_Name') } }), /宏/],
    ['an embedded object', () => office('pptx', { extra: { 'ppt/embeddings/oleObject1.bin': strToU8('MZ') } }), /嵌入的对象/],
    ['an embedded program', () => office('docx', { extra: { 'word/setup.exe': strToU8('MZ') } }), /程序/],
    ['a video it cannot clean', () => office('pptx', { extra: { 'ppt/media/media1.mp4': new Uint8Array(mp4()) } }), /无法清除其元数据/],
  ] as const)('a document with %s is refused', async (_name, content, message) => {
    const zip = content();
    const kind = zip.includes('ppt/presentation.xml') ? 'pptx' : 'docx';
    expect((await uploadToService(`x.${kind}`, zip)).error).toMatch(message);
  });

  it('the deflate helper really compresses that much', () => {
    expect(deflateSync(zeros).length * 1000).toBeLessThan(zeros.length * 2);
  });
});

describe('large files are checked without stopping the CMS', () => {
  it('a 480 MB video: /_health keeps answering while it is checked and stored', async () => {
    const bytes = 480 * 1024 * 1024;
    const start = mp4({ mdat: Buffer.alloc(0) });
    start.writeUInt32BE(bytes - (start.length - 8), start.length - 8);
    const filepath = sampleFile('big.mp4', start);
    truncateSync(filepath, bytes); // sparse: written in no time

    let done = false;
    const uploading = cms.strapi
      .plugin('upload')
      .service('upload')
      .upload({ data: { fileInfo: {} }, files: { filepath, originalFilename: 'big.mp4', mimetype: 'video/mp4', size: bytes } })
      .finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const asked = performance.now();
      expect((await cms.http().get('/_health')).status).toBe(204);
      latencies.push(performance.now() - asked);
    }
    const [file] = await uploading;
    rmSync(storedPath(file.url));
    expect(latencies.length).toBeGreaterThan(1);
    // A blocking read of the whole file would stall every request for seconds.
    expect(Math.max(...latencies)).toBeLessThan(1000);
  });

  it('a 100-megapixel image is refused, and the CMS keeps answering', async () => {
    const bomb = sampleFile(
      'bomb.png',
      await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#ffffff' } })
        .png({ compressionLevel: 9 })
        .toBuffer(),
    );
    const response = await upload('admin', bomb);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/百万像素/);
    expect((await cms.http().get('/api/articles')).status).toBe(200);
  });

  it('refuses HEIC photos (their metadata cannot be removed here)', async () => {
    const header = Buffer.concat([ftyp('heic', 'mif1'), Buffer.alloc(8)]);
    expect((await uploadToService('photo.heic', header)).error).toMatch(/HEIC/);
  });
});
