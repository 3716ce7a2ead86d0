/**
 * What is generated from the declaration is committed: `.env.example`, the table in
 * docs/configuration.md and the package's type declarations. Each fails here when stale.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedFiles } from '../generate.js';
import { variables } from '../index.js';

const packageDir = path.resolve(import.meta.dirname, '..');
const root = path.resolve(packageDir, '..', '..');
const STALE = 'stale: run `pnpm env:example` and commit the result';

describe('generated from packages/env/variables.js', () => {
  it.each(generatedFiles(root).map(({ file, content }) => [path.relative(root, file), content]))('%s is current', (file, content) => {
    expect(readFileSync(path.join(root, file), 'utf8'), `${file} is ${STALE}`).toBe(content);
  });

  const emitted = mkdtempSync(path.join(tmpdir(), 'hlj-env-types-'));
  afterAll(() => rmSync(emitted, { recursive: true, force: true }));

  it('types/generated is current (and the package type-checks)', () => {
    const tsc = path.join(packageDir, 'node_modules', '.bin', 'tsc');
    execFileSync(tsc, ['-p', packageDir, '--declarationDir', emitted], { encoding: 'utf8' });
    const committed = path.join(packageDir, 'types', 'generated');
    expect(readdirSync(committed).sort(), `types/generated is ${STALE}`).toEqual(readdirSync(emitted).sort());
    for (const file of readdirSync(emitted)) {
      expect(readFileSync(path.join(committed, file), 'utf8'), `types/generated/${file} is ${STALE}`).toBe(readFileSync(path.join(emitted, file), 'utf8'));
    }
  });

  it('.env.example never carries a secret value, and names every variable a person may set', () => {
    const example = readFileSync(path.join(root, '.env.example'), 'utf8');
    for (const [name, variable] of Object.entries(variables)) {
      const line = example.match(new RegExp(`^# ${name}=(.*)$`, 'm'));
      if ('internal' in variable) expect(line, name).toBeNull();
      else expect(line, name).not.toBeNull();
      if ('secret' in variable) expect(line?.[1], name).toBe('');
    }
  });
});
