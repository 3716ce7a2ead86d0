import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '@pioneers/scripts/chromium';
import { ADMIN, startCms, type TestCms } from './strapi';

export const TIMEOUT = { timeout: 30_000 };

export interface AdminInBrowser {
  cms: TestCms;
  /** Where the admin panel answers, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /**
   * A new page on the admin's homepage, signed in as that user (the seed's super admin unless told), in
   * Chinese at 1400×900. Each user signs in once and their pages share that session: Strapi allows five
   * logins per address and e-mail in five minutes, fewer than a file's tests open pages. Close the page, not
   * its context.
   */
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
  /** Each signed-in user's browser context, by e-mail: its session cookie is the sign-in. */
  const sessions = new Map<string, BrowserContext>();
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
      const session = sessions.get(email);
      const page = await (session ?? (await browser!.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } }))).newPage();
      if (session) {
        await page.goto(`${url}/admin`);
      } else {
        await page.goto(`${url}/admin/auth/login`);
        await page.locator('input[name="email"]').fill(email, TIMEOUT);
        await page.locator('input[name="password"]').fill(password);
        await page.locator('button[type="submit"]').click();
        await page.waitForURL((address) => !address.pathname.includes('/auth/'), TIMEOUT);
        sessions.set(email, page.context());
      }
      // Signed in: the main navigation is there (a page on the login form has none).
      await page.getByRole('link', { name: '内容管理' }).first().waitFor(TIMEOUT);
      return page;
    },
    async stop() {
      await browser?.close();
      await cms.stop();
    },
  };
}
