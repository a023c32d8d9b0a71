import { describe, expect, it } from 'vitest';
import { bodyToText } from '../../core/body/body-to-text';
import { validateReport } from '../../core/report/read-report';
import { buildLargeReport, plantedEvery, timeCheckReport } from './large-report';

describe('a report of about a hundred pages', () => {
  const report = buildLargeReport({ paragraphs: 1000, indicators: 300 });

  it('is a valid report of a thousand paragraphs and three hundred indicators', () => {
    expect(() => validateReport(report)).not.toThrow();
    expect(report.indicators).toHaveLength(300);
    const words = bodyToText(report.body, report.indicators, report.period).join(' ').split(/\s+/).length;
    expect(words).toBeGreaterThan(50_000);
  });

  it('is checked whole: exactly the planted wrong numbers are errors, nothing is a false alarm', () => {
    const { findings } = timeCheckReport(report);
    const errors = findings.filter((finding) => finding.severity === 'error');
    expect(errors).toHaveLength(1000 / plantedEvery);
    expect(errors.every((finding) => finding.code === 'SO-GO-TAY' && finding.message.includes('“9.999,9'))).toBe(true);
    expect(findings.filter((finding) => finding.severity !== 'error')).toEqual([]);
  });
});
