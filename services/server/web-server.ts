import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApplicationService } from '../../core/api/application-results';
import { dispatchCommand } from './dispatch-command';

/** The interface's Content-Security-Policy: only its own scripts, no eval, nothing remote. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** Browsers ask for /favicon.ico where a page names no icon (an API answer, a file shown directly): the interface's icon answers. */
const staticAliases = new Map([['/favicon.ico', 'icon.svg']]);

// A Word file of 50 MB, the largest imported, is 67 MB as base64.
const maximumBodyBytes = 72 * 1024 * 1024;

export interface WebServer {
  /** The address to open, with the access token: what the person who started the server is given. */
  url: string;
  port: number;
  /** The session cookie a browser gets for the token, `name=value`. */
  cookie: string;
  close: () => Promise<void>;
}

interface ServerOptions {
  service: ApplicationService;
  staticDirectory: string;
  port?: number;
  /** The access token; a fresh random one by default. */
  token?: string;
}

/**
 * The browser mode: the application API over HTTP on 127.0.0.1 only, and the built interface. Requests must name
 * this server as their host (no DNS rebinding) and come from its own pages (no other site can call the API). Other
 * programs and other users of the machine can reach 127.0.0.1 too, so every request needs a credential: the address
 * printed at start carries a secret token (as notebook servers do), which the first page load exchanges for an
 * HttpOnly, SameSite=Strict cookie; a request without it, to the API or the interface, is refused with 401.
 */
export async function startWebServer(options: ServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const server = createServer((request, response) => {
    handle(request, response, { ...options, token }, server.address() as AddressInfo).catch((error: unknown) => {
      if (!response.headersSent)
        respondJson(response, 500, { ok: false, message: `Lỗi máy chủ: ${error instanceof Error ? error.message : String(error)}` });
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    cookie: `${cookieNameFor(port)}=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: ServerOptions & { token: string },
  address: AddressInfo,
): Promise<void> {
  const allowedHosts = new Set([`127.0.0.1:${address.port}`, `localhost:${address.port}`]);
  if (!allowedHosts.has(request.headers.host ?? '')) {
    respondJson(response, 421, { ok: false, message: 'Máy chủ chỉ nhận yêu cầu gửi tới 127.0.0.1.' });
    return;
  }
  const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    respondJson(response, 400, { ok: false, message: 'Đường dẫn không hợp lệ.' });
    return;
  }

  const offered = url.searchParams.get('token');
  if (offered !== null && request.method === 'GET' && sameSecret(offered, options.token)) {
    // The token leaves the address bar and the history at once; the browser keeps it as a cookie only this site reads.
    response.writeHead(303, {
      // One leading slash: `//host/` would be an address on another site.
      Location: `/${url.pathname.replace(/^\/+/u, '')}`,
      'Set-Cookie': `${cookieNameFor(address.port)}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
      'Cache-Control': 'no-store',
    });
    response.end();
    return;
  }
  if (!sameSecret(cookieOf(request, cookieNameFor(address.port)) ?? '', options.token)) {
    respondJson(response, 401, {
      ok: false,
      message: 'Chưa được phép truy cập: hãy mở phần mềm bằng địa chỉ có mã truy cập (token) in ra khi khởi động máy chủ.',
    });
    return;
  }

  if (url.pathname.startsWith('/api/')) {
    const origin = request.headers.origin;
    if (request.method !== 'POST' || (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))) {
      respondJson(response, 403, { ok: false, message: 'Yêu cầu không đến từ giao diện của phần mềm.' });
      return;
    }
    if (request.headers['content-type']?.split(';')[0] !== 'application/json') {
      respondJson(response, 415, { ok: false, message: 'Yêu cầu phải gửi dữ liệu JSON.' });
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(request));
    } catch (error) {
      respondJson(response, 400, {
        ok: false,
        message: `Dữ liệu gửi lên không đọc được: ${error instanceof Error ? error.message : String(error)}`,
      });
      return;
    }
    const answer = await dispatchCommand(options.service, pathname.slice('/api/'.length), payload);
    respondJson(response, 200, answer);
    return;
  }

  if (request.method !== 'GET' && request.method !== 'HEAD') {
    respondJson(response, 405, { ok: false, message: 'Phương thức không được hỗ trợ.' });
    return;
  }
  await serveStatic(pathname, response, options.staticDirectory);
}

async function serveStatic(pathname: string, response: ServerResponse, root: string): Promise<void> {
  const relative = pathname === '/' ? 'index.html' : (staticAliases.get(pathname) ?? pathname.replace(/^\/+/, ''));
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const stats = await stat(file);
    if (!stats.isFile()) throw new Error('not a file');
    response.writeHead(200, {
      'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': stats.size,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy.');
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maximumBodyBytes) {
        reject(new Error('dữ liệu quá lớn'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function respondJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/** Cookies are shared by every port of a host: each server names its own. */
function cookieNameFor(port: number): string {
  return `bao-cao-so-ket-${port}`;
}

/** The value of one cookie of the request's `Cookie` header (`a=1; b=2`). */
function cookieOf(request: IncomingMessage, name: string): string | null {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return null;
}

/** Compares in constant time, so the token cannot be guessed a character at a time from response times. */
function sameSecret(offered: string, expected: string): boolean {
  const given = Buffer.from(offered);
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
