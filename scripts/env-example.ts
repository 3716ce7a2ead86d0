/**
 * `pnpm env:example`: `.env.example` and the variables table in docs/configuration.md, written from
 * the one declaration in packages/env/variables.js. They are committed; packages/env/tests fails while one is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles } from '@pioneers/env/generate';

const root = path.resolve(import.meta.dirname, '..');

for (const { file, content } of generatedFiles(root)) {
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // Not written yet.
  }
  if (current === content) continue;
  writeFileSync(file, content);
  console.log(`env:example: wrote ${path.relative(root, file)}`);
}
