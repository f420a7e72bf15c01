// Finds a Chromium for browser tests: $CHROMIUM_PATH, then Debian's headless shell, then a full Chromium; else
// installs one, or says how. The headless shell (package chromium-headless-shell, Chromium's "old headless" build,
// the one Playwright itself runs headless tests in) starts a page and renders in about half the CPU time of the
// full browser in headless mode, and the suite is bound by CPU on two cores. The full browser works too, slower.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function found(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function tryInstall(): string | null {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('[tests] Chromium not found: installing Debian\'s chromium-headless-shell package…');
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      return found();
    }
    console.log('[tests] Chromium not found: trying Playwright\'s installer…');
    execFileSync(process.execPath, ['node_modules/playwright-core/cli.js', 'install', 'chromium'], { stdio: 'inherit' });
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

let cached: string | null = null;

/** Path to a Chromium executable, installing one if possible; throws with instructions if not. */
export function chromiumPath(): string {
  cached ??= found() ?? tryInstall();
  if (!cached) {
    throw new Error(
      'No Chromium for the browser tests. Install one and run again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell (or chromium)\n' +
      '  macOS: brew install --cask chromium, then CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium"\n' +
      '  Windows: install Chrome or Chromium and set CHROMIUM_PATH to its chrome.exe\n' +
      'or point CHROMIUM_PATH at any Chromium-based browser.',
    );
  }
  return cached;
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
