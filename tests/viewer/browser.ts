// Launches Debian's Chromium through playwright-core with the flags this workplace needs (no downloads, no network).
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Where Debian installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Is a browser available here? */
export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}
