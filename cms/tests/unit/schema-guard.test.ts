import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acknowledgementsFile, currentSchema, lostFields, migrationsText, snapshotFile, type SchemaSnapshot } from '../../scripts/schema-snapshot';

/**
 * Strapi drops the column of a field it no longer sees when it starts, and its data with it. A field
 * of the last released model (database/schema-snapshot.json) that is gone or has changed type must
 * be named by a migration in database/migrations, or acknowledged in
 * database/schema-acknowledgements.json as `"api::article.article.oldField": "why losing it is fine"`.
 */
describe('the content model keeps every released field', () => {
  it('no released field was removed, renamed or retyped without a migration or acknowledgement', () => {
    const released = JSON.parse(readFileSync(snapshotFile, 'utf8')) as SchemaSnapshot;
    const acknowledged = existsSync(acknowledgementsFile) ? (JSON.parse(readFileSync(acknowledgementsFile, 'utf8')) as Record<string, string>) : {};
    expect(
      lostFields(released, currentSchema(), acknowledged, migrationsText()),
      'add a migration or an acknowledgement, then run `pnpm --filter cms schema:snapshot`',
    ).toEqual([]);
  });

  it('catches a renamed field and a changed type, and accepts them when accounted for', () => {
    const released = currentSchema();
    const now = structuredClone(released);
    delete now['api::article.article']!.source;
    now['api::article.article']!.origin = 'string';
    now['api::award.award']!.year = 'string';
    expect(lostFields(released, now, {}, '')).toEqual(['api::article.article.source (string → removed)', 'api::award.award.year (integer → string)']);
    expect(
      lostFields(released, now, { 'api::article.article.source': 'renamed to origin, copied by hand' }, 'UPDATE awards SET … -- api::award.award.year'),
    ).toEqual([]);
  });
});
