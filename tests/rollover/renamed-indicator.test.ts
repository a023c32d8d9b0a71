import { describe, expect, it } from 'vitest';
import { bodyToText } from '../../core/body/body-to-text';
import { renameIndicator } from '../../core/indicators/rename-indicator';
import { copyJson } from '../../core/json/copy-json';
import { makePeriod } from '../../core/periods/period';
import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';

const october = peoplesCommitteeOctober2019;
const newName = 'Tổng thu ngân sách nhà nước trên địa bàn';

/** November 2018, under the indicator's old name: where the same-period figures of November 2019 come from. */
function lastNovember(): Report {
  const report = copyJson(october);
  report.id = 'ubnd-le-chan-2018-11';
  report.period = makePeriod('month', 2018, 11);
  for (const row of report.indicators) {
    row.value = row.id === 'thu-can-doi-ngan-sach' ? 180 : null;
    row.cumulativeBase = row.id === 'thu-can-doi-ngan-sach' ? 800 : null;
  }
  return report;
}

function renamedOctober(): Report {
  const edit = renameIndicator({ rows: october.indicators, groups: october.groups }, 'thu-can-doi-ngan-sach', newName);
  if (!edit.ok) throw new Error(edit.message);
  return validateReport({ ...october, indicators: edit.table.rows, groups: edit.table.groups });
}

describe('rolling over an indicator renamed by the office', () => {
  const november = validateReport(
    rollOverReport({
      previous: renamedOctober(),
      period: makePeriod('month', 2019, 11),
      history: [lastNovember()],
      templateId: 'ubnd-thang',
      subjectPattern: 'Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}',
      id: 'ubnd-le-chan-2019-11',
      createdAt: '2019-11-25T08:00:00+07:00',
    }),
  );
  const revenue = november.indicators.find((row) => row.id === 'thu-can-doi-ngan-sach')!;

  it('keeps the new name and the id, so October’s row is found under it', () => {
    expect(revenue.name).toBe(newName);
    expect(lastNovember().indicators.find((row) => row.id === 'thu-can-doi-ngan-sach')!.name).toBe('Tổng thu cân đối ngân sách');
  });

  it('takes October’s cumulative as the base: 698,7 + 202,3 = 901', () => {
    expect(revenue.cumulativeBase).toBeCloseTo(901, 9);
    expect(revenue.plans).toEqual([{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 929 }]);
  });

  it('finds the same-period value and cumulative in last year’s report, written under the old name', () => {
    expect(revenue.samePeriod).toEqual({ value: 180, cumulative: 980 });
  });

  it('gives the text its figures once November’s value is entered', () => {
    const entered = copyJson(november);
    entered.indicators.find((row) => row.id === 'thu-can-doi-ngan-sach')!.value = 150;
    expect(bodyToText(entered.body, entered.indicators, entered.period).join('\n')).toContain('lũy kế 11 tháng đạt 1.051 tỷ đồng');
  });
});
