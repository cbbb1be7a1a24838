// Locates a Chromium/Chrome executable for browser tests, benches and e2e scripts.
// Order: $CHROME_PATH, then `chromium`, `chromium-browser`, `google-chrome` on $PATH.
import {accessSync, constants, statSync} from 'node:fs';
import {delimiter, isAbsolute, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const NOT_FOUND_MESSAGE =
  'No Chromium found. Install one with `apt-get install -y chromium` or set CHROME_PATH.';

function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name, pathEnv) {
  for (const dir of (pathEnv ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (isExecutableFile(file)) return file;
  }
  return undefined;
}

/**
 * Returns the absolute path of a Chromium executable, or throws an Error with NOT_FOUND_MESSAGE.
 * @param {{env?: NodeJS.ProcessEnv}} [options]
 * @returns {string}
 */
export function findChrome({env = process.env} = {}) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    const file = isAbsolute(fromEnv) ? fromEnv : (onPath(fromEnv, env.PATH) ?? resolve(fromEnv));
    if (isExecutableFile(file)) return file;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file. ${NOT_FOUND_MESSAGE}`);
  }
  for (const name of CANDIDATES) {
    const file = onPath(name, env.PATH);
    if (file) return file;
  }
  throw new Error(NOT_FOUND_MESSAGE);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
