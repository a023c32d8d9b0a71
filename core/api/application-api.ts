import { z } from 'zod';
import { reportSchema } from '../report/report-schema';

/**
 * The application's one API: every command the interface can send, with the schema of its payload. The same
 * service implements it for the Electron window (IPC) and for the browser mode (HTTP on 127.0.0.1); each
 * transport validates every payload against these schemas before it reaches the service.
 */
const fileName = z.string().regex(/^[^/\\]+\.json$/, 'Tên tệp báo cáo phải là một tên tệp .json.');
const periodKey = z.string().min(1).max(16);
const identifier = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const commandPayloads = {
  openWorkspace: z.object({ directory: z.string().min(1).nullable() }),
  listReports: z.object({}),
  listTemplates: z.object({}),
  createFromTemplate: z.object({ templateId: identifier, periodKey, organisationId: identifier }),
  createFromPrevious: z.object({ previousFileName: fileName.nullable(), templateId: identifier, periodKey, organisationId: identifier }),
  loadReport: z.object({ fileName }),
  saveReport: z.object({ fileName, report: reportSchema }),
  writeBackup: z.object({ fileName, report: z.unknown() }),
  listRecoverable: z.object({}),
  recoverBackup: z.object({ fileName }),
  discardBackup: z.object({ fileName }),
  replacePreviousEstimate: z.object({ fileName, indicatorId: identifier, actual: z.number().finite() }),
  exportDocx: z.object({ fileName, report: reportSchema }),
  importDocx: z.object({ name: z.string().min(1), base64: z.string().min(1) }),
  checkReport: z.object({ report: reportSchema }),
} as const;

export type CommandName = keyof typeof commandPayloads;
export const commandNames = Object.keys(commandPayloads) as CommandName[];
export type CommandPayload<Name extends CommandName> = z.infer<(typeof commandPayloads)[Name]>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandPayloads, name);
}
