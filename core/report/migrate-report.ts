import { copyJson } from '../json/copy-json';
import { periodSchema, startsTheYear } from '../periods/period';

/**
 * Brings a report file written by an earlier version of the format to the current one before it is validated, so
 * that no file a user saved is refused for being old, and none says something else once read. Each step is one
 * version; a file of the current version or of an unknown shape is returned as it is (validation then says what is
 * wrong).
 *
 * - 1 → 2: indicators gain the direction of their plan (`higher`, as every plan was read before), last period's
 *   value (unknown: null) and no derivation. A growth or ratio without a basis took, in version 1, this period's
 *   value when a same-period value was entered and the cumulative otherwise; version 2 no longer lets a typed value
 *   decide, so each such figure is given the basis it had, and the wording it had (`so với cùng kỳ`). The check
 *   `LECH-KY-SO-SANH` then shows the ones that read as the growth of the figure before them and are not.
 * - 2 → 3: indicators may be broken down by unit (thôn, xã, chi bộ) and the organisation lists its units; a file of
 *   version 2 has neither, so only its number changes. The number does change so that an older version of the
 *   program refuses a file with breakdowns instead of dropping them on its next save.
 */
export function migrateReportValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let current = value as Record<string, unknown>;
  if (current['schemaVersion'] === 1) current = fromVersion1(current);
  if (current['schemaVersion'] === 2) current = { ...current, schemaVersion: 3 };
  return current;
}

const comparisonFields = new Set(['growth', 'growth-comparison', 'ratio', 'ratio-comparison']);

function fromVersion1(report: Record<string, unknown>): Record<string, unknown> {
  const migrated = copyJson(report) as Record<string, unknown>;
  migrated['schemaVersion'] = 2;
  const rows = Array.isArray(migrated['indicators']) ? (migrated['indicators'] as unknown[]) : [];
  const period = periodSchema.safeParse(migrated['period']);
  const insideYear = period.success && !startsTheYear(period.data);
  const bases = new Map<string, 'period' | 'cumulative'>();
  for (const row of rows) {
    if (!isRecord(row) || typeof row['id'] !== 'string') continue;
    const samePeriod = isRecord(row['samePeriod']) ? row['samePeriod'] : {};
    const flowInsideYear = row['nature'] === 'flow' && insideYear;
    bases.set(row['id'], flowInsideYear && (samePeriod['value'] ?? null) === null ? 'cumulative' : 'period');
  }
  if (Array.isArray(migrated['indicators'])) {
    migrated['indicators'] = rows.map((row) =>
      isRecord(row) ? { direction: 'higher', previous: { value: null }, derivation: null, ...row } : row,
    );
  }
  visitFigures(migrated['body'], (attributes) => {
    if (!comparisonFields.has(String(attributes['field']))) return;
    const basis = bases.get(String(attributes['indicator']));
    if ((attributes['basis'] ?? null) === null && basis) attributes['basis'] = basis;
    if ((attributes['comparedWith'] ?? null) === null) attributes['comparedWith'] = 'same-period';
  });
  return migrated;
}

/** Calls `visit` with the attributes of every figure node of a body, however deep. */
function visitFigures(node: unknown, visit: (attributes: Record<string, unknown>) => void): void {
  if (!isRecord(node)) return;
  if (node['type'] === 'figure' && isRecord(node['attrs'])) visit(node['attrs']);
  if (Array.isArray(node['content'])) for (const child of node['content']) visitFigures(child, visit);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
