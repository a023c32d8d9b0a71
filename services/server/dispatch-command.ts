import { commandPayloads, isCommandName } from '../../core/api/application-api';
import type { ApplicationService, CommandResponse } from '../../core/api/application-results';
import { fieldPath } from '../../core/report/read-report';
import { vietnameseErrors } from '../../core/json/vietnamese-errors';
import { SaveConflictError } from '../workspace/workspace-store';

/**
 * Validates a payload against its command's schema and runs the command, answering `{ ok, result }` or
 * `{ ok: false, message }` with a Vietnamese message. Nothing is thrown across a transport.
 */
export async function dispatchCommand(service: ApplicationService, name: string, payload: unknown): Promise<CommandResponse<never>> {
  if (!isCommandName(name)) return { ok: false, message: `Lệnh “${name}” không có.` };
  const parsed = commandPayloads[name].safeParse(payload, { error: vietnameseErrors });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `Dữ liệu gửi kèm lệnh “${name}” không hợp lệ ở ${fieldPath(issue.path) || '(gốc)'}: ${issue.message}` };
  }
  try {
    const run = service[name] as (payload: unknown) => Promise<unknown>;
    return { ok: true, result: (await run(parsed.data)) as never };
  } catch (error) {
    if (error instanceof SaveConflictError) return { ok: false, message: error.message, code: 'conflict' };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
