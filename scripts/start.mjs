// `npm start`: install dependencies if they are missing, build, then serve the repository root.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
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

if (!existsSync(new URL('../node_modules', import.meta.url))) run(['install']);
run(['run', 'build']);

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
