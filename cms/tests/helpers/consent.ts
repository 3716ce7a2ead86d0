import type { ConsentSubject } from '../../src/api/role-model/consent';

/** A guardian's consent that is valid today, with the given changes. */
export const consent = (overrides: Partial<NonNullable<ConsentSubject['guardianConsent']>> = {}) => ({
  guardianName: '测试监护人',
  relationship: 'mother' as const,
  consentedOn: '2026-01-01',
  scope: 'profile' as const,
  expiresOn: '2099-12-31',
  ...overrides,
});
