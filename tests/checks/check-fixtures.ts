import type { BlockNode } from '../../core/body/body-schema';
import { paragraph, type InlineInput } from '../../core/body/build-body';
import { checkReport } from '../../core/checks/check-report';
import type { CheckContext } from '../../core/checks/check-context';
import type { CheckFinding } from '../../core/checks/check-finding';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { copyJson } from '../../core/json/copy-json';
import { makePeriod, type Period } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { partyCommitteeNineMonths2019 } from '../../examples/sample/party-committee-2019-9m';
import { partyCommitteeYear2020 } from '../../examples/sample/party-committee-2020';
import { partyCommitteeNovember2021 } from '../../examples/sample/party-committee-2021-11';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { peoplesCommitteeThirdQuarter2022 } from '../../examples/sample/peoples-committee-2022-q3';

export { f } from '../../examples/sample/sample-report';

/** The five sample reports; `november2021` is seed 003 as published, with its copied figures. */
export const samples = {
  october2019: peoplesCommitteeOctober2019,
  nineMonths2019: partyCommitteeNineMonths2019,
  year2020: partyCommitteeYear2020,
  november2021: partyCommitteeNovember2021,
  thirdQuarter2022: peoplesCommitteeThirdQuarter2022,
};

/** A copy of a report with some changes; the original is never touched. */
export function edited(report: Report, change: (copy: Report) => void): Report {
  const copy = copyJson(report);
  change(copy);
  return copy;
}

export function row(report: Report, id: string): IndicatorRow {
  const found = report.indicators.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no indicator ${id} in ${report.id}`);
  return found;
}

/** A copy with the top-level block at `index` replaced by a paragraph of the given text and figures. */
export function withParagraph(report: Report, index: number, ...inline: InlineInput[]): Report {
  return withBlock(report, index, paragraph(...inline));
}

export function withBlock(report: Report, index: number, block: BlockNode): Report {
  return edited(report, (copy) => {
    copy.body.content[index] = block;
  });
}

export function findingsOf(report: Report, code: string, context: CheckContext = {}): CheckFinding[] {
  return checkReport(report, context).filter((finding) => finding.code === code);
}

/** November 2019 started from the October sample, its values entered: what an officer has after a roll-over. */
export function novemberFromOctober(values: Record<string, number> = {}, period: Period = makePeriod('month', 2019, 11)): Report {
  const report = rollOverReport({
    previous: peoplesCommitteeOctober2019,
    period,
    history: [],
    templateId: 'ubnd-thang',
    subjectPattern: 'Kết quả thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}',
    id: 'ubnd-le-chan-2019-11',
    createdAt: '2019-11-25T08:00:00+07:00',
  });
  for (const indicator of report.indicators) indicator.value = values[indicator.id] ?? 10;
  return report;
}

/** The same report with every carried paragraph marked as reviewed. */
export function reviewed(report: Report): Report {
  return edited(report, (copy) => {
    const clear = (node: BlockNode) => {
      if (node.attrs && 'review' in node.attrs) delete node.attrs['review'];
      (node.content as BlockNode[] | undefined)?.forEach((child) => 'type' in child && clear(child));
    };
    copy.body.content.forEach(clear);
  });
}
