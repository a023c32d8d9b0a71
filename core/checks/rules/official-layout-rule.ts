import { compareDates, parseIsoDate } from '../../dates/calendar-date';
import { periodMonths } from '../../periods/period';
import { periodNameWithoutYear } from '../../periods/period-label';
import { headerLayout } from '../../export/header-layout';
import { textWidthOf } from '../../export/docx-units';
import { effectiveLayout } from '../../organisation/layout-settings';
import { documentParts } from '../../report/document-parts';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding, type CheckSeverity, type MetaField } from '../check-finding';
import { foldText } from '../fold-text';
import { writtenDate } from '../finding-wording';

/** `BC-UBND`, `BC-VP` (NĐ 30: `Số: 05/BC-UBND`); `BC/QU`, `BC/ĐU` (HD 36: `Số 12-BC/QU`). */
const symbolPatterns = { state: /^BC-[A-ZĐ]+(?:-[A-ZĐ]+)*$/u, party: /^BC\/[A-ZĐ]+(?:-[A-ZĐ]+)*$/u };
const symbolExamples = { state: 'BC-UBND (Số: 05/BC-UBND)', party: 'BC/QU (Số 12-BC/QU)' };
const authorityForms = { state: /^(?:TM|KT|Q|TL|TUQ)\.\s/u, party: /^(?:T\/M|K\/T|T\/L|T\/UQ)\s/u };
const formNames = { state: 'TM., KT., Q., TL., TUQ.', party: 'T/M, K/T, T/L, T/UQ' };
const deputyForm = /^(?:KT\.|K\/T)\s/u;

/**
 * Rule 7 (`THE-THUC`): the parts of the official layout the officer fills in (FORMAT.md). Errors for what
 * makes the document wrong as issued: no subject line, no signer or name, an archive line not starting with
 * `Lưu`, a number symbol of the wrong pattern, a date that is not a date or precedes the period. Warnings for
 * what is irregular but printable: no recipients, a state archive line without `Lưu: VT`, the other format's
 * signing forms, a `KT.` line without the deputy's title under it, lower-case header or signer lines, a
 * subject that does not name the period. The number itself and the zeros of the date line are written by the
 * program; a draft without number or date is not flagged.
 */
export function officialLayoutRule(report: Report, _context: RuleContext): CheckFinding[] {
  const { organisation, meta, period } = report;
  const format = organisation.format;
  const findings: CheckFinding[] = [];
  const add = (field: MetaField, severity: CheckSeverity, message: string) =>
    findings.push({ code: checkCodes.layout, severity, message, target: { kind: 'meta', field } });

  if (!organisation.issuingBody.trim()) add('issuer', 'error', 'Chưa có tên cơ quan ban hành.');
  for (const [line, what] of [
    [organisation.parentBody, 'Tên cơ quan chủ quản'],
    [organisation.issuingBody, 'Tên cơ quan ban hành'],
  ] as const) {
    if (line && line !== line.toLocaleUpperCase('vi'))
      add('issuer', 'warning', `${what} “${line.replace(/\s+/gu, ' ')}” phải viết in hoa.`);
  }

  if (!symbolPatterns[format].test(organisation.numberSymbol)) {
    add(
      'number',
      'error',
      `Ký hiệu “${organisation.numberSymbol}” không đúng thể thức ${format === 'state' ? 'văn bản hành chính nhà nước' : 'văn bản của Đảng'}: phải có dạng ${symbolExamples[format]}.`,
    );
  }

  if (meta.date !== null) {
    const date = parseIsoDate(meta.date);
    const periodStart = { year: period.year, month: periodMonths(period).first, day: 1 };
    if (!date) add('date', 'error', `Ngày ban hành “${meta.date}” không phải là một ngày có thật.`);
    else if (compareDates(date, periodStart) < 0) {
      add('date', 'error', `Ngày ban hành ${writtenDate(date)} trước ngày bắt đầu kỳ báo cáo (${writtenDate(periodStart)}).`);
    }
  }

  const header = headerLayout(documentParts(report), textWidthOf(effectiveLayout(format, organisation.layout)));
  if (header.tooLong.length > 0) {
    add(
      'issuer',
      'error',
      `Phần đầu văn bản không đủ chỗ: “${header.tooLong.join('”, “')}” dài hơn cột tên cơ quan ngay cả khi đứng riêng một dòng, nên sẽ bị ngắt giữa chữ. Hãy viết gọn tên cơ quan hoặc dòng ngày tháng (địa danh).`,
    );
  }

  const subject = meta.subject.trim();
  if (!subject) add('subject', 'error', 'Chưa có trích yếu (nội dung tóm tắt của báo cáo).');
  else if (!namesPeriod(subject, report)) {
    add('subject', 'warning', `Trích yếu không nêu kỳ báo cáo “${periodNameWithoutYear(period)}”.`);
  }

  const signer = meta.signer ?? organisation.signer;
  if (signer.lines.length === 0 || signer.lines.every((line) => !line.trim())) add('signer', 'error', 'Chưa có dòng thẩm quyền ký.');
  if (!signer.name.trim()) add('signer', 'error', 'Chưa có họ tên người ký.');
  const otherFormat = format === 'state' ? 'party' : 'state';
  const first = signer.lines[0] ?? '';
  if (authorityForms[otherFormat].test(first)) {
    add(
      'signer',
      'warning',
      `Dòng “${first}” dùng cách ghi thẩm quyền ký của ${format === 'state' ? 'Đảng' : 'nhà nước'}; ở đây dùng ${formNames[format]}.`,
    );
  }
  signer.lines.forEach((line, index) => {
    if (deputyForm.test(line) && index === signer.lines.length - 1) {
      add('signer', 'warning', `Sau dòng “${line}” cần dòng chức vụ của người ký thay (ví dụ PHÓ CHỦ TỊCH).`);
    }
    if (line !== line.toLocaleUpperCase('vi')) add('signer', 'warning', `Dòng thẩm quyền ký “${line}” phải viết in hoa.`);
  });

  const recipients = meta.recipients ?? organisation.recipients;
  if (recipients.length === 0) add('recipients', 'warning', 'Nơi nhận chưa có cơ quan, đơn vị nào ngoài dòng lưu.');
  const archive = organisation.archiveLine.trim().replace(/^[-–•]\s*/u, '');
  if (!/^Lưu\b/u.test(archive)) add('recipients', 'error', `Dòng cuối của nơi nhận phải bắt đầu bằng “Lưu”, không phải “${archive}”.`);
  else if (format === 'state' && !/^Lưu: VT\b/u.test(archive)) {
    add('recipients', 'warning', `Dòng lưu của văn bản nhà nước phải có dạng “Lưu: VT, <đơn vị soạn thảo>.”, không phải “${archive}”.`);
  }
  return findings;
}

/** `tháng 10` (or `tháng 01`), `quý III`, `6 tháng đầu năm`, `9 tháng`, `năm 2020`, as whole words. */
function namesPeriod(subject: string, report: Report): boolean {
  const folded = foldText(subject.normalize('NFC'));
  const name = foldText(periodNameWithoutYear(report.period));
  const pattern =
    report.period.kind === 'month'
      ? new RegExp(`(?<![\\p{L}\\p{N}])tháng\\s+0?${report.period.index}(?!\\p{N})`, 'u')
      : new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  return pattern.test(folded);
}
