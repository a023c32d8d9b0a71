import { copyJson } from '../json/copy-json';

/**
 * Brings a report file written by an earlier version of the format to the current one before it is validated, so
 * that no file a user saved is refused for being old. Each step is one version; a file of the current version or of
 * an unknown shape is returned as it is (validation then says what is wrong).
 *
 * - 1 → 2: indicators gain the direction of their plan (`higher`, as every plan was read before), last period's
 *   value (unknown: null) and no derivation.
 */
export function migrateReportValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let current = value as Record<string, unknown>;
  if (current['schemaVersion'] === 1) current = fromVersion1(current);
  return current;
}

function fromVersion1(report: Record<string, unknown>): Record<string, unknown> {
  const migrated = copyJson(report) as Record<string, unknown>;
  migrated['schemaVersion'] = 2;
  if (Array.isArray(migrated['indicators'])) {
    migrated['indicators'] = (migrated['indicators'] as unknown[]).map((row) =>
      typeof row === 'object' && row !== null
        ? { direction: 'higher', previous: { value: null }, derivation: null, ...(row as object) }
        : row,
    );
  }
  return migrated;
}
