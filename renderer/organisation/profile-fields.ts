import type { z } from 'zod';
import { layoutRanges, type DocumentFormat, type LayoutSettings } from '../../core/organisation/layout-settings';
import { organisationProfileSchema, type OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';
import { unitLines, unitsFromLines } from '../../core/organisation/unit-lines';
import { vietnameseErrors } from '../../core/json/vietnamese-errors';

/** The fields of the organisation form, by the profile path each one edits. */
export const profileFieldNames = [
  'format',
  'parentBody',
  'issuingBody',
  'issuerName',
  'id',
  'place',
  'numberSymbol',
  'numberingScope',
  'signer.lines',
  'signer.name',
  'addressees',
  'recipients',
  'archiveLine',
  'cutOffDay',
  'layout',
  'appendixComparison',
  'units',
] as const;
export type ProfileFieldName = (typeof profileFieldNames)[number];

export const layoutFieldLabels: Record<keyof LayoutSettings, string> = {
  marginTopMm: 'Lề trên (mm)',
  marginBottomMm: 'Lề dưới (mm)',
  marginLeftMm: 'Lề trái (mm)',
  marginRightMm: 'Lề phải (mm)',
  bodyFontPt: 'Cỡ chữ nội dung (pt)',
  firstLineIndentCm: 'Thụt đầu dòng (cm)',
  paragraphSpacingPt: 'Khoảng cách đoạn (pt)',
  lineSpacing: 'Giãn dòng (lần)',
};

/** What the form holds, as typed: text for every field, one line a list item. */
export interface ProfileDraft {
  format: DocumentFormat;
  parentBody: string;
  issuingBody: string;
  issuerName: string;
  id: string;
  place: string;
  numberSymbol: string;
  numberingScope: OrganisationProfile['numberingScope'];
  signerLines: string;
  signerName: string;
  addressees: string;
  recipients: string;
  archiveLine: string;
  cutOffDay: string;
  layout: Partial<Record<keyof LayoutSettings, string>>;
  /** What the appendix prints against the same period: the growth (`+8,5`) or the ratio (`108,5`). */
  appendixComparison: 'growth' | 'ratio';
  /** The units figures are broken down by, one a line (`Thôn Bắc Sơn (trước là Thôn Bắc)`, `… (gộp …, …)`). */
  units: string;
  /** The units as saved before, which the lines rename and merge. */
  previousUnits: ReportingUnit[];
}

export interface FieldProblem {
  field: ProfileFieldName;
  message: string;
  /** A problem that does not keep the profile from being saved (an unusual symbol). */
  advice: boolean;
}

export function draftOf(profile: OrganisationProfile): ProfileDraft {
  return {
    format: profile.format,
    parentBody: profile.parentBody ?? '',
    issuingBody: profile.issuingBody,
    issuerName: profile.issuerName,
    id: profile.id,
    place: profile.place,
    numberSymbol: profile.numberSymbol,
    numberingScope: profile.numberingScope,
    signerLines: profile.signer.lines.join('\n'),
    signerName: profile.signer.name,
    addressees: (profile.addressees ?? []).join('\n'),
    recipients: profile.recipients.join('\n'),
    archiveLine: profile.archiveLine,
    cutOffDay: String(profile.cutOffDay),
    layout: Object.fromEntries(Object.entries(profile.layout ?? {}).map(([key, value]) => [key, String(value).replace('.', ',')])),
    appendixComparison: profile.appendixComparison ?? 'growth',
    units: unitLines(profile.units ?? []),
    previousUnits: profile.units ?? [],
  };
}

/** A new state body's form: the usual signer, symbol and archive line, nothing else. */
export const blankDraft: ProfileDraft = draftOf({
  id: '',
  format: 'state',
  parentBody: null,
  issuingBody: '',
  issuerName: '',
  place: '',
  numberSymbol: 'BC-UBND',
  signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: '' },
  addressees: [],
  recipients: [],
  archiveLine: 'Lưu: VT, VP.',
  cutOffDay: 14,
  numberingScope: 'calendar-year',
});

/** The profile the draft describes, or the problems at each field; advice comes with a valid profile too. */
export function readDraft(draft: ProfileDraft): { profile: OrganisationProfile | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const layout: Record<string, number> = {};
  for (const [key, text] of Object.entries(draft.layout) as [keyof LayoutSettings, string | undefined][]) {
    if (!text || !text.trim()) continue;
    const value = Number(text.trim().replace(',', '.'));
    if (!Number.isFinite(value))
      problems.push({ field: 'layout', message: `${layoutFieldLabels[key]}: “${text}” không phải là số.`, advice: false });
    else layout[key] = value;
  }
  const units = unitsFromLines(draft.units, draft.previousUnits);
  if (!units.ok) for (const message of units.problems) problems.push({ field: 'units', message, advice: false });
  const candidate = candidateOf(draft, layout);
  const parsed = organisationProfileSchema.safeParse(candidate, { error: vietnameseErrors });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ field: fieldOf(issue.path), message: describeIssue(issue), advice: false });
  }
  problems.push(...symbolAdvice(draft.format, candidate.numberSymbol));
  const blocking = problems.some((problem) => !problem.advice);
  return { profile: parsed.success && !blocking ? parsed.data : null, problems };
}

/** The profile as typed, before validation: what the preview shows while a field is still wrong. */
export function candidateOf(draft: ProfileDraft, layout: Record<string, number> = {}): OrganisationProfile {
  const cutOffDay = Number(draft.cutOffDay.trim());
  return {
    id: draft.id.trim(),
    format: draft.format,
    parentBody: draft.parentBody.trim() ? lines(draft.parentBody).join('\n') : null,
    issuingBody: lines(draft.issuingBody).join('\n'),
    issuerName: draft.issuerName.trim(),
    place: draft.place.trim(),
    numberSymbol: draft.numberSymbol.trim(),
    signer: { lines: lines(draft.signerLines), name: draft.signerName.trim() },
    addressees: lines(draft.addressees),
    recipients: lines(draft.recipients),
    archiveLine: draft.archiveLine.trim(),
    cutOffDay: draft.cutOffDay.trim() === '' || !Number.isFinite(cutOffDay) ? Number.NaN : cutOffDay,
    numberingScope: draft.format === 'party' ? draft.numberingScope : 'calendar-year',
    ...(Object.keys(layout).length > 0 ? { layout } : {}),
    ...(draft.appendixComparison === 'ratio' ? { appendixComparison: 'ratio' as const } : {}),
    ...unitsOfDraft(draft),
  };
}

/** The units as typed, when they read; the units before while a line is wrong (the problem is shown at the field). */
function unitsOfDraft(draft: ProfileDraft): { units?: ReportingUnit[] } {
  const read = unitsFromLines(draft.units, draft.previousUnits);
  const units = read.ok ? read.units : draft.previousUnits;
  return units.length > 0 || draft.previousUnits.length > 0 ? { units } : {};
}

function fieldOf(path: readonly PropertyKey[]): ProfileFieldName {
  const [first, second] = path;
  if (first === 'signer') return second === 'name' ? 'signer.name' : 'signer.lines';
  const name = String(first) as ProfileFieldName;
  return (profileFieldNames as readonly string[]).includes(name) ? name : 'issuingBody';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const [first, second, third] = issue.path;
  if (first === 'layout' && typeof second === 'string')
    return `${layoutFieldLabels[second as keyof LayoutSettings] ?? second}: ${issue.message}`;
  const index = typeof second === 'number' ? second : typeof third === 'number' ? third : null;
  if (first === 'cutOffDay' && issue.code === 'invalid_type') return 'Ngày chốt số liệu phải là một số từ 1 đến 31.';
  return index === null ? issue.message : `Dòng ${index + 1}: ${issue.message}`;
}

/** The symbol of a báo cáo starts with `BC-` in a state body and `BC/` in a Party committee (NĐ 30, HD 36). */
function symbolAdvice(format: DocumentFormat, symbol: string): FieldProblem[] {
  if (!symbol) return [];
  if (/\s/u.test(symbol)) return [{ field: 'numberSymbol', message: 'Ký hiệu văn bản không có khoảng trắng.', advice: false }];
  const expected = format === 'state' ? 'BC-' : 'BC/';
  if (symbol.startsWith(expected)) return [];
  return [
    {
      field: 'numberSymbol',
      message: `Ký hiệu báo cáo ${format === 'state' ? 'của cơ quan nhà nước' : 'của cấp ủy'} thường bắt đầu bằng “${expected}” (ví dụ ${
        format === 'state' ? 'BC-UBND' : 'BC/ĐU'
      }).`,
      advice: true,
    },
  ];
}

export function layoutRangeText(format: DocumentFormat, key: keyof LayoutSettings): string {
  const range = layoutRanges[format][key];
  return `${String(range.min).replace('.', ',')}–${String(range.max).replace('.', ',')}`;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
