import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applicationHost,
  applicationScheme,
  applicationSchemePrivileges,
  applicationUrl,
  resolveApplicationFile,
} from '../../electron/application-protocol';

const root = path.resolve('/opt/bao-cao/resources/app.asar/renderer/dist');

describe('the application scheme', () => {
  it('loads app://baocao/index.html', () => {
    expect(applicationUrl).toBe('app://baocao/index.html');
    expect(new URL(applicationUrl).protocol).toBe(`${applicationScheme}:`);
    expect(new URL(applicationUrl).host).toBe(applicationHost);
  });

  it('is standard and secure with fetch, and neither bypasses the policy nor opens itself to other origins', () => {
    expect(applicationSchemePrivileges).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect(Object.isFrozen(applicationSchemePrivileges)).toBe(true);
    expect(Object.isFrozen(applicationSchemePrivileges.privileges)).toBe(true);
  });
});

describe('resolveApplicationFile', () => {
  it.each([
    ['app://baocao/index.html', 'index.html'],
    ['app://baocao/assets/index-B1x2.js', 'assets/index-B1x2.js'],
    ['app://baocao/assets/style.css?v=2#top', 'assets/style.css'],
    ['APP://BaoCao/icon.svg', 'icon.svg'],
    ['app://baocao/fonts/Ti%E1%BA%BFng%20Vi%E1%BB%87t.woff2', 'fonts/Tiếng Việt.woff2'],
    ['app://baocao/a..b/c.js', 'a..b/c.js'],
  ])('serves %j from %j inside the folder', (url, file) => {
    expect(resolveApplicationFile(url, root)).toBe(path.join(root, ...file.split('/')));
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['no host', 'app:///index.html'],
    ['credentials', 'app://user@baocao/index.html'],
    ['a port', 'app://baocao:8080/index.html'],
    ['another scheme', 'file:///opt/bao-cao/resources/app.asar/renderer/dist/index.html'],
    ['http', 'http://baocao/index.html'],
    ['a scheme prefix', 'xapp://baocao/index.html'],
    ['not hierarchical', 'app:index.html'],
    ['not a url', 'index.html'],
  ])('refuses %s: %j', (_reason, url) => {
    expect(resolveApplicationFile(url, root)).toBeNull();
  });

  it.each([
    'app://baocao/../package.json',
    'app://baocao/assets/../../package.json',
    'app://baocao/./index.html',
    'app://baocao/%2e%2e/package.json',
    'app://baocao/%2E%2E/package.json',
    'app://baocao/.%2e/package.json',
    'app://baocao/%2e./package.json',
    'app://baocao/%2e/index.html',
    'app://baocao/..%2fpackage.json',
    'app://baocao/..%2Fpackage.json',
    'app://baocao/assets%2f..%2f..%2fpackage.json',
    'app://baocao/..%5cpackage.json',
    'app://baocao/..%5Cpackage.json',
    'app://baocao/..\\package.json',
    'app://baocao/assets\\..\\..\\package.json',
    'app://baocao/%252e%252e/package.json',
    'app://baocao/%252e%252e%252fpackage.json',
    'app://baocao/..%252fpackage.json',
    'app://baocao/%25%32%65%25%32%65/package.json',
    'app://baocao/..%20/package.json',
    'app://baocao/.../package.json',
    'app://baocao/..%00/package.json',
  ])('refuses the traversal %j', (url) => {
    expect(resolveApplicationFile(url, root)).toBeNull();
  });

  it.each([
    ['NUL', 'app://baocao/index.html%00.png'],
    ['a control character', 'app://baocao/index%0a.html'],
    ['an absolute path', 'app://baocao//etc/passwd'],
    ['an encoded absolute path', 'app://baocao/%2fetc%2fpasswd'],
    ['a drive letter', 'app://baocao/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://baocao/C%3a%5cWindows%5cwin.ini'],
    ['a UNC path', 'app://baocao/%5c%5cserver%5cshare'],
    ['an alternate data stream', 'app://baocao/index.html::$DATA'],
    ['a Windows device', 'app://baocao/con'],
    ['a Windows device with an extension', 'app://baocao/assets/NUL.txt'],
    ['the folder itself', 'app://baocao/'],
    ['no path', 'app://baocao'],
    ['a folder', 'app://baocao/assets/'],
    ['an empty segment', 'app://baocao/assets//index.js'],
    ['a broken escape', 'app://baocao/index%e0%a4%a.html'],
    ['a lone percent sign', 'app://baocao/100%.png'],
  ])('refuses %s: %j', (_reason, url) => {
    expect(resolveApplicationFile(url, root)).toBeNull();
  });

  it('keeps every accepted file inside the folder', () => {
    const urls = ['app://baocao/index.html', 'app://baocao/assets/a.js', 'app://baocao/x%20y/z.png'];
    for (const url of urls) {
      const file = resolveApplicationFile(url, root)!;
      expect(path.relative(root, file).startsWith('..')).toBe(false);
    }
  });
});
