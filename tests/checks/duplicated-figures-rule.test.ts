import { describe, expect, it } from 'vitest';
import { edited, findingsOf, row, samples } from './check-fixtures';

const november = samples.november2021;

describe('TRUNG-SO-LIEU: two indicators with the same figures', () => {
  it('warns on the later of two rows with the same value and growth (seed 003)', () => {
    expect(findingsOf(november, 'TRUNG-SO-LIEU')).toMatchObject([
      { severity: 'warning', target: { kind: 'indicator', indicatorId: 'doanh-thu-luu-tru-an-uong', column: 'value' } },
    ]);
  });

  it('says nothing once the copied row has its own figures', () => {
    const corrected = edited(november, (copy) => {
      row(copy, 'doanh-thu-luu-tru-an-uong').value = 412.3;
      row(copy, 'doanh-thu-luu-tru-an-uong').samePeriod.value = 350.1;
    });
    expect(findingsOf(corrected, 'TRUNG-SO-LIEU')).toEqual([]);
  });

  it('says nothing for the same value with a different growth', () => {
    const differentBase = edited(november, (copy) => {
      row(copy, 'doanh-thu-luu-tru-an-uong').samePeriod.value = 1900;
    });
    expect(findingsOf(differentBase, 'TRUNG-SO-LIEU')).toEqual([]);
  });

  it('only informs about the same large value without any growth, and ignores small counts', () => {
    const noGrowth = edited(november, (copy) => {
      row(copy, 'ban-le-hang-hoa').samePeriod.value = null;
      row(copy, 'doanh-thu-luu-tru-an-uong').samePeriod.value = null;
    });
    expect(findingsOf(noGrowth, 'TRUNG-SO-LIEU')).toMatchObject([{ severity: 'information' }]);
    const counts = edited(samples.nineMonths2019, (copy) => {
      row(copy, 'cong-doan-thanh-lap').value = 3;
    });
    expect(findingsOf(counts, 'TRUNG-SO-LIEU')).toEqual([]);
  });
});
