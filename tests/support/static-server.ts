// A static file server for the browser tests, answering as `astro preview` does for this static site: files under
// the base path only, a folder's index.html at its path with the trailing slash (without it, 404, as
// trailingSlash: 'always' makes astro preview answer), the build's 404.html with status 404 for
// anything else, revalidation by ETag (Cache-Control: no-cache). Unlike astro preview it does not gzip each response
// on the fly and loads no Vite: the browser tests are bound by CPU, and the page pass measures gzip sizes itself.
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.wasm': 'application/wasm',
  '.zip': 'application/zip', '.woff2': 'font/woff2', '.pdf': 'application/pdf',
};

export interface StaticServer {
  port: number;
  close(): Promise<void>;
}

const fileAt = (path: string): Stats | null => {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
};

/** Serve `dir` under `base` ("/" or "/course/") on 127.0.0.1 at `port` (0: any free port). */
export async function serveStatic(dir: string, base: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  /** The file a request path (below the base, decoded) answers with, as astro preview resolves it. */
  const resolveFile = (rel: string): { path: string; stats: Stats } | null => {
    const target = resolve(root, `.${sep}${rel}`);
    if (target !== root && !target.startsWith(root + sep)) return null; // no way out of the folder
    const candidates = rel === '' || rel.endsWith('/') ? [join(target, 'index.html'), `${target}.html`] : [target, join(target, 'index.html')];
    for (const path of candidates) {
      const stats = fileAt(path);
      if (stats) return { path, stats };
    }
    return null;
  };

  const send = (req: IncomingMessage, res: ServerResponse, path: string, stats: Stats, status = 200) => {
    const etag = `W/"${stats.size}-${stats.mtime.getTime()}"`;
    res.setHeader('Content-Type', TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', stats.mtime.toUTCString());
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = status;
    res.setHeader('Content-Length', stats.size);
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(path).on('error', () => res.destroy()).pipe(res);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const notFound = () => {
      const page = resolveFile('404.html');
      if (page) return send(req, res, page.path, page.stats, 404);
      res.statusCode = 404;
      res.end('Not found');
    };
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (!(rel === base.replace(/\/$/, '') || rel.startsWith(base))) return notFound();
    rel = rel.slice(base.length);
    // trailingSlash: 'always' (astro.config.mjs): a page path without its slash is not found, as in astro preview.
    if (rel !== '' && !rel.endsWith('/') && !/\.[^/]+$/.test(rel)) return notFound(); // as astro's HAS_FILE_EXTENSION_REGEXP
    const file = resolveFile(rel);
    return file ? send(req, res, file.path, file.stats) : notFound();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}
