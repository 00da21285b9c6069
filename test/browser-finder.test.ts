// The browser tests find a Chromium or Chrome wherever a developer has one, or say in one line how to get one.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_MISSING, findBrowser } from './helpers/browser.ts';
import { tempDir } from './helpers/temp.ts';

function fakeBinary(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('findBrowser', () => {
  it('takes $CHROMIUM first, and refuses one that is not executable', () => {
    const home = tempDir('browser');
    const chrome = fakeBinary(join(home, 'my-chrome'));
    expect(findBrowser({ env: { CHROMIUM: chrome }, home, os: 'linux', installs: [] })).toBe(chrome);
    expect(() =>
      findBrowser({ env: { CHROMIUM: join(home, 'nope') }, home, os: 'linux', installs: [] }),
    ).toThrow(/CHROMIUM=.*nope is not an executable file/);
  });

  it('finds chromium or google-chrome on PATH', () => {
    const home = tempDir('browser');
    const bin = join(home, 'bin');
    const chrome = fakeBinary(join(bin, 'google-chrome'));
    expect(findBrowser({ env: { PATH: `/nonexistent:${bin}` }, home, os: 'linux', installs: [] })).toBe(
      chrome,
    );
  });

  it("finds the newest full Chromium in Playwright's cache before a headless shell", () => {
    const home = tempDir('browser');
    const cache = join(home, '.cache/ms-playwright');
    fakeBinary(join(cache, 'chromium_headless_shell-1300/chrome-linux/headless_shell'));
    fakeBinary(join(cache, 'chromium-1100/chrome-linux/chrome'));
    const newest = fakeBinary(join(cache, 'chromium-1200/chrome-linux64/chrome'));
    expect(findBrowser({ env: {}, home, os: 'linux', installs: [] })).toBe(newest);
    const moved = join(home, 'browsers');
    const shell = fakeBinary(join(moved, 'chromium_headless_shell-1/chrome-linux/headless_shell'));
    expect(findBrowser({ env: { PLAYWRIGHT_BROWSERS_PATH: moved }, home, os: 'linux', installs: [] })).toBe(
      shell,
    );
  });

  it('finds nothing on a machine without a browser; the message says how to install one', () => {
    const home = tempDir('browser');
    expect(
      findBrowser({ env: { PATH: join(home, 'bin') }, home, os: 'linux', installs: [] }),
    ).toBeUndefined();
    expect(BROWSER_MISSING).toMatch(/apt-get install chromium/);
    expect(BROWSER_MISSING).not.toMatch(/\n/);
  });
});
