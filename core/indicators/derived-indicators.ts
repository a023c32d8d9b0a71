import { percentOf } from '../numbers/comparison-wording';
import { addExactly } from '../numbers/add-exactly';
import { startsTheYear, type Period } from '../periods/period';
import { cumulativeOf, findPlan, planMet, samePeriodFigureOf } from './derived-figures';
import { derivationInputs } from './derivation-inputs';
import type { IndicatorRow } from './indicator-row';

/** The plan of a `plans-met` indicator: how many indicators it counts. */
export const countedPlanId = 'so-chi-tieu';

/**
 * The rows with the figures of derived indicators computed from the indicators they are derived from: this period,
 * the cumulative and the same period of a ratio or a difference; the count of indicators that met their plan, over
 * how many there are. A derived indicator whose inputs are missing (or that depends on itself) has no figures.
 * Entered rows are returned as they are.
 */
export function withDerivedIndicators(rows: readonly IndicatorRow[], period: Period): IndicatorRow[] {
  if (!rows.some((row) => row.derivation)) return rows as IndicatorRow[];
  const resolve = resolver(rows, period);
  return rows.map(resolve);
}

/** One row resolved among the others: what a figure reference of a derived indicator shows. */
export function resolvedRow(row: IndicatorRow, rows: readonly IndicatorRow[], period: Period): IndicatorRow {
  return row.derivation ? resolver(rows, period)(row) : row;
}

/** Resolves rows on demand, each once, following only the indicators a row is computed from. */
function resolver(rows: readonly IndicatorRow[], period: Period): (row: IndicatorRow) => IndicatorRow {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const resolved = new Map<string, IndicatorRow>();
  const resolving = new Set<string>();
  const resolve = (row: IndicatorRow): IndicatorRow => {
    if (!row.derivation) return row;
    const done = resolved.get(row.id);
    if (done) return done;
    // A loop (only a hand-edited file can hold one) leaves the rows in it without figures.
    if (resolving.has(row.id)) return empty(row);
    resolving.add(row.id);
    const input = (id: string) => {
      const found = byId.get(id);
      return found ? resolve(found) : null;
    };
    const result = derive(row, input, period);
    resolving.delete(row.id);
    resolved.set(row.id, result);
    return result;
  };
  return resolve;
}

function derive(row: IndicatorRow, input: (id: string) => IndicatorRow | null, period: Period): IndicatorRow {
  const derivation = row.derivation!;
  if (derivation.kind === 'plans-met') {
    const counted = derivation.indicators.map(input);
    const verdicts = counted.map((candidate) => (candidate ? planMet(candidate, period, findPlan(candidate)) : null));
    const known = verdicts.every((verdict) => verdict !== null);
    return {
      ...row,
      nature: 'stock',
      value: known ? verdicts.filter(Boolean).length : null,
      status: statusOf(counted),
      plans: [{ id: countedPlanId, label: 'số chỉ tiêu', value: derivation.indicators.length }],
      cumulativeBase: null,
      cumulativeOverride: null,
      samePeriod: { value: null, cumulative: null },
      previous: row.previous,
    };
  }
  const [first = '', second = ''] = derivationInputs(derivation);
  const a = input(first);
  const b = input(second);
  if (!a || !b) return empty(row);
  const combine =
    derivation.kind === 'ratio'
      ? (x: number | null, y: number | null) => percentOf(x, y)
      : (x: number | null, y: number | null) => (x === null || y === null ? null : addExactly(x, -y));
  const cumulative = startsTheYear(period) ? null : combine(cumulativeOf(a, period), cumulativeOf(b, period));
  return {
    ...row,
    nature: derivation.kind === 'ratio' ? 'ratio' : row.nature,
    value: combine(a.value, b.value),
    status: statusOf([a, b]),
    cumulativeBase: null,
    cumulativeOverride: cumulative,
    samePeriod: {
      value: combine(samePeriodFigureOf(a, period, 'period'), samePeriodFigureOf(b, period, 'period')),
      cumulative: combine(samePeriodFigureOf(a, period, 'cumulative'), samePeriodFigureOf(b, period, 'cumulative')),
    },
  };
}

function statusOf(rows: readonly (IndicatorRow | null)[]): IndicatorRow['status'] {
  if (rows.some((candidate) => candidate?.status === 'estimate')) return 'estimate';
  return rows.every((candidate) => candidate?.status === 'official') ? 'official' : 'actual';
}

function empty(row: IndicatorRow): IndicatorRow {
  return { ...row, value: null, cumulativeBase: null, cumulativeOverride: null, samePeriod: { value: null, cumulative: null } };
}
