/** Measuring tools for `pnpm bench`: process-group memory, request counting, built-site sizes. */
import { CONTENT_TYPES } from '@pioneers/contract';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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
