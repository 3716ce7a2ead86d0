import { createServer, type AddressInfo } from 'node:net';

/**
 * A port nothing listens on right now, on loopback. On its own, without the rest of services.ts,
 * so the CMS's CommonJS scripts (cms/scripts/test-postgres.ts) can load it: the publisher is ESM only.
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
