import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveApplicationFile } from './application-protocol';
import { contentSecurityPolicy } from './security-settings';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type a file is served with, from its extension; unknown kinds are plain bytes. */
export function contentTypeOf(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The answer to a request for the application's scheme: a file of `root` (renderer/dist), or 404 for anything refused
 * or missing. Every answer carries the Content-Security-Policy, since `webRequest.onHeadersReceived` does not see
 * responses made by a protocol handler. Refusals have no body: Chromium then fails the navigation to a missing page
 * (net::ERR_HTTP_RESPONSE_CODE_FAILURE), so the window reports it instead of showing an empty page.
 */
export async function serveApplicationFile(request: Pick<Request, 'url' | 'method'>, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return emptyResponse(405, { Allow: 'GET, HEAD' });
  }
  const file = resolveApplicationFile(request.url, root);
  const contents = file === null ? null : await readRegularFile(file);
  if (file === null || contents === null) return emptyResponse(404);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(contents), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': contentTypeOf(file), 'Content-Length': String(contents.byteLength) },
  });
}

async function readRegularFile(file: string): Promise<Buffer | null> {
  try {
    if (!(await fs.stat(file)).isFile()) return null;
    return await fs.readFile(file);
  } catch {
    return null;
  }
}

function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...securityHeaders(), ...headers } });
}

function securityHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' };
}
