import { describe, expect, it } from 'vitest';
import { countFigureReferences } from '../../core/figures/count-figure-references';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';

const { body, indicators } = peoplesCommitteeOctober2019;

describe('counting the figures that refer to an indicator or a plan', () => {
  it('counts every figure of an indicator', () => {
    expect(countFigureReferences(body, indicators, 'thu-can-doi-ngan-sach')).toBe(3);
    expect(countFigureReferences(body, indicators, 'giam-ho-ngheo')).toBe(2);
    expect(countFigureReferences(body, indicators, 'khong-co')).toBe(0);
  });

  it('counts for the first plan the figures comparing with a plan without naming it', () => {
    expect(countFigureReferences(body, indicators, 'thu-can-doi-ngan-sach', 'ke-hoach-nam')).toBe(1);
    expect(countFigureReferences(body, indicators, 'giam-ho-ngheo', 'ho-ngheo-dau-nam')).toBe(1);
    expect(countFigureReferences(body, indicators, 'giam-ho-ngheo', 'ke-hoach-khac')).toBe(0);
  });
});
