import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodySchema, type BlockNode } from '../../core/body/body-schema';
import {
  figureToken,
  figureTokenEnd,
  figureTokenStart,
  MarkupError,
  parseReportMarkup,
  withoutTokenCharacters,
} from '../../core/body/report-markup';
import { figureFields, type FigureReference } from '../../core/figures/figure-reference';
import { makePeriod, periodKinds, type Period, type PeriodKind } from '../../core/periods/period';
import { followingHeadingName, followingPeriodLabel, periodLabel, periodNameWithoutYear } from '../../core/periods/period-label';
import { replacePeriodPhrases } from '../../core/periods/period-phrases';

const text = (value: string) => ({ type: 'text', text: value });
const paragraphOf = (value: string): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });

function markupError(markup: string): MarkupError {
  try {
    parseReportMarkup(markup);
  } catch (error) {
    if (error instanceof MarkupError) return error;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(markup)}`);
}

describe('parseReportMarkup', () => {
  it('reads headings of three levels, the first with the section it opens', () => {
    expect(parseReportMarkup('# I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10 {#results}\n## 1. Kinh tế\n### a) Công nghiệp')).toEqual([
      { type: 'heading', attrs: { level: 1, section: 'results' }, content: [text('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10')] },
      { type: 'heading', attrs: { level: 2 }, content: [text('1. Kinh tế')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('a) Công nghiệp')] },
    ]);
  });

  it('accepts every section kind and nothing else', () => {
    for (const section of ['opening', 'results', 'previous-tasks', 'shortcomings', 'tasks', 'proposals', 'other']) {
      expect(parseReportMarkup(`# Phần {#${section}}`)[0]!.attrs).toEqual({ level: 1, section });
    }
    const error = markupError('Mở đầu.\n\n# II. TỒN TẠI {#ton-tai}\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^dòng 3: /);
    expect(error.message).toContain('“ton-tai”');
    expect(error.message).toContain('shortcomings');
  });

  it('leaves a section mark outside a heading as text', () => {
    expect(parseReportMarkup('Văn bản {#results}')).toEqual([paragraphOf('Văn bản {#results}')]);
  });

  it('needs a space after the hashes of a heading', () => {
    expect(parseReportMarkup('#hashtag')).toEqual([paragraphOf('#hashtag')]);
  });

  it('joins the lines of a paragraph with a space and ends it at a blank line', () => {
    expect(parseReportMarkup('  Dòng một  \ndòng hai\n\tdòng ba\n\n\n   \nĐoạn hai.\n')).toEqual([
      paragraphOf('Dòng một dòng hai dòng ba'),
      paragraphOf('Đoạn hai.'),
    ]);
  });

  it('reads Windows line endings', () => {
    expect(parseReportMarkup('# Tiêu đề {#results}\r\nDòng một\r\ndòng hai\r\n\r\nĐoạn hai.\r\n')).toEqual([
      { type: 'heading', attrs: { level: 1, section: 'results' }, content: [text('Tiêu đề')] },
      paragraphOf('Dòng một dòng hai'),
      paragraphOf('Đoạn hai.'),
    ]);
  });

  it('ends a paragraph at a heading or a list', () => {
    expect(parseReportMarkup('Đoạn một\n# Tiêu đề\nĐoạn hai\n- mục').map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'bulletList',
    ]);
  });

  it('reads bullet lists', () => {
    expect(parseReportMarkup('- Mục một;\n  - Mục hai.\n')).toEqual([
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraphOf('Mục một;')] },
          { type: 'listItem', content: [paragraphOf('Mục hai.')] },
        ],
      },
    ]);
  });

  it('does not take a dash without a space for a bullet', () => {
    expect(parseReportMarkup('-5% so với cùng kỳ')).toEqual([paragraphOf('-5% so với cùng kỳ')]);
  });

  it('reads task lists, checked or not', () => {
    expect(parseReportMarkup('[ ] Chưa xong\n[x] Đã xong\n[X] Cũng xong')).toEqual([
      {
        type: 'taskList',
        content: [
          { type: 'taskItem', attrs: { checked: false }, content: [paragraphOf('Chưa xong')] },
          { type: 'taskItem', attrs: { checked: true }, content: [paragraphOf('Đã xong')] },
          { type: 'taskItem', attrs: { checked: true }, content: [paragraphOf('Cũng xong')] },
        ],
      },
    ]);
  });

  it('starts a new list when the kind of item changes, and ends a list at a blank line or a paragraph', () => {
    const blocks = parseReportMarkup('- a\n[ ] b\n- c\n\n- d\nđoạn\n- e');
    expect(blocks.map((block) => [block.type, block.content?.length])).toEqual([
      ['bulletList', 1],
      ['taskList', 1],
      ['bulletList', 1],
      ['bulletList', 1],
      ['paragraph', 1],
      ['bulletList', 1],
    ]);
  });

  it('takes a line starting with a backslash literally', () => {
    expect(parseReportMarkup('\\# Không phải tiêu đề {#results}')).toEqual([paragraphOf('# Không phải tiêu đề {#results}')]);
    expect(parseReportMarkup('\\- không phải mục')).toEqual([paragraphOf('- không phải mục')]);
    expect(parseReportMarkup('\\[x] không phải việc')).toEqual([paragraphOf('[x] không phải việc')]);
    expect(parseReportMarkup('\\\\ hai gạch')).toEqual([paragraphOf('\\ hai gạch')]);
  });

  it('joins a literal line to the paragraph around it, and ends a list before it', () => {
    expect(parseReportMarkup('Mở đầu\n\\# tiếp theo\nvà hết')).toEqual([paragraphOf('Mở đầu # tiếp theo và hết')]);
    expect(parseReportMarkup('- mục\n\\- chữ').map((block) => block.type)).toEqual(['bulletList', 'paragraph']);
  });

  it('turns figure tokens into figure references, in paragraphs, headings and list items', () => {
    const value: FigureReference = { indicator: 'gia-tri-san-xuat-cong-nghiep', field: 'value-phrase' };
    const comparison: FigureReference = {
      indicator: 'thu-ngan-sach',
      field: 'plan-comparison',
      plan: 'ke-hoach-nam',
      basis: 'period',
      wording: 'dat',
      withoutUnit: true,
    };
    const blocks = parseReportMarkup(
      [
        `# Kết quả ${figureToken(value)} {#results}`,
        `Giá trị ${figureToken(value)}, ${figureToken(comparison)}.`,
        'tiếp dòng sau.',
        '',
        `- Thu ${figureToken(comparison)}${figureToken(value)}`,
      ].join('\n'),
    );
    expect(blocks[0]).toEqual({
      type: 'heading',
      attrs: { level: 1, section: 'results' },
      content: [text('Kết quả '), { type: 'figure', attrs: value }],
    });
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      content: [
        text('Giá trị '),
        { type: 'figure', attrs: value },
        text(', '),
        { type: 'figure', attrs: comparison },
        text('. tiếp dòng sau.'),
      ],
    });
    expect(blocks[2]!.content![0]).toEqual({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [text('Thu '), { type: 'figure', attrs: comparison }, { type: 'figure', attrs: value }] }],
    });
    expect(bodySchema.safeParse({ type: 'doc', content: blocks }).success).toBe(true);
  });

  it('gives back any figure reference it is given as a token', () => {
    const reference = fc.record(
      {
        indicator: fc.stringMatching(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
        field: fc.constantFrom(...figureFields),
        plan: fc.option(fc.constantFrom('ke-hoach-nam', 'ke-hoach-hdnd')),
        basis: fc.option(fc.constantFrom('period' as const, 'cumulative' as const)),
        wording: fc.option(fc.constantFrom('bang' as const, 'dat' as const, 'vuot' as const)),
        withoutUnit: fc.option(fc.boolean()),
      },
      { requiredKeys: ['indicator', 'field'] },
    );
    fc.assert(
      fc.property(reference, fc.string(), (attrs, before) => {
        const prefix = withoutTokenCharacters(before).replace(/\s+/g, ' ').trim();
        const markup = `${prefix ? `${prefix} ` : ''}${figureToken(attrs)}`;
        const [block] = parseReportMarkup(
          markup.startsWith('#') || markup.startsWith('-') || markup.startsWith('[') || markup.startsWith('\\') ? `\\${markup}` : markup,
        );
        expect(block!.content!.at(-1)).toEqual({ type: 'figure', attrs });
      }),
    );
  });

  it('refuses a token that is not JSON, with its line', () => {
    const error = markupError(`Mở đầu.\n\nGiá trị ${figureTokenStart}{"indicator": ${figureTokenEnd}.`);
    expect(error.line).toBe(3);
    expect(error.message).toBe('dòng 3: tham chiếu số liệu hỏng.');
  });

  it('refuses a token that is not a figure reference', () => {
    const error = markupError(`# Tiêu đề\n${figureTokenStart}{"indicator":"thu-ngan-sach","field":"gia-tri"}${figureTokenEnd}`);
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^dòng 2: tham chiếu số liệu không hợp lệ/);
  });

  it('refuses a token that is never closed, or an end without a start', () => {
    expect(markupError(`Giá trị ${figureTokenStart}{"indicator":"a","field":"value"}.`).message).toBe(
      'dòng 1: tham chiếu số liệu không khép kín.',
    );
    expect(markupError(`- Giá trị ${figureTokenEnd}.`).message).toBe('dòng 1: tham chiếu số liệu không khép kín.');
    expect(markupError(`# Giá trị ${figureTokenStart}`).message).toBe('dòng 1: tham chiếu số liệu không khép kín.');
  });

  it('gives the line of a broken token on the second line of a paragraph', () => {
    const error = markupError(`Dòng một của đoạn\ndòng hai ${figureTokenStart}hỏng${figureTokenEnd}.`);
    expect(error.line).toBe(2);
  });

  it('strips the token characters from outside text', () => {
    expect(withoutTokenCharacters(`Quận ${figureTokenStart}Lê${figureTokenEnd} Chân`)).toBe('Quận Lê Chân');
    expect(parseReportMarkup(withoutTokenCharacters(`Tên ${figureTokenStart}{"indicator":"a","field":"value"}`))).toEqual([
      paragraphOf('Tên {"indicator":"a","field":"value"}'),
    ]);
  });

  it('reads an empty text as an empty body', () => {
    expect(parseReportMarkup('')).toEqual([]);
    expect(parseReportMarkup('\n  \n\n')).toEqual([]);
  });
});

describe('replacePeriodPhrases', () => {
  const month = (year: number, index: number) => makePeriod('month', year, index);
  const upper = (value: string) => value.toLocaleUpperCase('vi');

  it('moves a results heading to the next month', () => {
    expect(replacePeriodPhrases('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10', month(2019, 10), month(2019, 11))).toBe(
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11',
    );
    expect(replacePeriodPhrases('III. NHIỆM VỤ TRỌNG TÂM THÁNG 11', month(2019, 10), month(2019, 11))).toBe(
      'III. NHIỆM VỤ TRỌNG TÂM THÁNG 12',
    );
  });

  it('rewrites both periods of a heading in one pass, without chaining', () => {
    expect(replacePeriodPhrases('Kết quả tháng 10, phương hướng tháng 11', month(2019, 10), month(2019, 11))).toBe(
      'Kết quả tháng 11, phương hướng tháng 12',
    );
    expect(replacePeriodPhrases('KẾT QUẢ NĂM 2020, PHƯƠNG HƯỚNG NĂM 2021', makePeriod('year', 2020), makePeriod('year', 2021))).toBe(
      'KẾT QUẢ NĂM 2021, PHƯƠNG HƯỚNG NĂM 2022',
    );
    expect(replacePeriodPhrases('quý I và quý II', makePeriod('quarter', 2022, 1), makePeriod('quarter', 2022, 2))).toBe(
      'quý II và quý III',
    );
  });

  it('does not find a month inside a longer number', () => {
    expect(replacePeriodPhrases('tháng 10, tháng 11, tháng 12 và tháng 1', month(2020, 1), month(2020, 2))).toBe(
      'tháng 10, tháng 11, tháng 12 và tháng 2',
    );
    expect(replacePeriodPhrases('quý III và quý IV', makePeriod('quarter', 2022, 1), makePeriod('quarter', 2022, 2))).toBe(
      'quý III và quý IV',
    );
    expect(replacePeriodPhrases('19 tháng', makePeriod('nine-months', 2019), makePeriod('year', 2019))).toBe('19 tháng');
  });

  it('keeps the case of what it replaces', () => {
    const from = month(2019, 10);
    const to = month(2019, 11);
    expect(replacePeriodPhrases('THÁNG 10', from, to)).toBe('THÁNG 11');
    expect(replacePeriodPhrases('Tháng 10 vừa qua', from, to)).toBe('Tháng 11 vừa qua');
    expect(replacePeriodPhrases('trong tháng 10', from, to)).toBe('trong tháng 11');
    expect(replacePeriodPhrases('9 THÁNG; 9 tháng', makePeriod('nine-months', 2019), makePeriod('year', 2019))).toBe('NĂM 2019; năm 2019');
  });

  it('replaces the phrase with its year before the phrase alone', () => {
    expect(replacePeriodPhrases('tháng 10 năm 2019', month(2019, 10), month(2019, 11))).toBe('tháng 11 năm 2019');
    expect(replacePeriodPhrases('THÁNG 12 NĂM 2019, PHƯƠNG HƯỚNG THÁNG 1 NĂM 2020', month(2019, 12), month(2020, 1))).toBe(
      'THÁNG 1 NĂM 2020, PHƯƠNG HƯỚNG THÁNG 2 NĂM 2020',
    );
    expect(replacePeriodPhrases('6 THÁNG ĐẦU NĂM 2022', makePeriod('half', 2022, 1), makePeriod('half', 2022, 2))).toBe(
      '6 THÁNG CUỐI NĂM 2022',
    );
  });

  it('moves nine months to the year', () => {
    const from = makePeriod('nine-months', 2019);
    const to = makePeriod('year', 2019);
    expect(replacePeriodPhrases('I- KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ 9 THÁNG', from, to)).toBe(
      'I- KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ NĂM 2019',
    );
    expect(replacePeriodPhrases('III- NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2019', from, to)).toBe('III- NHIỆM VỤ TRỌNG TÂM NĂM 2020');
    expect(replacePeriodPhrases('Kết quả 9 tháng năm 2019', from, to)).toBe('Kết quả năm 2019');
  });

  it('moves the halves and the quarters, across the year', () => {
    expect(
      replacePeriodPhrases('6 tháng đầu năm, phương hướng 6 tháng cuối năm', makePeriod('half', 2022, 1), makePeriod('half', 2022, 2)),
    ).toBe('6 tháng cuối năm, phương hướng 6 tháng đầu năm 2023');
    expect(
      replacePeriodPhrases(
        'KẾT QUẢ QUÝ IV NĂM 2022, NHIỆM VỤ QUÝ I NĂM 2023',
        makePeriod('quarter', 2022, 4),
        makePeriod('quarter', 2023, 1),
      ),
    ).toBe('KẾT QUẢ QUÝ I NĂM 2023, NHIỆM VỤ QUÝ II NĂM 2023');
  });

  it('leaves text without a period phrase as it is', () => {
    expect(replacePeriodPhrases('II. TỒN TẠI, HẠN CHẾ', month(2019, 10), month(2019, 11))).toBe('II. TỒN TẠI, HẠN CHẾ');
    expect(replacePeriodPhrases('Tháng 10 {{x}} $& $1', month(2019, 10), month(2019, 11))).toBe('Tháng 11 {{x}} $& $1');
  });

  // A year's name is its label (`năm 2020`), so from a year the longer label wins: the same kind, or another
  // period kind to a year, is what roll-over and templates need.
  it('turns the headings of any period into those of another of the same kind, or of a year', () => {
    const maximumIndex: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, 'nine-months': 1, year: 1 };
    const period = fc
      .constantFrom(...periodKinds)
      .chain((kind) =>
        fc
          .record({ year: fc.integer({ min: 1990, max: 2100 }), index: fc.integer({ min: 1, max: maximumIndex[kind] }) })
          .map(({ year, index }): Period => makePeriod(kind, year, index)),
      );
    const headingsOf = (value: Period) => [
      `I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ${upper(periodNameWithoutYear(value))}`,
      `III. NHIỆM VỤ TRỌNG TÂM ${upper(followingHeadingName(value))}`,
      `Kết quả ${periodLabel(value)}, phương hướng ${followingPeriodLabel(value)}`,
    ];
    fc.assert(
      fc.property(period, period, (from, to) => {
        fc.pre(from.kind !== 'year' || to.kind === 'year');
        expect(headingsOf(from).map((title) => replacePeriodPhrases(title, from, to))).toEqual(headingsOf(to));
      }),
      { numRuns: 500 },
    );
  });
});
