import type {Server} from 'node:http';

export declare const MIME_TYPES: Readonly<Record<string, string>>;

export interface ServeOptions {
  /** Directory to serve. Default: the repository root. */
  root?: string;
  /** Port to listen on; 0 picks a free one. Default: $PORT or 8000. */
  port?: number;
  /** Interface to bind. Default: '127.0.0.1'. */
  host?: string;
  /** Extra response headers, for every response or per URL path (e.g. a strict CSP on one page). */
  headers?: Record<string, string> | ((pathname: string) => Record<string, string> | undefined);
  /** Do not log server errors. */
  quiet?: boolean;
}

/** Starts a static file server; resolves once it listens. `url` is e.g. 'http://localhost:8000/'. */
export declare function serve(options?: ServeOptions): Promise<Server & {url: string}>;
