import {
  computedCumulativeOf,
  cumulativeOf,
  defaultGrowthBasis,
  defaultPlanBasis,
  isRate,
  planGapOf,
  planPercentOf,
  previousChangeOf,
  samePeriodDifferenceOf,
  samePeriodGrowthOf,
  samePeriodRatioOf,
  type FigureBasis,
} from '../indicators/derived-figures';
import type { IndicatorRow, Plan } from '../indicators/indicator-row';
import type { FigureReference } from '../figures/figure-reference';
import { renderFigureOfRow } from '../figures/render-figure';
import { growthComparison, planComparison, ratioComparison, type PlanWording } from '../numbers/comparison-wording';
import { formatPercent } from '../numbers/format-number';
import type { Report } from '../report/report-schema';
import { foldText } from './fold-text';
import type { IndicatorMention, IndicatorNameIndex } from './indicator-mentions';
import type { TextBlock } from './text-blocks';
import { clauseBreakBetween, sentenceStartBefore, skipSpaces, wordsAt } from './text-spans';
import { typedNumbersIn, type TypedNumber, type WrittenNumber } from './typed-numbers';

/** The part of the checks' shared reading that typed figures are read from (the rest is built from them). */
export interface TypedFiguresReading {
  preceding: Report | null;
  textBlocks(): readonly TextBlock[];
  indicatorNames(): IndicatorNameIndex;
}

/**
 * How a typed amount compares with its indicator: equal to a figure of the table (`current`), equal to last
 * period's figure only (`previous`, a figure left from the last report), or equal to none (`different`).
 */
export type AmountVerdict = 'current' | 'previous' | 'different';

export type TypedFigure =
  | {
      kind: 'amount';
      block: TextBlock;
      typed: TypedNumber;
      row: IndicatorRow;
      /** Named in the same clause, with no `trong đó` between: the number is surely about it. */
      sameClause: boolean;
      verdict: AmountVerdict;
    }
  | {
      kind: 'percentage';
      block: TextBlock;
      typed: TypedNumber;
      row: IndicatorRow;
      /** As typed: `bằng 125% kế hoạch năm thành phố giao`. */
      phrase: string;
      /** The comparison as the table words it, or null when the table cannot compute it. */
      expected: string | null;
      matches: boolean;
    }
  | {
      kind: 'share';
      block: TextBlock;
      typed: TypedNumber;
      /** As typed: `598/612 hồ sơ, đạt 97,5%`. */
      phrase: string;
      /** The share the fraction gives: `đạt 97,7%`. */
      expected: string;
      matches: boolean;
    };

/** Small whole numbers recognised only by their unit (`3 tổ chức`) are too often a coincidence to report. */
const smallestUnnamedAmount = 10;

const comparisonVerbs = new Set(['bằng', 'đạt', 'vượt', 'tăng', 'giảm']);

/**
 * Every number typed as text that can be tied to an indicator: an amount followed by the indicator's unit (or,
 * for an indicator without a unit, ending its clause) after the indicator is named in the same sentence; a
 * percentage worded as a comparison with a plan or the same period (`bằng 97% kế hoạch năm`, `tăng 8,5% so với
 * cùng kỳ`) after the indicator is named. The nearest indicator named before the number wins. An amount with a
 * unit but no indicator named is kept only when it equals a figure of an indicator with that unit (and is not a
 * small whole number, too often a coincidence).
 */
export function typedFiguresOf(report: Report, context: TypedFiguresReading): TypedFigure[] {
  const rows = new Map(report.indicators.map((row) => [row.id, row]));
  const previousRows = new Map((context.preceding?.indicators ?? []).map((row) => [row.id, row]));
  const units = distinctUnits(report.indicators);
  const names = context.indicatorNames();
  const found: TypedFigure[] = [];
  for (const block of context.textBlocks()) {
    const numbers = typedNumbersIn(block.text, block.folded);
    if (numbers.length === 0) continue;
    const mentions = names.mentionsIn(block);
    for (const typed of numbers) {
      const percentage = typed.percent
        ? (readPercentage(report, block, typed, mentions, rows) ?? readFractionPercentage(block, typed, numbers))
        : typed.denominator
          ? null
          : readPoints(report, block, typed, mentions, rows);
      if (percentage) {
        found.push(percentage);
        continue;
      }
      const unitsAfter = unitsWrittenAfter(block, typed, units);
      if (unitsAfter.size === 0) continue;
      const sentenceStart = sentenceStartBefore(block.text, typed.start);
      const mention = nearestMention(mentions, sentenceStart, typed.start, (id) => unitsAfter.has(rows.get(id)?.unit ?? '\0'));
      if (mention) {
        const row = rows.get(mention.indicatorId)!;
        const between = block.folded.slice(mention.end, typed.start);
        found.push({
          kind: 'amount',
          block,
          typed,
          row,
          sameClause:
            !between.includes('trong đó') &&
            (!clauseBreakBetween(block.text, mention.end, typed.start) || continuesWithCumulative(between)),
          verdict: amountVerdict(typed, row, report, context.preceding, previousRows.get(row.id)),
        });
        continue;
      }
      if (typed.denominator || (Number.isInteger(typed.number.value) && Math.abs(typed.number.value) < smallestUnnamedAmount)) continue;
      const unit = [...unitsAfter].find((candidate) => candidate !== '' && candidate !== '%');
      const row =
        unit === undefined ? undefined : units.get(unit)!.rows.find((candidate) => amountVerdict(typed, candidate, report) === 'current');
      if (row) found.push({ kind: 'amount', block, typed, row, sameClause: false, verdict: 'current' });
    }
  }
  return found;
}

/** `…105 tỷ đồng; lũy kế 11 tháng đạt 1.379 tỷ đồng`: a clause that opens with `lũy kế` goes on about the same indicator. */
function continuesWithCumulative(between: string): boolean {
  const lastClause = /[,;:(]\s*([^,;:(]*)$/u.exec(between)?.[1] ?? '';
  return /^lũy kế(?![\p{L}\p{M}])/u.test(lastClause.trimStart());
}

interface UnitRows {
  /** The unit folded for matching (`tỷ đồng`). */
  folded: string;
  rows: IndicatorRow[];
}

function distinctUnits(rows: readonly IndicatorRow[]): Map<string, UnitRows> {
  const units = new Map<string, UnitRows>();
  for (const row of rows) {
    const entry = units.get(row.unit);
    if (entry) entry.rows.push(row);
    else units.set(row.unit, { folded: foldText(row.unit.normalize('NFC')), rows: [row] });
  }
  return units;
}

/** The units (as the table spells them) written right after the number: `202 tỷ đồng`, `97%`, or none for a bare `12`. */
function unitsWrittenAfter(block: TextBlock, typed: TypedNumber, units: Map<string, UnitRows>): Set<string> {
  const written = new Set<string>();
  if (typed.percent) {
    if (units.has('%') && !typed.denominator) written.add('%');
    return written;
  }
  const after = skipSpaces(block.text, typed.end);
  for (const [unit, { folded }] of units) {
    if (unit === '' || unit === '%') continue;
    if (wordsAt(block.folded, after, folded)) written.add(unit);
  }
  if (units.has('') && !typed.denominator && (after >= block.text.length || /[.,;:)]/u.test(block.text[after]!))) written.add('');
  return written;
}

function nearestMention(
  mentions: readonly IndicatorMention[],
  sentenceStart: number,
  position: number,
  accept: (indicatorId: string) => boolean,
): IndicatorMention | null {
  for (let index = mentions.length - 1; index >= 0; index -= 1) {
    const mention = mentions[index]!;
    if (mention.end > position) continue;
    if (mention.start < sentenceStart) return null;
    if (accept(mention.indicatorId)) return mention;
  }
  return null;
}

/** Whether a typed number is the figure, to the precision of the coarser of the two (`202` is 202,3 at 0 decimals). */
function sameAmount(written: WrittenNumber, figure: number, decimals: number, approximate: boolean): boolean {
  const tolerance = 0.5 * 10 ** -Math.min(written.decimals, decimals) + 1e-9 * Math.max(1, Math.abs(figure));
  if (Math.abs(written.value - figure) <= tolerance) return true;
  // `hơn 105 tỷ đồng`, `gần 94 tỷ đồng`: the writer rounded on purpose.
  return approximate && Math.abs(written.value - figure) <= Math.abs(figure) * 0.05;
}

/** Every figure of a row a writer might quote: this period, the cumulative, the plans and targets, the same period. */
function quotableFigures(row: IndicatorRow, report: Report): number[] {
  const figures = [
    row.value,
    cumulativeOf(row, report.period),
    computedCumulativeOf(row, report.period),
    ...row.plans.map((plan) => plan.value),
    ...(row.nextYearPlans ?? []).map((plan) => plan.value),
    row.samePeriod.value,
    row.samePeriod.cumulative,
  ];
  return figures.filter((figure): figure is number => figure !== null);
}

function amountVerdict(
  typed: TypedNumber,
  row: IndicatorRow,
  report: Report,
  preceding: Report | null = null,
  previousRow?: IndicatorRow,
): AmountVerdict {
  const figures = quotableFigures(row, report);
  const quotes = (figure: WrittenNumber, candidates: readonly number[]) =>
    candidates.some((candidate) => sameAmount(figure, candidate, row.decimals, typed.approximate));
  const denominatorMatches = (candidates: readonly number[]) => !typed.denominator || quotes(typed.denominator, candidates);
  if (quotes(typed.number, figures) && denominatorMatches(figures)) return 'current';
  if (preceding && previousRow) {
    const previous = [previousRow.value, cumulativeOf(previousRow, preceding.period)].filter((figure): figure is number => figure !== null);
    if (quotes(typed.number, previous) && denominatorMatches([...figures, ...previousRow.plans.flatMap((plan) => plan.value ?? [])])) {
      return 'previous';
    }
  }
  return 'different';
}

type Comparison = { kind: 'plan'; plans: Plan[]; wording: PlanWording } | { kind: 'growth'; sign: 1 | -1 } | { kind: 'ratio' };

/** `bằng 97% kế hoạch năm`, `vượt 24% kế hoạch`, `tăng 8,5% so với cùng kỳ`, `bằng 98,3% so với cùng kỳ`. */
function readPercentage(
  report: Report,
  block: TextBlock,
  typed: TypedNumber,
  mentions: readonly IndicatorMention[],
  rows: ReadonlyMap<string, IndicatorRow>,
): TypedFigure | null {
  const verb = typed.wordBefore;
  if (typed.approximate || typed.denominator || verb === null || !comparisonVerbs.has(verb)) return null;
  const mention = nearestMention(mentions, sentenceStartBefore(block.text, typed.start), typed.start, () => true);
  const row = mention ? rows.get(mention.indicatorId) : undefined;
  if (!row) return null;
  const { folded } = block;
  let position = skipSpaces(block.text, typed.end);
  for (const link of ['so với ', 'so ']) if (folded.startsWith(link, position)) position += link.length;
  let comparison: Comparison | null = null;
  let tailEnd = position;
  if (wordsAt(folded, position, 'cùng kỳ')) {
    tailEnd = position + 'cùng kỳ'.length;
    comparison = verb === 'bằng' || verb === 'đạt' ? { kind: 'ratio' } : { kind: 'growth', sign: verb === 'giảm' ? -1 : 1 };
  } else if (verb !== 'tăng' && verb !== 'giảm') {
    const planWord = ['kế hoạch', 'kh', 'dự toán'].find((word) => wordsAt(folded, position, word));
    if (planWord) {
      const labelled = row.plans
        .filter((plan) => wordsAt(folded, position, foldText(plan.label.normalize('NFC'))))
        .sort((a, b) => b.label.length - a.label.length)[0];
      tailEnd = position + (labelled ? labelled.label.length : planWord.length);
      comparison = {
        kind: 'plan',
        plans: labelled ? [labelled] : row.plans,
        wording: verb === 'vượt' ? 'vuot' : verb === 'đạt' ? 'dat' : 'bang',
      };
    }
  }
  if (!comparison) return null;
  const expected = expectedPercentages(row, report, comparison);
  if (expected.length === 0) return null;
  const shown = verb === 'vượt' && comparison.kind === 'plan' ? 100 + typed.number.value : typed.number.value;
  const signed = comparison.kind === 'growth' ? comparison.sign * shown : shown;
  const tolerance = 0.5 * 10 ** -Math.min(typed.number.decimals, row.percentDecimals) + 1e-9;
  return {
    kind: 'percentage',
    block,
    typed,
    row,
    phrase: `${verb} ${block.text.slice(typed.start, tailEnd)}`.replace(/\s+/gu, ' ').trim(),
    expected: expectedWording(row, report, comparison, expected),
    matches: expected.some((candidate) => Math.abs(candidate.percent - signed) <= tolerance),
  };
}

interface ExpectedPercentage {
  percent: number;
  basis: FigureBasis;
  plan: Plan | null;
}

/** The percentages the table gives for the comparison, on either basis (a month's value or the cumulative). */
function expectedPercentages(row: IndicatorRow, report: Report, comparison: Comparison): ExpectedPercentage[] {
  const bases: FigureBasis[] = ['period', 'cumulative'];
  const found: ExpectedPercentage[] = [];
  if (comparison.kind === 'plan') {
    for (const plan of comparison.plans) {
      for (const basis of bases) {
        const percent = planPercentOf(row, report.period, plan, basis);
        if (percent !== null) found.push({ percent, basis, plan });
      }
    }
    return found;
  }
  for (const basis of bases) {
    const percent =
      comparison.kind === 'growth' ? samePeriodGrowthOf(row, report.period, basis) : samePeriodRatioOf(row, report.period, basis);
    if (percent !== null) found.push({ percent, basis, plan: null });
  }
  return found;
}

/** The comparison as a figure reference would word it, on the indicator's default basis when it has one. */
function expectedWording(row: IndicatorRow, report: Report, comparison: Comparison, expected: readonly ExpectedPercentage[]): string {
  if (comparison.kind === 'plan') {
    const preferred = expected.find((candidate) => candidate.basis === defaultPlanBasis(row)) ?? expected[0]!;
    return planComparison(preferred.percent, preferred.plan!.label, comparison.wording, row.percentDecimals);
  }
  const preferred = expected.find((candidate) => candidate.basis === defaultGrowthBasis(row, report.period)) ?? expected[0]!;
  return comparison.kind === 'growth'
    ? growthComparison(preferred.percent, row.percentDecimals)
    : ratioComparison(preferred.percent, row.percentDecimals);
}

/**
 * Percentage points typed for a rate: `tăng 1,3 điểm phần trăm so với cùng kỳ`, `giảm 0,6 điểm %`, `thấp hơn kế
 * hoạch 1,6 điểm %`, `tăng 0,5 điểm so với tháng trước` — checked against the difference the table gives, on
 * either basis, with the same period, the plan or last period.
 */
function readPoints(
  report: Report,
  block: TextBlock,
  typed: TypedNumber,
  mentions: readonly IndicatorMention[],
  rows: ReadonlyMap<string, IndicatorRow>,
): TypedFigure | null {
  const { folded } = block;
  const after = skipSpaces(block.text, typed.end);
  const unit = ['điểm phần trăm', 'điểm %', 'điểm'].find((word) => folded.startsWith(word, after));
  if (!unit) return null;
  const before = folded.slice(Math.max(0, typed.start - 60), typed.start);
  const lead = /(tăng|giảm|cao hơn|thấp hơn)((?:\s+[\p{L}\p{M}]+){0,6})?\s*$/u.exec(before);
  if (!lead) return null;
  const mention = nearestMention(mentions, sentenceStartBefore(block.text, typed.start), typed.start, (id) => {
    const row = rows.get(id);
    return row !== undefined && isRate(row);
  });
  const row = mention ? rows.get(mention.indicatorId) : undefined;
  if (!row) return null;
  const verb = lead[1]!;
  const sign = verb === 'giảm' || verb === 'thấp hơn' ? -1 : 1;
  const tailStart = skipSpaces(block.text, after + unit.length);
  const tail = folded.slice(tailStart, tailStart + 30);
  const bases: FigureBasis[] = ['period', 'cumulative'];
  const expected: { value: number; reference: FigureReference }[] = [];
  if (verb === 'cao hơn' || verb === 'thấp hơn') {
    for (const plan of row.plans)
      for (const basis of bases) {
        const gap = planGapOf(row, report.period, plan, basis);
        if (gap !== null)
          expected.push({ value: gap, reference: { indicator: row.id, field: 'plan-gap', plan: plan.id, basis, points: 'short' } });
      }
  } else if (/^so với (tháng|quý|kỳ|năm) trước/u.test(tail)) {
    const change = previousChangeOf(row);
    if (change !== null) expected.push({ value: change, reference: { indicator: row.id, field: 'previous-change' } });
  } else {
    for (const basis of bases) {
      const difference = samePeriodDifferenceOf(row, report.period, basis);
      if (difference !== null) expected.push({ value: difference, reference: { indicator: row.id, field: 'point-change', basis } });
    }
  }
  if (expected.length === 0) return null;
  const tolerance = 0.5 * 10 ** -Math.min(typed.number.decimals, row.percentDecimals) + 1e-9;
  const signed = sign * typed.number.value;
  const preferred =
    expected.find(
      (candidate) => candidate.reference.basis === undefined || candidate.reference.basis === defaultGrowthBasis(row, report.period),
    ) ?? expected[0]!;
  return {
    kind: 'percentage',
    block,
    typed,
    row,
    phrase: `${verb} ${block.text.slice(typed.start, after + unit.length)}`.replace(/\s+/gu, ' ').trim(),
    expected: renderFigureOfRow(row, report.period, preferred.reference).text,
    matches: expected.some((candidate) => Math.abs(candidate.value - signed) <= tolerance),
  };
}

/**
 * A percentage typed after the fraction it is the share of: `598/612 hồ sơ, đạt 97,7%` must be 598 ÷ 612, whatever
 * the indicators say. Only for `đạt` or `bằng`, within the clause.
 */
function readFractionPercentage(block: TextBlock, typed: TypedNumber, numbers: readonly TypedNumber[]): TypedFigure | null {
  if (typed.wordBefore !== 'đạt' && typed.wordBefore !== 'bằng') return null;
  const fraction = [...numbers]
    .reverse()
    .find((candidate) => candidate.end <= typed.start && candidate.denominator !== null && !candidate.percent);
  if (!fraction?.denominator || fraction.denominator.value === 0) return null;
  const between = block.text.slice(fraction.end, typed.start);
  if (between.length > 40 || /[.;]/u.test(between)) return null;
  const share = (fraction.number.value / fraction.denominator.value) * 100;
  const decimals = typed.number.decimals;
  return {
    kind: 'share',
    block,
    typed,
    phrase: `${fraction.number.text}/${fraction.denominator.text}${between}${block.text.slice(typed.start, typed.end)}`.replace(
      /\s+/gu,
      ' ',
    ),
    expected: `${typed.wordBefore} ${formatPercent(share, { decimals })}`,
    matches: Math.abs(share - typed.number.value) <= 0.5 * 10 ** -decimals + 1e-9,
  };
}
