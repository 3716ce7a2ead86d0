import { describe, expect, it } from 'vitest';
import { PREVIEW_LIFETIME_MS, signPreviewToken, verifyPreviewToken } from '../../src/plugins/pioneers/server/preview/token';

const SECRET = 'preview-secret-for-unit-tests';
const NOW = Date.parse('2026-11-28T08:00:00Z');
const grant = { uid: 'api::article.article', documentId: 'abc123def456ghi789jkl012' };
const token = signPreviewToken(grant, SECRET, NOW);
const [payload, signature] = token.split('.') as [string, string];
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Every single-character change of a string, as someone guessing at a token would try. */
const flips = (text: string) => [...text].map((_, index) => `${text.slice(0, index)}${text[index] === 'A' ? 'B' : 'A'}${text.slice(index + 1)}`);

describe('preview tokens', () => {
  it('grant exactly the signed document until they expire', () => {
    expect(verifyPreviewToken(token, SECRET, NOW)).toEqual({ ...grant, expiresAt: NOW + PREVIEW_LIFETIME_MS });
    expect(verifyPreviewToken(token, SECRET, NOW + PREVIEW_LIFETIME_MS - 1)).toBeDefined();
    expect(verifyPreviewToken(token, SECRET, NOW + PREVIEW_LIFETIME_MS)).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['another secret', token, 'another-secret'],
    ['no signature', payload, SECRET],
    ['an empty signature', `${payload}.`, SECRET],
    ['an extra part', `${token}.x`, SECRET],
    ['an empty token', '', SECRET],
    ['a payload that is not JSON, signed with another key', `${Buffer.from('{').toString('base64url')}.${signature}`, SECRET],
    ['a longer expiry with the old signature', `${encode({ ...grant, expiresAt: NOW + 10 * PREVIEW_LIFETIME_MS })}.${signature}`, SECRET],
    ['another document with the old signature', `${encode({ ...grant, documentId: 'other', expiresAt: NOW + PREVIEW_LIFETIME_MS })}.${signature}`, SECRET],
    [
      'another type with the old signature',
      `${encode({ ...grant, uid: 'api::role-model.role-model', expiresAt: NOW + PREVIEW_LIFETIME_MS })}.${signature}`,
      SECRET,
    ],
    ...flips(payload).map((changed, index) => [`payload character ${index} changed`, `${changed}.${signature}`, SECRET] as [string, string, string]),
    ...flips(signature).map((changed, index) => [`signature character ${index} changed`, `${payload}.${changed}`, SECRET] as [string, string, string]),
  ])('refuse %s', (_name, candidate, secret) => {
    expect(verifyPreviewToken(candidate, secret, NOW)).toBeUndefined();
  });
});
