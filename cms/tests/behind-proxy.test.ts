/** The CMS as deployed: PUBLIC_URL is https, TLS ends at a proxy that sets X-Forwarded-For/-Proto. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
beforeAll(async () => {
  process.env.PUBLIC_URL = 'https://cms.example.test';
  cms = await startCms();
});
afterAll(() => cms?.stop());

/** A request as the proxy forwards it: the client's own X-Forwarded-For (maybe forged), then the address the proxy saw. */
const throughProxy = (path: string, clientAddress: string, forged?: string) =>
  cms
    .http()
    .post(path)
    .set('X-Forwarded-Proto', 'https')
    .set('X-Forwarded-For', forged ? `${forged}, ${clientAddress}` : clientAddress);

it('the admin refresh cookie is Secure and HttpOnly', async () => {
  const login = await throughProxy('/admin/login', '203.0.113.1').send({ ...ADMIN, rememberMe: true });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  const cookies = [login.headers['set-cookie'] ?? []].flat();
  const refresh = cookies.find((cookie) => cookie.startsWith('strapi_admin_refresh='));
  expect(refresh, cookies.join('\n')).toBeDefined();
  expect(refresh).toMatch(/;\s*secure/i);
  expect(refresh).toMatch(/;\s*httponly/i);
});

it('failed logins count against the address the proxy saw, whatever the client claims', async () => {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const response = await throughProxy('/admin/login', '203.0.113.9', `198.51.100.${attempt}`).send({
      email: `guess${attempt}@example.com`,
      password: 'Wrong-password-1',
    });
    statuses.push(response.status);
  }
  expect(statuses.slice(10)).toEqual([429, 429]);
  // Another reader behind the same proxy is not locked out.
  const other = await throughProxy('/admin/login', '203.0.113.10', '203.0.113.9').send({ email: 'someone@example.com', password: 'Wrong-password-1' });
  expect(other.status).not.toBe(429);
});
