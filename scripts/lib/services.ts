/**
 * Starting and stopping the platform's parts as child processes: used by `pnpm start` and by the
 * site's tests, so both run the CMS and the site exactly the same way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { env } from '@pioneers/env';
import { BuildFailedError, type Builder, type BuilderOptions, type BuildReport, indexSite } from '@pioneers/publisher';
import { cacheState, noPrefill, type Prefill, prefillFromCache, removeDropped } from './cached-pages';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const cmsDir = path.join(root, 'cms');
export const siteDir = path.join(root, 'site');
export const contractDir = path.join(root, 'packages/contract');
export const publisherDir = path.join(root, 'packages', 'publisher');
/** A package's own command, as installed by pnpm. */
export const bin = (dir: string, name: string) => path.join(dir, 'node_modules', '.bin', name);

export { freePort } from './free-port';

/** A new set of the secrets Strapi refuses to start without, for a throwaway CMS (tests). */
export function throwawaySecrets(): Record<string, string> {
  const secret = () => randomBytes(16).toString('base64');
  return {
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    PREVIEW_SECRET: secret(),
    BACKUP_KEY: secret(),
  };
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Keep the output unless the command fails (tests); otherwise it streams to this terminal. */
  quiet?: boolean;
  /** Show only the lines of its output this accepts, as they come; the rest is kept for the error if it fails. */
  show?: (line: string) => boolean;
  /** Called with the started process (the benchmark samples its memory). */
  onStart?: (child: ChildProcess) => void;
  /** Called with each piece of the command's standard output, quiet or not (never mixed with its errors, which arrive apart). */
  onStdout?: (text: string) => void;
}

export interface Service {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * glibc's allocator tuned for threads that allocate and free a lot (sharp's documentation warns
 * that glibc's defaults suit libvips badly and suggests jemalloc, a system package; these are
 * glibc's own settings): at most two arenas, and blocks of 128 KiB or more mapped on their own, so
 * that freeing one returns it to the system. With the defaults (eight arenas a core) the memory
 * that the bundler's and libvips' threads free stays with the process: a cold build of 10k pages
 * peaked at 1,354 MiB, with these at 1,169, in as much time (docs/benchmarks.md). Other C libraries
 * ignore both; the environment overrides them.
 */
const GLIBC_MALLOC = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };

function launch(command: string, args: string[], { cwd, env, quiet, show, onStdout }: RunOptions): { child: ChildProcess; output: () => string } {
  // Its own process group, so stopping it also stops whatever it started. Astro would report each
  // build to its makers (and run git for a project id first, holding up the build): a district's
  // publishing server reports nothing (Strapi's telemetry is off in cms/package.json).
  const child = spawn(command, args, {
    cwd,
    env: { ...GLIBC_MALLOC, ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: quiet || show || onStdout ? 'pipe' : 'inherit',
    detached: true,
  });
  let output = '';
  for (const [stream, echo] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    let partial = '';
    // Decoded across pieces: a piece may end inside a character (Astro's "├─", a Chinese name).
    stream?.setEncoding('utf8');
    stream?.on('data', (text: string) => {
      output = (output + text).slice(-20_000);
      if (stream === child.stdout) onStdout?.(text);
      if (quiet) return;
      if (!show) {
        echo.write(text);
        return;
      }
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (show(line)) console.log(line);
    });
  }
  return { child, output: () => output };
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

/** Runs a command to completion; the error carries the end of its output. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  const { child, output } = launch(command, args, options);
  options.onStart?.(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${signal ?? `exit ${code}`})\n${output()}`)),
    );
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} stopped while starting (exit ${child.exitCode})\n${output()}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stopGroup(child);
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s\n${output()}`);
}

async function startService(command: string, args: string[], url: string, probe: string, options: RunOptions): Promise<Service> {
  const { child, output } = launch(command, args, options);
  await waitUntilUp(probe, child, output);
  return { url, child, stop: () => stopGroup(child) };
}

/** `pnpm seed`'s importer, against the database the environment names. */
export const seedCms = (options: Omit<RunOptions, 'cwd'> = {}) => run(bin(cmsDir, 'tsx'), ['scripts/seed.ts'], { ...options, cwd: cmsDir });

/** The CMS (`strapi start`, compiled by the seed or `strapi build`) on the given port. */
export function startCms(port: number, options: Omit<RunOptions, 'cwd'> = {}): Promise<Service> {
  const url = `http://127.0.0.1:${port}`;
  return startService(bin(cmsDir, 'strapi'), ['start'], url, `${url}/_health`, {
    ...options,
    cwd: cmsDir,
    env: { ...options.env, PORT: String(port) },
  });
}

/**
 * The editors' preview server: the site's templates rendering drafts on demand (site/src/preview).
 * It lives inside site/ because its server code imports the site's packages from node_modules.
 */
export const previewServerDir = path.join(siteDir, 'dist-preview');

export async function buildPreviewServer(strapiUrl: string, options: Omit<RunOptions, 'cwd'> = {}): Promise<void> {
  const env = { ...options.env, STRAPI_URL: strapiUrl, SITE_PREVIEW: '1' };
  await run(bin(siteDir, 'astro'), ['build'], { ...options, env, cwd: siteDir });
}

export function startPreviewServer(port: number, strapiUrl: string, options: Omit<RunOptions, 'cwd'> = {}): Promise<Service> {
  const url = `http://127.0.0.1:${port}`;
  return startService(process.execPath, [path.join(previewServerDir, 'server', 'entry.mjs')], url, `${url}/preview/`, {
    ...options,
    cwd: siteDir,
    env: { HOST: '127.0.0.1', ...options.env, STRAPI_URL: strapiUrl, PORT: String(port) },
  });
}

/**
 * `├─ /news/x/index.html (restored)` or `… (cached)` is a copied file, any other `├─ <file>` a
 * rendered one. Astro renders four pages at a time (site/astro.config.mjs): a rendered file's
 * `(+12ms)` may follow other files' lines, even on the same line, where the next one's timestamp
 * ends its name. A copy's line is never split: Astro logs it in one go.
 */
const BUILT_FILE = /[├└]─ (\/\S*?)(?=\s|\d\d:\d\d:\d\d\s)( \((?:restored|cached)\))?/g;

/**
 * Where Astro's log says a phase of its build begins; each phase lasts until the next one's line.
 * What comes before the first is `startup` (config, integrations).
 */
const BUILD_PHASES: Array<[phase: string, marker: RegExp]> = [
  ['sync', /Syncing content/],
  ['bundle', /Synced content/],
  ['pages', /(generating|prerendering) static routes/],
  ['images', /generating optimized images/],
  ['finish', /Complete!/],
];

export type BuildOptions = Omit<RunOptions, 'cwd' | 'onStdout'> & {
  force?: boolean;
  /** Called once every page is written, before Astro's images and integrations, with the files so far. */
  onPagesWritten?: (report: BuildReport) => void;
};

/**
 * Why a failed `astro build` failed, for editors: its output crosses a process boundary as text,
 * in which the site's CMS client (site/src/cms/client.ts) names an unreachable or failing CMS.
 */
function buildFailure(output: string): string {
  const lines = stripVTControlCharacters(output)
    .split('\n')
    .map((line) => line.trim());
  const failed = lines[0]!;
  const cms = lines.find((line) => /cannot reach the CMS|the CMS answered/.test(line));
  // Otherwise Astro's first error line (an `[ERROR]` line, or a system error such as ENOENT) says why.
  const error = lines.find((line, index) => index > 0 && /\[ERROR\]|\b[A-Z]*Error\b|\bE[A-Z]{3,}\b:/.test(line));
  return cms ?? (error ? `${failed}: ${error.slice(0, 300)}` : failed);
}

/**
 * Reads `astro build`'s standard output as it comes: the files it rendered and copied, and how
 * long each phase took; `onPagesWritten` is told when the last page is written.
 */
export function buildLog(onPagesWritten?: (report: BuildReport) => void) {
  const report: BuildReport = { rendered: [], copied: [], phases: {} };
  let partial = '';
  let phase = { name: 'startup', since: performance.now() };
  const endPhase = (next: string) => {
    report.phases![phase.name] = Number(((performance.now() - phase.since) / 1000).toFixed(2));
    phase = { name: next, since: performance.now() };
  };
  const read = (text: string) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop()!;
    // Astro colours its log when it thinks it may.
    for (const line of lines.map(stripVTControlCharacters)) {
      // An endpoint is logged by its address, which may end in a slash; its file does not.
      for (const [, file, copied] of line.matchAll(BUILT_FILE)) (copied ? report.copied : report.rendered).push(file!.replace(/\/$/, ''));
      const next = BUILD_PHASES.find(([name, marker]) => marker.test(line) && !(name in report.phases!) && name !== phase.name);
      if (next) endPhase(next[0]);
      // Astro writes images and runs its integrations' hooks after the last page.
      if (next?.[0] === 'images') onPagesWritten?.(report);
    }
  };
  return { report, read, end: () => endPhase('') };
}

/** `astro build` in site/, configured by `options.env` (STRAPI_URL, SITE_OUT_DIR, SITE_CACHE_DIR); a failure is a BuildFailedError. */
export async function astroBuild({ force, onPagesWritten, ...options }: BuildOptions): Promise<BuildReport> {
  const log = buildLog(onPagesWritten);
  try {
    // Only stdout: a warning on stderr arriving while a page's line is still open (it is finished
    // once the page is rendered) must not become part of that page's name.
    await run(bin(siteDir, 'astro'), ['build', ...(force ? ['--force'] : [])], { ...options, cwd: siteDir, onStdout: log.read });
  } catch (error) {
    const message = (error as Error).message;
    throw new BuildFailedError(buildFailure(message), { cause: error });
  }
  log.end();
  return log.report;
}

/** Where Astro keeps its incremental cache (site/astro.config.mjs): SITE_CACHE_DIR, or Astro's own place. */
const astroCacheDir = (given: NodeJS.ProcessEnv = {}) => path.resolve(siteDir, given.SITE_CACHE_DIR ?? env.SITE_CACHE_DIR ?? 'node_modules/.astro');

/**
 * The rebuild service's builder: `astro build` from the CMS at `strapiUrl` into `dir` (emptied
 * first), with the unchanged pages copied in beforehand (the publisher adds the search index).
 * Between publishes, `prepare` copies them into a folder beside `dir`, which the next build takes
 * if no other build has changed Astro's cache since (0.4 s at 4k pages, 1.2 s at 10k off an
 * editor's wait).
 */
export function siteBuilder(strapiUrl: string, options: BuildOptions = {}) {
  const cacheDir = astroCacheDir(options.env);
  let prepared: { dir: string; prefill: Prefill; cache: string } | undefined;
  const build = async (dir: string, { force, pagesWritten }: BuilderOptions): Promise<BuildReport> => {
    const ready = prepared;
    prepared = undefined;
    rmSync(dir, { recursive: true, force: true });
    let prefill = noPrefill();
    if (ready && !force && ready.dir === `${dir}.next` && ready.cache === cacheState(cacheDir)) {
      renameSync(ready.dir, dir);
      prefill = ready.prefill;
    } else {
      if (ready) rmSync(ready.dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      if (!force) prefill = await prefillFromCache(dir, cacheDir);
    }
    const report = await astroBuild({
      ...options,
      force,
      env: { ...options.env, STRAPI_URL: strapiUrl, SITE_OUT_DIR: dir, SITE_OUT_DIR_PREFILLED: 'true' },
      onPagesWritten: (soFar) => {
        removeDropped(dir, prefill, soFar);
        pagesWritten?.([...soFar.rendered]);
      },
    });
    if (prefill.files.size > 0 && report.rendered.length + report.copied.length === 0)
      throw new BuildFailedError('the build named none of its pages in its log (has Astro changed it?)');
    return report;
  };
  const prepare = async (dir: string) => {
    const next = `${dir}.next`;
    rmSync(next, { recursive: true, force: true });
    mkdirSync(next, { recursive: true });
    const cache = cacheState(cacheDir);
    prepared = { dir: next, prefill: await prefillFromCache(next, cacheDir), cache };
  };
  return Object.assign(build, { prepare }) satisfies Builder;
}

/** Builds the static site (pages, images, search index) from the CMS at `strapiUrl`. */
export async function buildSite(strapiUrl: string, outDir: string, options: BuildOptions = {}): Promise<BuildReport> {
  const report = await siteBuilder(strapiUrl, options)(outDir, { force: Boolean(options.force) });
  await indexSite(outDir);
  return report;
}

/** Whether Debian's nginx (with its brotli_static module) is installed, for serving a build as production does. */
export const nginxAvailable = () => existsSync('/usr/sbin/nginx') && existsSync(NGINX_BROTLI_MODULE);
const NGINX_BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/**
 * nginx serving the built site in `outDir` on loopback with site/nginx/site.conf, the production
 * configuration, from a throwaway prefix folder (its config, logs and the link to `_headers.nginx`).
 */
export async function startNginx(outDir: string, port: number, prefix: string): Promise<Service> {
  symlinkSync(path.join(outDir, '_headers.nginx'), path.join(prefix, 'hongling-site-headers.conf'));
  // Workers run as this user (not nginx's default `nobody`), who can read the build.
  const config = `load_module ${NGINX_BROTLI_MODULE};
user ${userInfo().username};
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix};
  server {
    listen 127.0.0.1:${port};
    root ${outDir};
    include ${path.join(siteDir, 'nginx', 'site.conf')};
  }
}
`;
  writeFileSync(path.join(prefix, 'nginx.conf'), config);
  const url = `http://127.0.0.1:${port}`;
  return startService('/usr/sbin/nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], url, `${url}/`, {
    cwd: prefix,
    quiet: true,
  });
}
