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
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * The browser mode: the application API over HTTP on 127.0.0.1 only, and the built interface. Requests must name
 * this server as their host (no DNS rebinding) and come from its own pages (no other site can call the API).
 */
export async function startWebServer(options: { service: ApplicationService; staticDirectory: string; port?: number }): Promise<WebServer> {
  const server = createServer((request, response) => {
    handle(request, response, options, server.address() as AddressInfo).catch((error: unknown) => {
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
    url: `http://127.0.0.1:${port}/`,
    port,
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
  options: { service: ApplicationService; staticDirectory: string },
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
