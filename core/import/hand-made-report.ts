import type { OrganisationProfile } from '../organisation/organisation-profile';
import type { Period } from '../periods/period';
import { periodLabel } from '../periods/period-label';
import { documentNumberReference } from '../report/document-number';
import { validateReport } from '../report/read-report';
import { currentSchemaVersion, type Report } from '../report/report-schema';
import type { WordDocument } from '../word/word-document';
import { bodyFromWord } from './body-from-word';
import { documentFrame } from './document-frame';
import { figureSuggestions, withFigures, type FigureSuggestion } from './figure-suggestions';
import { addresseesOf, parseDateLine, parseNumberLine } from './frame-fields';
import { indicatorsFromAppendix, type KnownIndicator } from './indicators-from-appendix';
import { organisationFromFrame, type OrganisationReading } from './organisation-from-frame';
import { periodFromText } from './period-from-text';

export interface HandMadeSummary {
  recognised: string[];
  /** What stayed as plain text because it was not recognised as anything else. */
  keptAsText: string[];
  needsALook: string[];
}

export interface HandMadeAnalysis {
  /** The report as the file has it, its figures still typed numbers. */
  report: Report;
  organisation: OrganisationReading;
  suggestions: FigureSuggestion[];
  summary: HandMadeSummary;
  /** Whether the period came from the file (or the user), not from the fallback. */
  periodNamed: boolean;
  /** The report with the accepted suggestions as live figures. */
  apply: (accepted: ReadonlySet<string>) => Report;
}

export interface HandMadeOptions {
  label: string;
  organisations: readonly OrganisationProfile[];
  /** Indicators the organisation (the workspace's, or null for a new one) follows already, recognised by name. */
  knownIndicators: (organisationId: string | null) => readonly KnownIndicator[];
  /** The period chosen by the user; the file's own otherwise. */
  period: Period | null;
  /** The period taken, and said to be taken, when the file names none. */
  fallbackPeriod?: Period;
  id: string;
  createdAt: string;
}

/** Refused when a hand-made report cannot be read: no header to tell its organisation, no period to tell its place. */
export class HandMadeReportError extends Error {
  override name = 'HandMadeReportError';
}

/**
 * A report typed by hand in Word as a report of the tool: the header, title, Kính gửi, signature and Nơi nhận as the
 * document details and organisation; the body with its sections; the appendix table as the indicator table; the
 * numbers of the prose that read as figures of the table offered as live references. Nothing is dropped.
 */
export function readHandMadeReport(document: WordDocument, options: HandMadeOptions): HandMadeAnalysis {
  const frame = documentFrame(document);
  const organisation = organisationFromFrame(frame, options.organisations);
  if (!organisation)
    throw new HandMadeReportError(
      `Không nhận ra phần đầu văn bản của “${options.label}” (bảng hai cột với tên cơ quan, số văn bản và Quốc hiệu hoặc “ĐẢNG CỘNG SẢN VIỆT NAM”).`,
    );
  const format = organisation.profile.format;
  const number = frame.header?.numberLine ? parseNumberLine(frame.header.numberLine, format) : null;
  const date = frame.header?.dateLine ? parseDateLine(frame.header.dateLine) : null;
  const subject = frame.subjectLines.join(' ');
  const year = date?.year ?? new Date(options.createdAt).getFullYear();
  const named = periodFromText(subject, year) ?? periodFromText(frame.title ?? '', year);
  const period = options.period ?? named ?? options.fallbackPeriod ?? null;
  if (!period)
    throw new HandMadeReportError(
      `Không nhận ra kỳ báo cáo trong trích yếu của “${options.label}” (“${subject}”); hãy chọn kỳ (trên dòng lệnh: --period, ví dụ 2026-11).`,
    );

  const reading = bodyFromWord(frame.body);
  const appendix = frame.appendix?.table
    ? indicatorsFromAppendix(frame.appendix.table, period, options.knownIndicators(organisation.matchedId))
    : null;
  const signer = organisation.profile.signer;
  const report: Report = {
    schemaVersion: currentSchemaVersion,
    id: options.id,
    organisation: organisation.profile,
    period,
    templateId: 'nhap-tu-word',
    meta: {
      number: number?.number ?? null,
      date: date?.date ?? null,
      title: frame.title ?? 'BÁO CÁO',
      subject,
      addressees: addresseesOf(frame.addresseeLines),
      signer: null,
      recipients: null,
    },
    groups: appendix?.groups ?? [],
    indicators: appendix?.indicators ?? [],
    body: reading.body,
    provenance: { createdAt: options.createdAt, origin: 'import', derivedFrom: null, exportedAt: null },
  };
  const suggestions = figureSuggestions(report.body, report.indicators, period);

  const summary: HandMadeSummary = { recognised: [], keptAsText: [], needsALook: [] };
  summary.recognised.push(
    `Phần đầu: ${organisation.profile.issuingBody.replace(/\n/g, ' ')}${number ? `, số ${documentNumberReference(format, number.number, number.symbol).trim()}` : ''}${date?.date ? `, ngày ${date.date.split('-').reverse().join('/')}` : ''}.`,
    `Kỳ báo cáo: ${periodLabel(period)}${options.period ? ' (đã chọn)' : named ? ' (đọc từ trích yếu)' : ''}.`,
    `Nội dung: ${reading.headings} đề mục, ${reading.paragraphs} đoạn văn, ${reading.listItems} dòng gạch đầu dòng, ${reading.tables} bảng.`,
    reading.sections.length > 0
      ? `Các phần của báo cáo sơ kết: ${[...new Set(reading.sections)].map((section) => sectionNames[section]).join(', ')}.`
      : 'Không nhận ra các phần của báo cáo sơ kết (kết quả, hạn chế, nhiệm vụ, kiến nghị) từ các đề mục.',
    appendix
      ? `Phụ lục: ${appendix.indicators.length} chỉ tiêu trong ${appendix.groups.length} lĩnh vực${appendix.matched.length > 0 ? `, ${appendix.matched.length} chỉ tiêu trùng tên với chỉ tiêu đã theo dõi` : ''}.`
      : 'Không có bảng chỉ tiêu ở phụ lục: báo cáo chưa có chỉ tiêu nào.',
    `${suggestions.length} số trong lời văn trùng với số liệu của bảng chỉ tiêu, đề nghị thành số liệu tự động.`,
    ...(frame.signature?.signerName ? [`Người ký: ${[...signer.lines, signer.name].join(' / ')}.`] : []),
  );
  if (document.legacyRuns.tcvn3 > 0) summary.recognised.push('Chữ gõ bằng bảng mã TCVN3 (phông .VnTime) đã được chuyển sang Unicode.');
  if (document.legacyRuns.vni > 0) summary.recognised.push('Chữ gõ bằng bảng mã VNI (phông VNI-Times) đã được chuyển sang Unicode.');
  if (reading.sections.length === 0 && reading.headings === 0)
    summary.keptAsText.push('Không có đề mục đánh số (I., 1., 1.1., a)): toàn bộ nội dung là đoạn văn.');
  const unknownColumns = appendix?.columns.filter((column) => column.meaning === 'unknown' && column.title) ?? [];
  if (unknownColumns.length > 0)
    summary.keptAsText.push(
      `Cột của phụ lục không nhận ra, không nhập: ${unknownColumns.map((column) => `“${column.title}”`).join(', ')}.`,
    );
  if (!options.period && !named)
    summary.needsALook.push(`Trích yếu không nêu kỳ báo cáo; đã tạm lấy ${periodLabel(period)} — hãy chọn đúng kỳ.`);
  for (const missing of organisation.missing) summary.needsALook.push(`Không tìm thấy ${missing}; hãy điền trong Thông tin văn bản.`);
  if (organisation.matchedId === null)
    summary.needsALook.push(
      `“${organisation.profile.issuerName}” chưa có trong thư mục làm việc: thông tin cơ quan được lấy từ tệp, hãy kiểm tra.`,
    );
  for (const difference of organisation.differences)
    summary.needsALook.push(`Thông tin cơ quan trong tệp khác thư mục làm việc — ${difference}.`);
  summary.needsALook.push(...(appendix?.problems ?? []));

  return {
    report: validateReport(report, options.label),
    organisation,
    suggestions,
    summary,
    periodNamed: options.period !== null || named !== null,
    apply: (accepted) => validateReport({ ...report, body: withFigures(report.body, suggestions, accepted) }, options.label),
  };
}

const sectionNames = {
  opening: 'tình hình chung',
  results: 'kết quả',
  'previous-tasks': 'kết quả thực hiện nhiệm vụ kỳ trước',
  shortcomings: 'hạn chế, nguyên nhân',
  tasks: 'nhiệm vụ, phương hướng',
  proposals: 'đề xuất, kiến nghị',
  other: 'khác',
} as const;
