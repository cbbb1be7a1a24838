// A tiny, dependency-free static file server for the demo, benches and e2e tests.
//
//   node scripts/serve.mjs [root]          # serves root (default: repo root) on $PORT or 8000
//
//   import {serve} from './serve.mjs';
//   const server = await serve({root, port: 0, headers: (path) => ({'content-security-policy': '…'})});
//   server.url; // 'http://localhost:12345/'
//   server.close();
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const DEFAULT_TYPE = 'application/octet-stream';

/**
 * Starts a static file server and resolves once it is listening.
 *
 * @param {object} [options]
 * @param {string} [options.root] directory to serve (default: the repository root)
 * @param {number} [options.port] port to listen on; 0 picks a free one (default: $PORT or 8000)
 * @param {string} [options.host] interface to bind (default: '127.0.0.1'; the printed URL says localhost)
 * @param {Record<string, string> | ((pathname: string) => Record<string, string> | undefined)} [options.headers]
 *   extra response headers, either for every response or per URL path (e.g. a strict CSP on one page)
 * @param {boolean} [options.quiet] do not log requests that fail
 * @returns {Promise<import('node:http').Server & {url: string}>}
 */
export function serve({
  root = fileURLToPath(new URL('..', import.meta.url)),
  port = Number(process.env.PORT ?? 8000),
  host = '127.0.0.1',
  headers = {},
  quiet = false,
} = {}) {
  const rootDir = resolve(root);
  const extraHeaders = typeof headers === 'function' ? headers : () => headers;

  const server = createServer(async (req, res) => {
    const send = (status, body, head = {}) => {
      res.writeHead(status, {'content-type': 'text/plain; charset=utf-8', ...head});
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, 'method not allowed\n', {allow: 'GET, HEAD'});
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(400, 'bad request\n');
      }
      if (pathname.includes('\0')) return send(400, 'bad request\n');
      if (pathname === '/') return send(302, 'see /demo/\n', {location: '/demo/'});

      const file = resolve(join(rootDir, pathname));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(403, 'forbidden\n');

      let target = file;
      let info = await stat(target).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          return send(301, 'moved\n', {location: `${url.pathname}/${url.search}`});
        }
        target = join(file, 'index.html');
        info = await stat(target).catch(() => undefined);
      }
      if (!info?.isFile()) return send(404, `not found: ${pathname}\n`, extraHeaders(url.pathname) ?? {});

      res.writeHead(200, {
        'content-type': MIME_TYPES[extname(target).toLowerCase()] ?? DEFAULT_TYPE,
        'content-length': info.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        ...extraHeaders(url.pathname),
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(target)
        .on('error', (error) => res.destroy(error))
        .pipe(res);
    } catch (error) {
      if (!quiet) console.error(error);
      if (!res.headersSent) send(500, 'internal error\n');
      else res.destroy();
    }
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const name = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
      server.url = `http://${name}:${actualPort}/`;
      resolvePromise(server);
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2];
  const server = await serve(root ? {root} : {});
  console.log(`Serving ${resolve(root ?? fileURLToPath(new URL('..', import.meta.url)))} at ${server.url}`);
  console.log(`Demo: ${new URL('demo/', server.url)}`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
