/**
 * Finds a Chromium or Chrome for the browser tests: Playwright can't download its own here, but a
 * developer may have Debian's chromium, a Chrome install, or Playwright's browser cache.
 */
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { delimiter, join } from 'node:path';

export const BROWSER_MISSING =
  'No Chromium or Chrome found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'elsewhere Google Chrome, or `npx playwright install chromium`) or set CHROMIUM=/path/to/chrome.';

/** Variables that name a browser, first match wins. */
const VARIABLES = ['CHROMIUM', 'CHROME_PATH', 'CHROME_BIN', 'PUPPETEER_EXECUTABLE_PATH'];
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const INSTALLS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
/** Inside a Playwright `chromium-<rev>` or `chromium_headless_shell-<rev>` folder, per platform. */
const PLAYWRIGHT_BINARIES = [
  'chrome-linux/chrome',
  'chrome-linux64/chrome',
  'chrome-linux/headless_shell',
  'chrome-headless-shell-linux64/chrome-headless-shell',
  'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium',
  'chrome-win/chrome.exe',
  'chrome-win64/chrome.exe',
];

export interface BrowserSearch {
  env: Record<string, string | undefined>;
  home: string;
  os: string;
  /** Fixed install paths to try (the usual ones by default). */
  installs?: readonly string[];
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright's browser cache: $PLAYWRIGHT_BROWSERS_PATH or the per-platform default. */
function playwrightCaches(search: BrowserSearch): string[] {
  const set = search.env.PLAYWRIGHT_BROWSERS_PATH;
  if (set && set !== '0') return [set];
  if (search.os === 'darwin') return [join(search.home, 'Library/Caches/ms-playwright')];
  if (search.os === 'win32')
    return [join(search.env.LOCALAPPDATA ?? join(search.home, 'AppData/Local'), 'ms-playwright')];
  return [join(search.env.XDG_CACHE_HOME ?? join(search.home, '.cache'), 'ms-playwright')];
}

function fromPlaywright(cache: string): string | undefined {
  let folders: string[];
  try {
    folders = readdirSync(cache);
  } catch {
    return undefined;
  }
  // Newest revision first; a full Chromium before the headless shell.
  const revision = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? 0);
  const ranked = folders
    .filter((f) => /^chromium(_headless_shell)?-\d+$/.test(f))
    .sort(
      (a, b) => Number(a.includes('headless')) - Number(b.includes('headless')) || revision(b) - revision(a),
    );
  for (const folder of ranked) {
    for (const binary of PLAYWRIGHT_BINARIES) {
      const path = join(cache, folder, binary);
      if (executable(path)) return path;
    }
  }
  return undefined;
}

/** The first browser found: a variable, then PATH, then the usual install paths, then Playwright's cache. */
export function findBrowser(
  search: BrowserSearch = { env: process.env, home: homedir(), os: platform() },
): string | undefined {
  for (const name of VARIABLES) {
    const value = search.env[name];
    if (!value) continue;
    if (!executable(value)) throw oneLine(`${name}=${value} is not an executable file. ${BROWSER_MISSING}`);
    return value;
  }
  const suffix = search.os === 'win32' ? '.exe' : '';
  for (const dir of (search.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const command of COMMANDS) {
      const path = join(dir, command + suffix);
      if (executable(path)) return path;
    }
  }
  const installed = (search.installs ?? INSTALLS).find(executable);
  if (installed) return installed;
  for (const cache of playwrightCaches(search)) {
    const found = fromPlaywright(cache);
    if (found) return found;
  }
  return undefined;
}

/** The browser to launch, or an error of one line (no stack) that says how to get one. */
export function requireBrowser(): string {
  const found = findBrowser();
  if (found) return found;
  throw oneLine(BROWSER_MISSING);
}

function oneLine(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}
