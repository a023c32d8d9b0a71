import { periodMonths, startsTheYear } from '../periods/period';
import type { Report } from '../report/report-schema';
import { indicatorNameIndex, type IndicatorNameIndex } from './indicator-mentions';
import { textBlocksOf, type TextBlock } from './text-blocks';
import { typedFiguresOf, type TypedFigure } from './typed-figures';

/** What the caller knows besides the report: the previous report, and other reports of the workspace. */
export interface CheckContext {
  previous?: Report | null;
  history?: readonly Report[];
}

/** What every rule is given: the related reports, and the reading of the text, computed once and shared. */
export interface RuleContext {
  /**
   * The report this one's cumulatives build on: same organisation, same year, ending the month before this
   * period starts. Null at the start of a year or when no such report is known.
   */
  preceding: Report | null;
  /** Other reports of the same organisation (the previous one included), never this one. */
  history: readonly Report[];
  textBlocks(): readonly TextBlock[];
  indicatorNames(): IndicatorNameIndex;
  typedFigures(): readonly TypedFigure[];
}

export function ruleContextFor(report: Report, context: CheckContext = {}): RuleContext {
  const others = [...(context.previous ? [context.previous] : []), ...(context.history ?? [])].filter(
    (candidate, index, all) =>
      candidate.organisation.id === report.organisation.id &&
      candidate.id !== report.id &&
      all.findIndex((other) => other.id === candidate.id) === index,
  );
  let textBlocks: TextBlock[] | undefined;
  let indicatorNames: IndicatorNameIndex | undefined;
  let typedFigures: TypedFigure[] | undefined;
  const ruleContext: RuleContext = {
    preceding: precedingReport(report, others, context.previous ?? null),
    history: others,
    textBlocks: () => (textBlocks ??= textBlocksOf(report.body)),
    indicatorNames: () => (indicatorNames ??= indicatorNameIndex(report.indicators)),
    typedFigures: () => (typedFigures ??= typedFiguresOf(report, ruleContext)),
  };
  return ruleContext;
}

/** Prefers the report given as previous, then the one this report was started from, then one of the same kind. */
function precedingReport(report: Report, others: readonly Report[], previous: Report | null): Report | null {
  if (startsTheYear(report.period)) return null;
  const monthBefore = periodMonths(report.period).first - 1;
  const candidates = others.filter(
    (candidate) => candidate.period.year === report.period.year && periodMonths(candidate.period).last === monthBefore,
  );
  const derivedFrom = report.provenance.derivedFrom?.reportId;
  return (
    candidates.find((candidate) => candidate.id === previous?.id) ??
    candidates.find((candidate) => candidate.id === derivedFrom) ??
    candidates.find((candidate) => candidate.period.kind === report.period.kind) ??
    candidates[0] ??
    null
  );
}
