import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledTasks, startCms, type TestCms } from './helpers/strapi';

describe('the scheduled tasks', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms({ cron: true });
  });
  afterAll(() => cms?.stop());

  it('are scheduled by the plugin with CRON_ENABLED, each with its rule', () => {
    expect(scheduledTasks(cms)).toEqual([
      { name: 'articleSchedule', options: { rule: '0 * * * * *' } },
      { name: 'consentCheck', options: { rule: expect.any(String), tz: 'Asia/Shanghai' } },
    ]);
  });
});
