// Serves the built web app (dist/web) with a fallback to index.html for the app's own paths.
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';

const MISSING_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Sluitstuk</title></head>
<body><main>
<h1>Sluitstuk</h1>
<p>De server draait, maar de webapp is nog niet gebouwd. Voert u <code>npm run build:web</code> uit en start de server opnieuw.</p>
<p lang="en">The server is running, but the web app has not been built yet. Run <code>npm run build:web</code> and restart the server.</p>
<p><a href="/api/docs">API</a></p>
</main></body></html>
`;

/** True when the request is a page the web app should answer (a GET outside /api and /assets). */
export function isAppPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  if (path === '/api' || path.startsWith('/api/')) return false;
  // A hashed file that is gone (an old tab after a new release) is a 404, not the app's HTML under a .js name.
  if (path.startsWith('/assets/')) return false;
  return true;
}

/** Registers the web app's files; returns the handler for paths that are not files. */
export async function registerWebApp(
  app: FastifyInstance,
  webRoot: string,
): Promise<(request: FastifyRequest, reply: FastifyReply) => FastifyReply> {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) {
    return (_request, reply) =>
      reply.code(200).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(MISSING_PAGE);
  }
  const assets = join(webRoot, 'assets') + sep;
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: true,
    index: false,
    // A folder ("/", "/assets/") is no file: without this, send answers 403 for it, which the error handler
    // turns into 400 validation_failed. Such paths go to the not-found handler, which serves the app.
    allowedPath: (pathname) => !pathname.endsWith('/'),
    // The build writes .br and .gz beside every text asset (src/web/vite.config.ts): send those to a browser
    // that accepts them, the file itself to one that does not.
    preCompressed: true,
    // send's own Cache-Control ("public, max-age=0") would overwrite the headers set below.
    cacheControl: false,
    setHeaders(res, path) {
      res.setHeader('vary', 'Accept-Encoding');
      // Vite puts a content hash in every file under assets/: such a file never changes, so cache it for a year.
      // Everything else (index.html above all) is checked with the server on every use.
      if (path.startsWith(assets)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      else res.setHeader('cache-control', 'no-cache');
    },
  });
  return (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html', webRoot);
}
