import { describe, expect, it } from 'vitest';
import { makePeriod } from '../../core/periods/period';
import { edited, findingsOf, novemberFromOctober, row, samples } from './check-fixtures';

const october = samples.october2019;

describe('LUY-KE-SAI: a cumulative that is not last cumulative plus this period', () => {
  it('finds nothing wrong in a report rolled over from the previous one', () => {
    expect(findingsOf(novemberFromOctober(), 'LUY-KE-SAI', { previous: october })).toEqual([]);
  });

  it('is an error when the base differs from the previous report’s cumulative', () => {
    const november = edited(novemberFromOctober({ 'thu-can-doi-ngan-sach': 150 }), (copy) => {
      row(copy, 'thu-can-doi-ngan-sach').cumulativeBase = 698.7;
    });
    const [finding, ...others] = findingsOf(november, 'LUY-KE-SAI', { previous: october });
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      target: { kind: 'indicator', indicatorId: 'thu-can-doi-ngan-sach', column: 'cumulativeOverride' },
    });
    expect(finding!.message).toContain('lũy kế tháng 10 năm 2019 901 tỷ đồng + kỳ này 150 tỷ đồng = 1.051 tỷ đồng');
    expect(finding!.message).toContain('lũy kế kỳ trước trong bảng là 699 tỷ đồng');
  });

  it('tolerates a base rounded to the indicator’s decimals', () => {
    const november = edited(novemberFromOctober(), (copy) => {
      row(copy, 'thu-can-doi-ngan-sach').cumulativeBase = 901;
    });
    expect(findingsOf(november, 'LUY-KE-SAI', { previous: october })).toEqual([]);
  });

  it('warns when no base was carried, so no cumulative can be shown', () => {
    const november = edited(novemberFromOctober(), (copy) => {
      row(copy, 'giam-ho-ngheo').cumulativeBase = null;
    });
    expect(findingsOf(november, 'LUY-KE-SAI', { previous: october })).toMatchObject([
      { severity: 'warning', target: { indicatorId: 'giam-ho-ngheo' } },
    ]);
  });

  it('warns about a cumulative typed by hand, and only when it differs', () => {
    const overridden = (cumulative: number) =>
      edited(novemberFromOctober({ 'giam-ho-ngheo': 20 }), (copy) => {
        row(copy, 'giam-ho-ngheo').cumulativeOverride = cumulative;
      });
    expect(findingsOf(overridden(301), 'LUY-KE-SAI', { previous: october })).toEqual([]);
    const [finding] = findingsOf(overridden(305), 'LUY-KE-SAI', { previous: october });
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding!.message).toContain('nhập tay (305 hộ)');
  });

  it('finds the previous report in the history: the one the report was started from, or the month before', () => {
    const november = edited(novemberFromOctober(), (copy) => {
      row(copy, 'thu-can-doi-ngan-sach').cumulativeBase = 800;
    });
    expect(findingsOf(november, 'LUY-KE-SAI', { history: [samples.november2021, october] })).toHaveLength(1);
    const unlinked = edited(november, (copy) => {
      copy.provenance.derivedFrom = null;
    });
    expect(findingsOf(unlinked, 'LUY-KE-SAI', { history: [october] })).toHaveLength(1);
  });

  it('skips silently without a previous report, across a year, or after a gap', () => {
    const november = edited(novemberFromOctober(), (copy) => {
      row(copy, 'thu-can-doi-ngan-sach').cumulativeBase = 800;
    });
    expect(findingsOf(november, 'LUY-KE-SAI')).toEqual([]);
    const december = edited(november, (copy) => {
      copy.period = makePeriod('month', 2019, 12);
    });
    expect(findingsOf(december, 'LUY-KE-SAI', { previous: october })).toEqual([]);
    const january = edited(november, (copy) => {
      copy.period = makePeriod('month', 2020, 1);
    });
    expect(findingsOf(january, 'LUY-KE-SAI', { previous: october })).toEqual([]);
  });

  it('leaves stocks and ratios alone: their cumulative is the value', () => {
    const november = edited(novemberFromOctober(), (copy) => {
      row(copy, 'thu-can-doi-ngan-sach').nature = 'stock';
      row(copy, 'thu-can-doi-ngan-sach').cumulativeBase = 800;
    });
    expect(findingsOf(november, 'LUY-KE-SAI', { previous: october })).toEqual([]);
  });
});
