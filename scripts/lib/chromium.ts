/**
 * Debian's Chromium, driven by playwright-core (no browser is ever downloaded). Without the
 * background-networking flags it keeps trying to reach Google on this closed network.
 */
import { env } from '@pioneers/env';
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: env.CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
