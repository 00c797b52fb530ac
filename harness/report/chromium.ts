// Headless Chromium (Debian's `chromium` package) for looking at the HTML report as a browser shows it.
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execa } from 'execa';
import { environment, type Environment } from '../common/index.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium binary (CHROMIUM overrides), or undefined when none is installed. */
export async function findChromium(env: Environment = environment()): Promise<string | undefined> {
  for (const candidate of env.CHROMIUM ? [env.CHROMIUM] : CANDIDATES) {
    if (await access(candidate).then(() => true, () => false)) return candidate;
  }
  return undefined;
}

/** Flags for a quiet, offline, throwaway browser: no sandbox (root), no GPU, no network chatter, no profile. */
function headlessFlags(userDataDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${userDataDir}`,
  ];
}

async function withProfile<T>(run: (flags: string[]) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(path.join(tmpdir(), 'godi-chromium-'));
  try {
    return await run(headlessFlags(profile));
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** A PNG of the page's first `height` pixels at `width`. */
export async function screenshot(chromium: string, htmlFile: string, pngFile: string, width = 1400, height = 900): Promise<void> {
  await withProfile((flags) =>
    execa(chromium, [...flags, `--screenshot=${pngFile}`, `--window-size=${width},${height}`, pathToFileURL(htmlFile).href], { timeout: 60_000 }),
  );
}
