import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
/** Where production code lives; tests may set up their own environment. */
const PRODUCTION = ['cms/src', 'cms/config', 'cms/scripts', 'site/src', 'site/astro.config.mjs', 'scripts'];

it('production code reads the environment only through @pioneers/env (passing it on to a child is fine)', () => {
  const files = PRODUCTION.flatMap((entry) => {
    const full = path.join(root, entry);
    if (entry.includes('.')) return [full];
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((file) => file.isFile() && /\.(ts|tsx|mts|mjs|js|astro)$/.test(file.name) && !file.parentPath.includes('node_modules'))
      .map((file) => path.join(file.parentPath, file.name));
  });
  const raw = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        /process\.env\s*(\.|\[)|import\.meta\.env\.(?!SITE\b|PREVIEW_SERVER\b)/.test(line) ? [`${path.relative(root, file)}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
  expect(raw).toEqual([]);
});
