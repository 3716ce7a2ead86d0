/** The generated files of this repository, and which of them differ from what the CMS schemas give. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, readModel } from './generate';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every generated file's content, by path from the repository root. */
export const generatedFiles = (): Record<string, string> => generate(readModel(path.join(root, 'cms')));

/** The generated files missing on disk, stale, or edited by hand. */
export function staleFiles(files: Record<string, string>): string[] {
  return Object.entries(files)
    .filter(([file, content]) => {
      try {
        return readFileSync(path.join(root, file), 'utf8') !== content;
      } catch {
        return true;
      }
    })
    .map(([file]) => file);
}
