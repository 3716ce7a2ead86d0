import { createServer, type AddressInfo } from 'node:net';

/**
 * A port nothing listens on now. Its own module because the CMS's scripts run as CommonJS and
 * cannot load what services.ts brings in (the publisher, and Pagefind, which is ESM only).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
