/**
 * `pnpm bench [--scale seed|10k|<pages>]`: builds a district of the given size in a fresh CMS
 * (the seed content, or the seed plus a synthetic district imported through the Document
 * Service) and measures, in one run: the content sync (HTTP requests and time), the full build
 * (time, pages per second, peak memory), Pagefind (time, index size, bytes a first search
 * downloads), HTML/CSS/JS per page type, a warm rebuild after one edit (incremental: files
 * rendered and copied; and every page rendered, for comparison), the same templates built
 * from a local JSON snapshot (the CMS's overhead, as a ratio), and at seed scale the time from
 * Publish to the page being served. Writes bench/results.json and bench/results.md.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '@pioneers/env';
import { launchChromium } from './lib/chromium';
import sirv from 'sirv';
import { cmsSettings, fetchCollection, fetchSingle } from '../site/src/cms/client';
import { isSingleType, queries, type CollectionName } from '../site/src/cms/queries';
import { contentDir } from './lib/content-files';
import { countingProxy, directoryBytes, pageWeights, sampleGroupMemory } from './lib/measure';
import { Publisher } from './lib/publisher';
import { htmlPages, Releases } from './lib/releases';
import { astroBuild, bin, freePort, root, run, seedCms, siteDir, startCms, type BuildReport, type Service } from './lib/services';
import { createSiteServer } from './lib/site-server';
import { parseScale, writeSyntheticContent } from './lib/synthetic';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'seed' } } });
const scale = values.scale!;
const ROUNDS = env.BENCH_ROUNDS;
const ports = { cms: await freePort(), control: await freePort(), site: await freePort(), proxy: await freePort(), files: await freePort() };
const secret = randomBytes(16).toString('base64url');
const admin = { email: 'bench@example.com', password: 'Bench-admin-1234' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (start: number) => Number(((performance.now() - start) / 1000).toFixed(2));
const log = (line: string) => console.log(`bench: ${line}`);

async function timed(what: string, work: () => Promise<unknown>): Promise<number> {
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

async function waitFor(url: string, status: number): Promise<void> {
  for (;;) {
    if ((await fetch(url)).status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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

async function main(): Promise<void> {
  const pagesWanted = parseScale(scale);
  const workDir = mkdtempSync(path.join(tmpdir(), 'hlj-bench-'));
  mkdirSync(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const env = {
    DATABASE_FILENAME: path.join(workDir, 'bench.db'),
    STRAPI_PUBLIC_DIR: path.join(workDir, 'public'),
    SERVE_ADMIN_PANEL: 'false',
    CRON_ENABLED: 'false',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SITE_REBUILD_URL: `http://127.0.0.1:${ports.control}/hooks/strapi`,
    SITE_REBUILD_SECRET: secret,
    HOST: '127.0.0.1',
  };
  let cms: Service | undefined;
  const servers: Server[] = [];
  try {
    let seedDir = contentDir;
    if (pagesWanted > 0) {
      seedDir = path.join(workDir, 'content');
      mkdirSync(seedDir);
      log(`generating a synthetic district of about ${pagesWanted} pages: ${JSON.stringify(writeSyntheticContent(seedDir, pagesWanted))}`);
    }
    const seedSeconds = await timed('importing the content through the Document Service', () =>
      seedCms({ env: { ...env, SEED_CONTENT_DIR: seedDir }, quiet: pagesWanted === 0 }),
    );
    cms = await startCms(ports.cms, { env, quiet: true });
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
    // code is unchanged, and the output folder is part of that code.
    const coldDir = path.join(workDir, 'site');
    let peakRssMB = () => 0;
    const buildSeconds = await timed('full build, cold (no cache)', () =>
      astro(['build'], { SITE_OUT_DIR: coldDir }, (child) => (peakRssMB = sampleGroupMemory(child))),
    );
    const pages = htmlPages(coldDir).length;
    const pagefindSeconds = await timed('Pagefind index', () => run(bin(siteDir, 'pagefind'), ['--site', coldDir], { cwd: siteDir, quiet: true }));
    const pagefindBytes = directoryBytes(path.join(coldDir, 'pagefind'));

    const files = createServer(sirv(coldDir, { dev: true }));
    await listen(files, ports.files, servers);
    const searchBytes = await firstSearchBytes(`http://127.0.0.1:${ports.files}`, '入队仪式');
    const weights = pageWeights(coldDir);

    // One editor's change, then the build the publisher would run.
    const login = (await (
      await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
    ).json()) as { data: { token: string } };
    const headers = { Authorization: `Bearer ${login.data.token}`, 'Content-Type': 'application/json' };
    const [article] = (
      (await (await fetch(`${cms.url}/api/articles?fields[0]=title&pagination[pageSize]=1`)).json()) as { data: Array<{ documentId: string; title: string }> }
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
      jsonBuildSeconds,
      cmsBuildSeconds,
      jsonBaselineRatio: Number((cmsBuildSeconds / jsonBuildSeconds).toFixed(2)),
      pageWeights: weights,
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      date: new Date().toISOString(),
    };

    if (pagesWanted === 0) Object.assign(record, await publishToServed(cms, headers, servers));
    writeResults(record as BenchRecord);
    log(`done: ${JSON.stringify({ ...record, pageWeights: undefined })}`);
  } finally {
    for (const server of servers) server.close();
    await cms?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Publish (admin API) → webhook → debounce → build → checks → switch → served, a few times. */
async function publishToServed(cms: Service, headers: Record<string, string>, servers: Server[]) {
  const releases = new Releases(mkdtempSync(path.join(tmpdir(), 'hlj-bench-site-')));
  const publisher = new Publisher({ cmsUrl: cms.url, releases, secret, quiet: true, log: () => {} });
  await listen(publisher.createControlServer(), ports.control, servers);
  await listen(createSiteServer(releases), ports.site, servers);
  publisher.enqueue({ event: 'start', subject: 'site', at: new Date().toISOString() });
  await publisher.idle();
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const slug = `bench-${round}`;
    const start = performance.now();
    const response = await fetch(`${cms.url}/content-manager/collection-types/api::article.article/actions/publish`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: `性能测试 ${round}`,
        slug,
        summary: '性能测试',
        publishedOn: '2026-11-28',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }],
      }),
    });
    if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
    await waitFor(`http://127.0.0.1:${ports.site}/news/${slug}/`, 200);
    rounds.push(seconds(start));
    log(`publish → served, round ${round + 1}/${ROUNDS}: ${rounds.at(-1)} s`);
    await publisher.idle();
  }
  return { publishToServedSeconds: median(rounds), publishToServedRounds: rounds };
}

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

Written by \`pnpm bench --scale <seed|10k>\` on the machine named in each row. Each figure comes from one run, and every
ratio compares two builds from that same run. Builds are \`astro build\` (content sync, pages, images); Pagefind is
timed on its own. "sync" is the content layer alone from an empty store, counted at a proxy in front of the CMS. The JSON
baseline builds the same templates from a local snapshot of the same data (both builds start from an empty content
store and share the optimised-image cache). "warm rebuild" follows one edited article: Astro's incremental build
renders the files whose content or code changed and copies the rest ("rendered", "copied"), after a content sync that
fetches only what changed ("its sync requests"); "warm, all rendered" is
the same rebuild with every page rendered (\`astro build --force\`). "publish → served" (seed scale) is the median time from an editor's
Publish to the page being served: webhook, 3 s debounce, build, link check, switch.

${table([columns.map(([, title]) => title), columns.map(() => '---'), ...records.map((r) => columns.map(([key]) => value(r, key)))])}

Dates: ${records.map((r) => `${r.scale} ${String(r.date).slice(0, 10)} (Node ${r.node})`).join('; ')}.

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
