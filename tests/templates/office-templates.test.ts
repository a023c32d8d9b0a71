import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../core/checks/check-report';
import { reportToDocx } from '../../core/export/report-to-docx';
import { suggestedProfile, type OfficeKind } from '../../core/organisation/office-kinds';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { makePeriod, nextPeriod, type Period, type PeriodKind } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { reportToText } from '../../core/report/report-to-text';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import type { ReportTemplate } from '../../services/templates/compile-template';
import { createReportFromTemplate } from '../../services/templates/create-report-from-template';
import { loadTemplates } from '../../services/templates/load-templates';
import { filledReport as filled } from '../support/filled-report';
import { pdfPageText, renderToPdf } from '../support/render-pdf';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const periodOfKind: Record<PeriodKind, Period> = {
  month: makePeriod('month', 2026, 11),
  quarter: makePeriod('quarter', 2026, 3),
  half: makePeriod('half', 2026, 1),
  'nine-months': makePeriod('nine-months', 2026),
  year: makePeriod('year', 2026),
};

/** The office each template is tried for, with what its header must say, top to bottom, and its number symbol. */
const headers: Record<string, { kind: OfficeKind; name: string; lines: string[]; symbol: string; absent: string[] }> = {
  'ubnd-xa': {
    kind: 'ubnd-xa',
    name: 'Tân Thành',
    lines: ['ỦY BAN NHÂN DÂN', 'XÃ TÂN THÀNH'],
    symbol: '/BC-UBND',
    absent: ['HUYỆN', 'QUẬN'],
  },
  'ubnd-phuong': {
    kind: 'ubnd-phuong',
    name: 'Hồng Gai',
    lines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HỒNG GAI'],
    symbol: '/BC-UBND',
    absent: ['HUYỆN', 'QUẬN', 'THÀNH PHỐ HẠ LONG'],
  },
  'dang-uy-xa': {
    kind: 'dang-uy-xa',
    name: 'Tân Thành',
    lines: ['ĐẢNG BỘ TỈNH PHÚ THỌ', 'ĐẢNG ỦY XÃ TÂN THÀNH', '*'],
    symbol: '-BC/ĐU',
    absent: ['HUYỆN ỦY', 'QUẬN ỦY', 'ĐẢNG BỘ HUYỆN'],
  },
  'so-nnmt': {
    kind: 'so',
    name: 'Nông nghiệp và Môi trường',
    lines: ['ỦY BAN NHÂN DÂN', 'TỈNH PHÚ THỌ', 'SỞ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG'],
    symbol: '/BC-SNNMT',
    absent: ['HUYỆN', 'QUẬN'],
  },
};

const officeOf = (template: ReportTemplate) => Object.keys(headers).find((prefix) => template.manifest.id.startsWith(`${prefix}-`))!;

function organisationFor(template: ReportTemplate): OrganisationProfile {
  const header = headers[officeOf(template)]!;
  const provinceName = header.kind === 'ubnd-phuong' ? 'Quảng Ninh' : 'Phú Thọ';
  const profile = suggestedProfile({ kind: header.kind, name: header.name, provinceKind: 'tỉnh', provinceName });
  return {
    ...profile,
    signer: { ...profile.signer, name: 'Nguyễn Văn Bình' },
    units: [
      { id: 'don-vi-mot', name: 'Đơn vị Một' },
      { id: 'don-vi-hai', name: 'Đơn vị Hai' },
    ],
  };
}

describe('templates of the offices of 2026', () => {
  let office: ReportTemplate[];
  const created = new Map<string, Report>();
  const rolled = new Map<string, Report>();
  let directory: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    office = (await loadTemplates()).templates.filter((template) => template.manifest.offices);
    ({ directory, remove } = await makeTemporaryDirectory('office-templates'));
    const files: string[] = [];
    for (const template of office) {
      for (const kind of template.manifest.periodKinds) {
        const period = periodOfKind[kind];
        const label = `${template.manifest.id}-${periodKey(period)}`;
        const report = filled(
          createReportFromTemplate(template, {
            organisation: organisationFor(template),
            period,
            id: label,
            createdAt: '2026-11-17T08:00:00+07:00',
          }),
        );
        created.set(label, report);
        const next = rollOverReport({
          previous: report,
          period: nextPeriod(period),
          history: [],
          templateId: template.manifest.id,
          subjectPattern: template.manifest.subject,
          id: `${label}-sau`,
          createdAt: '2026-12-17T08:00:00+07:00',
        });
        rolled.set(label, validateReport(next, label));
        const file = path.join(directory, `${label}.docx`);
        await writeFile(file, await reportToDocx(report));
        files.push(file);
      }
    }
    await renderToPdf(files, path.join(directory, 'pdf'), path.join(directory, 'profile'));
  }, 240_000);

  afterAll(async () => remove?.());

  it('gives every kind of office a template for every period it reports on', () => {
    const kinds = (prefix: string) =>
      office.filter((template) => officeOf(template) === prefix).flatMap((template) => template.manifest.periodKinds);
    const all: PeriodKind[] = ['month', 'quarter', 'half', 'nine-months', 'year'];
    expect(kinds('ubnd-xa').sort()).toEqual([...all].sort());
    expect(kinds('ubnd-phuong').sort()).toEqual([...all].sort());
    expect(kinds('so-nnmt').sort()).toEqual([...all].sort());
    expect(kinds('dang-uy-xa').sort()).toEqual(['half', 'month', 'nine-months', 'year']);
    expect(office.find((template) => template.manifest.id === 'ubnd-xa-thang')!.manifest.offices).toEqual(['ubnd-xa', 'ubnd-dac-khu']);
  });

  it('starts each report with an indicator set of the office: points, ceilings, computed indicators and figures by unit', () => {
    for (const [label, report] of created) {
      const rows = report.indicators;
      expect(rows.length, label).toBeGreaterThanOrEqual(12);
      expect(
        rows.some((row) => row.nature === 'ratio' && row.unit === '%'),
        label,
      ).toBe(true);
      expect(
        rows.some((row) => row.derivation),
        label,
      ).toBe(true);
      expect(
        rows.some((row) => row.breakdown?.length === 2),
        label,
      ).toBe(true);
      if (!label.startsWith('so-'))
        expect(
          rows.some((row) => row.direction === 'lower'),
          label,
        ).toBe(true);
      for (const row of rows) expect(row.name.charAt(0), `${label} ${row.id}`).toBe(row.name.charAt(0).toLocaleUpperCase('vi'));
    }
  });

  it('reads like the office’s report: sub-sections by field, a table by unit, no figure left out or unknown', () => {
    for (const [label, report] of created) {
      const text = reportToText(report);
      expect(text, label).toMatch(label.startsWith('dang-uy') ? /^a\) /m : /^\d\.1\. /m);
      expect(text, label).toMatch(/^ \| Tổng cộng \| /m);
      for (const leftover of ['undefined', 'NaN', '{{', '\uE000']) expect(text, label).not.toContain(leftover);
      const errors = checkReport(report).filter((finding) => finding.severity === 'error');
      expect(
        errors.map((finding) => finding.message),
        label,
      ).toEqual([]);
    }
  });

  it('rolls each report over to the next period, its plans, cumulatives and units carried', () => {
    for (const [label, next] of rolled) {
      const previous = created.get(label)!;
      expect(next.period, label).toEqual(nextPeriod(previous.period));
      for (const row of next.indicators.filter((candidate) => candidate.breakdown)) {
        expect(
          row.breakdown!.map((entry) => entry.unit),
          `${label} ${row.id}`,
        ).toEqual(['don-vi-mot', 'don-vi-hai']);
      }
      if (next.period.year === previous.period.year) {
        const flow = next.indicators.find((row) => row.nature === 'flow' && !row.derivation)!;
        expect(flow.cumulativeBase, label).not.toBeNull();
        expect(flow.plans, label).toEqual(previous.indicators.find((row) => row.id === flow.id)!.plans);
      }
    }
  });

  it('exports a Word file whose first page has the office’s own header and number symbol', async () => {
    for (const label of created.keys()) {
      const template = office.find((candidate) => label.startsWith(`${candidate.manifest.id}-`))!;
      const header = headers[officeOf(template)]!;
      const page = await pdfPageText(path.join(directory, 'pdf', `${label}.pdf`), 1);
      const lines = page.split('\n');
      const positions = header.lines.map((line) => lines.findIndex((text) => text.includes(line)));
      expect(
        positions.every((position) => position >= 0),
        `${label}: ${header.lines.join(' / ')}\n${page}`,
      ).toBe(true);
      expect(positions, label).toEqual([...positions].sort((a, b) => a - b));
      expect(page, label).toContain(header.symbol);
      expect(page, label).toContain(template.manifest.format === 'party' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      for (const absent of header.absent) expect(page, label).not.toContain(absent);
    }
  });
});
