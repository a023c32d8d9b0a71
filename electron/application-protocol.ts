import path from 'node:path';
import type { CustomScheme } from 'electron';

/** The window's pages come from `app://baocao/…` instead of file:, so they have an origin of their own. */
export const applicationScheme = 'app';
export const applicationHost = 'baocao';
export const applicationUrl = `${applicationScheme}://${applicationHost}/index.html`;

/**
 * Standard, so relative addresses and `'self'` work as on a web site; secure, so the page is a secure context; with
 * fetch for the page's own files. The Content-Security-Policy still applies (no `bypassCSP`) and no other origin may
 * read these files (no `corsEnabled`).
 */
export const applicationSchemePrivileges: Readonly<CustomScheme> = Object.freeze({
  scheme: applicationScheme,
  privileges: Object.freeze({ standard: true, secure: true, supportFetchAPI: true }),
});

const rawApplicationUrl = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i;
// Characters no served file name has: separators, escapes left after one decoding (double encoding), drive or stream
// separators, control characters.
const forbiddenInSegment = /[/\\%:\p{Cc}]/u;
// Windows ignores trailing dots and spaces (`..%20` would be `..`) and opens devices for these names.
const windowsTrap = /[. ]$|^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * The file under `root` that `url` names, or null when the address is refused: another scheme or host, credentials or
 * a port, `.` or `..` segments in any escaped form, encoded separators, NUL, empty segments (absolute paths, folders).
 * Decided on the address as written, before any normalisation could fold `%2e%2e/` away.
 */
export function resolveApplicationFile(url: string, root: string): string | null {
  const match = rawApplicationUrl.exec(url);
  if (match === null || match[1]!.toLowerCase() !== applicationScheme || match[2]!.toLowerCase() !== applicationHost) return null;
  const rawPath = match[3]!;
  if (!rawPath.startsWith('/')) return null;
  const segments: string[] = [];
  for (const rawSegment of rawPath.slice(1).split('/')) {
    const segment = decodeSegment(rawSegment);
    if (segment === null || segment === '' || forbiddenInSegment.test(segment) || windowsTrap.test(segment)) return null;
    segments.push(segment);
  }
  const resolvedRoot = path.resolve(root);
  const file = path.join(resolvedRoot, ...segments);
  const relative = path.relative(resolvedRoot, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return null;
  return file;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
