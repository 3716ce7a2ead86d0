/** Measuring tools for `pnpm bench`: process-group memory, request counting, built-site sizes. */
import { CONTENT_TYPES } from '@pioneers/contract';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, gzip, gzipSync, constants as zlibConstants } from 'node:zlib';
import { isBundledAsset, precompressibleFiles } from 'site/integrations/precompress';
import { htmlPages } from '@pioneers/publisher';

/**
 * Samples the resident memory of a process and everything it started (its process group, as
 * services.ts starts each command in its own group), and keeps the highest total. Linux only.
 */
export function sampleGroupMemory(child: ChildProcess, everyMs = 200): () => number {
  let peakKb = 0;
  const sample = () => {
    let totalKb = 0;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
        if (pgid !== child.pid) continue;
        totalKb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        // the process ended between listing and reading
      }
    }
    peakKb = Math.max(peakKb, totalKb);
  };
  const timer = setInterval(sample, everyMs);
  child.once('exit', () => clearInterval(timer));
  return () => Math.round(peakKb / 1024);
}

/** A pass-through proxy in front of the CMS that counts the requests made through it, by kind. */
export function countingProxy(target: string): { server: Server; counts: Map<string, number>; reset(): void } {
  const counts = new Map<string, number>();
  const upstream = new URL(target);
  const server = createServer((request, response) => {
    const kind = request.url?.startsWith('/api/') ? 'api' : 'other';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const forwarded = httpRequest(
      { hostname: upstream.hostname, port: upstream.port, path: request.url, method: request.method, headers: { ...request.headers, host: upstream.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.once('error', () => response.destroy());
    request.pipe(forwarded);
  });
  return { server, counts, reset: () => counts.clear() };
}

export function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** Which template a built page comes from, by its address. */
function pageType(file: string): string {
  const parts = file.split(path.sep);
  if (parts.length === 1) return parts[0] === 'index.html' ? 'home' : 'other';
  const [section, second] = parts;
  if (section === 'news') return second === 'index.html' || second === 'page' ? 'news list' : parts.length > 3 ? 'news by category/tag' : 'article';
  if (CONTENT_TYPES.some((type) => type.route === section)) return second === 'index.html' ? `${section} list` : section!;
  return section!;
}

/** Bytes of the bodies of the inline elements `pattern` matches (its first group). */
const inlineBytes = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].reduce((sum, match) => sum + Buffer.byteLength(match[1] ?? ''), 0);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Per page type: how many pages, the median HTML size (raw and gzipped), and the CSS and JS a
 * browser loads for the median page of that type, in the page (inline) or linked from it.
 */
export function pageWeights(dir: string): Record<string, { pages: number; htmlBytes: number; htmlGzipBytes: number; cssBytes: number; jsBytes: number }> {
  const byType = new Map<string, Array<{ file: string; bytes: number }>>();
  for (const file of htmlPages(dir)) {
    const type = pageType(file);
    byType.set(type, [...(byType.get(type) ?? []), { file, bytes: statSync(path.join(dir, file)).size }]);
  }
  const size = (url: string) => {
    try {
      return statSync(path.join(dir, new URL(url, 'http://site.invalid').pathname)).size;
    } catch {
      return 0;
    }
  };
  // Module scripts import shared chunks: count everything reachable.
  const withImports = (urls: Set<string>) => {
    const seen = new Set<string>();
    const visit = (url: string) => {
      const pathname = new URL(url, 'http://site.invalid').pathname;
      if (seen.has(pathname) || !size(pathname)) return;
      seen.add(pathname);
      const code = readFileSync(path.join(dir, pathname), 'utf8');
      for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
        visit(new URL(match[1]!, `http://site.invalid${pathname}`).pathname);
    };
    urls.forEach(visit);
    return seen;
  };
  const result: ReturnType<typeof pageWeights> = {};
  for (const [type, pages] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const middle = [...pages].sort((a, b) => a.bytes - b.bytes)[Math.floor(pages.length / 2)]!;
    const html = readFileSync(path.join(dir, middle.file), 'utf8');
    const css = new Set(
      [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map((m) => m[1] ?? m[2]!),
    );
    const js = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"|component-url="([^"]+)"|renderer-url="([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? m[3]!));
    result[type] = {
      pages: pages.length,
      htmlBytes: median(pages.map((page) => page.bytes)),
      htmlGzipBytes: gzipSync(html).length,
      cssBytes: [...css].reduce((sum, url) => sum + size(url), 0) + inlineBytes(html, /<style[^>]*>([\s\S]*?)<\/style>/g),
      // JSON-LD is data, not JavaScript.
      jsBytes:
        [...withImports(js)].reduce((sum, url) => sum + size(url), 0) +
        inlineBytes(html, /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
    };
  }
  return result;
}

/** The settings precompression is measured at: Brotli qualities and gzip levels. */
const COMPRESSIONS: Record<string, (content: Buffer) => Promise<Buffer>> = {
  'brotli 5': (content) => brotli(content, brotliOptions(5, content)),
  'brotli 9': (content) => brotli(content, brotliOptions(9, content)),
  'brotli 10': (content) => brotli(content, brotliOptions(10, content)),
  'brotli 11': (content) => brotli(content, brotliOptions(11, content)),
  'gzip 6': (content) => gzipAsync(content, { level: 6 }),
  'gzip 9': (content) => gzipAsync(content, { level: 9 }),
};
const [brotli, gzipAsync] = [promisify(brotliCompress), promisify(gzip)];
const brotliOptions = (quality: number, content: Buffer) => ({
  params: { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length },
});

/** Pages, the bundled CSS and JS (`_astro/`), and the rest (feed, sitemap, …). */
const fileKind = (dir: string, file: string) => (file.endsWith('.html') ? 'html' : isBundledAsset(dir, file) ? 'assets' : 'other');

export interface PrecompressionCost {
  /** Files that get compressed copies, by kind, and how many of them were measured. */
  files: Record<string, number>;
  sampled: Record<string, number>;
  /** By kind, their bytes uncompressed. */
  rawBytes: Record<string, number>;
  /** Per setting, by kind: seconds on all cores and compressed bytes, both for the files measured. */
  settings: Record<string, { seconds: Record<string, number>; bytes: Record<string, number> }>;
}

/**
 * What precompressing a build's files costs and saves at each Brotli quality and gzip level: on
 * every file, or at most `sampleSize` evenly spread pages and every other file, one setting at a
 * time, as many files at once as the machine has cores (as the build does, on zlib's thread pool).
 */
export async function precompressionCost(dir: string, sampleSize = 800): Promise<PrecompressionCost> {
  const byKind = new Map<string, string[]>();
  for (const file of precompressibleFiles(dir).sort()) {
    const files = byKind.get(fileKind(dir, file)) ?? [];
    files.push(file);
    byKind.set(fileKind(dir, file), files);
  }
  const sample = new Map([...byKind].map(([kind, files]) => [kind, files.filter((_, index) => index % Math.ceil(files.length / sampleSize) === 0)]));
  const contents = new Map([...sample].map(([kind, files]) => [kind, files.map((file) => readFileSync(file))]));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const cost: PrecompressionCost = {
    files: Object.fromEntries([...byKind].map(([kind, files]) => [kind, files.length])),
    sampled: Object.fromEntries([...sample].map(([kind, files]) => [kind, files.length])),
    rawBytes: Object.fromEntries([...contents].map(([kind, buffers]) => [kind, sum(buffers.map((buffer) => buffer.length))])),
    settings: {},
  };
  for (const [setting, compress] of Object.entries(COMPRESSIONS)) {
    const seconds: Record<string, number> = {};
    const bytes: Record<string, number> = {};
    for (const [kind, buffers] of contents) {
      const start = performance.now();
      const next = buffers.values();
      let total = 0;
      const worker = async () => {
        for (const buffer of next) total += (await compress(buffer)).length;
      };
      await Promise.all(Array.from({ length: availableParallelism() }, worker));
      seconds[kind] = Number(((performance.now() - start) / 1000).toFixed(2));
      bytes[kind] = total;
    }
    cost.settings[setting] = { seconds, bytes };
  }
  return cost;
}
