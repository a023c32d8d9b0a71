import { describe, expect, it } from 'vitest';
import { bodyToDocx } from '../../core/export/body-to-docx';
import { ExportError } from '../../core/export/export-error';
import { effectiveLayout } from '../../core/organisation/layout-settings';
import type { BlockNode } from '../../core/body/body-schema';
import { partyCommitteeNovember2021 } from '../../examples/sample/party-committee-2021-11';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { exportedParts } from '../support/exported-docx';

const stateReport = peoplesCommitteeOctober2019;
const partyReport = partyCommitteeNovember2021;

/** The attributes of the first element named `tag` in `xml`. */
function attributesOf(xml: string, tag: string, from = 0): Record<string, string> {
  const match = new RegExp(`<${tag}\\b([^>]*)/?>`).exec(xml.slice(from));
  if (!match) throw new Error(`no <${tag}> found`);
  return Object.fromEntries([...match[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((attribute) => [attribute[1]!, attribute[2]!]));
}

/** The run that holds `text`, a non-breaking space in the file matching a space in `text`. */
function runOf(xml: string, text: string): string {
  const index = xml.replaceAll('\u00a0', ' ').indexOf(`>${text}</w:t>`);
  if (index < 0) throw new Error(`no run with text “${text}”`);
  const start = xml.lastIndexOf('<w:r>', index);
  return xml.slice(start, index);
}

/** The definition of a paragraph style in styles.xml. */
function styleDefinition(styles: string, styleId: string): string {
  const start = styles.indexOf(`w:styleId="${styleId}"`);
  if (start < 0) throw new Error(`no style ${styleId}`);
  return styles.slice(start, styles.indexOf('</w:style>', start));
}

function sections(xml: string): string[] {
  return [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
}

describe('the state layout (NĐ 30/2020) in word/document.xml', async () => {
  const { part, names } = await exportedParts(stateReport);
  const document = part('word/document.xml');

  it('uses A4 portrait with the default margins 20/20/30/15 mm, then a landscape appendix', () => {
    const [main, appendix] = sections(document);
    expect(attributesOf(main!, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attributesOf(main!, 'w:pgMar')).toMatchObject({ 'w:top': '1134', 'w:bottom': '1134', 'w:left': '1701', 'w:right': '850' });
    expect(attributesOf(appendix!, 'w:pgSz')).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
  });

  it('numbers pages from 2 on, at the top, and restarts the numbering in the appendix', () => {
    for (const section of sections(document)) {
      expect(section).toContain('<w:titlePg/>');
      expect(attributesOf(section, 'w:pgNumType')).toMatchObject({ 'w:start': '1' });
      expect(section).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/>/);
      expect(section).toMatch(/<w:headerReference w:type="first" r:id="rId\d+"\/>/);
    }
    const headers = names.filter((name) => /^word\/header\d+\.xml$/.test(name)).map(part);
    const numbered = headers.filter((xml) => /PAGE/.test(xml));
    const empty = headers.filter((xml) => !/PAGE/.test(xml));
    expect(numbered.length).toBeGreaterThanOrEqual(1);
    expect(empty.length).toBeGreaterThanOrEqual(1);
    for (const header of numbered) {
      expect(header).toContain('<w:jc w:val="center"/>');
      // The field carries the number of the first numbered page, for previews that do not compute fields.
      expect(header).toMatch(/<w:fldSimple w:instr="PAGE"[^>]*><w:r><w:t[^>]*>2<\/w:t><\/w:r><\/w:fldSimple>/);
      expect(header).toContain('<w:pStyle w:val="SoTrang"/>');
    }
    expect(part('word/styles.xml')).toMatch(/<w:style [^>]*w:styleId="SoTrang"[\s\S]*?<w:sz w:val="2[68]"\/>[\s\S]*?<\/w:style>/);
  });

  it('sets Times New Roman on the document defaults, which no style or run overrides', () => {
    const styles = part('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/);
    const fontsNamed = (xml: string) => [...xml.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(fontsNamed(styles))).toEqual(new Set(['Times New Roman']));
    const headers = names.filter((name) => /^word\/header\d+\.xml$/.test(name)).map(part);
    for (const xml of [document, ...headers]) expect(fontsNamed(xml).filter((font) => font !== 'Times New Roman')).toEqual([]);
    expect(styles).not.toMatch(/w:asciiTheme|w:hAnsiTheme/);
  });

  it('writes the header block with the sizes and weights of the rules', () => {
    expect(runOf(document, 'ỦY BAN NHÂN DÂN')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(runOf(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf(document, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(runOf(document, 'Lê Chân, ngày 30 tháng 10 năm 2019')).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runOf(document, 'BÁO CÁO')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(document).toContain('>Số:       /BC-UBND</w:t>');
    const header = document.slice(0, document.indexOf('</w:tbl>'));
    expect(header.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(2);
  });

  it('lays the header and signature tables out without borders, at the width of the text', () => {
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
    const [header, signature, appendix] = tables;
    for (const table of [header!, signature!]) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      expect(table).toMatch(/<w:top w:val="none"/);
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
      expect(grid.reduce((sum, width) => sum + width, 0)).toBe(11906 - 1701 - 850);
    }
    const appendixGrid = [...appendix!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(appendixGrid.reduce((sum, width) => sum + width, 0)).toBe(16838 - 1701 - 850);
  });

  it('writes the appendix as a real table: fixed layout, explicit widths, repeated header row, rows kept whole', () => {
    const appendix = document.slice(document.indexOf('>Phụ lục</w:t>'));
    expect(appendix).toContain('(Kèm theo Báo cáo số       /BC-UBND ngày 30 tháng 10 năm 2019 của Ủy ban nhân dân quận Lê Chân)');
    expect(appendix).toContain('<w:tblLayout w:type="fixed"/>');
    expect(appendix.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const rows = appendix.match(/<w:tr>/g)!.length;
    expect(appendix.match(/<w:cantSplit\/>/g)).toHaveLength(rows);
    expect(document).not.toMatch(/<w:tblHeader w:val="(false|0|off)"/);
    for (const cell of appendix.matchAll(/<w:tcW ([^>]*)\/>/g)) expect(cell[1]).toContain('w:type="dxa"');
  });

  it('justifies body paragraphs with a first-line indent and at least 6 pt between them, through one paragraph style', () => {
    const paragraph = document.slice(document.lastIndexOf('<w:p>', document.indexOf('Trong tháng 10')), document.indexOf('Trong tháng 10'));
    expect(paragraph).toContain('<w:pStyle w:val="NoiDung"/>');
    const style = styleDefinition(part('word/styles.xml'), 'NoiDung');
    expect(style).toContain('<w:jc w:val="both"/>');
    expect(attributesOf(style, 'w:ind')).toMatchObject({ 'w:firstLine': '720' });
    expect(Number(attributesOf(style, 'w:spacing')['w:after'])).toBeGreaterThanOrEqual(120);
    const heading = document.slice(
      document.lastIndexOf('<w:p>', document.indexOf('I. KẾT QUẢ THỰC HIỆN')),
      document.indexOf('I. KẾT QUẢ THỰC HIỆN'),
    );
    expect(heading).toContain('<w:pStyle w:val="DeMuc"/>');
    expect(styleDefinition(part('word/styles.xml'), 'DeMuc')).toMatch(/<w:keepNext\/>[\s\S]*<w:b\/>/);
  });

  it('writes the figures, not the references, and ends the content with ./.', () => {
    // Text and figures with the same formatting share one run.
    expect(document).toContain('Giá trị sản xuất công nghiệp do quận quản lý ước đạt 27,8 tỷ đồng, bằng 8,41% kế hoạch năm; tổng thu');
    expect(document).toMatch(/bất ngờ\.\/\.<\/w:t>/);
    expect(document).not.toContain('review');
  });

  it('writes Nơi nhận in 12 pt bold italic with the list in 11 pt, ending with the archive line', () => {
    expect(runOf(document, 'Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf(document, '- Lưu: VT, VP.')).toContain('<w:sz w:val="22"/>');
    expect(runOf(document, 'TM. ỦY BAN NHÂN DÂN')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runOf(document, 'Nguyễn Văn Phiệt')).toContain('<w:b/>');
  });

  it('takes margins from the organisation profile within the allowed range', async () => {
    const report = { ...stateReport, organisation: { ...stateReport.organisation, layout: { marginLeftMm: 35, marginTopMm: 25 } } };
    const xml = (await exportedParts(report)).part('word/document.xml');
    expect(attributesOf(sections(xml)[0]!, 'w:pgMar')).toMatchObject({ 'w:left': '1984', 'w:top': '1417' });
  });
});

describe('the Party layout (HD 36) in word/document.xml', async () => {
  const document = (await exportedParts(partyReport)).part('word/document.xml');

  it('heads the page with the Party name instead of the national name and motto', () => {
    expect(runOf(document, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="30"\/>/);
    expect(document).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(runOf(document, 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG')).toContain('<w:sz w:val="28"/>');
    expect(runOf(document, 'QUẬN ỦY LÊ CHÂN')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(document).toContain('>*</w:t>');
    expect(document).toContain('>Số       -BC/QU</w:t>');
  });

  it('writes the type name at 16 pt, the subject at 15 pt, and signs for the standing committee', () => {
    expect(runOf(document, 'BÁO CÁO')).toContain('<w:sz w:val="32"/>');
    expect(runOf(document, partyReport.meta.subject)).toContain('<w:sz w:val="30"/>');
    expect(runOf(document, 'T/M BAN THƯỜNG VỤ')).toContain('<w:b/>');
    expect(runOf(document, 'Nơi nhận:')).toContain('<w:u w:val="single"/>');
    expect(document).toContain('>- Lưu Văn phòng Quận ủy.</w:t>');
  });
});

describe('the body serializer', () => {
  const context = { report: stateReport, layout: effectiveLayout('state', undefined), textWidth: 9355 };

  it('refuses a node type it does not know instead of dropping it', () => {
    expect(() => bodyToDocx([{ type: 'image' } as unknown as BlockNode], context)).toThrow(ExportError);
    expect(() => bodyToDocx([{ type: 'image' } as unknown as BlockNode], context)).toThrow(/“image” tại body.content\[0\]/);
  });

  it('refuses a mark it does not know', () => {
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }] }] } as unknown as BlockNode;
    expect(() => bodyToDocx([paragraph], context)).toThrow(/định dạng “strike”/);
  });

  it('refuses list items outside a list', () => {
    expect(() => bodyToDocx([{ type: 'listItem', content: [] }], context)).toThrow(/chỉ được nằm trong danh sách/);
  });

  it('writes bold, italic and underline, hard breaks, lists and tables', async () => {
    const report = {
      ...stateReport,
      body: {
        type: 'doc' as const,
        content: [
          {
            type: 'paragraph' as const,
            content: [
              { type: 'text' as const, text: 'đậm', marks: [{ type: 'bold' as const }] },
              { type: 'hardBreak' as const },
              { type: 'text' as const, text: 'nghiêng gạch', marks: [{ type: 'italic' as const }, { type: 'underline' as const }] },
            ],
          },
          {
            type: 'orderedList' as const,
            content: [
              {
                type: 'listItem' as const,
                content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'mục một' }] }],
              },
            ],
          },
          {
            type: 'table' as const,
            content: [
              {
                type: 'tableRow' as const,
                content: [
                  {
                    type: 'tableHeader' as const,
                    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Cột' }] }],
                  },
                ],
              },
              {
                type: 'tableRow' as const,
                content: [
                  {
                    type: 'tableCell' as const,
                    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Ô' }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
    };
    const parts = await exportedParts(report);
    const xml = parts.part('word/document.xml');
    expect(runOf(xml, 'đậm')).toContain('<w:b/>');
    expect(runOf(xml, 'nghiêng gạch')).toMatch(/<w:i\/>[\s\S]*<w:u w:val="single"\/>/);
    expect(xml).toContain('<w:br/>');
    expect(xml).toContain('>1. mục một</w:t>');
    expect(xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf('>Cột<')), xml.indexOf('>Cột<'))).toContain(
      '<w:pStyle w:val="TieuDeBangNoiDung"/>',
    );
    expect(styleDefinition(parts.part('word/styles.xml'), 'TieuDeBangNoiDung')).toContain('<w:b/>');
    expect(xml).toMatch(/<\/w:tbl><w:p>[\s\S]*?>\.\/\.<\/w:t>/);
  });
});

describe('Kính gửi', () => {
  it('writes one addressee on the Kính gửi line and several one a line', async () => {
    const one = (await exportedParts({ ...stateReport, meta: { ...stateReport.meta, addressees: ['Ủy ban nhân dân thành phố'] } })).part(
      'word/document.xml',
    );
    expect(one).toContain('>Kính gửi: Ủy ban nhân dân thành phố.</w:t>');
    const several = (
      await exportedParts({
        ...stateReport,
        meta: { ...stateReport.meta, addressees: ['Thành ủy Hải Phòng', 'Ủy ban nhân dân thành phố'] },
      })
    ).part('word/document.xml');
    expect(several).toContain('>Kính gửi:</w:t>');
    expect(several).toContain('>- Thành ủy Hải Phòng;</w:t>');
    expect(several).toContain('>- Ủy ban nhân dân thành phố.</w:t>');
  });
});

describe('a parent body over two lines', () => {
  it('prints each line the profile breaks as a line of the header, never joined by a space, and breaks a name too long for its column between words', async () => {
    const department = {
      ...stateReport,
      organisation: {
        ...stateReport.organisation,
        parentBody: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG',
        issuingBody: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      },
    };
    const document = (await exportedParts(department)).part('word/document.xml');
    const header = document.slice(0, document.indexOf('</w:tbl>'));
    expect(runOf(header, 'ỦY BAN NHÂN DÂN')).not.toContain('<w:b/>');
    expect(runOf(header, 'THÀNH PHỐ HẢI PHÒNG')).not.toContain('<w:b/>');
    // Beside the Quốc hiệu on one line, the department's name fits its column only on two lines.
    expect(runOf(header, 'SỞ NÔNG NGHIỆP')).toContain('<w:b/>');
    expect(runOf(header, 'VÀ MÔI TRƯỜNG')).toContain('<w:b/>');
    expect(header).not.toContain('SỞ NÔNG NGHIỆP VÀ');
    expect(header).not.toContain('ỦY BAN NHÂN DÂN THÀNH PHỐ');
  });
});

describe('what a clerk would otherwise retouch', async () => {
  const { bulletList, paragraph, taskList } = await import('../../core/body/build-body');
  const table = (rows: string[][]): BlockNode => ({
    type: 'table',
    content: rows.map((cells) => ({
      type: 'tableRow',
      content: cells.map((text) => ({ type: 'tableCell', content: [paragraph(text)] })),
    })),
  });
  const report = {
    ...stateReport,
    body: {
      type: 'doc' as const,
      content: [
        taskList([
          { text: 'Hoàn thành giải phóng mặt bằng dự án đường 208.', checked: true },
          { text: 'Khởi công trường mầm non Hòa An.', checked: false },
        ]),
        table([
          ['Dự án', 'Vốn (tỷ đồng)'],
          ['Đường 208', '12,5'],
        ]),
        paragraph('Sau bảng.'),
        bulletList(['Một việc.']),
      ],
    },
  };
  const parts = await exportedParts(report);
  const document = parts.part('word/document.xml');

  it('prints last period’s checklist with each task’s state in words, in the document’s font', () => {
    expect(document).toContain('>- Đã thực hiện: Hoàn thành giải phóng mặt bằng dự án đường 208.</w:t>');
    expect(document).toContain('>- Chưa thực hiện: Khởi công trường mầm non Hòa An.</w:t>');
    expect(document).not.toMatch(/w:sym |Wingdings|Symbol/u);
  });

  it('leaves a paragraph’s space between a body table and the text after it', () => {
    const after = document.indexOf('>Sau bảng.</w:t>');
    const paragraphStart = document.lastIndexOf('<w:p>', after);
    expect(document.slice(paragraphStart, after)).toMatch(/<w:spacing w:before="\d+"/u);
  });

  it('indents the wrapped lines of Nơi nhận under their text, not under the dash', () => {
    const recipient = document.indexOf('>- Lưu: VT, VP.</w:t>');
    const paragraphStart = document.lastIndexOf('<w:p>', recipient);
    expect(document.slice(paragraphStart, recipient)).toMatch(/<w:ind w:left="\d+" w:hanging="\d+"\/>/u);
  });

  it('makes the heading, caption and hyperlink styles Word offers black, never blue or grey', () => {
    const styles = parts.part('word/styles.xml');
    for (const style of ['Heading1', 'Heading2', 'Heading6', 'Title', 'Caption', 'Hyperlink']) {
      const start = styles.indexOf(`w:styleId="${style}"`);
      expect(start, style).toBeGreaterThan(0);
      const definition = styles.slice(start, styles.indexOf('</w:style>', start));
      expect(definition, style).toContain('<w:color w:val="000000"/>');
    }
  });

  it('gives each report a datastore id of its own, the same at every export of it', async () => {
    const itemOf = (xml: string) => /ds:itemID="([^"]+)"/u.exec(xml)?.[1];
    const item = (names: string[], part: (name: string) => string) =>
      itemOf(part(names.find((name) => /customXml\/itemProps\d*\.xml$/u.test(name))!));
    const again = await exportedParts(report);
    const other = await exportedParts({ ...report, id: `${report.id}-khac` });
    expect(item(parts.names, parts.part)).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/u);
    expect(item(again.names, again.part)).toBe(item(parts.names, parts.part));
    expect(item(other.names, other.part)).not.toBe(item(parts.names, parts.part));
  });
});
