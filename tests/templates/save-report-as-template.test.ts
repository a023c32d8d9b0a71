import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BlockNode, BodyNode, FigureNode, InlineNode } from '../../core/body/body-schema';
import { figure, heading, paragraph, text } from '../../core/body/build-body';
import { makePeriod, type Period } from '../../core/periods/period';
import { subjectPeriods } from '../../core/periods/period-label';
import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { reportToText } from '../../core/report/report-to-text';
import { subjectLine } from '../../core/templates/template-manifest';
import { districtPartyCommittee, peoplesCommittee } from '../../examples/sample/organisations';
import { partyCommitteeYear2020 } from '../../examples/sample/party-committee-2020';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import type { ReportTemplate } from '../../services/templates/compile-template';
import { createReportFromTemplate } from '../../services/templates/create-report-from-template';
import { loadTemplates } from '../../services/templates/load-templates';
import { saveReportAsTemplate } from '../../services/templates/save-report-as-template';
import { makeTemporaryDirectory } from '../support/temporary-directory';

/** Text a user may type: Handlebars syntax, an escape, a partial call and the figure-token characters. */
const userText =
  'Ghi chú {{constructor}} và {{#each x}} và \\{{y}} và {{> state-periodic}} và {{{z}}} và \uE000{"indicator":"giam-ho-ngheo","field":"value"}\uE001 hết.';
const boldText = 'Chú thích {{figure "giam-ho-ngheo" "value"}}: ';
const headingText = '4. Ý kiến {{lookup this "__proto__"}} của tháng 10';

/** October 2019 with user text in braces added, and some blocks still marked for review. */
function reportWithUserText(): Report {
  const report = structuredClone(peoplesCommitteeOctober2019);
  const blocks = report.body.content;
  blocks.splice(2, 0, { type: 'paragraph', attrs: { review: 'pending' }, content: [text(userText)] });
  blocks.splice(3, 0, paragraph(text(boldText, ['bold']), figure({ indicator: 'giam-ho-ngheo', field: 'value' }), '.'));
  const shortcomings = blocks.findIndex((block) => block.attrs?.['section'] === 'shortcomings');
  blocks.splice(shortcomings, 0, heading(2, headingText));
  blocks[1] = { ...blocks[1]!, attrs: { review: 'pending' } };
  const list = blocks.find((block) => block.type === 'bulletList')!;
  const firstItem = list.content![0] as BlockNode;
  firstItem.content = [{ ...(firstItem.content![0] as BlockNode), attrs: { review: 'pending' } }];
  return validateReport(report);
}

function allNodes(node: BodyNode): BodyNode[] {
  const children = 'content' in node && node.content ? (node.content as BodyNode[]) : [];
  return [node, ...children.flatMap(allNodes)];
}

function figures(report: Report): FigureNode['attrs'][] {
  return allNodes(report.body)
    .filter((node): node is FigureNode => node.type === 'figure')
    .map((node) => node.attrs);
}

function texts(report: Report): string[] {
  return allNodes(report.body)
    .filter((node): node is Extract<InlineNode, { type: 'text' }> => node.type === 'text')
    .map((node) => node.text);
}

function headingTexts(report: Report): string[] {
  return report.body.content
    .filter((block) => block.type === 'heading')
    .map((block) => (block.content ?? []).map((node) => ('text' in node ? node.text : '')).join(''));
}

function sectionHeadingText(report: Report, section: string): string {
  const block = report.body.content.find((entry) => entry.type === 'heading' && entry.attrs?.['section'] === section);
  return (block?.content ?? []).map((node) => ('text' in node ? node.text : '')).join('');
}

describe('saving a report as a template', () => {
  let workspace: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('save-template'));
  });
  afterEach(() => remove());

  async function saveAndLoad(report: Report, id = 'mau-cua-toi', name = 'Mẫu của tôi'): Promise<ReportTemplate> {
    await saveReportAsTemplate(workspace, report, { id, name });
    const catalogue = await loadTemplates({ workspaceDirectory: workspace });
    expect(catalogue.problems).toEqual([]);
    const template = catalogue.templates.find((entry) => entry.manifest.id === id);
    expect(template).toBeDefined();
    return template!;
  }

  const createFor = (template: ReportTemplate, period: Period, organisation = peoplesCommittee) =>
    createReportFromTemplate(template, {
      organisation,
      period,
      id: `moi-${period.year}-${period.index}`,
      createdAt: '2024-01-15T08:00:00+07:00',
    });

  it('writes manifest.json and body.json in the workspace templates folder', async () => {
    const directory = await saveReportAsTemplate(workspace, reportWithUserText(), { id: 'mau-cua-toi', name: 'Mẫu của tôi' });
    expect(directory).toBe(path.join(workspace, 'templates', 'mau-cua-toi'));
    const manifest = JSON.parse(await readFile(path.join(directory, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      id: 'mau-cua-toi',
      name: 'Mẫu của tôi',
      format: 'state',
      periodKinds: ['month'],
      title: 'BÁO CÁO',
      subject: 'Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}',
      sourcePeriod: { kind: 'month', year: 2019, index: 10 },
    });
    expect(JSON.stringify(manifest)).not.toMatch(/"value"/);
    const body = await readFile(path.join(directory, 'body.json'), 'utf8');
    expect(body).not.toContain('pending');
    expect(JSON.parse(body).content).toHaveLength(reportWithUserText().body.content.length);
  });

  it('loads as a workspace template serving the period kind of the report', async () => {
    const template = await saveAndLoad(reportWithUserText());
    expect(template.origin).toBe('workspace');
    expect(template.bodyFile).toBe(path.join(workspace, 'templates', 'mau-cua-toi', 'body.json'));
    expect(template.manifest.periodKinds).toEqual(['month']);
    expect(template.manifest.format).toBe('state');
  });

  describe.each([
    {
      period: makePeriod('month', 2019, 11),
      results: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11',
      tasks: 'III. NHIỆM VỤ TRỌNG TÂM THÁNG 12',
      subject: 'Kết quả thực hiện nhiệm vụ tháng 11, phương hướng nhiệm vụ tháng 12 năm 2019',
      userHeading: '4. Ý kiến {{lookup this "__proto__"}} của tháng 11',
    },
    {
      period: makePeriod('month', 2020, 3),
      results: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 3',
      tasks: 'III. NHIỆM VỤ TRỌNG TÂM THÁNG 4',
      subject: 'Kết quả thực hiện nhiệm vụ tháng 3, phương hướng nhiệm vụ tháng 4 năm 2020',
      userHeading: '4. Ý kiến {{lookup this "__proto__"}} của tháng 3',
    },
    {
      period: makePeriod('month', 2019, 12),
      results: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 12',
      tasks: 'III. NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2020',
      subject: 'Kết quả thực hiện nhiệm vụ tháng 12 năm 2019, phương hướng nhiệm vụ tháng 1 năm 2020',
      userHeading: '4. Ý kiến {{lookup this "__proto__"}} của tháng 12',
    },
  ])('a report for $period.index/$period.year from it', ({ period, results, tasks, subject, userHeading }) => {
    let source: Report;
    let report: Report;

    beforeEach(async () => {
      source = reportWithUserText();
      report = createFor(await saveAndLoad(source), period);
    });

    it('is a valid report of that period, made from the template', () => {
      expect(validateReport(report)).toEqual(report);
      expect(report.period).toEqual(period);
      expect(report.templateId).toBe('mau-cua-toi');
      expect(report.provenance.origin).toBe('template');
    });

    it('gives back the user text exactly, never evaluated', () => {
      const got = texts(report);
      expect(got).toContain(userText);
      expect(got).toContain(boldText);
      const bold = allNodes(report.body).find((node) => node.type === 'text' && node.text === boldText);
      expect(bold).toMatchObject({ marks: [{ type: 'bold' }] });
      expect(reportToText(report)).toContain(userText);
    });

    it('keeps the figure references as references, with the same attributes', () => {
      expect(figures(report)).toEqual(figures(source));
      expect(figures(report).length).toBeGreaterThan(5);
    });

    it('names the new period in the headings', () => {
      expect(sectionHeadingText(report, 'results')).toBe(results);
      expect(sectionHeadingText(report, 'tasks')).toBe(tasks);
      expect(headingTexts(report)).toContain(userHeading);
      expect(headingTexts(report).filter((title) => !title.includes('tháng') && !title.includes('THÁNG'))).toEqual(
        headingTexts(source).filter((title) => !title.includes('tháng') && !title.includes('THÁNG')),
      );
    });

    it('regenerates the subject for the new period', () => {
      expect(report.meta.subject).toBe(subject);
      expect(reportToText(report)).toContain(subject);
    });

    it('carries no review marks', () => {
      const marked = allNodes(report.body).filter(
        (node) => 'attrs' in node && node.attrs && 'review' in node.attrs && node.attrs['review'] != null,
      );
      expect(marked).toEqual([]);
    });

    it('starts the indicators empty, keeping their definitions and plan names', () => {
      expect(report.indicators).toHaveLength(source.indicators.length);
      report.indicators.forEach((row, index) => {
        const original = source.indicators[index]!;
        expect(row).toMatchObject({
          id: original.id,
          name: original.name,
          unit: original.unit,
          group: original.group,
          nature: original.nature,
          decimals: original.decimals,
          percentDecimals: original.percentDecimals,
        });
        expect(row.value).toBeNull();
        expect(row.cumulativeBase).toBeNull();
        expect(row.samePeriod).toEqual({ value: null, cumulative: null });
        expect(row.plans).toEqual(original.plans.map((plan) => ({ id: plan.id, label: plan.label, value: null })));
      });
      expect(report.groups).toEqual(source.groups);
    });
  });

  it('follows an annual report into the next year', async () => {
    const template = await saveAndLoad(partyCommitteeYear2020, 'tong-ket-nam');
    const blocks = template.render(districtPartyCommittee, makePeriod('year', 2021));
    const titles = blocks
      .filter((block) => block.type === 'heading')
      .map((block) => (block.content ?? []).map((node) => ('text' in node ? node.text : '')).join(''));
    expect(titles).toContain('I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2021');
    expect(titles).toContain('III- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022');
    expect(subjectLine(template.manifest.subject, subjectPeriods(makePeriod('year', 2021)))).toBe(
      'Tổng kết thực hiện nhiệm vụ năm 2021, phương hướng, nhiệm vụ năm 2022',
    );
  });

  it('keeps the next-year targets an annual report names, so that its references to them stay valid', async () => {
    // The 2020 report sets its 2021 targets as next-year plans (`ke-hoach-nam`, `ke-hoach-thanh-pho`) and refers
    // to one by id; a report for 2021 from the template must have those targets to fill in.
    const template = await saveAndLoad(partyCommitteeYear2020, 'tong-ket-nam');
    const report = createFor(template, makePeriod('year', 2021), districtPartyCommittee);
    expect(report.meta.subject).toBe('Tổng kết thực hiện nhiệm vụ năm 2021, phương hướng, nhiệm vụ năm 2022');
    for (const row of report.indicators) {
      const original = partyCommitteeYear2020.indicators.find((entry) => entry.id === row.id)!;
      expect(
        row.nextYearPlans?.map((plan) => [plan.id, plan.label, plan.value]),
        row.id,
      ).toEqual(original.nextYearPlans?.map((plan) => [plan.id, plan.label, null]));
    }
  });

  it('refuses another format or period kind, in Vietnamese', async () => {
    const template = await saveAndLoad(reportWithUserText());
    expect(() => createFor(template, makePeriod('month', 2019, 11), districtPartyCommittee)).toThrow(/thể thức/);
    expect(() => createFor(template, makePeriod('quarter', 2019, 4))).toThrow(/không dùng cho kỳ 2019-Q4/);
  });

  it('refuses to overwrite a template of the same id unless asked to', async () => {
    await saveReportAsTemplate(workspace, reportWithUserText(), { id: 'mau-cua-toi', name: 'Mẫu của tôi' });
    await expect(saveReportAsTemplate(workspace, peoplesCommitteeOctober2019, { id: 'mau-cua-toi', name: 'Mẫu khác' })).rejects.toThrow(
      /đã có mẫu “mau-cua-toi”/,
    );
    await saveReportAsTemplate(workspace, peoplesCommitteeOctober2019, { id: 'mau-cua-toi', name: 'Mẫu khác', replace: true });
    const catalogue = await loadTemplates({ workspaceDirectory: workspace });
    expect(catalogue.templates.find((template) => template.manifest.id === 'mau-cua-toi')?.manifest.name).toBe('Mẫu khác');
  });

  it('replaces a Handlebars template of the same id when asked to', async () => {
    const directory = path.join(workspace, 'templates', 'mau-cua-toi');
    await mkdir(directory, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(import.meta.dirname, '../../templates/ubnd-thang/manifest.json'), 'utf8'));
    await writeFile(path.join(directory, 'manifest.json'), JSON.stringify({ ...manifest, id: 'mau-cua-toi' }));
    await writeFile(path.join(directory, 'body.hbs'), '# Mẫu cũ {#results}\n\nNội dung cũ.\n');
    await saveReportAsTemplate(workspace, reportWithUserText(), { id: 'mau-cua-toi', name: 'Mẫu của tôi', replace: true });
    const catalogue = await loadTemplates({ workspaceDirectory: workspace });
    const template = catalogue.templates.find((entry) => entry.manifest.id === 'mau-cua-toi')!;
    const report = createFor(template, makePeriod('month', 2019, 11));
    expect(texts(report)).toContain(userText);
    expect(texts(report)).not.toContain('Nội dung cũ.');
  });

  it('refuses an id that is not a plain identifier, in Vietnamese', async () => {
    await expect(saveReportAsTemplate(workspace, peoplesCommitteeOctober2019, { id: 'Mẫu của tôi', name: 'Mẫu của tôi' })).rejects.toThrow(
      /Mã mẫu “Mẫu của tôi” không hợp lệ/,
    );
    await expect(saveReportAsTemplate(workspace, peoplesCommitteeOctober2019, { id: '../ra-ngoai', name: 'x' })).rejects.toThrow(
      /không hợp lệ/,
    );
  });
});
