import type { Session } from 'electron';
import { serveApplicationFile } from './application-file-response';
import { applicationScheme } from './application-protocol';
import { contentSecurityPolicy, decidePermissionRequest } from './security-settings';

/**
 * Serves the application's scheme from `rendererRoot` (renderer/dist) and denies every permission. The
 * Content-Security-Policy is set on the scheme's responses themselves, and also on any other response, through
 * `webRequest`, which does not see a protocol handler's responses.
 */
export function secureSession(session: Session, rendererRoot: string): void {
  session.protocol.handle(applicationScheme, (request) => serveApplicationFile(request, rendererRoot));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermissionRequest(permission)));
  session.setPermissionCheckHandler((_contents, permission) => decidePermissionRequest(permission));
}
