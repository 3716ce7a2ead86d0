/**
 * `pnpm bench`: measures the publishing pipeline on the seed content, on this machine, and writes
 * bench/results.json and bench/results.md. Figures are compared with a baseline measured in the
 * same run (a plain warm build), never with numbers from elsewhere.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { Publisher } from './lib/publisher';
import { Releases } from './lib/releases';
import { buildSite, root, seedCms, startCms, type Service } from './lib/services';
import { createSiteServer } from './lib/site-server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ports = { cms: 1451, control: 1452, site: 1453 };
const secret = randomBytes(16).toString('base64url');
const admin = { email: 'bench@example.com', password: 'Bench-admin-1234' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (start: number) => Number(((performance.now() - start) / 1000).toFixed(2));
const log = (line: string) => console.log(`bench: ${line}`);

async function waitFor(url: string, status: number): Promise<void> {
  for (;;) {
    if ((await fetch(url)).status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'hlj-bench-'));
  mkdirSync(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const env = {
    DATABASE_FILENAME: path.join(workDir, 'bench.db'),
    STRAPI_PUBLIC_DIR: path.join(workDir, 'public'),
    SERVE_ADMIN_PANEL: 'false',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SITE_REBUILD_URL: `http://127.0.0.1:${ports.control}/hooks/strapi`,
    SITE_REBUILD_SECRET: secret,
    HOST: '127.0.0.1',
  };
  let cms: Service | undefined;
  const servers: Server[] = [];
  try {
    log('seeding a fresh CMS…');
    await seedCms({ env, quiet: true });
    cms = await startCms(ports.cms, { env, quiet: true });

    log('baseline: full build, then a warm build with nothing changed…');
    let start = performance.now();
    await buildSite(cms.url, path.join(workDir, 'cold'), { quiet: true });
    const fullBuildSeconds = seconds(start);
    start = performance.now();
    await buildSite(cms.url, path.join(workDir, 'warm'), { quiet: true });
    const warmBuildSeconds = seconds(start);

    const releases = new Releases(path.join(workDir, 'site'));
    const publisher = new Publisher({ cmsUrl: cms.url, releases, secret, quiet: true, log: () => {} });
    for (const [server, port] of [[publisher.createControlServer(), ports.control], [createSiteServer(releases), ports.site]] as const) {
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    }
    publisher.enqueue({ event: 'start', subject: 'site', at: new Date().toISOString() });
    await publisher.idle();
    const pages = publisher.status.live!.pages;

    const login = (await (await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })).json()) as { data: { token: string } };
    const headers = { Authorization: `Bearer ${login.data.token}`, 'Content-Type': 'application/json' };
    const publishToServed: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const slug = `bench-${round}`;
      start = performance.now();
      const response = await fetch(`${cms.url}/content-manager/collection-types/api::article.article/actions/publish`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: `性能测试 ${round}`, slug, summary: '性能测试', publishedOn: '2026-11-28', body: [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }] }),
      });
      if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
      await waitFor(`http://127.0.0.1:${ports.site}/news/${slug}/`, 200);
      publishToServed.push(seconds(start));
      log(`publish → served, round ${round + 1}/${ROUNDS}: ${publishToServed.at(-1)} s`);
      await publisher.idle();
    }

    const record = {
      scale: 'seed',
      pages,
      buildSeconds: fullBuildSeconds,
      pagesPerSecond: Number((pages / fullBuildSeconds).toFixed(1)),
      warmRebuildSeconds: warmBuildSeconds,
      publishToServedSeconds: median(publishToServed),
      publishToServedRounds: publishToServed,
      publishOverWarmBuildRatio: Number((median(publishToServed) / warmBuildSeconds).toFixed(2)),
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      date: new Date().toISOString(),
    };
    writeResults(record);
    log(`done: ${JSON.stringify(record)}`);
  } finally {
    servers.forEach((server) => server.close());
    await cms?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

type BenchRecord = Record<string, unknown> & { scale: string };

/** One record per scale: a new run replaces the record of its own scale. */
function writeResults(record: BenchRecord): void {
  const dir = path.join(root, 'bench');
  const file = path.join(dir, 'results.json');
  const previous: BenchRecord[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const records = [...previous.filter((entry) => entry.scale !== record.scale), record];
  writeFileSync(file, `${JSON.stringify(records, null, 2)}\n`);
  const rows = records.map(
    (r) =>
      `| ${r.scale} | ${r.pages} | ${r.buildSeconds} | ${r.pagesPerSecond} | ${r.warmRebuildSeconds} | ${r.publishToServedSeconds} | ${r.publishOverWarmBuildRatio} | ${r.cores} | ${r.memoryGB} | ${String(r.date).slice(0, 10)} |`,
  );
  writeFileSync(
    path.join(dir, 'results.md'),
    `# Benchmark results\n\nWritten by \`pnpm bench\`. "publish → served" is the median time from an editor's Publish (admin API, Document Service) to the page being served by the site server, through the webhook, the debounce (3 s), the build, the checks and the switch; the ratio compares it with a plain warm build measured in the same run.\n\n| scale | pages | full build (s) | pages/s | warm rebuild (s) | publish → served (s) | publish ÷ warm build | cores | memory (GB) | date |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
