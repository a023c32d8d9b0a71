import { z } from 'zod';
import { tooDeeplyNested, tooDeeplyNestedMessage } from '../json/nesting-depth';
import { organisationProfileSchema } from '../organisation/organisation-profile';
import { migrateReportValue } from '../report/migrate-report';
import { reportSchema as currentReportSchema } from '../report/report-schema';
import { openingFiguresSchema } from '../workspace/opening-figures';
import { sampleWorkspaceIds } from '../workspace/sample-workspaces';

/**
 * The application's one API: every command the interface can send, with the schema of its payload. The same
 * service implements it for the Electron window (IPC) and for the browser mode (HTTP on 127.0.0.1); each
 * transport validates every payload against these schemas before it reaches the service.
 */
const fileName = z.string().regex(/^[^/\\]+\.json$/, 'Tên tệp báo cáo phải là một tên tệp .json.');
const periodKey = z.string().min(1).max(16);
const identifier = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Any value sent whole (a report, an autosave copy) is refused past the nesting the validators can walk. */
const shallowValue = z.unknown().superRefine((value, context) => {
  const place = tooDeeplyNested(value);
  if (place !== null) context.addIssue({ code: 'custom', path: place.slice(0, 6), message: tooDeeplyNestedMessage() });
});

/** A report from a window opened before the format changed is brought to the current version like a file. */
const reportSchema = shallowValue.pipe(z.preprocess(migrateReportValue, currentReportSchema));

/** A Word file travels as base64: at most 50 MB of file, which is also the reader's limit. */
const wordFileBase64 = z
  .string()
  .min(1)
  .max(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4, 'Tệp Word quá lớn (quá 50 MB).');

export const commandPayloads = {
  /** The workspace now open (null), or another folder: a workspace opens; an empty or missing folder is offered for creation. */
  openWorkspace: z.object({ directory: z.string().min(1).max(4096).nullable() }),
  createWorkspace: z.object({
    directory: z.string().min(1).max(4096),
    name: z.string().trim().min(1, 'Chưa có tên thư mục làm việc.').max(200),
  }),
  /** The sample of today's offices unless another is named. */
  openSampleWorkspace: z.object({ sample: z.enum(sampleWorkspaceIds).optional() }),
  saveOrganisation: z.object({ organisation: organisationProfileSchema, replacesId: identifier.nullable() }),
  removeOrganisation: z.object({ organisationId: identifier }),
  loadOpeningFigures: z.object({ organisationId: identifier }),
  /** Sets (null: removes) an organisation's opening figures; with a report, answers its figures looked up again. */
  saveOpeningFigures: z.object({ organisationId: identifier, opening: openingFiguresSchema.nullable(), report: reportSchema.nullable() }),
  listReports: z.object({}),
  listTemplates: z.object({}),
  createFromTemplate: z.object({ templateId: identifier, periodKey, organisationId: identifier }),
  createFromPrevious: z.object({ previousFileName: fileName.nullable(), templateId: identifier, periodKey, organisationId: identifier }),
  loadReport: z.object({ fileName }),
  // `baseVersion`: the version the report was loaded or last saved as; `overwrite` saves over a newer one, asked.
  saveReport: z.object({
    fileName,
    report: reportSchema,
    baseVersion: z.string().max(64).nullable().optional(),
    overwrite: z.boolean().optional(),
  }),
  /** Keeps both after a conflict: the draft goes to a file of its own beside the report's, which stays as it is. */
  saveReportCopy: z.object({ fileName, report: reportSchema }),
  /** What differs between the report's file as it is now and the draft being edited. */
  compareWithFile: z.object({ fileName, report: reportSchema }),
  // `baseVersion`: the version of the file the draft was made on top of, given back with the restored copy.
  writeBackup: z.object({ fileName, report: shallowValue, baseVersion: z.string().max(64).nullable().optional() }),
  listRecoverable: z.object({}),
  recoverBackup: z.object({ fileName }),
  discardBackup: z.object({ fileName }),
  replacePreviousEstimate: z.object({ fileName, indicatorId: identifier, actual: z.number().finite() }),
  // The export saves the report too: `baseVersion` as for saveReport, so it never writes over a change made elsewhere.
  exportDocx: z.object({ fileName, report: reportSchema, baseVersion: z.string().max(64).nullable().optional() }),
  /** What importing a Word file would change, before anything is written. */
  previewImport: z.object({ name: z.string().min(1).max(260), base64: wordFileBase64, periodKey: periodKey.nullable() }),
  /** Imports it with the changes accepted (null: every change that can be taken; []: the embedded copy alone). */
  importDocx: z.object({
    name: z.string().min(1).max(260),
    base64: wordFileBase64,
    accepted: z.array(z.string().max(200)).max(100_000).nullable(),
    target: z.enum(['replace', 'copy']),
    /** A hand-made report: its period when chosen, and whether its organisation is saved in the workspace. */
    periodKey: periodKey.nullable(),
    saveOrganisation: z.boolean(),
  }),
  checkReport: z.object({ report: reportSchema }),
  saveAsTemplate: z.object({
    report: reportSchema,
    templateId: identifier,
    name: z.string().trim().min(1, 'Chưa có tên mẫu.').max(200),
    replace: z.boolean(),
  }),
} as const;

export type CommandName = keyof typeof commandPayloads;
export const commandNames = Object.keys(commandPayloads) as CommandName[];
export type CommandPayload<Name extends CommandName> = z.infer<(typeof commandPayloads)[Name]>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandPayloads, name);
}
