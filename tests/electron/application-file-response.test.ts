import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, serveApplicationFile } from '../../electron/application-file-response';
import { contentSecurityPolicy } from '../../electron/security-settings';
import { makeTemporaryDirectory } from '../support/temporary-directory';

let directory: string;
let root: string;
let removeDirectory: () => Promise<void>;

const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Báo cáo</title>',
  'assets/index-abc.js': 'console.log(1);',
  'assets/index-abc.css': 'body{}',
  'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/font.woff2': 'wOF2',
  'assets/picture.png': 'png',
  'assets/data.json': '{}',
  'assets/unknown.xyz': 'bytes',
};

beforeAll(async () => {
  ({ directory, remove: removeDirectory } = await makeTemporaryDirectory('application-protocol'));
  root = path.join(directory, 'dist');
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await fs.writeFile(path.join(root, name), text);
  }
  await fs.writeFile(path.join(directory, 'secret.json'), '{"secret": true}');
});

afterAll(async () => {
  await removeDirectory();
});

function get(url: string, method = 'GET'): Promise<Response> {
  return serveApplicationFile({ url, method }, root);
}

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.woff', 'font/woff'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.xyz', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});

describe('serveApplicationFile', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/picture.png', 'image/png'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/unknown.xyz', 'application/octet-stream'],
  ])('serves %s as %s, with the policy', async (name, type) => {
    const response = await get(`app://baocao/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe(files[name]);
  });

  it('answers a HEAD request without the body', async () => {
    const response = await get('app://baocao/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe(String(Buffer.byteLength(files['index.html']!)));
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://baocao/missing.js',
    'app://baocao/assets',
    'app://baocao/assets/',
    'app://baocao/',
    'app://baocao/..%2fsecret.json',
    'app://baocao/%2e%2e/secret.json',
    'app://baocao/..%5csecret.json',
    'app://baocao/%252e%252e%252fsecret.json',
    'app://evil/index.html',
  ])('answers 404 for %j, with the policy and no body', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a file named by its absolute path', async () => {
    const response = await get(`app://baocao/${encodeURIComponent(path.join(directory, 'secret.json'))}`);
    expect(response.status).toBe(404);
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s', async (method) => {
    const response = await get('app://baocao/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
  });
});
