import { fileURLToPath } from 'node:url';
import type { WebPreferences } from 'electron';
import { applicationScheme } from './application-protocol';

/** The bundled preload sits beside the bundled main process in out/electron/. */
export const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));

/** The window's renderer gets no Node.js, runs sandboxed, and reaches the main process only through the preload's bridge. */
export const webPreferences: Readonly<WebPreferences> = Object.freeze({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} satisfies WebPreferences);

/** Everything comes from the application's own files; nothing is evaluated from strings, nothing is fetched from elsewhere. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** No page may open a new window; links meant for the browser go through `shouldOpenExternally`. */
export function decideWindowOpen(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

/** Only web addresses are handed to the user's browser: never file:, javascript:, custom schemes or anything that would run a program. */
export function shouldOpenExternally(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}

/**
 * Whether `url` is the application's own page. `appUrl` is the page the window loads: for a file: page, the same file
 * (any query or fragment); for an http(s) page, the same origin; for the application's scheme (`app://baocao/…`), the
 * same host, which is the origin of a standard scheme.
 */
export function isNavigationAllowed(url: string, appUrl: string): boolean {
  const candidate = parseUrl(url);
  const application = parseUrl(appUrl);
  if (candidate === null || application === null || candidate.protocol !== application.protocol) return false;
  if (application.protocol === 'file:') {
    return candidate.host === application.host && normaliseEscapes(candidate.pathname) === normaliseEscapes(application.pathname);
  }
  if (application.protocol === 'http:' || application.protocol === 'https:') return candidate.origin === application.origin;
  if (application.protocol === `${applicationScheme}:`) return isSameApplicationOrigin(candidate, application);
  return false;
}

/** Camera, microphone, notifications, geolocation, clipboard reading…: the editor needs none of them. */
export function decidePermissionRequest(_permission: string): boolean {
  return false;
}

/** An IPC call is served only when it comes from a frame showing the application's own page. */
export function isTrustedSender(frameUrl: string | undefined, appUrl: string): boolean {
  return frameUrl !== undefined && isNavigationAllowed(frameUrl, appUrl);
}

/**
 * The URL parser gives custom schemes no origin (`null`) and keeps their host's case, while Chromium lowercases the
 * host of a standard scheme: compare host and port, and refuse credentials, which an origin never has.
 */
function isSameApplicationOrigin(candidate: URL, application: URL): boolean {
  return (
    candidate.hostname !== '' &&
    candidate.hostname.toLowerCase() === application.hostname.toLowerCase() &&
    candidate.port === application.port &&
    candidate.username === '' &&
    candidate.password === ''
  );
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `%c3%a1` and `%C3%A1` name the same file. */
function normaliseEscapes(pathname: string): string {
  return pathname.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}
