import { describe, expect, it } from 'vitest';
import { walkBody } from '../../core/body/walk-body';
import type { BodyNode } from '../../core/body/body-schema';
import { checkCodes, type CheckFinding } from '../../core/checks/check-finding';
import { checkReport } from '../../core/checks/check-report';
import { checkRules } from '../../core/checks/check-rules';
import { targetDescriber } from '../../core/checks/describe-target';
import type { Report } from '../../core/report/report-schema';
import { edited, novemberFromOctober, row, samples, withParagraph } from './check-fixtures';

/** A November report with something for almost every rule to say. */
function untidyNovember(): Report {
  return edited(
    withParagraph(novemberFromOctober({ 'thu-can-doi-ngan-sach': 150 }), 3, 'Tổng thu cân đối ngân sách tháng 11 đạt 140 tỷ đồng.'),
    (copy) => {
      copy.organisation.numberSymbol = 'BC/UBND';
      row(copy, 'giam-ho-ngheo').value = null;
      row(copy, 'gia-tri-san-xuat-cong-nghiep').cumulativeBase = 200;
    },
  );
}

function nodeAt(report: Report, path: readonly number[]): BodyNode | undefined {
  let found: BodyNode | undefined;
  walkBody(report.body, (node, nodePath) => {
    if (nodePath.length === path.length && nodePath.every((index, position) => index === path[position])) found = node;
  });
  return found;
}

describe('checkReport', () => {
  const report = untidyNovember();
  const findings = checkReport(report, { previous: samples.october2019 });

  it('runs one rule a code, each with a stable code', () => {
    expect(checkRules).toHaveLength(14);
    expect(new Set(Object.values(checkCodes)).size).toBe(14);
    expect(new Set(findings.map((finding) => finding.code))).toEqual(
      new Set(['SO-GO-TAY', 'SO-LIEU-TRONG', 'LUY-KE-SAI', 'CHUA-XEM-LAI', 'KY-CU', 'THE-THUC', 'CON-UOC', 'THIEU-SO-LIEU']),
    );
  });

  it('puts errors first, then warnings, then information, each in the order of the document', () => {
    const rank = { error: 0, warning: 1, information: 2 };
    const severities = findings.map((finding) => rank[finding.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    expect(findings.filter((finding) => finding.severity === 'error').map((finding) => [finding.code, finding.target])).toEqual([
      ['THE-THUC', { kind: 'meta', field: 'number' }],
      ['SO-GO-TAY', { kind: 'body', path: [3] }],
      // The poverty figure left empty would print “…” in paragraph 6.
      ['SO-LIEU-TRONG', { kind: 'body', path: [6] }],
      ['LUY-KE-SAI', { kind: 'indicator', indicatorId: 'gia-tri-san-xuat-cong-nghiep', column: 'cumulativeOverride' }],
    ]);
    const bodyPaths = findings
      .filter((finding) => finding.severity === 'warning' && finding.target.kind === 'body')
      .map((finding) => (finding.target as Extract<CheckFinding['target'], { kind: 'body' }>).path.join('.'));
    expect(bodyPaths.slice(0, 3)).toEqual(['1', '1', '4']);
  });

  it('points every finding at a paragraph or heading of the body, an indicator of the table, or a header field', () => {
    for (const { target } of findings) {
      if (target.kind === 'body') expect(['paragraph', 'heading']).toContain(nodeAt(report, target.path)?.type);
      if (target.kind === 'indicator') expect(report.indicators.map((candidate) => candidate.id)).toContain(target.indicatorId);
    }
  });

  it('writes every message in Vietnamese, without raw values', () => {
    for (const { message } of findings) {
      expect(message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      expect(message).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
    }
  });

  it('names the places the way the command line prints them', () => {
    const describe = targetDescriber(report);
    expect(describe({ kind: 'body', path: [3] })).toBe('đoạn 4');
    expect(describe({ kind: 'body', path: [15, 5, 0] })).toBe('đoạn 26');
    expect(describe({ kind: 'indicator', indicatorId: 'thu-can-doi-ngan-sach', column: 'value' })).toBe(
      'chỉ tiêu “Tổng thu cân đối ngân sách” – số liệu kỳ này',
    );
    expect(describe({ kind: 'meta', field: 'subject' })).toBe('trích yếu');
  });

  it('does not change the report it checks', () => {
    const before = JSON.stringify(report);
    checkReport(report, { previous: samples.october2019, history: Object.values(samples) });
    expect(JSON.stringify(report)).toBe(before);
  });
});
