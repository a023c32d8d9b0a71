import type { CommandName, CommandPayload } from '../../core/api/application-api';
import type { CommandResponse, CommandResult } from '../../core/api/application-results';
import type { DesktopBridge } from '../../electron/desktop-bridge';

declare global {
  interface Window {
    /** The Electron preload's named functions; absent in the browser mode. */
    baoCao?: DesktopBridge;
  }
}

/** A command that failed; its message is already in Vietnamese and meant for the user. */
export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    message: string,
    /** `conflict`: a save refused because the file changed since it was loaded. */
    readonly code?: 'conflict',
  ) {
    super(message);
  }
}

/** Sends a command through the Electron bridge when there is one, otherwise to the browser-mode server. */
export async function call<Name extends CommandName>(name: Name, payload: CommandPayload<Name>): Promise<CommandResult<Name>> {
  const bridge = window.baoCao?.[name] as ((payload: CommandPayload<Name>) => Promise<CommandResponse<Name>>) | undefined;
  const response = bridge ? await bridge(payload) : await postCommand(name, payload);
  if (!response.ok) throw new CommandError(response.message, response.code);
  return response.result;
}

async function postCommand<Name extends CommandName>(name: Name, payload: CommandPayload<Name>): Promise<CommandResponse<Name>> {
  let response: Response;
  try {
    response = await fetch(`./api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
  } catch {
    return { ok: false, message: 'Không kết nối được với phần mềm. Hãy kiểm tra cửa sổ dòng lệnh đang chạy “npm run web”.' };
  }
  try {
    return (await response.json()) as CommandResponse<Name>;
  } catch {
    return { ok: false, message: `Phần mềm trả lời không đúng dạng (mã ${response.status}).` };
  }
}

export function desktopBridge(): DesktopBridge | undefined {
  return window.baoCao;
}
