import { compareDates, parseIsoDate } from '../../dates/calendar-date';
import { periodMonths } from '../../periods/period';
import type { Report } from '../../report/report-schema';
import type { RuleContext } from '../check-context';
import { checkCodes, type CheckFinding, type CheckTarget } from '../check-finding';
import { foldText } from '../fold-text';
import { quotedStart } from '../finding-wording';

/** Since 01/7/2025 local government has two levels: district bodies issue no documents. */
export const twoLevelGovernmentFrom = { year: 2025, month: 7, day: 1 };

/**
 * `UBND quận`, `Ủy ban nhân dân huyện`, `HĐND thị xã`, `Quận ủy`, `Huyện uỷ`, and a district's department: `Phòng
 * Tài chính - Kế hoạch huyện`, `Phòng Nội vụ quận` (folded: lower case, `ủy`).
 */
const districtBody =
  /(?<![\p{L}\p{M}\p{N}])(?:(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân)\s+(?:quận|huyện|thị xã)|(?:quận|huyện|thị xã)\s+ủy|phòng\s+(?:[\p{L}\p{M}]+[\s,&-]+){1,8}?(?:huyện|quận|thị xã))(?![\p{L}\p{M}\p{N}])/u;

/**
 * Rule 9 (`CAP-HUYEN`): a report dated on or after 01/7/2025 (or, undated, for a period ending after June 2025)
 * that names a district-level body. As issuer (issuing body, issuer name, parent body) it is an error: such a
 * body can no longer issue the report. In the recipients or the text it is a warning: the text may speak of
 * the past, but usually the name was carried over and should become the ward or commune.
 */
export function districtBodyRule(report: Report, context: RuleContext): CheckFinding[] {
  if (!afterTheReform(report)) return [];
  const findings: CheckFinding[] = [];
  const named = (text: string) => districtBody.exec(foldText(text.normalize('NFC').replace(/\s+/gu, ' ')));
  const add = (severity: CheckFinding['severity'], message: string, target: CheckTarget) =>
    findings.push({ code: checkCodes.districtBody, severity, message, target });
  const reason = 'từ ngày 01/7/2025, chính quyền địa phương chỉ còn hai cấp, cấp huyện không còn ban hành văn bản';

  const { organisation } = report;
  for (const text of [organisation.issuingBody, organisation.issuerName, organisation.parentBody ?? '']) {
    if (!named(text)) continue;
    add(
      'error',
      `Cơ quan ban hành “${text.replace(/\s+/gu, ' ')}” là cơ quan cấp huyện: ${reason}. Hãy cập nhật hồ sơ cơ quan (phường, xã hoặc cơ quan cấp tỉnh).`,
      {
        kind: 'meta',
        field: 'issuer',
      },
    );
    break;
  }
  const recipient = (report.meta.recipients ?? organisation.recipients).find((line) => named(line));
  if (recipient) add('warning', `Nơi nhận “${recipient}” là cơ quan cấp huyện: ${reason}.`, { kind: 'meta', field: 'recipients' });
  for (const block of context.textBlocks()) {
    const match = districtBody.exec(block.folded);
    if (!match) continue;
    add(
      'warning',
      `Đoạn ${quotedStart(block)} nêu “${block.text.slice(match.index, match.index + match[0].length)}”: ${reason}. Hãy kiểm tra tên cơ quan.`,
      { kind: 'body', path: block.path },
    );
  }
  return findings;
}

function afterTheReform(report: Report): boolean {
  const date = report.meta.date ? parseIsoDate(report.meta.date) : null;
  if (date) return compareDates(date, twoLevelGovernmentFrom) >= 0;
  return report.period.year * 12 + periodMonths(report.period).last >= twoLevelGovernmentFrom.year * 12 + twoLevelGovernmentFrom.month;
}
