// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { copyJson } from '../../core/json/copy-json';
import { validateReport } from '../../core/report/read-report';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { makePeriod } from '../../core/periods/period';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { FigureContext } from '../../renderer/editor/figure-context';
import { bodyOf, createReportEditor, loadBody } from '../../renderer/editor/report-editor';

const october = peoplesCommitteeOctober2019;

describe('the figure node and the review marker in the editor', () => {
  let editor: Editor | null = null;
  afterEach(() => editor?.destroy());

  const mount = (report = october, opened: string[] = []) => {
    const host = document.createElement('div');
    document.body.append(host);
    const context = new FigureContext(report.indicators, report.period, (indicatorId) => opened.push(indicatorId));
    const changes: unknown[] = [];
    editor = createReportEditor(host, report.body, context, () => changes.push(bodyOf(editor!)));
    return { host, context, changes };
  };

  it('shows each figure reference as a chip with its current value', () => {
    const { host } = mount();
    const chips = [...host.querySelectorAll('.figure-chip')].map((chip) => chip.textContent);
    expect(chips).toEqual(
      expect.arrayContaining(['ước đạt 27,8 tỷ đồng', 'bằng 8,41% kế hoạch năm', 'lũy kế 10 tháng đạt 901 tỷ đồng', '281/317 hộ']),
    );
  });

  it('updates every chip at once when the table changes', () => {
    const { host, context } = mount();
    const rows = copyJson(october.indicators);
    rows.find((row) => row.id === 'thu-can-doi-ngan-sach')!.value = 250;
    context.update(rows, october.period);
    const chip = host.querySelector('.figure-chip[data-indicator="thu-can-doi-ngan-sach"][data-field="cumulative-phrase"]');
    expect(chip?.textContent).toBe('lũy kế 10 tháng đạt 949 tỷ đồng');
    expect(host.querySelector('.figure-chip[data-indicator="thu-can-doi-ngan-sach"][data-field="value-phrase"]')?.textContent).toBe(
      'ước đạt 250 tỷ đồng',
    );
  });

  it('marks a figure that cannot be computed yet and says why', () => {
    const rows = copyJson(october.indicators).map((row) => ({ ...row, value: null }));
    const { host } = mount({ ...october, indicators: rows });
    const chip = host.querySelector('.figure-chip[data-field="value-phrase"]')!;
    expect(chip.textContent).toBe('…');
    expect(chip.classList.contains('figure-missing')).toBe(true);
    expect(chip.getAttribute('title')).toContain('chưa có số liệu kỳ này');
  });

  it('shows in red that the indicator of a figure was removed from the table, and its value again when it is back', () => {
    const { host, context } = mount();
    const chips = () => [...host.querySelectorAll<HTMLElement>('.figure-chip[data-indicator="gia-tri-san-xuat-cong-nghiep"]')];
    expect(chips().map((chip) => chip.textContent)).toEqual(['ước đạt 27,8 tỷ đồng', 'bằng 8,41% kế hoạch năm']);
    context.update(
      october.indicators.filter((row) => row.id !== 'gia-tri-san-xuat-cong-nghiep'),
      october.period,
    );
    expect(chips().map((chip) => chip.textContent)).toEqual(['chỉ tiêu đã bị xóa khỏi bảng', 'chỉ tiêu đã bị xóa khỏi bảng']);
    expect(chips().every((chip) => chip.classList.contains('figure-missing') && chip.classList.contains('figure-removed'))).toBe(true);
    expect(chips()[0]!.title).toBe(
      'gia-tri-san-xuat-cong-nghiep — số liệu kỳ này, có “ước đạt/đạt”: chỉ tiêu này đã bị xóa khỏi bảng chỉ tiêu; hãy xóa số liệu này hoặc chèn số liệu khác (trong văn bản Word số liệu hiện là “…”)',
    );
    context.update(october.indicators, october.period);
    expect(chips()[0]!.textContent).toBe('ước đạt 27,8 tỷ đồng');
    expect(chips()[0]!.classList.contains('figure-removed')).toBe(false);
  });

  it('shows that the plan a figure compares with was removed', () => {
    const { host, context } = mount();
    context.update(
      october.indicators.map((row) => (row.id === 'giam-ho-ngheo' ? { ...row, plans: [] } : row)),
      october.period,
    );
    const progress = host.querySelector<HTMLElement>('.figure-chip[data-indicator="giam-ho-ngheo"][data-field="progress"]')!;
    expect(progress.textContent).toBe('kế hoạch đã bị xóa khỏi bảng');
    expect(progress.title).toContain('kế hoạch của chỉ tiêu này đã bị xóa khỏi bảng chỉ tiêu');
    expect(host.querySelector('.figure-chip[data-indicator="giam-ho-ngheo"][data-field="value"]')!.textContent).toBe('23 hộ');
  });

  it('opens the indicator when its chip is clicked', () => {
    const opened: string[] = [];
    const { host } = mount(october, opened);
    (host.querySelector('.figure-chip[data-indicator="giam-ho-ngheo"]') as HTMLElement).click();
    expect(opened).toEqual(['giam-ho-ngheo']);
  });

  it('gives back a body the report format accepts, references and all', () => {
    mount();
    const body = bodyOf(editor!);
    const report = validateReport({ ...october, body });
    expect(report.body.content.filter((block) => block.type === 'heading')).toHaveLength(
      october.body.content.filter((block) => block.type === 'heading').length,
    );
    expect(JSON.stringify(report.body)).toContain('"field":"plan-comparison"');
  });

  it('inserts a figure reference at the cursor', () => {
    const { host } = mount();
    editor!.chain().focus('end').insertFigure({ indicator: 'giam-ho-ngheo', field: 'value' }).run();
    expect([...host.querySelectorAll('.figure-chip[data-indicator="giam-ho-ngheo"]')].map((chip) => chip.textContent)).toContain('23 hộ');
  });

  it('keeps the review marks when loading a carried report and clears one when its paragraph is edited', () => {
    const november = rollOverReport({
      previous: october,
      period: makePeriod('month', 2019, 11),
      history: [],
      templateId: 'ubnd-thang',
      subjectPattern: '{current}',
      id: 'x',
      createdAt: '2019-11-01T00:00:00+07:00',
    });
    const { host } = mount(november);
    const marked = () => host.querySelectorAll('p[data-review]').length;
    const before = marked();
    expect(before).toBeGreaterThan(5);
    loadBody(editor!, november.body);
    expect(marked()).toBe(before);
    let position = -1;
    editor!.state.doc.descendants((node, offset) => {
      if (position < 0 && node.type.name === 'paragraph' && node.attrs['review']) position = offset + 1;
    });
    editor!.chain().setTextSelection(position).insertContent('Sửa: ').run();
    expect(marked()).toBe(before - 1);
    let second = -1;
    editor!.state.doc.descendants((node, offset) => {
      if (second < 0 && node.type.name === 'paragraph' && node.attrs['review']) second = offset + 1;
    });
    editor!.chain().setTextSelection(second).confirmReviewed().run();
    expect(marked()).toBe(before - 2);
  });
});

describe('a figure’s options in the editor', () => {
  it('keeps every option of a figure and its unit through the editor, and only those', () => {
    const reference = {
      indicator: 'thu-can-doi-ngan-sach',
      field: 'value-phrase',
      decimals: 2,
      leadingZero: true,
      comparedWith: 'named',
      verb: '',
      points: 'short',
      unit: 'thon-bac',
      withoutUnit: true,
    } as const;
    const body = {
      type: 'doc' as const,
      content: [{ type: 'paragraph' as const, content: [{ type: 'figure' as const, attrs: reference }] }],
    };
    const host = document.createElement('div');
    document.body.append(host);
    const context = new FigureContext(october.indicators, october.period, () => undefined);
    const editor = createReportEditor(host, body, context, () => undefined);
    try {
      const figure = (bodyOf(editor).content[0]!.content![0] as { attrs: unknown }).attrs;
      expect(figure).toEqual(reference);
    } finally {
      editor.destroy();
    }
  });
});
