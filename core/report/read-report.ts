import { parseTree, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { migrateReportValue } from './migrate-report';
import { currentSchemaVersion, reportSchema, type Report } from './report-schema';
import { tooDeeplyNested, tooDeeplyNestedMessage } from '../json/nesting-depth';
import { vietnameseErrors } from '../json/vietnamese-errors';

export interface ReportProblem {
  /** Where the problem is: `indicators[2].value`, or `dòng 12, cột 5` for a syntax error. */
  place: string;
  message: string;
}

/** A file that cannot be loaded; its message names the file and every place that is wrong. */
export class ReportFileError extends Error {
  override name = 'ReportFileError';
  constructor(
    readonly fileLabel: string,
    readonly problems: ReportProblem[],
    readonly summary: string,
  ) {
    super(`${summary}\n${problems.map((problem) => `  - ${problem.place}: ${problem.message}`).join('\n')}`);
  }
}

/** Reads the text of a report file; a malformed or newer file is refused whole, never half-loaded. */
export function readReportText(text: string, fileLabel: string): Report {
  return readReportValue(parseJsonText(text, fileLabel), fileLabel);
}

export function readReportValue(original: unknown, fileLabel: string): Report {
  const deepPlace = tooDeeplyNested(original);
  if (deepPlace !== null)
    throw new ReportFileError(
      fileLabel,
      [{ place: shortFieldPath(deepPlace), message: tooDeeplyNestedMessage() }],
      `Không mở được “${fileLabel}”: tệp báo cáo không hợp lệ.`,
    );
  const value = migrateReportValue(original);
  if (typeof value === 'object' && value !== null && 'schemaVersion' in value) {
    const version = (value as { schemaVersion: unknown }).schemaVersion;
    if (typeof version === 'number' && version > currentSchemaVersion) {
      throw new ReportFileError(
        fileLabel,
        [
          {
            place: 'schemaVersion',
            message: `tệp dùng định dạng dữ liệu phiên bản ${version}, phần mềm này chỉ đọc được đến phiên bản ${currentSchemaVersion}. Hãy cập nhật phần mềm.`,
          },
        ],
        `Không mở được “${fileLabel}”: tệp được tạo bởi phiên bản mới hơn của phần mềm.`,
      );
    }
  }
  const parsed = reportSchema.safeParse(value, { error: vietnameseErrors });
  if (!parsed.success) {
    throw new ReportFileError(fileLabel, problemsOf(parsed.error), `Không mở được “${fileLabel}”: tệp báo cáo không hợp lệ.`);
  }
  return parsed.data;
}

/** Validates a report built in memory before it is written; throws the same error as loading. */
export function validateReport(value: unknown, label = 'báo cáo'): Report {
  return readReportValue(value, label);
}

export function problemsOf(error: z.ZodError): ReportProblem[] {
  return error.issues.map((issue) => ({ place: fieldPath(issue.path) || '(toàn bộ tệp)', message: issue.message }));
}

/** A path thousands of keys long is told by its first few: `body.content[0].content[0]…`. */
function shortFieldPath(path: readonly PropertyKey[]): string {
  return path.length > 6 ? `${fieldPath(path.slice(0, 6))}…` : fieldPath(path) || '(toàn bộ tệp)';
}

/** `['indicators', 2, 'value']` → `indicators[2].value`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((label, key) => {
    if (typeof key === 'number') return `${label}[${key}]`;
    return label ? `${label}.${String(key)}` : String(key);
  }, '');
}

/** JSON.parse with a Vietnamese message that names the line and column of a syntax error. */
export function parseJsonText(given: string, fileLabel: string): unknown {
  // Notepad and some editors save UTF-8 with a byte-order mark; the text is the same without it.
  const text = given.startsWith('\uFEFF') ? given.slice(1) : given;
  try {
    return JSON.parse(text);
  } catch {
    const offset = syntaxErrorOffset(text);
    const place = text.trim() === '' ? 'tệp rỗng' : offset === null ? 'không rõ vị trí' : lineAndColumn(text, offset);
    throw new ReportFileError(
      fileLabel,
      [{ place, message: 'sai cú pháp JSON (thiếu hoặc thừa dấu phẩy, ngoặc, nháy kép…)' }],
      `Không mở được “${fileLabel}”: tệp không phải JSON hợp lệ.`,
    );
  }
}

/** JSON.parse does not always say where it stopped; a strict pass of jsonc-parser does. */
function syntaxErrorOffset(text: string): number | null {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset ?? null;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `dòng ${line}, cột ${column}`;
}
