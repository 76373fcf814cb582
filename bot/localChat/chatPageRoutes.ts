import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request, Response, Server } from 'restify';
import { loopbackOnly } from '../server/loopbackOnly.ts';

/**
 * Web Chat's own browser bundle, served from the install (no CDN). The package exports no path to it,
 * so it is found beside the package's entry point (lib/index.js → dist/webchat.js).
 */
function webChatBundlePath(): string {
  const entryPoint = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(dirname(entryPoint), '..', 'dist', 'webchat.js');
}

/**
 * Only our own scripts run; Web Chat adds its styles at run time (hence inline styles) and shows card images from
 * anywhere the bot points to.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const pageAsset = (name: string) => readFileSync(new URL(`./page/${name}`, import.meta.url));

/** GET / (the chat page), its script and style sheet, and the Web Chat bundle they load. */
export function registerChatPageRoutes(server: Server): void {
  const bundlePath = webChatBundlePath();
  const bundleSize = statSync(bundlePath).size;
  const assets = [
    { path: '/', file: pageAsset('index.html'), contentType: 'text/html; charset=utf-8' },
    { path: '/local/page/ukTimestamps.js', file: pageAsset('ukTimestamps.js'), contentType: 'text/javascript; charset=utf-8' },
    { path: '/local/page/chat.js', file: pageAsset('chat.js'), contentType: 'text/javascript; charset=utf-8' },
    { path: '/local/page/chat.css', file: pageAsset('chat.css'), contentType: 'text/css; charset=utf-8' },
  ];
  const commonHeaders = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-cache' };

  for (const { path, file, contentType } of assets) {
    server.get(path, loopbackOnly, async (_req: Request, res: Response) => {
      res.writeHead(200, { ...commonHeaders, 'content-type': contentType, 'content-length': file.length, 'content-security-policy': CONTENT_SECURITY_POLICY });
      res.end(file);
    });
  }

  server.get('/webchat/webchat.js', loopbackOnly, async (_req: Request, res: Response) => {
    res.writeHead(200, { ...commonHeaders, 'content-type': 'text/javascript; charset=utf-8', 'content-length': bundleSize });
    // A browser that goes away mid-download (reload, closed tab) ends the pipeline early; there is no one left to answer.
    await pipeline(createReadStream(bundlePath), res).catch(() => undefined);
  });
}
