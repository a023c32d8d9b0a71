import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplicationService } from '../../services/api/application-service';
import { contentSecurityPolicy, startWebServer, type WebServer } from '../../services/server/web-server';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const root = path.resolve(import.meta.dirname, '../..');

/** A request with the session cookie the browser holds, unless `credential` is false. */
function send(
  server: WebServer,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string; credential?: boolean },
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const headers = { ...(options.credential === false ? {} : { Cookie: server.cookie }), ...options.headers };
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('error', reject);
    if (options.body) outgoing.write(options.body);
    outgoing.end();
  });
}

const api = (server: WebServer, command: string, payload: unknown, headers: Record<string, string> = {}, credential = true) =>
  send(server, {
    path: `/api/${command}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(payload),
    credential,
  });

describe('the browser-mode server', () => {
  let server: WebServer;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    let directory: string;
    ({ directory, remove } = await makeTemporaryDirectory('web-server'));
    await cp(path.join(root, 'examples/le-chan'), path.join(directory, 'workspace'), { recursive: true });
    await mkdir(path.join(directory, 'static'));
    await writeFile(path.join(directory, 'static', 'index.html'), '<!doctype html><title>Báo cáo</title>');
    server = await startWebServer({
      service: await createApplicationService({ workspaceDirectory: path.join(directory, 'workspace') }),
      staticDirectory: path.join(directory, 'static'),
    });
  });
  afterAll(async () => {
    await server.close();
    await remove();
  });

  it('listens on 127.0.0.1 only, at an address that carries a secret token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
  });

  it('refuses the API and the interface to a request without the credential, as another program or user would send', async () => {
    for (const attempt of [
      () => api(server, 'listReports', {}, {}, false),
      () => send(server, { path: '/', credential: false }),
      () => send(server, { path: '/', headers: { Cookie: `${server.cookie.split('=')[0]}=doan-bua` }, credential: false }),
      () => send(server, { path: '/?token=doan-bua', credential: false }),
    ]) {
      const response = await attempt();
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body).message).toMatch(/^Chưa được phép truy cập/u);
    }
  });

  it('exchanges the token of the address for an HttpOnly, SameSite=Strict cookie, and takes it out of the address', async () => {
    const token = new URL(server.url).searchParams.get('token')!;
    const response = await send(server, { path: `/?token=${token}`, credential: false });
    expect(response.status).toBe(303);
    expect(response.headers['location']).toBe('/');
    const [cookie] = response.headers['set-cookie'] as string[];
    expect(cookie).toBe(`${server.cookie}; HttpOnly; SameSite=Strict; Path=/`);
    expect((await send(server, { path: '/', headers: { Cookie: server.cookie }, credential: false })).status).toBe(200);
  });

  it('answers a command with its result', async () => {
    const response = await api(server, 'listReports', {});
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { ok: boolean; result: { fileName: string }[] };
    expect(body.ok).toBe(true);
    expect(body.result.map((entry) => entry.fileName)).toContain('ubnd-le-chan_2019-10.json');
  });

  it('refuses an invalid payload with a Vietnamese message naming the field', async () => {
    const body = JSON.parse((await api(server, 'loadReport', { fileName: '../../etc/passwd' })).body) as { ok: boolean; message: string };
    expect(body.ok).toBe(false);
    expect(body.message).toContain('fileName');
  });

  it('refuses an unknown command', async () => {
    expect(JSON.parse((await api(server, 'xoaHet', {})).body)).toEqual({ ok: false, message: 'Lệnh “xoaHet” không có.' });
  });

  it('turns a service error into a message, not a crash', async () => {
    const body = JSON.parse((await api(server, 'loadReport', { fileName: 'khong-co.json' })).body) as { ok: boolean; message: string };
    expect(body).toMatchObject({ ok: false });
    expect(body.message).toContain('khong-co.json');
  });

  it('refuses requests naming another host (DNS rebinding) and calls from other sites', async () => {
    expect((await api(server, 'listReports', {}, { Host: 'evil.example:80' })).status).toBe(421);
    expect((await api(server, 'listReports', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await send(server, { path: '/api/listReports', method: 'GET' })).status).toBe(403);
    expect((await api(server, 'listReports', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
  });

  it('serves the interface with a strict Content-Security-Policy and nothing outside its folder', async () => {
    const page = await send(server, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect((await send(server, { path: '/../workspace/workspace.json' })).status).toBe(404);
    expect((await send(server, { path: '/%2e%2e/workspace/workspace.json' })).status).toBe(404);
    const malformed = await send(server, { path: '/%E0' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual({ ok: false, message: 'Đường dẫn không hợp lệ.' });
  });
});

describe('the browser-mode server with the built interface', () => {
  let server: WebServer;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    let directory: string;
    ({ directory, remove } = await makeTemporaryDirectory('web-server-icon'));
    await cp(path.join(root, 'examples/le-chan'), path.join(directory, 'workspace'), { recursive: true });
    server = await startWebServer({
      service: await createApplicationService({ workspaceDirectory: path.join(directory, 'workspace') }),
      staticDirectory: path.join(root, 'renderer/dist'),
    });
  });
  afterAll(async () => {
    await server.close();
    await remove();
  });

  it('names the application’s SVG icon in the page, so that it is built beside the page', async () => {
    const source = await readFile(path.join(root, 'renderer/index.html'), 'utf8');
    expect(source).toContain('<link rel="icon" type="image/svg+xml" href="/icon.svg" />');
    const page = await send(server, { path: '/' });
    expect(page.body).toMatch(/<link rel="icon" type="image\/svg\+xml" href="\.\/icon\.svg"/);
  });

  it('serves the icon as SVG, also to browsers that ask for /favicon.ico', async () => {
    const icon = await readFile(path.join(root, 'renderer/public/icon.svg'), 'utf8');
    for (const iconPath of ['/icon.svg', '/favicon.ico']) {
      const response = await send(server, { path: iconPath });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('image/svg+xml');
      expect(response.body).toBe(icon);
    }
  });
});
