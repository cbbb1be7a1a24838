// The bench's static server: scripts/serve.mjs's files and MIME types, but gzip-compressed when the browser accepts
// it (as a portal's server would be), so that the throttled-network timings move the bytes a real visitor moves.
// Compressed bodies are cached per file and modification time.
import {readFile, stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, resolve, sep} from 'node:path';
import {gzipSync} from 'node:zlib';
import {MIME_TYPES} from '../../serve.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.csv', '.css', '.svg', '.txt', '.map']);

/**
 * @param {{root: string, gzip?: boolean}} options
 * @returns {Promise<{url: string, close(): Promise<void>}>}
 */
export async function benchServer({root, gzip = true}) {
  const rootDir = resolve(root);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = resolve(join(rootDir, decodeURIComponent(url.pathname)));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) return void res.writeHead(403).end();
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return void res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      const ext = extname(file).toLowerCase();
      const head = {
        'content-type': MIME_TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      let body;
      if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}|${info.mtimeMs}`;
        body = cache.get(key);
        if (!body) cache.set(key, (body = gzipSync(await readFile(file))));
        head['content-encoding'] = 'gzip';
      } else body = await readFile(file);
      head['content-length'] = body.length;
      res.writeHead(200, head);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.destroy();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://localhost:${server.address().port}/`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
