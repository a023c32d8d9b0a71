import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockNode, InlineNode } from '../../core/body/body-schema';
import { inlineText } from '../../core/body/body-to-text';
import { foldText } from '../../core/checks/fold-text';
import { cumulativeOf, planPercentOf, samePeriodFigureOf } from '../../core/indicators/derived-figures';
import type { HandMadeAnalysis } from '../../core/import/hand-made-report';
import { periodKey } from '../../core/periods/period-key';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { convertOldWordFile } from '../../services/word/convert-old-word-file';
import { openWordFile } from '../../services/word/open-word-file';
import { WordFileEditor } from '../support/edit-word-file';
import { handMadeReportsDirectory, handMadeWordFixture, type HandMadeWordFixtureName } from '../support/hand-made-word-fixtures';

interface Expected {
  header: { parentBody: string[]; issuingBody: string[]; number: string; symbol: string; place: string; date: string };
  title: string;
  subject: string;
  period: { key: string };
  addressees: string[];
  signer: { lines: string[]; name: string };
  recipients: { lines: string[] };
  headings: { level: number; numbering: string; text: string; runIn?: boolean }[];
  bodyParagraphs: number;
  sections: { kind: string }[];
  appendix: { indicators: { id: string; name: string; unit: string; values: Record<string, number | null> }[] };
  figures: { text: string; indicator: string; field: string }[];
}

const fixtures: [HandMadeWordFixtureName, string][] = [
  ['xa-thang-11-2026.docx', 'xa-thang-11-2026'],
  ['xa-thang-11-2026.doc', 'xa-thang-11-2026'],
  ['dang-uy-phuong-nam-2026.docx', 'dang-uy-phuong-nam-2026'],
  ['so-quy-3-2026.docx', 'so-quy-3-2026'],
  ['xa-thang-10-2026-tcvn3.docx', 'xa-thang-10-2026-unicode'],
  ['xa-thang-10-2026-vni.docx', 'xa-thang-10-2026-unicode'],
];

async function imported(name: HandMadeWordFixtureName, edit?: (editor: WordFileEditor) => void): Promise<HandMadeAnalysis> {
  let bytes: Uint8Array = new Uint8Array(await readFile(await handMadeWordFixture(name)));
  if (edit) {
    const editor = new WordFileEditor(bytes);
    edit(editor);
    bytes = editor.bytes();
  }
  const opened = await openWordFile(bytes, name, {
    organisations: [],
    knownIndicators: () => [],
    period: null,
    id: `nhap-${name}`,
    createdAt: '2026-12-02T08:00:00+07:00',
  });
  if (opened.kind !== 'hand-made') throw new Error(`${name} read as an exported file`);
  return opened.analysis;
}

async function expectedOf(source: string): Promise<Expected> {
  return JSON.parse(await readFile(path.join(handMadeReportsDirectory, `${source}.expected.json`), 'utf8')) as Expected;
}

const fold = (text: string) => foldText(text.normalize('NFC').replace(/\s+/g, ' ').trim());

function blocksOf(nodes: readonly BlockNode[], type: string): BlockNode[] {
  return nodes.flatMap((node) => [
    ...(node.type === type ? [node] : []),
    ...(node.type === 'table'
      ? []
      : blocksOf(
          (node.content ?? []).filter((child): child is BlockNode => 'content' in child || child.type === 'paragraph'),
          type,
        )),
  ]);
}

describe.each(fixtures)('a hand-made report, %s', (name, source) => {
  it('fills the document details and the organisation from the header, the title, Kính gửi and the signature', async () => {
    const [analysis, expected] = await Promise.all([imported(name), expectedOf(source)]);
    const { report } = analysis;
    expect(report.organisation.parentBody).toBe(expected.header.parentBody.length > 0 ? expected.header.parentBody.join('\n') : null);
    expect(report.organisation.issuingBody).toBe(expected.header.issuingBody.join('\n'));
    expect(report.organisation.numberSymbol).toBe(expected.header.symbol);
    expect(report.organisation.place).toBe(expected.header.place);
    expect(report.organisation.signer).toEqual({ lines: expected.signer.lines, name: expected.signer.name });
    expect(report.organisation.recipients.length).toBe(expected.recipients.lines.length - 1);
    expect(`- ${report.organisation.archiveLine}`).toBe(expected.recipients.lines.at(-1));
    expect(report.meta).toMatchObject({
      number: Number(expected.header.number),
      date: expected.header.date,
      title: expected.title,
      subject: expected.subject,
      addressees: expected.addressees,
    });
    expect(periodKey(report.period)).toBe(expected.period.key);
  });

  it('keeps the body’s structure: every heading at its level, the sections of a sơ kết, every paragraph', async () => {
    const [analysis, expected] = await Promise.all([imported(name), expectedOf(source)]);
    const { body, period } = analysis.report;
    const headings = blocksOf(body.content, 'heading').map(
      (node) => `${node.attrs?.['level']} ${fold(inlineText(node.content, [], period))}`,
    );
    const separate = expected.headings.filter((heading) => !heading.runIn);
    expect(headings).toEqual(separate.map((heading) => `${heading.level} ${fold(`${heading.numbering} ${heading.text}`)}`));
    expect(body.content.flatMap((node) => (node.attrs?.['section'] ? [node.attrs['section']] : []))).toEqual(
      expected.sections.map((section) => (section.kind === 'context' ? 'opening' : section.kind)),
    );
    const text = fold(
      blocksOf(body.content, 'paragraph')
        .map((node) => inlineText(node.content, [], period))
        .join(' '),
    );
    const paragraphs = blocksOf(body.content, 'paragraph').length;
    // Every counted paragraph is there; a table's caption and unit line are paragraphs of their own as well.
    expect(paragraphs).toBeGreaterThanOrEqual(expected.bodyParagraphs);
    expect(paragraphs).toBeLessThanOrEqual(expected.bodyParagraphs + 3);
    for (const heading of expected.headings.filter((candidate) => candidate.runIn)) expect(text).toContain(fold(heading.text));
  });

  it('makes the appendix table the indicator table, every figure in its place, and the computed columns agree', async () => {
    const [analysis, expected] = await Promise.all([imported(name), expectedOf(source)]);
    const { indicators, period } = analysis.report;
    expect(indicators.map((row) => fold(row.name))).toEqual(expected.appendix.indicators.map((indicator) => fold(indicator.name)));
    expected.appendix.indicators.forEach((indicator, index) => {
      const row = indicators[index]!;
      const values = indicator.values;
      expect(fold(row.unit), row.name).toBe(fold(indicator.unit));
      expect(row.value, row.name).toBe(values['value'] ?? null);
      if ('plan' in values) expect(row.plans[0]?.value ?? null, row.name).toBe(values['plan']);
      if ('cumulative' in values && values['cumulative'] !== null) expect(cumulativeOf(row, period), row.name).toBe(values['cumulative']);
      if ('nextYearPlan' in values) expect(row.nextYearPlans?.[0]?.value ?? null, row.name).toBe(values['nextYearPlan']);
      const lastYear = values['samePeriod'] ?? values['lastYear'];
      if (lastYear !== undefined)
        expect(samePeriodFigureOf(row, period, row.samePeriod.cumulative !== null ? 'cumulative' : 'period'), row.name).toBe(lastYear);
      if (values['percentOfPlan'] !== null && values['percentOfPlan'] !== undefined && row.plans[0]) {
        const basis = row.nature === 'flow' ? 'cumulative' : 'period';
        expect(planPercentOf(row, period, row.plans[0], basis)! - values['percentOfPlan'], row.name).toBeCloseTo(0, 0);
      }
    });
    expect(analysis.summary.needsALook.filter((line) => line.includes('cột'))).toEqual([]);
  });

  it('offers the numbers of the prose that read as figures of the table, and little else', async () => {
    const [analysis, expected] = await Promise.all([imported(name), expectedOf(source)]);
    const names = new Map(expected.appendix.indicators.map((indicator) => [indicator.id, fold(indicator.name)]));
    const rows = new Map(analysis.report.indicators.map((row) => [row.id, fold(row.name)]));
    const paragraphText = (suggestionPath: number[]) => {
      let node: BlockNode | undefined = { type: 'paragraph', content: analysis.report.body.content };
      for (const index of suggestionPath) node = (node?.content as BlockNode[] | undefined)?.[index];
      return ((node?.content ?? []) as InlineNode[]).map((child) => (child.type === 'text' ? child.text : '')).join('');
    };
    const right = analysis.suggestions.filter((suggestion) => {
      const text = paragraphText(suggestion.path);
      return expected.figures.some((figure) => {
        const at = text.indexOf(figure.text);
        return (
          at >= 0 &&
          suggestion.start < at + figure.text.length &&
          suggestion.end > at &&
          names.get(figure.indicator) === rows.get(suggestion.reference.indicator)
        );
      });
    });
    // Right: more than half of the figures the text takes from its table (points, leading zeros and the month's own
    // comparisons included), and all but a very few of those offered.
    expect(right.length).toBeGreaterThan(expected.figures.length * 0.55);
    expect(right.length / analysis.suggestions.length).toBeGreaterThanOrEqual(0.9);

    const accepted = analysis.apply(new Set(analysis.suggestions.map((suggestion) => suggestion.id)));
    const before = blocksOf(analysis.report.body.content, 'paragraph').map((node) =>
      inlineText(node.content, analysis.report.indicators, analysis.report.period),
    );
    const after = blocksOf(accepted.body.content, 'paragraph').map((node) =>
      inlineText(node.content, accepted.indicators, accepted.period),
    );
    expect(after).toEqual(before);
  });
});

describe('hand-made reports in legacy encodings', () => {
  it('bring TCVN3 (.VnTime, .VnTimeH) and VNI text back to the same Unicode', async () => {
    const [tcvn3, vni] = await Promise.all([imported('xa-thang-10-2026-tcvn3.docx'), imported('xa-thang-10-2026-vni.docx')]);
    expect(tcvn3.summary.recognised).toContain('Chữ gõ bằng bảng mã TCVN3 (phông .VnTime) đã được chuyển sang Unicode.');
    expect(vni.summary.recognised).toContain('Chữ gõ bằng bảng mã VNI (phông VNI-Times) đã được chuyển sang Unicode.');
    expect(tcvn3.report.body).toEqual(vni.report.body);
    expect(tcvn3.report.organisation.issuingBody).toBe('UỶ BAN NHÂN DÂN\nXÃ ĐỒNG TÂM');
    expect(JSON.stringify(tcvn3.report)).not.toMatch(/[§¶µÕ]/u);
  });
});

describe('reading a hand-made report', () => {
  it('reports a computed column that disagrees with its row, rather than hiding it', async () => {
    const analysis = await imported('xa-thang-11-2026.docx', (editor) => editor.replaceText('108,5', '110,0'));
    expect(analysis.summary.needsALook).toContain(
      'Tổng thu ngân sách nhà nước trên địa bàn, cột “So với cùng kỳ (%)”: tệp ghi 110,0, tính từ các số của hàng là 108,5.',
    );
  });

  it('gives a report from which next month’s report follows', async () => {
    const analysis = await imported('xa-thang-11-2026.docx');
    const report = analysis.apply(new Set(analysis.suggestions.map((suggestion) => suggestion.id)));
    const december = rollOverReport({
      previous: report,
      period: { kind: 'month', year: 2026, index: 12 },
      history: [],
      templateId: 'ubnd-thang',
      subjectPattern: 'Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}',
      id: 'thang-12',
      createdAt: '2026-12-10T08:00:00+07:00',
    });
    const revenue = december.indicators.find((row) => row.name === 'Tổng thu ngân sách nhà nước trên địa bàn')!;
    expect(revenue).toMatchObject({ value: null, cumulativeBase: 15326, plans: [{ label: 'kế hoạch năm 2026', value: 15800 }] });
    expect(december.meta.subject).toBe('Kết quả thực hiện nhiệm vụ tháng 12 năm 2026, phương hướng nhiệm vụ tháng 1 năm 2027');
    expect(december.body.content.some((node) => node.type === 'taskList')).toBe(true);
  });
});

describe('an old .doc file', () => {
  it('is refused, saying what to do, where LibreOffice is not installed', async () => {
    const bytes = new Uint8Array(await readFile(await handMadeWordFixture('xa-thang-11-2026.doc')));
    await expect(convertOldWordFile(bytes, 'thang-11.doc', { candidates: ['/khong-co/soffice'] })).rejects.toThrow(
      /thang-11\.doc[\s\S]*máy này chưa cài LibreOffice để chuyển nó sang \.docx\. Hãy mở tệp trong Word hoặc LibreOffice và lưu thành \.docx\./,
    );
  });
});
