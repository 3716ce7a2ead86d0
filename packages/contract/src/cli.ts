/**
 * `pnpm contract`: writes the generated files from the CMS schemas. `pnpm contract --check` writes
 * nothing and fails, naming them, when any is stale or was edited by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles, root, staleFiles } from './files';
import { ContractError } from './generate';

try {
  const files = generatedFiles();
  const stale = staleFiles(files);
  if (process.argv.includes('--check')) {
    if (stale.length > 0) {
      console.error(`contract: out of date with the CMS schemas, run \`pnpm contract\`: ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('contract: up to date');
  } else {
    for (const file of stale) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), files[file]!);
    }
    console.log(stale.length ? `contract: wrote ${stale.join(', ')}` : 'contract: up to date');
  }
} catch (error) {
  if (!(error instanceof ContractError)) throw error;
  console.error(`contract: ${error.message}`);
  process.exit(1);
}
