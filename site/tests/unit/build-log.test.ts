/**
 * Reading `astro build`'s log (scripts/lib/services.ts): the builder removes a copied-in page the
 * log does not name, so every page must be read whatever the pieces the log arrives in. A real
 * child process writes a log as Astro 7 does with four pages at a time (a rendered page's line
 * left open until it is done, other pages' lines written into it), cut inside the characters of
 * "├─" and of a Chinese name, with warnings on stderr in between.
 */
import { describe, expect, it } from 'vitest';
import { buildLog, run } from '@pioneers/scripts/services';

const LOG = [
  '12:00:01 [build] Building static entrypoints...\n',
  '\n generating static routes \n',
  // Rendered, its line open while other pages are logged.
  '12:00:02   ├─ /news/a/index.html',
  '12:00:02   ├─ /学校/红星/index.html',
  ' (cached)\n',
  '12:00:02   ├─ /media/plan.pdf/',
  ' (restored)\n',
  '12:00:02   ├─ /honors/2025-list/share.png',
  ' (+41ms) \n',
  ' (+58ms) \n',
  '12:00:03   └─ /news/b-19/index.html',
  ' (cached)\n',
  '12:00:03 ✓ Completed in 1.2s.\n',
  '\n generating optimized images \n',
  '12:00:04 [build] Complete!\n',
].join('');

/** A child writing `LOG` to stdout in pieces of `size` bytes, a warning on stderr after each. */
const writer = (size: number) => `
const bytes = Buffer.from(${JSON.stringify(LOG)});
(async () => {
  for (let at = 0; at < bytes.length; at += ${size}) {
    process.stdout.write(bytes.subarray(at, at + ${size}));
    process.stderr.write('(node:1) Warning: something\\n');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
})();`;

describe("reading Astro's build log", () => {
  it.each([1, 2, 3, 5, 7, 64])('names every file, in pieces of %i bytes', async (size) => {
    let atImages: string[] = [];
    const log = buildLog((report) => {
      atImages = [...report.rendered, ...report.copied];
    });
    await run(process.execPath, ['-e', writer(size)], { cwd: process.cwd(), quiet: true, onStdout: log.read });
    log.end();
    expect(log.report.rendered).toEqual(['/news/a/index.html', '/honors/2025-list/share.png']);
    expect(log.report.copied).toEqual(['/学校/红星/index.html', '/media/plan.pdf', '/news/b-19/index.html']);
    expect(atImages).toHaveLength(5);
    expect(Object.keys(log.report.phases!)).toEqual(['startup', 'pages', 'images', 'finish']);
  });
});
