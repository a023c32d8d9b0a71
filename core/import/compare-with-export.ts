import { withClosingMark } from '../body/closing-mark';
import { reportToDocx } from '../export/report-to-docx';
import { withEnteredFigure } from '../indicators/entered-figure';
import type { IndicatorRow } from '../indicators/indicator-row';
import { validateReport } from '../report/read-report';
import type { Report } from '../report/report-schema';
import { readWordDocument } from '../word/read-word-document';
import { trustedDocxParts } from '../word/trusted-docx-parts';
import type { WordDocument } from '../word/word-document';
import { compareAppendix } from './appendix-changes';
import { compareBodies } from './body-changes';
import { bodyUnitsOf } from './body-units';
import { compareDetails } from './detail-changes';
import { documentFrame } from './document-frame';
import { changeGroups, type FigureOffer, type ImportChange } from './import-change';

/** What a Word file the tool exported says against the report it carries, and the report with the changes taken. */
export interface ImportAnalysis {
  /** The report embedded at export. */
  embedded: Report;
  changes: ImportChange[];
  /** Things the user must know that are not changes: tracked changes read accepted, comments left out. */
  notices: string[];
  /** The report with the changes whose ids are given; with none, the embedded report as it is. */
  apply: (accepted: ReadonlySet<string>) => Report;
}

/**
 * Compares a Word file the tool exported, as it is now, with the report embedded in it: the report is exported
 * again, and both documents are read by the same reader, so what differs is what was changed in Word. `edited` is
 * null when the document's text could not be read: the embedded report is then all there is, and the notice says so.
 */
export async function compareWithExport(
  embedded: Report,
  edited: WordDocument | null,
  unreadable: string | null = null,
): Promise<ImportAnalysis> {
  if (!edited) {
    return {
      embedded,
      changes: [],
      notices: [
        `Không đọc được nội dung của tệp Word (${unreadable ?? 'không rõ lỗi'}); đã lấy bản báo cáo kèm theo tệp — những sửa đổi làm trong Word (nếu có) không được nhập.`,
      ],
      apply: () => embedded,
    };
  }
  const exported = readWordDocument(trustedDocxParts(await reportToDocx(embedded), 'bản xuất của báo cáo'));
  const before = documentFrame(exported);
  const after = documentFrame(edited);
  const context = { body: embedded.body, closingBody: withClosingMark(embedded.body), rows: embedded.indicators, period: embedded.period };
  const body = compareBodies(bodyUnitsOf(before.body), bodyUnitsOf(after.body), context);
  const details = compareDetails(embedded, before, after);
  const appendix = compareAppendix(embedded, before.appendix?.table ?? null, after.appendix?.table ?? null);
  const offers = [...appendix.offers, ...body.offers];
  const changes = [...details.changes, ...body.changes, ...appendix.changes].sort(
    (first, second) => changeGroups.indexOf(first.group) - changeGroups.indexOf(second.group),
  );

  return {
    embedded,
    changes,
    notices: [...noticesOf(edited), ...conflictsOf(offers, embedded.indicators)],
    apply: (accepted) => {
      if (!changes.some((change) => change.choice !== 'information' && accepted.has(change.id))) return embedded;
      let rows: IndicatorRow[] = embedded.indicators;
      for (const offer of offers) {
        if (!accepted.has(offer.changeId)) continue;
        rows = rows.map((row) => (row.id === offer.indicatorId ? withEnteredFigure(row, offer.figure, offer.value) : row));
      }
      for (const rename of appendix.renames) {
        if (accepted.has(rename.changeId)) rows = rows.map((row) => (row.id === rename.indicatorId ? { ...row, name: rename.name } : row));
      }
      const { meta, organisation } = details.apply(accepted);
      return validateReport(
        { ...embedded, organisation, meta, indicators: rows, body: body.apply(accepted, rows) },
        'báo cáo nhập từ Word',
      );
    },
  };
}

/** Every change that can be taken: what `cli import` takes, and what the app proposes until the user refuses some. */
export function acceptableChanges(changes: readonly ImportChange[]): Set<string> {
  return new Set(changes.filter((change) => change.choice !== 'information').map((change) => change.id));
}

function noticesOf(document: WordDocument): string[] {
  const notices: string[] = [];
  const { insertions, deletions } = document.trackedChanges;
  if (insertions + deletions > 0)
    notices.push(
      `Tệp có sửa đổi được theo dõi (track changes: ${insertions} chỗ thêm, ${deletions} chỗ xóa); đã đọc như khi chấp nhận tất cả các sửa đổi — kiểm tra lại nếu có sửa đổi chưa được đồng ý.`,
    );
  if (document.comments > 0)
    notices.push(`Tệp có ${document.comments} nhận xét (comment); nhận xét không được đưa vào báo cáo, hãy xem chúng trong Word.`);
  return notices;
}

/** Two different new values offered for one figure (the appendix says one, the text another). */
function conflictsOf(offers: readonly FigureOffer[], rows: readonly IndicatorRow[]): string[] {
  const byFigure = new Map<string, FigureOffer[]>();
  for (const offer of offers) {
    const key = `${offer.indicatorId}:${JSON.stringify(offer.figure)}`;
    byFigure.set(key, [...(byFigure.get(key) ?? []), offer]);
  }
  return [...byFigure.values()]
    .filter((group) => new Set(group.map((offer) => offer.value)).size > 1)
    .map((group) => {
      const name = rows.find((row) => row.id === group[0]!.indicatorId)?.name ?? group[0]!.indicatorId;
      return `Chỉ tiêu “${name}” được sửa thành hai số khác nhau trong tệp (${group.map((offer) => offer.value ?? 'trống').join(' và ')}); nếu nhận cả hai, số sửa trong câu văn được dùng. Hãy chọn một.`;
    });
}
