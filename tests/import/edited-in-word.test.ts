import { describe, expect, it } from 'vitest';
import type { BlockNode, BodyDocument } from '../../core/body/body-schema';
import { inlineText } from '../../core/body/body-to-text';
import { figuresIn } from '../../core/body/walk-body';
import { reportToDocx } from '../../core/export/report-to-docx';
import { acceptableChanges } from '../../core/import/compare-with-export';
import type { Report } from '../../core/report/report-schema';
import { partyCommitteeNovember2021 } from '../../examples/sample/party-committee-2021-11';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { analyseWordFile } from '../../services/word/analyse-word-file';
import { WordFileEditor } from '../support/edit-word-file';

const report = peoplesCommitteeOctober2019;

async function edited(source: Report, edit: (editor: WordFileEditor) => void) {
  const editor = new WordFileEditor(await reportToDocx(source));
  edit(editor);
  return analyseWordFile(editor.bytes(), 'thang-10.docx');
}

function texts(body: BodyDocument, source: Report = report): string[] {
  const lines: string[] = [];
  const visit = (node: BlockNode) => {
    if (node.type === 'paragraph' || node.type === 'heading') lines.push(inlineText(node.content, source.indicators, source.period));
    else (node.content as BlockNode[] | undefined)?.forEach(visit);
  };
  body.content.forEach(visit);
  return lines;
}

describe('a Word file the tool exported, edited in Word', () => {
  it('comes back exactly as it was exported when nothing was changed', async () => {
    const analysis = await edited(report, () => undefined);
    expect(analysis.changes).toEqual([]);
    expect(analysis.notices).toEqual([]);
    expect(analysis.apply(acceptableChanges(analysis.changes))).toEqual(report);
  });

  it('takes a changed sentence, and keeps every figure of the report live', async () => {
    const analysis = await edited(report, (editor) => editor.replaceText('tiếp tục ổn định', 'giữ vững ổn định'));
    expect(analysis.changes).toEqual([
      {
        id: 'noi-dung:sua:1',
        group: 'body',
        choice: 'take',
        description: expect.stringMatching(
          /^Đoạn 2: “.*an ninh của quận tiếp tục ổn định, các nhiệm vụ.*” → “.*an ninh của quận giữ vững ổn định, các nhiệm vụ.*”$/,
        ),
      },
    ]);
    const result = analysis.apply(acceptableChanges(analysis.changes));
    expect(texts(result.body)[1]).toContain('quốc phòng - an ninh của quận giữ vững ổn định, các nhiệm vụ trọng tâm');
    expect(figuresIn(result.body)).toEqual(figuresIn(report.body));
    expect({ ...result, body: report.body }).toEqual(report);
  });

  it('offers a figure typed over in the text as the indicator’s new value, and keeps it live once accepted', async () => {
    const analysis = await edited(report, (editor) => editor.replaceText('ước đạt 202 tỷ đồng', 'ước đạt 205 tỷ đồng'));
    expect(analysis.changes.map((change) => [change.id, change.choice])).toEqual([
      ['noi-dung:sua:3', 'take'],
      ['so-lieu:3:2', 'offer'],
    ]);
    expect(analysis.changes[1]!.description).toBe(
      'Tổng thu cân đối ngân sách, số liệu kỳ này: “ước đạt 202 tỷ đồng” → “ước đạt 205 tỷ đồng” (sửa trong câu ở đoạn 4)',
    );

    const accepted = analysis.apply(acceptableChanges(analysis.changes));
    expect(accepted.indicators.find((row) => row.id === 'thu-can-doi-ngan-sach')!.value).toBe(205);
    expect(figuresIn(accepted.body)).toEqual(figuresIn(report.body));
    expect(texts(accepted.body, accepted)[3]).toContain('tổng thu cân đối ngân sách ước đạt 205 tỷ đồng, lũy kế 10 tháng đạt 904 tỷ đồng');
    expect(accepted.body.content[3]!.attrs?.['review']).toBeUndefined();

    const refused = analysis.apply(new Set(['noi-dung:sua:3']));
    expect(refused.indicators).toEqual(report.indicators);
    expect(figuresIn(refused.body)).toHaveLength(figuresIn(report.body).length - 1);
    expect(texts(refused.body)[3]).toContain('tổng thu cân đối ngân sách ước đạt 205 tỷ đồng, lũy kế 10 tháng đạt 901 tỷ đồng');
    expect(refused.body.content[3]!.attrs?.['review']).toBe('pending');
  });

  it('offers an appendix value changed in Word, and says that a computed column disagrees', async () => {
    const analysis = await edited(report, (editor) => editor.replaceText('ước 27,8', 'ước 28,1').replaceText('84,15', '85'));
    expect(analysis.changes.map((change) => [change.group, change.choice, change.description])).toEqual([
      [
        'appendix',
        'information',
        expect.stringContaining(
          'Giá trị sản xuất công nghiệp do quận quản lý, cột “% so với kế hoạch năm”: tệp ghi “85”, phần mềm tính ra “84,15”',
        ),
      ],
      ['figures', 'offer', 'Giá trị sản xuất công nghiệp do quận quản lý, số liệu kỳ này: “ước 27,8” → “ước 28,1” (sửa trong phụ lục)'],
    ]);
    const result = analysis.apply(acceptableChanges(analysis.changes));
    expect(result.indicators[0]!.value).toBe(28.1);
    expect(texts(result.body, result)[3]).toContain('Giá trị sản xuất công nghiệp do quận quản lý ước đạt 28,1 tỷ đồng');
  });

  it('takes the number and the date the records clerk gave in Word', async () => {
    const analysis = await edited(report, (editor) =>
      editor.replaceText('Số:       /BC-UBND', 'Số: 125/BC-UBND').replaceText('ngày 30 tháng 10 năm 2019', 'ngày 31 tháng 10 năm 2019'),
    );
    expect(analysis.changes.map((change) => change.description)).toEqual([
      'Số văn bản: (để trống) → 125',
      'Ngày ban hành: 30/10/2019 → 31/10/2019',
    ]);
    const result = analysis.apply(acceptableChanges(analysis.changes));
    expect(result.meta).toEqual({ ...report.meta, number: 125, date: '2019-10-31' });
  });

  it('takes an added paragraph and a removed list item, each where it was', async () => {
    const analysis = await edited(report, (editor) =>
      editor
        .addParagraphAfter(
          'Tình hình quốc phòng - an ninh trên địa bàn quận ổn định',
          'Công tác tuyển quân năm 2020 được chuẩn bị chu đáo.',
        )
        .removeParagraph('Chấp hành nghiêm kỷ luật hành chính'),
    );
    expect(analysis.changes.map((change) => change.description)).toEqual([
      'Đoạn mới sau đoạn 9: “Công tác tuyển quân năm 2020 được chuẩn bị chu đáo.”',
      'Đoạn 18 bị xóa: “- Chấp hành nghiêm kỷ luật hành chính, kỷ cương công vụ.”',
    ]);
    const result = analysis.apply(acceptableChanges(analysis.changes));
    const lines = texts(result.body);
    expect(lines[9]).toBe('Công tác tuyển quân năm 2020 được chuẩn bị chu đáo.');
    expect(lines[8]).toBe('Tình hình quốc phòng - an ninh trên địa bàn quận ổn định; trật tự an toàn xã hội được đảm bảo.');
    expect(lines).not.toContain('Chấp hành nghiêm kỷ luật hành chính, kỷ cương công vụ.');
    expect((result.body.content.find((node) => node.type === 'bulletList')!.content as BlockNode[]).length).toBe(5);
    expect(texts(result.body).length).toBe(texts(report.body).length);

    const onlyTheAddition = analysis.apply(new Set(['noi-dung:them:9']));
    expect(texts(onlyTheAddition.body)).toContain('Chấp hành nghiêm kỷ luật hành chính, kỷ cương công vụ.');
  });

  it('sees a paragraph moved elsewhere as moved', async () => {
    const analysis = await edited(report, (editor) =>
      editor
        .removeParagraph('Tập trung cao thực hiện tốt các chỉ tiêu')
        .addParagraphAfter('Chấp hành nghiêm kỷ luật hành chính', '- Tập trung cao thực hiện tốt các chỉ tiêu kinh tế - xã hội được giao.'),
    );
    expect(analysis.changes.map((change) => change.description)).toEqual([
      'Đoạn 14 được chuyển đến sau đoạn 18: “- Tập trung cao thực hiện tốt các chỉ tiêu kinh tế - xã hội được giao.”',
    ]);
    const lines = texts(analysis.apply(acceptableChanges(analysis.changes)).body);
    expect(lines.slice(13, 18)).toEqual([
      'Quyết liệt thực hiện công tác đền bù, giải phóng mặt bằng các dự án trọng điểm của thành phố.',
      'Đảm bảo trật tự đường hè, an toàn giao thông, vệ sinh môi trường; quản lý đất đai, quản lý trật tự xây dựng.',
      'Đẩy mạnh công tác an sinh xã hội, đảm bảo tốt chính sách cho người có công; phấn đấu đến hết năm 2019 giảm 100% hộ nghèo.',
      'Chấp hành nghiêm kỷ luật hành chính, kỷ cương công vụ.',
      'Tập trung cao thực hiện tốt các chỉ tiêu kinh tế - xã hội được giao.',
    ]);
  });

  it('reads tracked changes as accepted, and says that the file had them', async () => {
    const analysis = await edited(report, (editor) =>
      editor
        .trackInsertion('Tình hình quốc phòng - an ninh trên địa bàn quận ổn định', ' Không có vụ việc phức tạp.')
        .trackDeletion('tuy đã cơ bản được xử lý '),
    );
    expect(analysis.changes.map((change) => change.id)).toEqual(['noi-dung:sua:8', 'noi-dung:sua:10']);
    expect(analysis.notices).toEqual([expect.stringContaining('track changes: 1 chỗ thêm, 1 chỗ xóa')]);
    const lines = texts(analysis.apply(acceptableChanges(analysis.changes)).body);
    expect(lines[8]).toBe(
      'Tình hình quốc phòng - an ninh trên địa bàn quận ổn định; trật tự an toàn xã hội được đảm bảo. Không có vụ việc phức tạp.',
    );
    expect(lines[10]).toContain('ùn tắc giao thông nhưng chưa bền vững');
  });

  it('takes a new signer of a Party report, and keeps the closing mark out of the report', async () => {
    const party = partyCommitteeNovember2021;
    const signer = party.meta.signer ?? party.organisation.signer;
    const analysis = await edited(party, (editor) => editor.replaceText(signer.name, 'Nguyễn Văn Hải'));
    expect(analysis.changes.map((change) => change.id)).toEqual(['thong-tin:nguoi-ky']);
    const result = analysis.apply(acceptableChanges(analysis.changes));
    expect(result.meta.signer).toEqual({ lines: signer.lines, name: 'Nguyễn Văn Hải' });
    expect(result.body).toEqual(party.body);
  });

  it('keeps the closing mark out of the last paragraph when that paragraph is edited', async () => {
    const analysis = await edited(report, (editor) =>
      editor.replaceText('không để xảy ra đột xuất, bất ngờ./.', 'không để bị động, bất ngờ./.'),
    );
    const result = analysis.apply(acceptableChanges(analysis.changes));
    expect(texts(result.body).at(-1)).toBe(
      'Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, giữ vững quốc phòng - an ninh, đảm bảo trật tự an toàn xã hội, phòng cháy chữa cháy, không để bị động, bất ngờ.',
    );
  });
});

describe('a body table edited in Word', () => {
  const figure = { type: 'figure' as const, attrs: { indicator: 'giam-ho-ngheo', field: 'value' as const } };
  const cell = (type: 'tableHeader' | 'tableCell', ...content: BlockNode['content'] & object) => ({
    type,
    attrs: { colspan: 1, rowspan: 1 },
    content: [{ type: 'paragraph' as const, content }],
  });
  const withTable: Report = {
    ...report,
    body: {
      type: 'doc',
      content: [
        ...report.body.content.slice(0, 8),
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                cell('tableHeader', { type: 'text', text: 'Phường' }),
                cell('tableHeader', { type: 'text', text: 'Số hộ thoát nghèo' }),
              ],
            },
            { type: 'tableRow', content: [cell('tableCell', { type: 'text', text: 'Toàn quận' }), cell('tableCell', figure)] },
            {
              type: 'tableRow',
              content: [cell('tableCell', { type: 'text', text: 'Phường An Biên' }), cell('tableCell', { type: 'text', text: '4 hộ' })],
            },
          ],
        },
        ...report.body.content.slice(8),
      ],
    },
  };

  it('takes a cell changed in Word and keeps the figure of another cell live', async () => {
    const analysis = await edited(withTable, (editor) => editor.replaceText('Phường An Biên', 'Phường Trại Cau'));
    expect(analysis.changes.map((change) => change.id)).toEqual(['noi-dung:sua:u8']);
    expect(analysis.changes[0]!.description).toMatch(/^Bảng sau đoạn 8: “.*Phường An Biên.*” → “.*Phường Trại Cau.*”$/);
    const result = analysis.apply(acceptableChanges(analysis.changes));
    const table = result.body.content[8]!;
    expect(table.type).toBe('table');
    const rows = table.content as BlockNode[];
    expect(rows.map((row) => (row.content as BlockNode[]).map((item) => item.type))).toEqual([
      ['tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell'],
      ['tableCell', 'tableCell'],
    ]);
    expect(((rows[1]!.content as BlockNode[])[1]!.content as BlockNode[])[0]!.content).toEqual([figure]);
    expect(texts(result.body)).toContain('Phường Trại Cau');
    expect(figuresIn(result.body)).toHaveLength(figuresIn(withTable.body).length);
  });
});

describe('formatting and comments added in Word', () => {
  it('takes a word made bold, and says that the file has comments without taking them', async () => {
    const analysis = await edited(report, (editor) => {
      const paragraph = editor.paragraphWith('Tình hình quốc phòng - an ninh trên địa bàn quận ổn định');
      const run = paragraph.getElementsByTagNameNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'r')[0]!;
      const properties = editor.document.createElementNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w:rPr');
      properties.appendChild(editor.document.createElementNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w:b'));
      run.insertBefore(properties, run.firstChild);
      editor.addPart(
        'word/comments.xml',
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Chủ tịch"><w:p><w:r><w:t>Xem lại số liệu.</w:t></w:r></w:p></w:comment></w:comments>',
      );
    });
    expect(analysis.changes.map((change) => change.description)).toEqual([
      expect.stringMatching(/^Đoạn 9: đổi định dạng chữ \(đậm, nghiêng, gạch chân\)/),
    ]);
    expect(analysis.notices).toEqual(['Tệp có 1 nhận xét (comment); nhận xét không được đưa vào báo cáo, hãy xem chúng trong Word.']);
    const result = analysis.apply(acceptableChanges(analysis.changes));
    expect(result.body.content[8]!.content).toEqual([
      {
        type: 'text',
        text: 'Tình hình quốc phòng - an ninh trên địa bàn quận ổn định; trật tự an toàn xã hội được đảm bảo.',
        marks: [{ type: 'bold' }],
      },
    ]);
  });
});
