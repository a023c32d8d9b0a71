import { beforeAll, describe, expect, it } from 'vitest';
import { makePeriod } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';
import { reportToText } from '../../core/report/report-to-text';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { buildCommuneWorkspace } from '../../examples/commune/commune-workspace';
import { withBodyForKind } from '../../services/templates/body-for-period-kind';
import type { ReportTemplate } from '../../services/templates/compile-template';
import { loadTemplates } from '../../services/templates/load-templates';
import { openingHistory } from '../../services/workspace/workspace-history';

describe('a report started from one of another kind of period', () => {
  let reports: Report[];
  let history: Report[];
  let templates: Map<string, ReportTemplate>;

  beforeAll(async () => {
    const sample = await buildCommuneWorkspace();
    reports = sample.reports;
    history = [...reports, ...openingHistory(sample.settings)];
    templates = new Map((await loadTemplates()).templates.map((template) => [template.manifest.id, template]));
  });

  const rolledFrom = (previousId: string, period: ReturnType<typeof makePeriod>, templateId: string) => {
    const previous = reports.find((report) => report.id === previousId)!;
    const template = templates.get(templateId)!;
    const rolled = rollOverReport({
      previous,
      period,
      history,
      templateId,
      subjectPattern: template.manifest.subject,
      id: 'moi',
      createdAt: '2026-12-10T08:00:00+07:00',
    });
    return { previous, rolled, report: withBodyForKind(rolled, previous, template) };
  };

  it('takes the annual template’s structure, next year’s targets included, and keeps the review of last period’s tasks', () => {
    const { previous, rolled, report } = rolledFrom('mau-ubnd-xa-tan-thanh-2026-11', makePeriod('year', 2026), 'ubnd-xa-nam');
    const text = reportToText(report);
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH NĂM 2026');
    expect(text).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027');
    expect(text).toMatch(/^- Thu ngân sách nhà nước trên địa bàn: …;$/mu);
    expect(text).not.toContain('tháng 11');
    const tasks = (body: Report['body']) => JSON.stringify(body).match(/"type":"taskItem"/gu)?.length ?? 0;
    expect(tasks(report.body)).toBe(tasks(rolled.body));
    expect(report.indicators).toEqual(rolled.indicators);
    expect(report.body.content.filter((block) => block.type === 'table')).toHaveLength(2);
    expect(previous.period.kind).toBe('month');
  });

  it('carries the text as it is within one kind of period', () => {
    const { rolled, report } = rolledFrom('mau-ubnd-xa-tan-thanh-2026-10', makePeriod('month', 2026, 11), 'ubnd-xa-thang');
    expect(report).toBe(rolled);
  });
});

describe('the targets last year’s annual report set, reviewed in this year’s', () => {
  it('stay live as this year’s plans in the checklist, other figures written out', async () => {
    const sample = await buildCommuneWorkspace();
    const history = [...sample.reports, ...openingHistory(sample.settings)];
    const november = sample.reports.find((report) => report.id === 'mau-ubnd-xa-tan-thanh-2026-11')!;
    const annual = rollOverReport({
      previous: november,
      period: makePeriod('year', 2026),
      history,
      templateId: 'ubnd-xa-nam',
      subjectPattern: '{current}',
      id: 'nam-2026',
      createdAt: '2026-12-10T08:00:00+07:00',
    });
    const items = JSON.stringify(annual.body.content.filter((block) => block.type === 'taskList'));
    expect(items).toContain('"field":"plan"');
    expect(items).not.toContain('next-year-plan');
    expect(reportToText(annual)).toMatch(/^\[ \] Thu ngân sách nhà nước trên địa bàn: 18\.200 triệu đồng;$/mu);
  });
});
