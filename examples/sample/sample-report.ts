import type { BlockNode } from '../../core/body/body-schema';
import { documentOf, figure } from '../../core/body/build-body';
import type { FigureReference } from '../../core/figures/figure-reference';
import type { FieldGroup, IndicatorRow } from '../../core/indicators/indicator-row';
import type { OrganisationProfile, Signer } from '../../core/organisation/organisation-profile';
import type { Period } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { currentSchemaVersion, type Report } from '../../core/report/report-schema';

export const fieldGroups = {
  economy: { id: 'kinh-te', name: 'Kinh tế' },
  society: { id: 'van-hoa-xa-hoi', name: 'Văn hóa - Xã hội' },
  defence: { id: 'quoc-phong-an-ninh', name: 'Quốc phòng - An ninh' },
  party: { id: 'xay-dung-dang', name: 'Xây dựng Đảng và hệ thống chính trị' },
} satisfies Record<string, FieldGroup>;

interface SampleReportInput {
  organisation: OrganisationProfile;
  period: Period;
  templateId: string;
  date: string;
  subject: string;
  signer?: Signer;
  groups: FieldGroup[];
  indicators: IndicatorRow[];
  body: BlockNode[];
}

/** A sample report as the seeds describe it; ids and times are fixed so the files are reproducible. */
export function sampleReport(input: SampleReportInput): Report {
  return {
    schemaVersion: currentSchemaVersion,
    id: `mau-${input.organisation.id}-${periodKey(input.period).toLowerCase()}`,
    organisation: input.organisation,
    period: input.period,
    templateId: input.templateId,
    meta: {
      number: null,
      date: input.date,
      title: 'BÁO CÁO',
      subject: input.subject,
      addressees: [],
      signer: input.signer ?? null,
      recipients: null,
    },
    groups: input.groups,
    indicators: input.indicators,
    body: documentOf(...input.body),
    provenance: { createdAt: `${input.date}T08:00:00+07:00`, origin: 'sample', derivedFrom: null, exportedAt: null },
  };
}

/** A figure reference in a sample's text: `f('thu-ngan-sach', 'value-phrase')`. */
export function f(indicator: string, field: FigureReference['field'], options: Partial<FigureReference> = {}) {
  return figure({ indicator, field, ...options });
}
