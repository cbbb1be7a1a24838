// `npm start`: install dependencies if they are missing, build, then serve the repository root.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {serve} from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  console.log(`> npm ${args.join(' ')}`);
  const result = spawnSync(npm, args, {cwd: root, stdio: 'inherit'});
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`npm ${args.join(' ')} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** The newest modification time under the given paths (files and folders, recursively). */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    const full = join(root, path);
    if (!existsSync(full)) continue;
    const stat = statSync(full);
    if (!stat.isDirectory()) latest = Math.max(latest, stat.mtimeMs);
    else
      for (const entry of readdirSync(full, {recursive: true, withFileTypes: true}))
        if (entry.isFile())
          latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

if (!existsSync(new URL('../node_modules', import.meta.url))) run(['install']);
// Build only what the demo serves, and only when something it is built from changed since the last build.
const built = join(root, 'dist/plan-chart.js');
const inputs = ['src', 'data', 'scripts/data-build.ts', 'scripts/lib', 'rollup.config.mjs', 'package-lock.json'];
if (existsSync(built) && statSync(built).mtimeMs >= newest(inputs)) console.log('dist/ is up to date: not rebuilt');
else run(['run', 'build:portal']);

const server = await serve({root}).catch((error) => {
  if (error?.code === 'EADDRINUSE') {
    console.error(`Port ${process.env.PORT ?? 8000} is in use. Set another with PORT=8001 npm start.`);
    process.exit(1);
  }
  throw error;
});
console.log(`\nplan-chart demo: ${new URL('demo/', server.url)}\n(Ctrl+C to stop)`);
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
