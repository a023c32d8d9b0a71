import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  decidePermissionRequest,
  decideWindowOpen,
  isNavigationAllowed,
  isTrustedSender,
  preloadPath,
  shouldOpenExternally,
  webPreferences,
} from '../../electron/security-settings';
import { applicationUrl } from '../../electron/application-protocol';

const appUrl = 'file:///opt/B%C3%A1o%20c%C3%A1o/resources/app.asar/renderer/dist/index.html';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('webPreferences', () => {
  it('isolates and sandboxes the renderer, without Node.js', () => {
    expect(webPreferences.contextIsolation).toBe(true);
    expect(webPreferences.sandbox).toBe(true);
    expect(webPreferences.nodeIntegration).toBe(false);
    expect(webPreferences.nodeIntegrationInWorker).toBe(false);
    expect(webPreferences.nodeIntegrationInSubFrames).toBe(false);
    expect(webPreferences.webviewTag).toBe(false);
  });

  it('keeps web security on and insecure content off', () => {
    expect(webPreferences.webSecurity).toBe(true);
    expect(webPreferences.allowRunningInsecureContent).toBe(false);
    expect(webPreferences.experimentalFeatures).toBe(false);
    expect(webPreferences.spellcheck).toBe(false);
  });

  it('loads the bundled CommonJS preload and cannot be changed at run time', () => {
    expect(webPreferences.preload).toBe(preloadPath);
    expect(preloadPath).toMatch(/preload\.cjs$/);
    expect(Object.isFrozen(webPreferences)).toBe(true);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy);

  it('runs only the application’s own scripts, and nothing evaluated from strings', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toContain('wasm-unsafe-eval');
  });

  it('names no remote host and no wildcard', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*/);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base changes, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows inline styles (the editor sets them) and data/blob images', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
  });
});

describe('decideWindowOpen', () => {
  it.each(['https://example.com/', 'http://localhost:5173/', appUrl, 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank', ''])(
    'denies %j',
    (url) => {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
    },
  );
});

describe('shouldOpenExternally', () => {
  it.each(['https://thuvienphapluat.vn/van-ban', 'http://example.com/a?b=c'])('hands %j to the browser', (url) => {
    expect(shouldOpenExternally(url)).toBe(true);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id',
    'app://baocao/index.html',
    'mailto:a@b.vn',
    'không phải địa chỉ',
    '',
  ])('never hands %j to the operating system', (url) => {
    expect(shouldOpenExternally(url)).toBe(false);
  });
});

describe('isNavigationAllowed', () => {
  it('allows the application’s own page, with a query or a fragment', () => {
    expect(isNavigationAllowed(appUrl, appUrl)).toBe(true);
    expect(isNavigationAllowed(`${appUrl}#/bao-cao/1`, appUrl)).toBe(true);
    expect(isNavigationAllowed(appUrl.replace('%C3%A1', '%c3%a1'), appUrl)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/index.html',
    'file:///etc/passwd',
    'file:///opt/B%C3%A1o%20c%C3%A1o/resources/app.asar/renderer/dist/other.html',
    'file://attacker/share/index.html',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
  ])('blocks %j', (url) => {
    expect(isNavigationAllowed(url, appUrl)).toBe(false);
  });

  it('compares origins when the page is served over http', () => {
    const devServer = 'http://localhost:5173/';
    expect(isNavigationAllowed('http://localhost:5173/bao-cao', devServer)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5174/', devServer)).toBe(false);
    expect(isNavigationAllowed('https://localhost:5173/', devServer)).toBe(false);
  });
});

describe('isNavigationAllowed for the application scheme', () => {
  it.each([
    applicationUrl,
    `${applicationUrl}#/bao-cao/1`,
    `${applicationUrl}?a=b`,
    'app://baocao/other.html',
    'app://baocao/assets/index.js',
    'app://BAOCAO/index.html',
  ])('allows %j, of the same origin', (url) => {
    expect(isNavigationAllowed(url, applicationUrl)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://baocao.evil/index.html',
    'app://baocao:8080/index.html',
    'app://user@baocao/index.html',
    'app://user:secret@baocao/index.html',
    'app:///index.html',
    'app:index.html',
    'apps://baocao/index.html',
    'https://baocao/index.html',
    'file:///opt/bao-cao/resources/app.asar/renderer/dist/index.html',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
  ])('blocks %j', (url) => {
    expect(isNavigationAllowed(url, applicationUrl)).toBe(false);
  });

  it('gives a file: page no way into the application scheme, nor the reverse', () => {
    expect(isNavigationAllowed(applicationUrl, appUrl)).toBe(false);
    expect(isNavigationAllowed(appUrl, applicationUrl)).toBe(false);
  });
});

describe('decidePermissionRequest', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'unknown'])(
    'denies %s',
    (permission) => {
      expect(decidePermissionRequest(permission)).toBe(false);
    },
  );
});

describe('isTrustedSender', () => {
  it('trusts the application’s page', () => {
    expect(isTrustedSender(appUrl, appUrl)).toBe(true);
  });

  it.each([undefined, '', 'https://example.com/', 'file:///tmp/index.html', 'about:blank'])('refuses %j', (frameUrl) => {
    expect(isTrustedSender(frameUrl, appUrl)).toBe(false);
  });

  it('trusts the frames of the application scheme’s origin', () => {
    expect(isTrustedSender(applicationUrl, applicationUrl)).toBe(true);
    expect(isTrustedSender('app://baocao/index.html#/bao-cao', applicationUrl)).toBe(true);
  });

  it.each([undefined, '', 'app://evil/index.html', 'app://x@baocao/index.html', 'https://example.com/', 'file:///tmp/index.html'])(
    'refuses %j when the page is served by the application scheme',
    (frameUrl) => {
      expect(isTrustedSender(frameUrl, applicationUrl)).toBe(false);
    },
  );
});
