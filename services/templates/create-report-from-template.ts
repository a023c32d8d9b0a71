import { breakdownSourceOf } from '../../core/breakdowns/breakdown-table';
import { emptyBreakdownRow } from '../../core/breakdowns/unit-figures';
import { withUnitTables } from '../../core/breakdowns/unit-tables';
import { emptyIndicatorRow } from '../../core/indicators/indicator-row';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { Period } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { subjectPeriods } from '../../core/periods/period-label';
import { validateReport } from '../../core/report/read-report';
import { currentSchemaVersion, type Report } from '../../core/report/report-schema';
import { subjectLine } from '../../core/templates/template-manifest';
import type { ReportTemplate } from './compile-template';

const formatNames = { state: 'thể thức văn bản nhà nước (NĐ 30/2020)', party: 'thể thức văn bản của Đảng' } as const;

/** A new report for `period` from a template: its structure and prose, its indicators with plans to fill in. */
export function createReportFromTemplate(
  template: ReportTemplate,
  request: { organisation: OrganisationProfile; period: Period; id: string; createdAt: string },
): Report {
  const { manifest } = template;
  const { organisation, period } = request;
  const units = organisation.units ?? [];
  if (organisation.format !== manifest.format) {
    throw new Error(
      `Mẫu “${manifest.name}” dùng ${formatNames[manifest.format]}, còn “${organisation.issuerName}” dùng ${formatNames[organisation.format]}.`,
    );
  }
  if (!manifest.periodKinds.includes(period.kind)) {
    throw new Error(`Mẫu “${manifest.name}” không dùng cho kỳ ${periodKey(period)}; mẫu này dành cho: ${manifest.periodKinds.join(', ')}.`);
  }
  const report: Report = {
    schemaVersion: currentSchemaVersion,
    id: request.id,
    organisation,
    period,
    templateId: manifest.id,
    meta: {
      number: null,
      date: null,
      title: manifest.title,
      subject: subjectLine(manifest.subject, subjectPeriods(period)),
      addressees: organisation.addressees ?? [],
      signer: null,
      recipients: null,
    },
    groups: manifest.groups,
    indicators: manifest.indicators.map(({ byUnit, ...indicator }) => {
      const plans = indicator.plans.map((plan) => ({ ...plan, value: plan.value ?? null }));
      return emptyIndicatorRow({
        ...indicator,
        plans,
        ...(period.kind === 'year' ? { nextYearPlans: plans.map((plan) => ({ ...plan })) } : {}),
        ...(byUnit && units.length > 0 ? { breakdown: units.map((unit) => emptyBreakdownRow(unit.id)) } : {}),
      });
    }),
    body: { type: 'doc', content: template.render(organisation, period) },
    provenance: { createdAt: request.createdAt, origin: 'template', derivedFrom: null, exportedAt: null },
  };
  report.body = withUnitTables(report.body, breakdownSourceOf(report));
  return validateReport(report, `báo cáo ${periodKey(period)} từ mẫu ${manifest.id}`);
}
