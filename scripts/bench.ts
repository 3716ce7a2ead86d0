/**
 * `pnpm bench [--scale seed|4k|10k|<pages>]`: builds a district of the given size in a fresh CMS
 * (the seed content, or the seed plus a synthetic district imported through the Document
 * Service) and measures, in one run: the content sync (HTTP requests and time), the full build
 * (time, pages per second, peak memory), Pagefind (time, index size, bytes a first search
 * downloads), HTML/CSS/JS per page type, a warm rebuild after one edit (incremental: files
 * rendered and copied; and every page rendered, for comparison), the time from Publish of an
 * edited article to its page served with the change (with where that time goes, and the
 * publisher's steps against the ways they were done before, in the same run), and the same
 * templates built from a local JSON snapshot (the CMS's overhead, as a ratio). Writes
 * bench/results.json and bench/results.md.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '@pioneers/env';
import { launchChromium } from './lib/chromium';
import sirv from 'sirv';
import { cmsSettings, fetchCollection, fetchSingle } from 'site/cms/client';
import { isSingleType, queries, type CollectionName } from 'site/cms/queries';
import { BROTLI_QUALITY, GZIP_LEVEL, MANY_FILES, precompress } from 'site/integrations/precompress';
import { contentDir } from './lib/content-files';
import { countingProxy, directoryBytes, type PrecompressionCost, pageWeights, precompressionCost, sampleGroupMemory } from './lib/measure';
import { type BuildRecord, type Builder, type BuildReport, htmlPages, indexSite, LinkGraph, Publisher, Releases, siteFiles } from '@pioneers/publisher';
import { LinkChecker } from 'linkinator';
import { astroBuild, bin, freePort, root, run, seedCms, siteBuilder, siteDir, startCms, type Service } from './lib/services';
import { createSiteServer } from './lib/site-server';
import { parseScale, writeSyntheticContent } from './lib/synthetic';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'seed' } } });
const pagesWanted = parseScale(values.scale!);
/** The record's name: `seed`, or the page count in thousands (`--scale 4000` and `--scale 4k` are one scale). */
const scale = pagesWanted === 0 ? 'seed' : pagesWanted % 1000 === 0 ? `${pagesWanted / 1000}k` : String(pagesWanted);
const ROUNDS = env.BENCH_ROUNDS;
const ports = { cms: await freePort(), control: await freePort(), site: await freePort(), proxy: await freePort(), files: await freePort() };
const secret = randomBytes(16).toString('base64url');
const admin = { email: 'bench@example.com', password: 'Bench-admin-1234' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (start: number) => Number(((performance.now() - start) / 1000).toFixed(2));
const log = (line: string) => console.log(`bench: ${line}`);

async function timed(what: string, work: () => unknown): Promise<number> {
  log(`${what}…`);
  const start = performance.now();
  await work();
  const taken = seconds(start);
  log(`${what}: ${taken} s`);
  return taken;
}

function listen(server: Server, port: number, servers: Server[]): Promise<void> {
  servers.push(server);
  return new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
}

/** What a reader's browser downloads from /pagefind/ for a first search, in Chromium. */
async function firstSearchBytes(siteUrl: string, query: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/'))
        pending.push(
          response.body().then(
            (body) => {
              bytes += body.length;
            },
            () => undefined,
          ),
        );
    });
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('.pagefind-ui__result', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return bytes;
  } finally {
    await browser.close();
  }
}

/** How many published entries each collection has. */
async function entryTotals(cmsUrl: string): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const name of Object.keys(queries) as CollectionName[]) {
    if (isSingleType(name)) continue;
    const body = (await (await fetch(`${cmsUrl}/api/${name}?pagination[pageSize]=1`)).json()) as { meta: { pagination: { total: number } } };
    totals[name] = body.meta.pagination.total;
  }
  return totals;
}

/** The same data the loader fetches, as local JSON files: the baseline build reads these. */
async function writeSnapshot(cmsUrl: string, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const settings = { ...cmsSettings({}), url: cmsUrl };
  for (const [name, query] of Object.entries(queries) as Array<[CollectionName, (typeof queries)[CollectionName]]>) {
    const data = isSingleType(name) ? ((await fetchSingle(settings, name, query)) ?? null) : await fetchCollection(settings, name, query);
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(data));
  }
}

/** What a seed leaves in the work folder: the database and the uploaded files. */
const SEEDED = ['bench.db', 'public'];

/**
 * Imports the content of this scale into the work folder's database; its seconds. With
 * BENCH_SEED_DIR, what an earlier run of the scale imported is copied instead (and no seconds),
 * and what this one imports is kept there.
 */
async function seed(workDir: string, cmsEnv: Record<string, string>): Promise<number | undefined> {
  const kept = env.BENCH_SEED_DIR && path.join(env.BENCH_SEED_DIR, scale);
  if (kept && existsSync(path.join(kept, 'bench.db'))) {
    log(`reusing the database an earlier run seeded, from ${kept} (BENCH_SEED_DIR): this record has no seed time`);
    for (const name of SEEDED) cpSync(path.join(kept, name), path.join(workDir, name), { recursive: true });
    return undefined;
  }
  let seedDir = contentDir;
  if (pagesWanted > 0) {
    seedDir = path.join(workDir, 'content');
    mkdirSync(seedDir);
    log(`generating a synthetic district of about ${pagesWanted} pages: ${JSON.stringify(writeSyntheticContent(seedDir, pagesWanted))}`);
  }
  const seconds = await timed('importing the content through the Document Service', () =>
    seedCms({ env: { ...cmsEnv, SEED_CONTENT_DIR: seedDir }, quiet: pagesWanted === 0 }),
  );
  if (kept) for (const name of SEEDED) cpSync(path.join(workDir, name), path.join(kept, name), { recursive: true });
  return seconds;
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'hlj-bench-'));
  mkdirSync(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const env = {
    DATABASE_FILENAME: path.join(workDir, 'bench.db'),
    STRAPI_PUBLIC_DIR: path.join(workDir, 'public'),
    SERVE_ADMIN_PANEL: 'false',
    CRON_ENABLED: 'false',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    HOST: '127.0.0.1',
  };
  // Only the running CMS tells the rebuild service what changed: relayed from the seed, every
  // imported entry was a request to a port nobody listened on yet, and an error line.
  const relay = { SITE_REBUILD_URL: `http://127.0.0.1:${ports.control}/hooks/strapi`, SITE_REBUILD_SECRET: secret };
  let cms: Service | undefined;
  const servers: Server[] = [];
  try {
    const seedSeconds = await seed(workDir, env);
    cms = await startCms(ports.cms, { env: { ...env, ...relay }, quiet: true });
    const proxy = countingProxy(cms.url);
    await listen(proxy.server, ports.proxy, servers);
    const proxyUrl = `http://127.0.0.1:${ports.proxy}`;
    const cacheDir = path.join(workDir, 'cache');
    const astro = (args: string[], extra: Record<string, string> = {}, onStart?: Parameters<typeof run>[2]['onStart']) =>
      run(bin(siteDir, 'astro'), args, { cwd: siteDir, quiet: true, env: { STRAPI_URL: proxyUrl, SITE_CACHE_DIR: cacheDir, ...extra }, onStart });

    // The content sync alone, from an empty store: every request the loader makes.
    proxy.reset();
    const syncSeconds = await timed('content sync (astro sync, empty store)', () => astro(['sync']));
    const syncRequests = proxy.counts.get('api') ?? 0;

    rmSync(cacheDir, { recursive: true, force: true });
    // Warm rebuilds go to the same folder: Astro's incremental build copies only pages whose
    // code is unchanged, and the output folder is part of that code. It is the publisher's
    // building folder, so the publisher below starts warm, as it does after `pnpm start`.
    const releases = new Releases(path.join(workDir, 'published'));
    const coldDir = releases.startBuilding();
    let peakRssMB = () => 0;
    const buildSeconds = await timed('full build, cold (no cache)', () =>
      astro(['build'], { SITE_OUT_DIR: coldDir }, (child) => (peakRssMB = sampleGroupMemory(child))),
    );
    const pages = htmlPages(coldDir).length;
    const pagefindSeconds = await timed('Pagefind index', () => indexSite(coldDir));
    const pagefindBytes = directoryBytes(path.join(coldDir, 'pagefind'));

    const files = createServer(sirv(coldDir, { dev: true }));
    await listen(files, ports.files, servers);
    const searchBytes = await firstSearchBytes(`http://127.0.0.1:${ports.files}`, '入队仪式');
    const weights = pageWeights(coldDir);
    log('precompression at each Brotli quality and gzip level…');
    const precompression = await precompressionCost(coldDir);

    // One editor's change, then the build the publisher would run.
    const login = (await (
      await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
    ).json()) as { data: { token: string } };
    const headers = { Authorization: `Bearer ${login.data.token}`, 'Content-Type': 'application/json' };
    const [article] = (
      (await (await fetch(`${cms.url}/api/articles?fields[0]=title&fields[1]=slug&pagination[pageSize]=1`)).json()) as {
        data: EditedArticle[];
      }
    ).data;
    const edited = await fetch(`${cms.url}/content-manager/collection-types/api::article.article/${article!.documentId}/actions/publish`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: `${article!.title}（更新）` }),
    });
    if (!edited.ok) throw new Error(`editing an article failed: ${edited.status} ${await edited.text()}`);
    const warmEnv = { STRAPI_URL: proxyUrl, SITE_CACHE_DIR: cacheDir, SITE_OUT_DIR: coldDir };
    let warm: BuildReport = { rendered: [], copied: [] };
    proxy.reset();
    const warmRebuildSeconds = await timed('warm rebuild after one edit (incremental)', async () => (warm = await astroBuild({ quiet: true, env: warmEnv })));
    const warmSyncRequests = proxy.counts.get('api') ?? 0;
    log(`warm rebuild: ${warm.rendered.length} files rendered, ${warm.copied.length} copied, ${warmSyncRequests} sync requests`);
    const warmFullRenderSeconds = await timed('the same rebuild, every page rendered', () => astroBuild({ quiet: true, env: warmEnv, force: true }));

    const publishing = await publishToServed({
      cmsUrl: cms.url,
      releases,
      headers,
      article: article!,
      servers,
      proxy,
      build: siteBuilder(proxyUrl, { quiet: true, env: warmEnv }),
    });

    // The CMS's overhead: the same templates from a local JSON snapshot of the same data. Both
    // builds start from an empty content store and share the optimised-image cache.
    const snapshotDir = path.join(workDir, 'snapshot');
    await writeSnapshot(cms.url, snapshotDir);
    const dropStore = () => rmSync(path.join(cacheDir, 'data-store.json'), { force: true });
    dropStore();
    const jsonBuildSeconds = await timed('build from the JSON snapshot', () =>
      astro(['build'], { SITE_OUT_DIR: path.join(workDir, 'json'), STRAPI_SNAPSHOT_DIR: snapshotDir }),
    );
    dropStore();
    const cmsBuildSeconds = await timed('the same build from the CMS', () => astro(['build'], { SITE_OUT_DIR: path.join(workDir, 'same') }));

    const record: Record<string, unknown> = {
      scale,
      pages,
      entries: await entryTotals(cms.url),
      seedSeconds,
      syncRequests,
      syncSeconds,
      buildSeconds,
      pagesPerSecond: Number((pages / buildSeconds).toFixed(1)),
      peakRssMB: peakRssMB(),
      pagefindSeconds,
      pagefindIndexMB: Number((pagefindBytes / 2 ** 20).toFixed(1)),
      firstSearchBytes: searchBytes,
      warmRebuildSeconds,
      warmRebuildRendered: warm.rendered.length,
      warmRebuildCopied: warm.copied.length,
      warmSyncRequests,
      warmFullRenderSeconds,
      ...publishing,
      jsonBuildSeconds,
      cmsBuildSeconds,
      jsonBaselineRatio: Number((cmsBuildSeconds / jsonBuildSeconds).toFixed(2)),
      pageWeights: weights,
      precompression,
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      // The machine is shared: what else ran is part of every figure.
      loadAverage: Number(loadavg()[0]!.toFixed(1)),
      date: new Date().toISOString(),
    };
    writeResults(record as BenchRecord);
    log(`done: ${JSON.stringify({ ...record, pageWeights: undefined })}`);
  } finally {
    for (const server of servers) server.close();
    await cms?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

interface EditedArticle {
  documentId: string;
  title: string;
  slug: string;
}

/** Waits until the page at `url` holds `text`. */
async function waitForText(url: string, text: string): Promise<void> {
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok && (await response.text()).includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The bytes a folder of releases takes on disk, each hard-linked file counted once, and as if each release had its own copies. */
function releasesBytes(dir: string): { disk: number; apparent: number } {
  const inodes = new Set<number>();
  let disk = 0;
  let apparent = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const stat = statSync(path.join(entry.parentPath, entry.name));
    apparent += stat.size;
    if (!inodes.has(stat.ino)) disk += stat.size;
    inodes.add(stat.ino);
  }
  return { disk, apparent };
}

interface PublishContext {
  cmsUrl: string;
  releases: Releases;
  headers: Record<string, string>;
  article: EditedArticle;
  servers: Server[];
  proxy: ReturnType<typeof countingProxy>;
  build: Builder;
}

/**
 * Publish of an edited article (admin API) → webhook → debounce → build → search index → link
 * check → switch → its page served with the change, ROUNDS times (hard links follow the switch); then the steps
 * the publisher does differently now, done the way they were before, on the same release.
 */
async function publishToServed({ cmsUrl, releases, headers, article, servers, proxy, build }: PublishContext) {
  const publisher = new Publisher({ releases, secret, build, log: () => {} });
  await listen(publisher.createControlServer(), ports.control, servers);
  await listen(createSiteServer(releases), ports.site, servers);
  publisher.enqueue({ event: 'start', subject: 'site', at: new Date().toISOString() });
  await publisher.idle();
  if (!releases.live()) throw new Error(`the publisher's first build failed: ${publisher.status.lastFailure?.reason}`);
  const rounds: Array<{ seconds: number; syncRequests: number; live: BuildRecord }> = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const title = `${article.title}（第 ${round + 1} 次修改）`;
    proxy.reset();
    const start = performance.now();
    const response = await fetch(`${cmsUrl}/content-manager/collection-types/api::article.article/${article.documentId}/actions/publish`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title }),
    });
    if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
    await waitForText(`http://127.0.0.1:${ports.site}/news/${article.slug}/`, title);
    const taken = seconds(start);
    await publisher.idle();
    rounds.push({ seconds: taken, syncRequests: proxy.counts.get('api') ?? 0, live: publisher.status.live! });
    log(`publish → served, round ${round + 1}/${ROUNDS}: ${taken} s (${JSON.stringify(publisher.status.live?.timings)})`);
  }
  const live = releases.live()!;
  const last = rounds.at(-1)!.live;
  // The steps of the median round, so that they add up to its time.
  const medianRound = rounds.find((r) => r.seconds === median(rounds.map((each) => each.seconds)))!;

  // The same steps as before this package: Pagefind's CLI over the release, linkinator over every page.
  const cliOut = mkdtempSync(path.join(tmpdir(), 'hlj-bench-pagefind-'));
  const pagefindCliSeconds = await timed('Pagefind CLI over the live release (before)', () =>
    run(bin(siteDir, 'pagefind'), ['--site', live, '--output-path', cliOut], { cwd: siteDir, quiet: true }),
  );
  rmSync(cliOut, { recursive: true, force: true });
  const linkGraphFullSeconds = await timed('link check of every page (files)', () => LinkGraph.checkAll(live, siteFiles(live)));
  const port = await freePort();
  const linkinatorSeconds = await timed('link check of every page (linkinator over HTTP, before)', () =>
    new LinkChecker().check({ path: live, port, recurse: true, concurrency: 16, linksToSkip: [`^(?!http://localhost:${port}/)`] }),
  );
  // Precompression as before its store (every text file compressed on every build) against a build that finds
  // every file in the store, on a copy of the live release without its compressed files.
  const compressDir = mkdtempSync(path.join(tmpdir(), 'hlj-bench-precompress-'));
  const compressSite = path.join(compressDir, 'site');
  cpSync(live, compressSite, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
  const compressStore = path.join(compressDir, 'store');
  const precompressAllSeconds = await timed('precompressing every file (before)', () => precompress(compressSite, compressStore));
  const precompressStoreSeconds = await timed('precompressing from the store', () => precompress(compressSite, compressStore));
  rmSync(compressDir, { recursive: true, force: true });
  const bytes = releasesBytes(releases.dir);
  return {
    publishToServedSeconds: median(rounds.map((r) => r.seconds)),
    publishToServedRounds: rounds.map((r) => r.seconds),
    publishSyncRequests: median(rounds.map((r) => r.syncRequests)),
    publishRendered: last.rendered,
    publishCopied: last.copied,
    publishLinkedFiles: last.linked,
    publishCheckedPages: last.checkedPages,
    publishStepsSeconds: medianRound.live.timings,
    publishStepsBeforeSwitch: STEPS_BEFORE_SWITCH,
    pagefindCliSeconds,
    linkGraphFullSeconds,
    linkinatorSeconds,
    precompressAllSeconds,
    precompressStoreSeconds,
    releasesKept: releases.list().length,
    releasesDiskMB: Number((bytes.disk / 2 ** 20).toFixed(1)),
    releasesWithoutLinksMB: Number((bytes.apparent / 2 ** 20).toFixed(1)),
  };
}

/**
 * The publisher's steps before the switch (pipeline.ts), which an editor waits for; `build.*` are
 * the phases of `build`. Records made before hard links moved after the switch name none, and
 * waited for all four.
 */
const STEPS_BEFORE_SWITCH = ['build', 'searchIndex', 'linkCheck'];
const STEPS_BEFORE_SWITCH_UNTIL_2026_12_01 = ['build', 'searchIndex', 'shareUnchanged', 'linkCheck'];

type BenchRecord = Record<string, unknown> & { scale: string; pageWeights: ReturnType<typeof pageWeights> };

/** One record per scale: a new run replaces the record of its own scale. */
function writeResults(record: BenchRecord): void {
  const dir = path.join(root, 'bench');
  const file = path.join(dir, 'results.json');
  const previous: BenchRecord[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const records = [...previous.filter((entry) => entry.scale !== record.scale), record];
  writeFileSync(file, `${JSON.stringify(records, null, 2)}\n`);
  const value = (r: BenchRecord, key: string) => (r[key] === undefined ? '–' : String(r[key]));
  const columns: Array<[string, string]> = [
    ['scale', 'scale'],
    ['pages', 'pages'],
    ['seedSeconds', 'seed (s)'],
    ['syncRequests', 'sync requests'],
    ['syncSeconds', 'sync (s)'],
    ['buildSeconds', 'full build (s)'],
    ['pagesPerSecond', 'pages/s'],
    ['peakRssMB', 'peak memory (MB)'],
    ['pagefindSeconds', 'Pagefind (s)'],
    ['pagefindIndexMB', 'index (MB)'],
    ['firstSearchBytes', 'first search (bytes)'],
    ['warmRebuildSeconds', 'warm rebuild (s)'],
    ['warmRebuildRendered', 'rendered'],
    ['warmRebuildCopied', 'copied'],
    ['warmSyncRequests', 'its sync requests'],
    ['warmFullRenderSeconds', 'warm, all rendered (s)'],
    ['jsonBaselineRatio', 'CMS ÷ JSON build'],
    ['publishToServedSeconds', 'publish → served (s)'],
    ['cores', 'cores'],
    ['memoryGB', 'memory (GB)'],
  ];
  const table = (rows: string[][]) => rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
  const weights = records.flatMap((r) =>
    Object.entries(r.pageWeights).map(([type, w]) => [
      r.scale,
      type,
      String(w.pages),
      String(w.htmlBytes),
      String(w.htmlGzipBytes),
      String(w.cssBytes),
      String(w.jsBytes),
    ]),
  );
  writeFileSync(
    path.join(dir, 'results.md'),
    `# Benchmark results

Written by \`pnpm bench --scale <seed|4k|10k>\` on the machine named in each row. Each figure comes from one run, and every
ratio compares two builds from that same run. Builds are \`astro build\` (content sync, pages, images); Pagefind is
timed on its own. "sync" is the content layer alone from an empty store, counted at a proxy in front of the CMS. The JSON
baseline builds the same templates from a local snapshot of the same data (both builds start from an empty content
store and share the optimised-image cache). "warm rebuild" follows one edited article: Astro's incremental build
renders the files whose content or code changed and copies the rest ("rendered", "copied"), after a content sync that
fetches only what changed ("its sync requests"); "warm, all rendered" is
the same rebuild with every page rendered (\`astro build --force\`). "publish → served" is the median time from an editor's
Publish of an edited article to its page served with the change: webhook, debounce (0.25 s; 0.5 s, and earlier 3 s, in older records), build, search index, hard links,
link check, switch.

${table([columns.map(([, title]) => title), columns.map(() => '---'), ...records.map((r) => columns.map(([key]) => value(r, key)))])}

Dates: ${records.map((r) => `${r.scale} ${String(r.date).slice(0, 10)} (Node ${r.node}${r.loadAverage === undefined ? '' : `, load average ${r.loadAverage} at the end`})`).join('; ')}.

## Where publish → served goes

The median round, in seconds; the build's phases (from Astro's log) in brackets: start-up, content sync,
bundling, pages rendered or copied, optimised images, the rest. Hard links are made after the switch (before it, in
runs that say so), so the editor does not wait for them. "other" is the rest: the webhook, the debounce, the switch
and the first request that sees the change. "sync requests" are the CMS requests of one publish's build. The publisher's steps against the
way they were done before this package, on the same live release of the same run: Pagefind's CLI reading every page against
its Node API reading the pages the build rendered (until 2026-12-01: every page), linkinator over HTTP against reading the changed pages' links from the files, and the disk the
kept releases take with unchanged files hard-linked against each release having its own copies.

${table([
  [
    'scale',
    'publish → served',
    'rounds',
    'build',
    'search index',
    'link check',
    'hard links',
    'other',
    'sync requests',
    'rendered',
    'copied',
    'files hard-linked',
    'pages link-checked',
  ],
  Array.from({ length: 13 }, () => '---'),
  ...records
    .filter((r) => r.publishStepsSeconds)
    .map((r) => {
      const steps = r.publishStepsSeconds as Record<string, number>;
      const waited = (r.publishStepsBeforeSwitch as string[] | undefined) ?? STEPS_BEFORE_SWITCH_UNTIL_2026_12_01;
      const other = (r.publishToServedSeconds as number) - waited.reduce((sum, step) => sum + (steps[step] ?? 0), 0);
      return [
        r.scale,
        value(r, 'publishToServedSeconds'),
        (r.publishToServedRounds as number[]).join(', '),
        `${steps.build} (${Object.entries(steps)
          .filter(([step]) => step.startsWith('build.'))
          .map(([step, taken]) => `${step.slice('build.'.length)} ${taken}`)
          .join(', ')})`,
        String(steps.searchIndex),
        String(steps.linkCheck),
        `${steps.shareUnchanged}${(r.publishStepsBeforeSwitch as string[] | undefined)?.includes('shareUnchanged') === false ? '' : ' (before the switch)'}`,
        other.toFixed(2),
        value(r, 'publishSyncRequests'),
        value(r, 'publishRendered'),
        value(r, 'publishCopied'),
        value(r, 'publishLinkedFiles'),
        value(r, 'publishCheckedPages'),
      ];
    }),
])}

${table([
  [
    'scale',
    'Pagefind CLI, every page → Node API, the change (s)',
    'linkinator, every page → files, the change (s)',
    'files, every page (s)',
    'precompress, every file → from the store (s)',
    'releases kept',
    'their disk: copies → hard links (MB)',
  ],
  Array.from({ length: 7 }, () => '---'),
  ...records
    .filter((r) => r.publishStepsSeconds)
    .map((r) => {
      const steps = r.publishStepsSeconds as Record<string, number>;
      return [
        r.scale,
        `${value(r, 'pagefindCliSeconds')} → ${steps.searchIndex}`,
        `${value(r, 'linkinatorSeconds')} → ${steps.linkCheck}`,
        value(r, 'linkGraphFullSeconds'),
        r.precompressAllSeconds === undefined ? '–' : `${value(r, 'precompressAllSeconds')} → ${value(r, 'precompressStoreSeconds')}`,
        value(r, 'releasesKept'),
        `${value(r, 'releasesWithoutLinksMB')} → ${value(r, 'releasesDiskMB')}`,
      ];
    }),
])}

## Precompression

Each Brotli quality and gzip level over the text files of the cold build, one setting at a time on all cores, as the build
compresses: at most 800 pages, evenly spread (of how many the build has), and every bundled CSS and JavaScript file
(\`_astro/\`). Seconds and bytes of what was measured, and against Brotli 11 in the same run. The build uses Brotli
${BROTLI_QUALITY.assets} for the bundled files, ${BROTLI_QUALITY.pages} for the pages a build changes, ${BROTLI_QUALITY.manyPages} when more than ${MANY_FILES} files are new (the cold build),
and gzip ${GZIP_LEVEL}.

${table([
  ['scale', 'setting', 'pages measured', 'seconds, pages', '× Brotli 11', 'HTML bytes', '× Brotli 11', 'CSS/JS bytes', '× Brotli 11'],
  Array.from({ length: 9 }, () => '---'),
  ...records
    .filter((r) => r.precompression)
    .flatMap((r) => {
      const { files, sampled, rawBytes, settings } = r.precompression as PrecompressionCost;
      const best = settings['brotli 11']!;
      const ratio = (value = 0, base = 0) => (base ? (value / base).toFixed(2) : '–');
      return [
        [r.scale, 'none', `${sampled.html ?? 0} of ${files.html ?? 0}`, '–', '–', String(rawBytes.html ?? 0), '–', String(rawBytes.assets ?? 0), '–'],
        ...Object.entries(settings).map(([setting, { seconds, bytes }]) => [
          r.scale,
          setting,
          `${sampled.html ?? 0} of ${files.html ?? 0}`,
          String(seconds.html ?? 0),
          ratio(seconds.html, best.seconds.html),
          String(bytes.html ?? 0),
          ratio(bytes.html, best.bytes.html),
          String(bytes.assets ?? 0),
          ratio(bytes.assets, best.bytes.assets),
        ]),
      ];
    }),
])}

## Page weight by page type

Median page of each type: HTML bytes (raw and gzipped), and the CSS and JavaScript files it loads (raw bytes).

${table([['scale', 'page type', 'pages', 'HTML', 'HTML gzip', 'CSS', 'JS'], ['---', '---', '---', '---', '---', '---', '---'], ...weights])}
`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
