import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockNode, InlineNode } from '../../core/body/body-schema';
import { bodyToText } from '../../core/body/body-to-text';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { makePeriod, type Period, type PeriodKind } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { followingSpan, periodLabel, periodNameWithoutYear } from '../../core/periods/period-label';
import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { reportToText } from '../../core/report/report-to-text';
import { districtPartyCommittee, peoplesCommittee } from '../../examples/sample/organisations';
import type { ReportTemplate } from '../../services/templates/compile-template';
import { createReportFromTemplate } from '../../services/templates/create-report-from-template';
import { subjectLine } from '../../core/templates/template-manifest';
import { loadTemplates, type TemplateCatalogue } from '../../services/templates/load-templates';

/** The templates of today's offices, with the office kinds they are written for. */
const officeTemplateIds = [
  ...['thang', 'quy', '6-thang', '9-thang', 'nam'].flatMap((kind) => [`ubnd-xa-${kind}`, `ubnd-phuong-${kind}`, `so-nnmt-${kind}`]),
  ...['thang', '6-thang', '9-thang', 'nam'].map((kind) => `dang-uy-xa-${kind}`),
];

const builtInIds = [
  ...officeTemplateIds,
  'ubnd-thang',
  'ubnd-quy',
  'ubnd-6-thang',
  'ubnd-9-thang',
  'ubnd-nam',
  'dang-thang',
  'dang-6-thang',
  'dang-9-thang',
  'dang-nam',
];

/** The periods each kind is tried with, and the two halves of the subject line each must produce. */
const periodsByKind: Record<PeriodKind, { period: Period; current: string; following: string }[]> = {
  month: [
    { period: makePeriod('month', 2019, 1), current: 'tháng 1', following: 'tháng 2 năm 2019' },
    { period: makePeriod('month', 2019, 10), current: 'tháng 10', following: 'tháng 11 năm 2019' },
    { period: makePeriod('month', 2019, 12), current: 'tháng 12 năm 2019', following: 'tháng 1 năm 2020' },
  ],
  quarter: [
    { period: makePeriod('quarter', 2022, 1), current: 'quý I', following: 'quý II năm 2022' },
    { period: makePeriod('quarter', 2022, 4), current: 'quý IV năm 2022', following: 'quý I năm 2023' },
  ],
  half: [
    { period: makePeriod('half', 2022, 1), current: '6 tháng đầu năm', following: '6 tháng cuối năm 2022' },
    { period: makePeriod('half', 2022, 2), current: '6 tháng cuối năm 2022', following: '6 tháng đầu năm 2023' },
  ],
  'nine-months': [{ period: makePeriod('nine-months', 2019), current: '9 tháng', following: '3 tháng cuối năm 2019' }],
  year: [{ period: makePeriod('year', 2020), current: 'năm 2020', following: 'năm 2021' }],
};

/** How each district template words its subject around the two periods; the others are checked against their manifest. */
const subjectWords: Record<string, [string, string]> = {
  'ubnd-thang': ['Kết quả thực hiện nhiệm vụ', 'phương hướng nhiệm vụ'],
  'ubnd-quy': ['Kết quả thực hiện nhiệm vụ', 'phương hướng nhiệm vụ'],
  'ubnd-6-thang': ['Kết quả thực hiện nhiệm vụ', 'phương hướng nhiệm vụ'],
  'ubnd-9-thang': ['Kết quả thực hiện nhiệm vụ', 'phương hướng nhiệm vụ'],
  'ubnd-nam': ['Tổng kết thực hiện nhiệm vụ', 'phương hướng, nhiệm vụ'],
  'dang-thang': ['Kết quả lãnh đạo thực hiện nhiệm vụ', 'phương hướng nhiệm vụ'],
  'dang-6-thang': ['Kết quả lãnh đạo thực hiện nhiệm vụ', 'phương hướng nhiệm vụ'],
  'dang-9-thang': ['Kết quả lãnh đạo thực hiện nhiệm vụ', 'phương hướng nhiệm vụ'],
  'dang-nam': ['Tổng kết công tác lãnh đạo thực hiện nhiệm vụ', 'phương hướng, nhiệm vụ'],
};

const upper = (text: string) => text.toLocaleUpperCase('vi');
const createdAt = '2024-01-15T08:00:00+07:00';

function organisationFor(template: ReportTemplate): OrganisationProfile {
  return template.manifest.format === 'state' ? peoplesCommittee : districtPartyCommittee;
}

function create(template: ReportTemplate, period: Period, organisation = organisationFor(template)): Report {
  return createReportFromTemplate(template, { organisation, period, id: `${template.manifest.id}-${periodKey(period)}`, createdAt });
}

function plainText(nodes: readonly (BlockNode | InlineNode)[] | undefined): string {
  return (nodes ?? []).map((node) => (node.type === 'text' ? node.text : 'content' in node ? plainText(node.content) : '')).join('');
}

function headings(report: Report): BlockNode[] {
  return report.body.content.filter((block) => block.type === 'heading');
}

function sectionHeading(report: Report, section: string): BlockNode | undefined {
  return headings(report).find((block) => block.attrs?.['section'] === section);
}

/** The text of the top-level section opened by the heading marked `section`, down to the next level-1 heading. */
function sectionText(report: Report, section: string): string {
  const blocks = report.body.content;
  const start = blocks.findIndex((block) => block.type === 'heading' && block.attrs?.['section'] === section);
  const end = blocks.findIndex((block, index) => index > start && block.type === 'heading' && block.attrs?.['level'] === 1);
  return bodyToText({ type: 'doc', content: blocks.slice(start, end === -1 ? undefined : end) }, report.indicators, report.period).join(
    '\n',
  );
}

describe('built-in templates', () => {
  let catalogue: TemplateCatalogue;
  const templateById = (id: string): ReportTemplate => {
    const template = catalogue.templates.find((entry) => entry.manifest.id === id);
    if (!template) throw new Error(`no template ${id}`);
    return template;
  };

  beforeAll(async () => {
    catalogue = await loadTemplates();
  });

  it('loads the built-in templates without a problem: those of today’s offices and the district ones', () => {
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.templates.map((template) => template.manifest.id).sort()).toEqual([...builtInIds].sort());
    for (const template of catalogue.templates) {
      expect(template.origin).toBe('built-in');
      expect(template.bodyFile).toMatch(/body\.hbs$/);
    }
  });

  it('lists the state templates before the Party ones', () => {
    const formats = catalogue.templates.map((template) => template.manifest.format);
    expect(formats).toEqual([...formats].sort((a, b) => (a === b ? 0 : a === 'state' ? -1 : 1)));
  });

  describe.each(builtInIds)('%s', (id) => {
    const cases = () => templateById(id).manifest.periodKinds.flatMap((kind) => periodsByKind[kind]);

    it('serves at least one period kind, and only kinds with test periods', () => {
      const kinds = templateById(id).manifest.periodKinds;
      expect(kinds.length).toBeGreaterThan(0);
      for (const kind of kinds) expect(periodsByKind[kind]?.length ?? 0).toBeGreaterThan(0);
    });

    it('creates a valid report for every period it serves, labelled for that period', () => {
      const template = templateById(id);
      for (const { period, current, following } of cases()) {
        const label = `${id} ${periodKey(period)}`;
        const report = create(template, period);
        expect(() => validateReport(report, label), label).not.toThrow();
        expect(report.templateId, label).toBe(id);
        expect(report.period, label).toEqual(period);
        expect(report.provenance.origin, label).toBe('template');

        const words = subjectWords[id];
        const subject = words
          ? `${words[0]} ${current}, ${words[1]} ${following}`
          : subjectLine(template.manifest.subject, { current, following });
        expect(subject, label).toContain(current);
        expect(subject, label).toContain(following);
        expect(report.meta.subject, label).toBe(subject);

        const text = reportToText(report);
        expect(text, label).toContain(subject);
        for (const leftover of ['undefined', 'NaN', '[object Object]', '{{', '}}', '\uE000', '\uE001']) {
          expect(text, `${label}: ${JSON.stringify(leftover)}`).not.toContain(leftover);
        }

        const first = plainText(headings(report)[0]?.content);
        expect(first, label).toContain(upper(periodNameWithoutYear(period)));
        expect(plainText(sectionHeading(report, 'results')?.content), label).toContain(upper(periodNameWithoutYear(period)));
        expect(plainText(sectionHeading(report, 'tasks')?.content), label).toContain(upper(followingSpan(period).label));
        expect(text, label).toContain(`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU ${periodLabel(period).toUpperCase()}`);
      }
    });

    it('opens the sections roll-over and the checks rely on', () => {
      const template = templateById(id);
      for (const { period } of cases()) {
        const sections = headings(create(template, period)).map((heading) => heading.attrs?.['section']);
        for (const section of ['results', 'previous-tasks', 'shortcomings', 'tasks']) {
          expect(sections, `${id} ${periodKey(period)}`).toContain(section);
        }
      }
    });

    it('starts with every indicator of the manifest, empty, its plans named but without figures', () => {
      const template = templateById(id);
      for (const { period } of cases()) {
        const report = create(template, period);
        expect(report.indicators.map((row) => row.id)).toEqual(template.manifest.indicators.map((indicator) => indicator.id));
        for (const row of report.indicators) {
          const definition = template.manifest.indicators.find((indicator) => indicator.id === row.id)!;
          expect(row.value).toBeNull();
          expect(row.plans.map((plan) => [plan.id, plan.label])).toEqual(definition.plans.map((plan) => [plan.id, plan.label]));
          expect(row.plans.map((plan) => plan.value)).toEqual(definition.plans.map((plan) => plan.value ?? null));
          if (period.kind === 'year') {
            expect(row.nextYearPlans?.map((plan) => [plan.id, plan.label, plan.value])).toEqual(
              definition.plans.map((plan) => [plan.id, plan.label, plan.value ?? null]),
            );
          } else {
            expect(row.nextYearPlans ?? []).toEqual([]);
          }
        }
      }
    });

    it('refuses an organisation of the other format, in Vietnamese', () => {
      const template = templateById(id);
      const other = template.manifest.format === 'state' ? districtPartyCommittee : peoplesCommittee;
      expect(() => create(template, cases()[0]!.period, other)).toThrow(/dùng thể thức văn bản/);
    });

    it('refuses a period kind it does not serve, in Vietnamese', () => {
      const template = templateById(id);
      const served = template.manifest.periodKinds;
      const other = (Object.keys(periodsByKind) as PeriodKind[]).find((kind) => !served.includes(kind))!;
      expect(() => create(template, periodsByKind[other][0]!.period)).toThrow(/không dùng cho kỳ .*mẫu này dành cho/);
    });
  });

  it('words the state subject lines as the published reports do', () => {
    const subject = (id: string, period: Period) => create(templateById(id), period).meta.subject;
    expect(subject('ubnd-thang', makePeriod('month', 2019, 10))).toBe(
      'Kết quả thực hiện nhiệm vụ tháng 10, phương hướng nhiệm vụ tháng 11 năm 2019',
    );
    expect(subject('ubnd-thang', makePeriod('month', 2019, 12))).toBe(
      'Kết quả thực hiện nhiệm vụ tháng 12 năm 2019, phương hướng nhiệm vụ tháng 1 năm 2020',
    );
    expect(subject('ubnd-6-thang', makePeriod('half', 2022, 1))).toBe(
      'Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2022',
    );
    expect(subject('ubnd-9-thang', makePeriod('nine-months', 2019))).toBe(
      'Kết quả thực hiện nhiệm vụ 9 tháng, phương hướng nhiệm vụ 3 tháng cuối năm 2019',
    );
    expect(subject('ubnd-nam', makePeriod('year', 2020))).toBe('Tổng kết thực hiện nhiệm vụ năm 2020, phương hướng, nhiệm vụ năm 2021');
    expect(subject('ubnd-quy', makePeriod('quarter', 2022, 4))).toBe(
      'Kết quả thực hiện nhiệm vụ quý IV năm 2022, phương hướng nhiệm vụ quý I năm 2023',
    );
  });

  it('titles the headings of October 2019 as the published report does', () => {
    const report = create(templateById('ubnd-thang'), makePeriod('month', 2019, 10));
    expect(plainText(sectionHeading(report, 'results')?.content)).toBe('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10');
    expect(plainText(sectionHeading(report, 'tasks')?.content)).toBe('III. NHIỆM VỤ TRỌNG TÂM THÁNG 11');
    const annual = create(templateById('dang-nam'), makePeriod('year', 2020));
    expect(plainText(sectionHeading(annual, 'results')?.content)).toBe('I- KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ NĂM 2020');
    expect(plainText(sectionHeading(annual, 'tasks')?.content)).toBe('III- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021');
  });

  it('writes figures as references to the indicator table, never as numbers', () => {
    const report = create(templateById('ubnd-thang'), makePeriod('month', 2019, 10));
    const figures = JSON.stringify(report.body).match(/"type":"figure"/g) ?? [];
    expect(figures.length).toBeGreaterThan(0);
    const ids = new Set(report.indicators.map((row) => row.id));
    for (const match of JSON.stringify(report.body).matchAll(/"indicator":"([^"]+)"/g)) expect(ids).toContain(match[1]);
  });

  it('sets the tasks of a period that ends the year against the next year, not the year just ending', () => {
    // December, the fourth quarter and the second half are followed by a period of the next year:
    // their tasks cannot be "to complete this year's targets".
    const yearEnders: [string, Period][] = [
      ['ubnd-thang', makePeriod('month', 2019, 12)],
      ['dang-thang', makePeriod('month', 2019, 12)],
      ['ubnd-quy', makePeriod('quarter', 2022, 4)],
      ['ubnd-6-thang', makePeriod('half', 2022, 2)],
      ['dang-6-thang', makePeriod('half', 2022, 2)],
      ['ubnd-xa-thang', makePeriod('month', 2026, 12)],
      ['ubnd-phuong-quy', makePeriod('quarter', 2026, 4)],
      ['so-nnmt-6-thang', makePeriod('half', 2026, 2)],
      ['dang-uy-xa-thang', makePeriod('month', 2026, 12)],
    ];
    const offenders = yearEnders
      .map(([id, period]) => ({ template: id, period: periodKey(period), tasks: sectionText(create(templateById(id), period), 'tasks') }))
      .filter(({ tasks, period }) => tasks.includes(`năm ${period.slice(0, 4)}`))
      .map(
        ({ template, period, tasks }) =>
          `${template} ${period}: ${tasks.split('\n').find((line) => line.includes(`năm ${period.slice(0, 4)}`))}`,
      );
    expect(offenders).toEqual([]);
  });
});
