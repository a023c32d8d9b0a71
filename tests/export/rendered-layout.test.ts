import { execFile } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistMarkers } from '../../core/export/body-to-docx';
import { textWidthOf } from '../../core/export/docx-units';
import { headerLayout } from '../../core/export/header-layout';
import { keptTogether } from '../../core/export/line-breaking';
import { reportToDocx } from '../../core/export/report-to-docx';
import { suggestedProfile, type OfficeKind } from '../../core/organisation/office-kinds';
import { effectiveLayout } from '../../core/organisation/layout-settings';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { makePeriod, type Period, type PeriodKind } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { appendixTable } from '../../core/report/appendix-table';
import { documentParts } from '../../core/report/document-parts';
import type { Report } from '../../core/report/report-schema';
import { reportToText } from '../../core/report/report-to-text';
import { toRoman } from '../../core/numbers/roman-numeral';
import type { ReportTemplate } from '../../services/templates/compile-template';
import { createReportFromTemplate } from '../../services/templates/create-report-from-template';
import { loadTemplates } from '../../services/templates/load-templates';
import { readReportFile } from '../../services/workspace/workspace-store';
import { districtPartyCommittee, peoplesCommittee } from '../../examples/sample/organisations';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { filledReport } from '../support/filled-report';
import { pdfPageSizes, pdfPageText, pdfPageWords, renderToPdf } from '../support/render-pdf';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const run = promisify(execFile);
const millimetre = 72 / 25.4;
const periodOfKind: Record<PeriodKind, Period> = {
  month: makePeriod('month', 2026, 12),
  quarter: makePeriod('quarter', 2026, 4),
  half: makePeriod('half', 2026, 2),
  'nine-months': makePeriod('nine-months', 2026),
  year: makePeriod('year', 2026),
};

/** The organisation a template is tried for: an office it names, else the historical district sample of its format. */
function organisationFor(template: ReportTemplate): OrganisationProfile {
  const kind = template.manifest.offices?.[0] as OfficeKind | undefined;
  const profile = kind
    ? suggestedProfile({
        kind,
        name: kind === 'so' ? 'Nông nghiệp và Môi trường' : 'Bình Hưng Hòa',
        provinceKind: 'thành phố',
        provinceName: 'Hồ Chí Minh',
      })
    : template.manifest.format === 'party'
      ? districtPartyCommittee
      : peoplesCommittee;
  return {
    ...profile,
    signer: { ...profile.signer, name: profile.signer.name || 'Nguyễn Văn Bình' },
    units: [
      { id: 'khu-pho-mot', name: 'Khu phố 1' },
      { id: 'khu-pho-hai', name: 'Khu phố 2' },
    ],
  };
}

/** The longest names and lines of 2026 offices: a department under a city's committee signed by a deputy, a ward's Party committee. */
function longNameVariants(state: Report, party: Report): Report[] {
  return [
    {
      ...state,
      id: 'bien-the-so-thanh-pho',
      meta: { ...state.meta, number: 128, date: '2026-12-28', signer: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Trần Thị Hoa' } },
      organisation: {
        ...state.organisation,
        parentBody: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
        issuingBody: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
        issuerName: 'Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh',
        place: 'Thành phố Hồ Chí Minh',
        numberSymbol: 'BC-SNNMT',
      },
    },
    {
      ...party,
      id: 'bien-the-dang-uy-phuong',
      meta: { ...party.meta, number: 7, date: '2026-12-25' },
      organisation: {
        ...party.organisation,
        parentBody: 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH',
        issuingBody: 'ĐẢNG ỦY PHƯỜNG BÌNH HƯNG HÒA',
        issuerName: 'Đảng ủy phường Bình Hưng Hòa',
        place: 'Bình Hưng Hòa',
        numberSymbol: 'BC/ĐU',
      },
    },
  ];
}

async function communeSamples(): Promise<Report[]> {
  const directory = path.resolve(import.meta.dirname, '../../examples/xa-tan-thanh/reports');
  const names = (await readdir(directory)).filter((name) => name.endsWith('.json'));
  // The latest report of each period kind, of each office.
  const latest = new Map<string, string>();
  for (const name of names.sort())
    latest.set(
      name.replace(
        /_\d{4}(?:-(\d{2}|Q\d|H\d|9M))?\.json$/u,
        (_, part: string | undefined) => `:${part ? part.replace(/\d+/u, '') || 'thang' : 'nam'}`,
      ),
      name,
    );
  return Promise.all([...latest.values()].map((name) => readReportFile(path.join(directory, name), name)));
}

/**
 * Every built-in template (a finished report of each period it serves), every sample report, and two variants with
 * the longest names of 2026 offices, exported and rendered by LibreOffice once: what a records clerk would print.
 */
describe('the official layout on the rendered page', async () => {
  const { templates } = await loadTemplates();
  const reports: Report[] = [];
  for (const template of templates) {
    for (const kind of template.manifest.periodKinds) {
      const period = periodOfKind[kind];
      const created = createReportFromTemplate(template, {
        organisation: organisationFor(template),
        period,
        id: `${template.manifest.id}-${periodKey(period)}`,
        createdAt: '2026-12-02T08:00:00+07:00',
      });
      reports.push(filledReport({ ...created, meta: { ...created.meta, date: '2026-12-28' } }));
    }
  }
  reports.push(...sampleWorkspace.reports, ...(await communeSamples()));
  reports.push(
    ...longNameVariants(
      sampleWorkspace.reports.find((report) => report.organisation.format === 'state')!,
      sampleWorkspace.reports.find((report) => report.organisation.format === 'party')!,
    ),
  );

  let directory: string;
  let remove: () => Promise<void>;
  const pdfOf = (report: Report) => path.join(directory, 'pdf', `${report.id}.pdf`);
  const pageCount = async (report: Report) => (await pdfPageSizes(pdfOf(report))).length;

  beforeAll(async () => {
    ({ directory, remove } = await makeTemporaryDirectory('rendered-layout'));
    const files: string[] = [];
    for (const report of reports) {
      const file = path.join(directory, `${report.id}.docx`);
      await writeFile(file, await reportToDocx(report));
      files.push(file);
    }
    await renderToPdf(files, path.join(directory, 'pdf'), path.join(directory, 'profile'));
  }, 600_000);
  afterAll(() => remove?.());

  it('covers every built-in template, both samples and the two long-name variants', () => {
    expect(new Set(reports.map((report) => report.id)).size).toBe(reports.length);
    expect(reports.length).toBeGreaterThan(templates.length + sampleWorkspace.reports.length);
  });

  describe.each(reports.map((report) => [report.id, report] as const))('%s', (_id, report) => {
    it('draws every glyph in Liberation Serif, the Times New Roman of this machine', async () => {
      const { stdout } = await run('pdffonts', [pdfOf(report)]);
      const fonts = stdout
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => line.split(/\s+/u)[0]!.replace(/^[A-Z]{6}\+/u, ''));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font).toMatch(/^LiberationSerif(?:-Bold|-Italic|-BoldItalic)?$/u);
    });

    it('prints each line of the header on one line, the Quốc hiệu and the date line unbroken', async () => {
      const page = (await pdfPageText(pdfOf(report), 1)).split('\n').map((line) => line.trim().replace(/\s+/gu, ' '));
      const parts = documentParts(report);
      const layout = headerLayout(parts, textWidthOf(effectiveLayout(report.organisation.format, report.organisation.layout)));
      expect(layout.tooLong).toEqual([]);
      const lines = [...layout.parentLines, ...layout.issuingLines, layout.numberLine, ...layout.rightLines].map((line) =>
        line.text.replace(/\s+/gu, ' '),
      );
      for (const line of lines)
        expect(
          page.some((text) => text.includes(line)),
          `“${line}” in\n${page.join('\n')}`,
        ).toBe(true);
      // The page holds the header's lines and no more: a wrapped line would add one.
      const headerRows = page
        .slice(
          0,
          page.findIndex((text) => text.startsWith('BÁO CÁO')),
        )
        .filter((text) => text !== '' && text !== '*');
      expect(headerRows.length, headerRows.join('\n')).toBeLessThanOrEqual(
        Math.max(layout.parentLines.length + layout.issuingLines.length + 1, layout.rightLines.length) + 1,
      );
    });

    it('breaks the trích yếu with no single word on its last line and no number parted from its noun', async () => {
      const page = (await pdfPageText(pdfOf(report), 1)).split('\n').map((line) => line.trim().replace(/\s+/gu, ' '));
      const title = page.findIndex((text) => text === 'BÁO CÁO');
      const words = report.meta.subject.trim().split(/\s+/u);
      const lines: string[] = [];
      for (let index = title + 1, count = 0; count < words.length && index < page.length; index += 1) {
        if (!page[index]) continue;
        lines.push(page[index]!);
        count += page[index]!.split(' ').length;
      }
      expect(lines.join(' ')).toBe(words.join(' '));
      expect(lines.at(-1)!.split(' ').length > 1 || lines.length === 1, lines.join('\n')).toBe(true);
      const kept = keptTogether(report.meta.subject);
      for (let index = 1; index < lines.length; index += 1) {
        const pair = `${lines[index - 1]!.split(' ').at(-1)}\u00a0${lines[index]!.split(' ')[0]}`;
        expect(kept, `${lines[index - 1]} / ${lines[index]}`).not.toContain(pair);
      }
    });

    it('prints no figure left out (…), no doubled closing mark and no word broken inside itself', async () => {
      const { stdout } = await run('pdftotext', ['-layout', pdfOf(report), '-']);
      expect(stdout).not.toContain('././.');
      expect(stdout).not.toContain('…');
      expect(stdout).toContain('./.');
      const known = new Set(
        [
          reportToText(report, 10_000),
          ...Object.values(documentParts(report)).flat().map(String),
          ...appendixWords(report),
          '-----',
          ...Object.values(checklistMarkers),
        ]
          .join(' ')
          .split(/[\s\u00a0]+/u),
      );
      const pages = await pageCount(report);
      const unknown: string[] = [];
      for (let page = 1; page <= pages; page += 1)
        for (const word of await pdfPageWords(pdfOf(report), page))
          if (!known.has(word.text) && !/^\d+$/u.test(word.text)) unknown.push(word.text);
      expect(unknown).toEqual([]);
    });

    it('numbers the appendix’s groups I, II, III… and keeps its table inside the margins', async () => {
      const table = appendixTable(report);
      const groups = table.rows.filter((row) => row.kind === 'group');
      expect(groups.map((row) => row.number)).toEqual(groups.map((_, index) => toRoman(index + 1)));
      const pages = await pageCount(report);
      const sizes = await pdfPageSizes(pdfOf(report));
      const layout = effectiveLayout(report.organisation.format, report.organisation.layout);
      const seen: string[] = [];
      for (let page = 1; page <= pages; page += 1) {
        if (sizes[page - 1]!.width < sizes[page - 1]!.height) continue;
        const words = await pdfPageWords(pdfOf(report), page);
        for (const word of words) {
          expect(word.xMin, word.text).toBeGreaterThanOrEqual((layout.marginLeftMm - 1) * millimetre);
          expect(word.xMax, word.text).toBeLessThanOrEqual(sizes[page - 1]!.width - (layout.marginRightMm - 1) * millimetre);
          if (/^[IVX]+$/u.test(word.text)) seen.push(word.text);
        }
      }
      expect(seen.filter((number) => groups.some((row) => row.number === number))).toEqual(
        expect.arrayContaining(groups.map((row) => row.number)),
      );
    });
  });
});

function appendixWords(report: Report): string[] {
  const table = appendixTable(report);
  return [
    ...table.columns.map((column) => column.title),
    ...table.rows.flatMap((row) => (row.kind === 'group' ? [row.number, row.title] : row.cells)),
    ...table.notes,
  ];
}
