import { describe, expect, it } from 'vitest';
import { consentProblem, todayInChina } from '../../src/api/role-model/consent';
import { consent } from '../helpers/consent';

describe('the consent rule', () => {
  it('accepts a valid consent and explains each way one can fail', () => {
    const today = '2026-11-28';
    expect(consentProblem({ isMinor: true, guardianConsent: consent() }, today)).toBeUndefined();
    expect(consentProblem({ isMinor: false }, today)).toBeUndefined();
    expect(consentProblem({ isMinor: true }, today)).toMatch(/须先登记监护人同意/);
    expect(consentProblem({ isMinor: true, guardianConsent: consent({ expiresOn: '2026-11-27' }) }, today)).toMatch(/已于 2026-11-27 到期/);
    expect(consentProblem({ isMinor: true, guardianConsent: consent({ expiresOn: today }) }, today)).toBeUndefined();
    expect(consentProblem({ isMinor: true, guardianConsent: consent({ consentedOn: '2026-12-01' }) }, today)).toMatch(/晚于今天/);
    expect(consentProblem({ isMinor: true, photo: { id: 1 }, guardianConsent: consent() }, today)).toMatch(/不含照片/);
    expect(consentProblem({ isMinor: true, photo: { id: 1 }, guardianConsent: consent({ scope: 'profile_and_photo' }) }, today)).toBeUndefined();
  });

  it('uses the date in China, not the server clock', () => {
    expect(todayInChina(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
  });
});
