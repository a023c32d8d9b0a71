import { foldText } from '../checks/fold-text';
import { identifierFromName } from '../indicators/identifier-from-name';
import {
  computedCumulativeOf,
  findPlan,
  planPercentOf,
  samePeriodGrowthOf,
  samePeriodRatioOf,
  type FigureBasis,
} from '../indicators/derived-figures';
import { emptyIndicatorRow, type FieldGroup, type IndicatorNature, type IndicatorRow, type Plan } from '../indicators/indicator-row';
import { formatPercent } from '../numbers/format-number';
import { parseNumber } from '../numbers/parse-number';
import { startsTheYear, type Period } from '../periods/period';
import { appendixLayout, type AppendixColumnMeaning, type RecognisedColumn } from './appendix-columns';
import { tidy } from './frame-fields';
import type { WordTable } from '../word/word-document';

/** An indicator the workspace already follows, to be recognised by its name in an office's table. */
export interface KnownIndicator {
  id: string;
  name: string;
  nature: IndicatorNature;
  group: string;
}

export interface AppendixReading {
  groups: FieldGroup[];
  indicators: IndicatorRow[];
  /** Indicators recognised as the workspace's (by name, marks and case aside), by id. */
  matched: string[];
  /** Computed columns whose figure in the file disagrees with the computation, and cells that are not numbers. */
  problems: string[];
  columns: RecognisedColumn[];
}

const ungrouped: FieldGroup = { id: 'chi-tieu-chu-yeu', name: 'Chỉ tiêu chủ yếu' };

/**
 * The indicator table of a hand-made report as indicator rows: names, units, plans with the labels of their
 * columns, this period's value, the cumulative, the same period, field groups from the group rows. Computed columns
 * (% of plan, growth, ratio to the same period) are computed again and a disagreement with the file is reported.
 */
export function indicatorsFromAppendix(table: WordTable, period: Period, known: readonly KnownIndicator[]): AppendixReading | null {
  const layout = appendixLayout(table, period.year);
  if (!layout) return null;
  const { columns } = layout;
  const at = (meaning: AppendixColumnMeaning) => columns.flatMap((column, index) => (column.meaning === meaning ? [index] : []));
  const nameColumn = at('name')[0]!;
  const numberColumn = at('number')[0];
  const reading: AppendixReading = { groups: [], indicators: [], matched: [], problems: [], columns };
  const taken = new Set<string>();
  let group: FieldGroup | null = null;

  for (const cells of layout.dataRows) {
    const name = tidy(cells[nameColumn] ?? '');
    if (!name) continue;
    const numbering = numberColumn === undefined ? '' : (cells[numberColumn] ?? '');
    const numbers = columns.map((column, index) => (isNumberColumn(column.meaning) ? tidy(cells[index] ?? '') : ''));
    const spansTheRow = cells.slice(nameColumn).every((text) => text === cells[nameColumn]);
    if (/^[IVXLC]+\.?$/u.test(numbering) || spansTheRow || (numbers.every((text) => text === '') && numbering === '')) {
      group = {
        id: identifierFromName(
          name,
          reading.groups.map((candidate) => candidate.id),
          'linh-vuc',
        ),
        name: sentenceCase(name),
      };
      reading.groups.push(group);
      continue;
    }
    if (!group) {
      group = ungrouped;
      reading.groups.push(group);
    }
    const read = (index: number | undefined): { value: number | null; decimals: number; estimate: boolean } => {
      const text = index === undefined ? '' : tidy(cells[index] ?? '');
      const estimate = /^ước\b/iu.test(text);
      const written = text.replace(/^ước\s*/iu, '').replace(/^\+/u, '');
      if (written === '' || /^[-–—x]$/iu.test(written)) return { value: null, decimals: 0, estimate };
      const parsed = parseNumber(written);
      if (!parsed.ok) {
        reading.problems.push(`${name}, cột “${columns[index!]!.title}”: “${text}” không đọc được thành số (${parsed.message}).`);
        return { value: null, decimals: 0, estimate };
      }
      return { value: parsed.value, decimals: written.split(',')[1]?.length ?? 0, estimate };
    };
    const value = read(at('value')[0]);
    const cumulative = read(at('cumulative')[0]);
    const same = read(at('same-period')[0]);
    const plans = at('plan').map((index) => ({ column: columns[index]!, ...read(index) }));
    const targets = at('next-year-plan').map((index) => ({ column: columns[index]!, ...read(index) }));
    const unit = unitOf(tidy(cells[at('unit')[0] ?? -1] ?? ''));
    const match = known.find((candidate) => fold(candidate.name) === fold(name));
    const nature: IndicatorNature =
      match?.nature ??
      (unit === '%' || /^tỷ lệ/u.test(fold(name)) ? 'ratio' : at('cumulative').length > 0 && cumulative.value === null ? 'stock' : 'flow');
    const id = match && !taken.has(match.id) ? match.id : identifierFromName(name, taken, 'chi-tieu');
    taken.add(id);
    if (match) reading.matched.push(id);
    const planOf = (entry: { column: RecognisedColumn; value: number | null }, index: number): Plan => ({
      id: identifierFromName(entry.column.title, [], `ke-hoach-${index + 1}`),
      label: lowerFirst(entry.column.title),
      value: entry.value,
    });
    const flowWithCumulative = nature === 'flow' && !startsTheYear(period) && cumulative.value !== null;
    const baseOf = () =>
      value.value === null || cumulative.value === null
        ? null
        : roundTo(cumulative.value - value.value, Math.max(value.decimals, cumulative.decimals));
    const samePeriodBasis = samePeriodBasisOf(columns, cells, nature, cumulative.value, value.value, same.value);
    const row = emptyIndicatorRow({
      id,
      name,
      unit,
      group: group.id,
      nature,
      decimals: Math.max(value.decimals, cumulative.decimals, same.decimals, ...plans.map((plan) => plan.decimals)),
      percentDecimals: percentDecimalsOf(columns, cells),
      plans: plans.map(planOf),
      value: value.value,
      status: value.estimate || /ước/iu.test(columns[at('value')[0] ?? -1]?.title ?? '') ? 'estimate' : 'actual',
      cumulativeBase: flowWithCumulative ? baseOf() : null,
      cumulativeOverride: flowWithCumulative && value.value === null ? cumulative.value : null,
      samePeriod: samePeriodBasis === 'cumulative' ? { value: null, cumulative: same.value } : { value: same.value, cumulative: null },
      ...(targets.length > 0 ? { nextYearPlans: targets.map(planOf) } : {}),
    });
    reading.indicators.push(row);
    reading.problems.push(...disagreements(row, period, columns, cells, samePeriodBasis));
  }
  return reading.indicators.length > 0 ? reading : null;
}

function isNumberColumn(meaning: AppendixColumnMeaning): boolean {
  return !['number', 'name', 'unit', 'unknown'].includes(meaning);
}

/** The same period is last year's cumulative when the file's ratio is the cumulative's, or when it can only be. */
function samePeriodBasisOf(
  columns: readonly RecognisedColumn[],
  cells: readonly string[],
  nature: IndicatorNature,
  cumulative: number | null,
  value: number | null,
  same: number | null,
): FigureBasis {
  if (nature !== 'flow' || cumulative === null) return 'period';
  const ratioIndex = columns.findIndex((column) => column.meaning === 'ratio' || column.meaning === 'growth');
  const written = ratioIndex >= 0 ? parseNumber((cells[ratioIndex] ?? '').replace(/^\+/u, '')) : null;
  if (written?.ok && same) {
    const growth = columns[ratioIndex]!.meaning === 'growth';
    const of = (figure: number | null) =>
      figure === null ? Infinity : Math.abs((figure / same) * 100 - (growth ? 100 : 0) - written.value);
    return of(value) < of(cumulative) ? 'period' : 'cumulative';
  }
  return 'cumulative';
}

function percentDecimalsOf(columns: readonly RecognisedColumn[], cells: readonly string[]): number {
  const decimals = columns.flatMap((column, index) =>
    ['plan-percent', 'growth', 'ratio'].includes(column.meaning) && cells[index] ? [tidy(cells[index]!).split(',')[1]?.length ?? 0] : [],
  );
  return decimals.length > 0 ? Math.min(2, Math.max(...decimals)) : 1;
}

/** The computed columns as the file prints them against what the table computes from the same row. */
function disagreements(
  row: IndicatorRow,
  period: Period,
  columns: readonly RecognisedColumn[],
  cells: readonly string[],
  basis: FigureBasis,
): string[] {
  const problems: string[] = [];
  const planBasis: FigureBasis = row.nature === 'flow' ? 'cumulative' : 'period';
  columns.forEach((column, index) => {
    const text = tidy(cells[index] ?? '').replace(/%$/u, '');
    if (!text || !['plan-percent', 'growth', 'ratio'].includes(column.meaning)) return;
    const written = parseNumber(text.replace(/^\+/u, ''));
    if (!written.ok) return;
    const plan = findPlan(row);
    const computed =
      column.meaning === 'plan-percent'
        ? plan
          ? planPercentOf(row, period, plan, planBasis)
          : null
        : column.meaning === 'growth'
          ? samePeriodGrowthOf(row, period, basis)
          : samePeriodRatioOf(row, period, basis);
    if (computed === null) return;
    const decimals = text.split(',')[1]?.length ?? 0;
    if (Math.abs(computed - written.value) * 10 ** decimals <= 0.5 + 1e-9) return;
    problems.push(
      `${row.name}, cột “${column.title}”: tệp ghi ${text}, tính từ các số của hàng là ${formatPercent(computed, { decimals }).replace('%', '')}.`,
    );
  });
  if (row.nature === 'flow' && row.cumulativeBase !== null && row.cumulativeBase < 0)
    problems.push(`${row.name}: lũy kế nhỏ hơn số liệu kỳ này (${computedCumulativeOf(row, period)}), cần xem lại.`);
  return problems;
}

function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(Math.min(6, decimals)));
}

function fold(text: string): string {
  return foldText(tidy(text).normalize('NFC'));
}

/** Units as the prose writes them: `Triệu đồng` → `triệu đồng`, `Ha` → `ha`; `%` and abbreviations (`HTX`) kept. */
function unitOf(text: string): string {
  return /^\p{Lu}[\p{Ll}\s\p{M}/.]*$/u.test(text) ? lowerFirst(text) : text;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** `TÀI CHÍNH - NGÂN SÁCH` → `Tài chính - ngân sách`; a name already in mixed case is kept. */
function sentenceCase(text: string): string {
  if (text !== text.toLocaleUpperCase('vi')) return text;
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
