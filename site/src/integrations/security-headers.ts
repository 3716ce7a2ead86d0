/**
 * Writes `_headers` (the format Cloudflare Pages and Netlify read) into every build: a strict
 * Content-Security-Policy whose script-src lists the hash of each inline script the pages carry
 * (Astro's island loader, the search page's setup), so no other inline script can run.
 * The site server (scripts/lib/site-server.ts) sends the same headers; `_headers.nginx` holds them
 * for nginx (site/nginx/site.conf).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FileFacts } from './file-facts';

// JSON-LD (`application/ld+json`) is data, never run: it needs no hash. Inline styles need none either
// (style-src allows them), and every page inlines the whole stylesheet: not read here.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g;

/** The hash of every inline script of the page at `file`, as CSP sources. */
function pageScriptHashes(file: string): string[] {
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(INLINE_SCRIPT)].flatMap(([, body]) => (body ? [`'sha256-${createHash('sha256').update(body).digest('base64')}'`] : []));
}

/** The hash of every inline script of the pages in `outDir`, as CSP sources. */
function inlineScriptHashes(outDir: string, known: FileFacts<string[]>): Set<string> {
  const hashes = new Set<string>();
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    for (const hash of known.of(outDir, path.relative(outDir, file), () => pageScriptHashes(file))) hashes.add(hash);
  }
  known.save();
  return hashes;
}

export function securityHeaders(scripts: Iterable<string>): Record<string, string> {
  const csp = [
    "default-src 'self'",
    // Pagefind's search runs as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${[...scripts].sort().join(' ')}`.trim(),
    // The video player's web components style their shadow DOM with inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "media-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Browsers heed this only over HTTPS, which is how the site is served in production.
    'Strict-Transport-Security': 'max-age=31536000',
  };
}

export default function securityHeadersIntegration(): AstroIntegration {
  let cacheDir = '';
  let buildStartMs = 0;
  return {
    name: 'hlj:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        buildStartMs = Date.now();
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const scripts = inlineScriptHashes(outDir, new FileFacts(path.join(cacheDir, 'inline-script-hashes.json'), cacheDir, buildStartMs));
        const headers = securityHeaders(scripts);
        const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)];
        writeFileSync(path.join(outDir, '_headers'), `${lines.join('\n')}\n`);
        // No value holds a double quote (the CSP quotes with single ones).
        const directives = Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`);
        writeFileSync(path.join(outDir, '_headers.nginx'), `${directives.join('\n')}\n`);
        logger.info(`_headers written (${[...scripts].length} inline script hashes)`);
      },
    },
  };
}
