import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/report/report-schema';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { edited, findingsOf, samples } from './check-fixtures';

const state = samples.october2019;
const party = samples.november2021;
const layout = (report: Report) => findingsOf(report, 'THE-THUC').map((finding) => [finding.severity, finding.target, finding.message]);

describe('THE-THUC: the official layout', () => {
  it('finds nothing wrong with the samples, drafts without a number included', () => {
    for (const report of sampleWorkspace.reports) expect(layout(report)).toEqual([]);
  });

  it('is an error for a number symbol that breaks the state or Party pattern', () => {
    const stateSymbol = edited(state, (copy) => {
      copy.organisation.numberSymbol = 'BC/UBND';
    });
    expect(layout(stateSymbol)).toEqual([
      [
        'error',
        { kind: 'meta', field: 'number' },
        'Ký hiệu “BC/UBND” không đúng thể thức văn bản hành chính nhà nước: phải có dạng BC-UBND (Số: 05/BC-UBND).',
      ],
    ]);
    const partySymbol = edited(party, (copy) => {
      copy.organisation.numberSymbol = 'BC-QU';
    });
    expect(layout(partySymbol)).toMatchObject([['error', { field: 'number' }, expect.stringContaining('BC/QU (Số 12-BC/QU)')]]);
  });

  it('is an error for a date that is not a date or precedes the period', () => {
    const early = edited(state, (copy) => {
      copy.meta.date = '2019-09-28';
    });
    expect(layout(early)).toEqual([
      ['error', { kind: 'meta', field: 'date' }, 'Ngày ban hành 28/9/2019 trước ngày bắt đầu kỳ báo cáo (01/10/2019).'],
    ]);
    const impossible = edited(state, (copy) => {
      copy.meta.date = '2019-02-30';
    });
    expect(layout(impossible)).toMatchObject([['error', { field: 'date' }, expect.stringContaining('không phải là một ngày có thật')]]);
  });

  it('is an error for a missing subject, and a warning for one that does not name the period', () => {
    const blank = edited(state, (copy) => {
      copy.meta.subject = ' ';
    });
    expect(layout(blank)).toMatchObject([['error', { field: 'subject' }, 'Chưa có trích yếu (nội dung tóm tắt của báo cáo).']]);
    const vague = edited(state, (copy) => {
      copy.meta.subject = 'Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội';
    });
    expect(layout(vague)).toMatchObject([['warning', { field: 'subject' }, 'Trích yếu không nêu kỳ báo cáo “tháng 10”.']]);
    const leadingZero = edited(samples.october2019, (copy) => {
      copy.period = { kind: 'month', year: 2019, index: 1 };
      copy.meta.date = '2019-01-30';
      copy.meta.subject = 'Kết quả thực hiện nhiệm vụ tháng 01, phương hướng nhiệm vụ tháng 02 năm 2019';
    });
    expect(layout(leadingZero)).toEqual([]);
  });

  it('checks the signer: name, lines, the format’s signing forms, the deputy’s title, upper case', () => {
    const signed = (lines: string[], name = 'Nguyễn Văn Phiệt', report = state) =>
      layout(
        edited(report, (copy) => {
          copy.meta.signer = { lines, name };
        }),
      );
    expect(signed(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])).toEqual([]);
    expect(signed(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], ' ')).toMatchObject([['error', { field: 'signer' }, 'Chưa có họ tên người ký.']]);
    expect(signed(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'])).toMatchObject([
      ['warning', { field: 'signer' }, expect.stringContaining('PHÓ CHỦ TỊCH')],
    ]);
    expect(signed(['T/M ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'])).toMatchObject([
      ['warning', { field: 'signer' }, expect.stringContaining('TM., KT.')],
    ]);
    expect(signed(['TM. BAN THƯỜNG VỤ', 'BÍ THƯ'], 'Trần Thu Hương', party)).toMatchObject([
      ['warning', { field: 'signer' }, expect.anything()],
    ]);
    expect(signed(['TM. Ủy ban nhân dân', 'CHỦ TỊCH'])).toMatchObject([
      ['warning', { field: 'signer' }, expect.stringContaining('in hoa')],
    ]);
  });

  it('checks the recipients and the archive line (`Lưu: VT, …` for a state body, `Lưu …` for a Party committee)', () => {
    const noRecipients = edited(state, (copy) => {
      copy.meta.recipients = [];
    });
    expect(layout(noRecipients)).toMatchObject([['warning', { field: 'recipients' }, expect.stringContaining('Nơi nhận')]]);
    const archive = (line: string, report = state) =>
      layout(
        edited(report, (copy) => {
          copy.organisation.archiveLine = line;
        }),
      );
    expect(archive('VT, VP.')).toMatchObject([['error', { field: 'recipients' }, expect.stringContaining('“Lưu”')]]);
    expect(archive('Lưu văn thư.')).toMatchObject([['warning', { field: 'recipients' }, expect.stringContaining('Lưu: VT')]]);
    expect(archive('- Lưu: VT, VP.')).toEqual([]);
    expect(archive('Lưu Văn phòng Quận ủy.', party)).toEqual([]);
  });

  it('warns about an issuer not written in upper case', () => {
    const lower = edited(state, (copy) => {
      copy.organisation.issuingBody = 'Ủy ban nhân dân\nquận Lê Chân';
    });
    expect(layout(lower)).toMatchObject([
      ['warning', { field: 'issuer' }, 'Tên cơ quan ban hành “Ủy ban nhân dân quận Lê Chân” phải viết in hoa.'],
    ]);
  });
});
