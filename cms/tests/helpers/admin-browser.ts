import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/chromium';
import { ADMIN, startCms, type TestCms } from './strapi';

export const TIMEOUT = { timeout: 30_000 };

export interface AdminInBrowser {
  cms: TestCms;
  /** Where the admin panel answers, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** A new page signed in as that user (the seed's super admin unless told), in Chinese at 1400×900. */
  signIn(user?: { email: string; password: string }): Promise<Page>;
  stop(): Promise<void>;
}

/** The seeded CMS serving the admin panel built by helpers/admin-build.ts, and a headless Chromium to drive it. */
export async function startAdminInBrowser(): Promise<AdminInBrowser> {
  const cms = await startCms({ seeded: true, adminPanel: true });
  const server = cms.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
  } catch (error) {
    await cms.stop();
    throw error;
  }
  return {
    cms,
    url,
    async signIn({ email, password } = ADMIN) {
      const page = await (await browser!.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })).newPage();
      await page.goto(`${url}/admin/auth/login`);
      await page.locator('input[name="email"]').fill(email, TIMEOUT);
      await page.locator('input[name="password"]').fill(password);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((address) => !address.pathname.includes('/auth/'), TIMEOUT);
      return page;
    },
    async stop() {
      await browser?.close();
      await cms.stop();
    },
  };
}
