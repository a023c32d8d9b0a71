import { describe, expect, it } from 'vitest';
import { text } from '../../core/body/build-body';
import type { BlockNode } from '../../core/body/body-schema';
import { copyJson } from '../../core/json/copy-json';
import { compareReports, listedDifferences } from '../../core/report/report-differences';
import type { Report } from '../../core/report/report-schema';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';

const paragraph = (value: string): BlockNode => ({ type: 'paragraph', content: [text(value)] });

describe('what differs between a report file and the draft', () => {
  it('finds nothing between a report and itself', () => {
    expect(compareReports(peoplesCommitteeOctober2019, copyJson(peoplesCommitteeOctober2019))).toEqual({ differences: [], omitted: 0 });
  });

  it('names the document field, the indicator and its column, and the heading above a changed paragraph', () => {
    const draft: Report = copyJson(peoplesCommitteeOctober2019);
    draft.meta = { ...draft.meta, number: 215, subject: 'Kết quả tháng 10' };
    draft.indicators[0] = { ...draft.indicators[0]!, value: 28.5 };
    const removed = draft.indicators.splice(1, 1)[0]!;
    draft.body.content[1] = paragraph('Trong tháng 10, tình hình ổn định.');
    draft.body.content.splice(3, 0, paragraph('Một đoạn mới về công nghiệp.'));

    const { differences, omitted } = compareReports(peoplesCommitteeOctober2019, draft);

    expect(omitted).toBe(0);
    expect(differences).toContainEqual({ part: 'Văn bản', where: 'Số văn bản', inFile: '', inDraft: '215' });
    expect(differences).toContainEqual(expect.objectContaining({ part: 'Văn bản', where: 'Trích yếu', inDraft: 'Kết quả tháng 10' }));
    expect(differences).toContainEqual({
      part: 'Chỉ tiêu',
      where: 'Giá trị sản xuất công nghiệp do quận quản lý, số liệu kỳ này',
      inFile: '27,8 tỷ đồng',
      inDraft: '28,5 tỷ đồng',
    });
    expect(differences).toContainEqual({ part: 'Chỉ tiêu', where: removed.name, inFile: 'có chỉ tiêu này', inDraft: '' });
    expect(differences).toContainEqual(
      expect.objectContaining({
        part: 'Nội dung',
        where: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10',
        inFile: expect.stringContaining('các nhiệm vụ trọng tâm'),
        inDraft: 'Trong tháng 10, tình hình ổn định.',
      }),
    );
    expect(differences).toContainEqual({
      part: 'Nội dung',
      where: '1. Lĩnh vực kinh tế',
      inFile: '',
      inDraft: 'Một đoạn mới về công nghiệp.',
    });
  });

  it('shows a figure in the text as it reads, so a changed value shows in the paragraphs that print it', () => {
    const draft: Report = copyJson(peoplesCommitteeOctober2019);
    draft.indicators[0] = { ...draft.indicators[0]!, value: 28.5 };
    const body = compareReports(peoplesCommitteeOctober2019, draft).differences.filter((difference) => difference.part === 'Nội dung');
    expect(body.length).toBeGreaterThan(0);
    expect(body[0]!.inFile).toContain('27,8 tỷ đồng');
    expect(body[0]!.inDraft).toContain('28,5 tỷ đồng');
  });

  it('lists at most a readable number of differences and counts the rest', () => {
    const draft: Report = copyJson(peoplesCommitteeOctober2019);
    const added = listedDifferences + 25;
    draft.body.content.push(...Array.from({ length: added }, (_, index) => paragraph(`Đoạn thêm số ${index + 1}.`)));
    const { differences, omitted } = compareReports(peoplesCommitteeOctober2019, draft);
    expect(differences).toHaveLength(listedDifferences);
    expect(omitted).toBe(added - listedDifferences);
  });
});
