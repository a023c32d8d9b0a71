import { copyJson } from '../json/copy-json';
import type { OrganisationProfile } from '../organisation/organisation-profile';
import type { Report, ReportMeta } from '../report/report-schema';
import type { DocumentFrame } from './document-frame';
import { quoted } from './describe-edit';
import { addresseesOf, listLineText, parseDateLine, parseNumberLine } from './frame-fields';
import type { ImportChange } from './import-change';

export interface DetailComparison {
  changes: ImportChange[];
  apply: (accepted: ReadonlySet<string>) => { meta: ReportMeta; organisation: OrganisationProfile };
}

type Edit = (target: { meta: ReportMeta; organisation: OrganisationProfile }) => void;

/**
 * The document details as the file has them against the export: number, date, the issuer's lines, title and
 * trích yếu, Kính gửi, Nơi nhận, signer. Each change names the part and what it becomes; one that cannot be read
 * (a date line that no longer reads as a date) is told, and the report keeps its own.
 */
export function compareDetails(report: Report, exported: DocumentFrame, edited: DocumentFrame): DetailComparison {
  const changes: ImportChange[] = [];
  const edits = new Map<string, Edit>();
  const format = report.organisation.format;
  const add = (id: string, description: string, edit: Edit | null) => {
    changes.push({ id: `thong-tin:${id}`, group: 'details', choice: edit ? 'take' : 'information', description });
    if (edit) edits.set(`thong-tin:${id}`, edit);
  };
  const differs = (before: string | null | undefined, after: string | null | undefined) => (before ?? '') !== (after ?? '');

  if (exported.header && !edited.header) {
    add(
      'phan-dau',
      'Không nhận ra phần đầu văn bản (bảng cơ quan ban hành, số, ngày tháng) trong tệp; giữ nguyên thông tin của báo cáo.',
      null,
    );
  } else if (exported.header && edited.header) {
    const before = exported.header;
    const after = edited.header;
    if (differs(before.numberLine, after.numberLine)) {
      const parsed = after.numberLine ? parseNumberLine(after.numberLine, format) : null;
      const was = before.numberLine ? parseNumberLine(before.numberLine, format) : null;
      if (!parsed) add('so', `Dòng số văn bản thành ${quoted(after.numberLine ?? '')}, không đọc được số và ký hiệu; giữ nguyên.`, null);
      else {
        if (parsed.number !== (was?.number ?? null))
          add(
            'so',
            `Số văn bản: ${was?.number ?? '(để trống)'} → ${parsed.number ?? '(để trống)'}`,
            (target) => (target.meta.number = parsed.number),
          );
        if (parsed.symbol !== was?.symbol)
          add(
            'ky-hieu',
            `Ký hiệu văn bản: ${quoted(was?.symbol ?? '')} → ${quoted(parsed.symbol)}`,
            (target) => (target.organisation.numberSymbol = parsed.symbol),
          );
      }
    }
    if (differs(before.dateLine, after.dateLine)) {
      const parsed = after.dateLine ? parseDateLine(after.dateLine) : null;
      const was = before.dateLine ? parseDateLine(before.dateLine) : null;
      if (!parsed) add('ngay', `Dòng địa danh, ngày tháng thành ${quoted(after.dateLine ?? '')}, không đọc được ngày; giữ nguyên.`, null);
      else {
        if (parsed.date !== (was?.date ?? null))
          add(
            'ngay',
            `Ngày ban hành: ${was?.date ? displayDate(was.date) : '(để trống)'} → ${parsed.date ? displayDate(parsed.date) : '(để trống)'}`,
            (target) => (target.meta.date = parsed.date),
          );
        if (parsed.place !== was?.place)
          add(
            'dia-danh',
            `Địa danh: ${quoted(was?.place ?? '')} → ${quoted(parsed.place)}`,
            (target) => (target.organisation.place = parsed.place),
          );
      }
    }
    if (differs(before.parentLines.join('\n'), after.parentLines.join('\n')))
      add(
        'co-quan-chu-quan',
        `Cơ quan chủ quản: ${quoted(before.parentLines.join(' / '))} → ${quoted(after.parentLines.join(' / '))}`,
        (target) => {
          target.organisation.parentBody = after.parentLines.length > 0 ? after.parentLines.join('\n') : null;
        },
      );
    if (differs(before.issuerLines.join('\n'), after.issuerLines.join('\n')) && after.issuerLines.length > 0)
      add(
        'co-quan-ban-hanh',
        `Cơ quan ban hành: ${quoted(before.issuerLines.join(' / '))} → ${quoted(after.issuerLines.join(' / '))}`,
        (target) => {
          target.organisation.issuingBody = after.issuerLines.join('\n');
        },
      );
  }

  if (differs(exported.title, edited.title) && edited.title)
    add(
      'ten-loai',
      `Tên loại văn bản: ${quoted(exported.title ?? '')} → ${quoted(edited.title)}`,
      (target) => (target.meta.title = edited.title!),
    );
  const subjectBefore = exported.subjectLines.join(' ');
  const subjectAfter = edited.subjectLines.join(' ');
  if (differs(subjectBefore, subjectAfter) && edited.title)
    add('trich-yeu', `Trích yếu: ${quoted(subjectBefore)} → ${quoted(subjectAfter)}`, (target) => (target.meta.subject = subjectAfter));
  if (differs(exported.addresseeLines.join('\n'), edited.addresseeLines.join('\n'))) {
    const addressees = addresseesOf(edited.addresseeLines);
    add(
      'kinh-gui',
      `Kính gửi: ${quoted(addresseesOf(exported.addresseeLines).join('; '))} → ${quoted(addressees.join('; ') || '(không có)')}`,
      (target) => {
        target.meta.addressees = addressees;
      },
    );
  }

  if (exported.signature && !edited.signature) {
    add('chu-ky', 'Không nhận ra bảng Nơi nhận và chữ ký trong tệp; giữ nguyên người ký và nơi nhận của báo cáo.', null);
  } else if (exported.signature && edited.signature) {
    const before = exported.signature;
    const after = edited.signature;
    const recipientsBefore = before.recipientLines.slice(0, -1).map(listLineText);
    const recipientsAfter = after.recipientLines.slice(0, -1).map(listLineText);
    if (differs(recipientsBefore.join('\n'), recipientsAfter.join('\n')))
      add('noi-nhan', `Nơi nhận: ${quoted(recipientsBefore.join('; '))} → ${quoted(recipientsAfter.join('; '))}`, (target) => {
        target.meta.recipients = recipientsAfter.join('\n') === target.organisation.recipients.join('\n') ? null : recipientsAfter;
      });
    const archiveAfter = after.recipientLines.at(-1)?.replace(/^[-–]\s*/u, '') ?? '';
    if (differs(before.recipientLines.at(-1), after.recipientLines.at(-1)) && archiveAfter)
      add(
        'dong-luu',
        `Dòng lưu: ${quoted(before.recipientLines.at(-1) ?? '')} → ${quoted(archiveAfter)}`,
        (target) => (target.organisation.archiveLine = archiveAfter),
      );
    if (differs(before.signerLines.join('\n'), after.signerLines.join('\n')) || differs(before.signerName, after.signerName)) {
      const signer = { lines: after.signerLines, name: after.signerName ?? '' };
      if (signer.lines.length === 0 || !signer.name)
        add('nguoi-ky', 'Khối chữ ký trong tệp thiếu thẩm quyền ký hoặc họ tên; giữ nguyên người ký.', null);
      else
        add(
          'nguoi-ky',
          `Người ký: ${quoted([...before.signerLines, before.signerName ?? ''].join(' / '))} → ${quoted([...signer.lines, signer.name].join(' / '))}`,
          (target) => {
            const same =
              signer.name === target.organisation.signer.name && signer.lines.join('\n') === target.organisation.signer.lines.join('\n');
            target.meta.signer = same ? null : signer;
          },
        );
    }
  }

  return {
    changes,
    apply: (accepted) => {
      const target = { meta: copyJson(report.meta), organisation: copyJson(report.organisation) };
      for (const [id, edit] of edits) if (accepted.has(id)) edit(target);
      return target;
    },
  };
}

function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
