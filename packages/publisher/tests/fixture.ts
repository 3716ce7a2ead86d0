/** The temporary releases every publisher test starts from. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach } from 'vitest';
import { Releases } from '../src/index';

/**
 * Gives each test of the calling file a `Releases` in a new temporary folder, removed after the test:
 * `releases()` is the current test's, `release(files)` writes a release there holding these files
 * (relative path → content).
 */
export function releasesPerTest() {
  let current: Releases | undefined;
  beforeEach(() => {
    current = new Releases(mkdtempSync(path.join(tmpdir(), 'hlj-publisher-')));
    return () => rmSync(path.dirname(current!.dir), { recursive: true, force: true });
  });
  const releases = () => current!;
  const release = (files: Record<string, string>): string => {
    const folder = releases().create();
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), content);
    }
    return folder;
  };
  return { releases, release };
}
