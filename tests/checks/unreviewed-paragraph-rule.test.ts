import { describe, expect, it } from 'vitest';
import { findingsOf, novemberFromOctober, reviewed, samples } from './check-fixtures';

describe('CHUA-XEM-LAI: a paragraph carried from the previous report and not reviewed', () => {
  it('warns about every carried paragraph, lists included, pointing to its path', () => {
    const findings = findingsOf(novemberFromOctober(), 'CHUA-XEM-LAI');
    expect(findings.length).toBe(13);
    expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(findings[0]).toMatchObject({ target: { kind: 'body', path: [1] } });
    expect(findings[0]!.message).toContain('“Trong tháng 10, tình hình kinh tế - xã hội');
    expect(findings.at(-1)!.target).toEqual({ kind: 'body', path: [15, 5, 0] });
  });

  it('says nothing once the paragraphs are reviewed, or for a report written afresh', () => {
    expect(findingsOf(reviewed(novemberFromOctober()), 'CHUA-XEM-LAI')).toEqual([]);
    expect(findingsOf(samples.october2019, 'CHUA-XEM-LAI')).toEqual([]);
  });
});
