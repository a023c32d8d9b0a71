import type { CommandName } from '../core/api/application-api';
import type { ApplicationService, CommandResponse } from '../core/api/application-results';
import { dispatchCommand } from '../services/server/dispatch-command';
import { isTrustedSender } from './security-settings';

export const untrustedSenderMessage = 'Lệnh bị từ chối: yêu cầu không đến từ trang của ứng dụng.';

/**
 * Serves one IPC command: refuses a sender frame that is not the application's page, then validates the payload
 * against the command's schema and runs it. Always answers a `CommandResponse`; nothing is thrown across IPC.
 */
export async function handleCommand<Name extends CommandName>(
  commandName: Name,
  senderUrl: string | undefined,
  payload: unknown,
  service: ApplicationService | Promise<ApplicationService>,
  appUrl: string,
): Promise<CommandResponse<Name>> {
  if (!isTrustedSender(senderUrl, appUrl)) return { ok: false, message: untrustedSenderMessage };
  let readyService: ApplicationService;
  try {
    readyService = await service;
  } catch (error) {
    return { ok: false, message: `Chưa mở được thư mục làm việc: ${error instanceof Error ? error.message : String(error)}` };
  }
  return dispatchCommand(readyService, commandName, payload);
}
