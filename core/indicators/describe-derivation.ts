import { derivationInputs } from './derivation-inputs';
import type { Derivation, IndicatorRow } from './indicator-row';

/** How a derived indicator is computed, in words: `= “Hồ sơ đúng hạn” / “Hồ sơ đã giải quyết” × 100%`. */
export function describeDerivation(derivation: Derivation, rows: readonly IndicatorRow[]): string {
  const names = derivationInputs(derivation).map((id) => `“${rows.find((row) => row.id === id)?.name ?? id}”`);
  switch (derivation.kind) {
    case 'ratio':
      return `= ${names[0]} / ${names[1]} × 100%`;
    case 'difference':
      return `= ${names[0]} − ${names[1]}`;
    case 'plans-met':
      return `số chỉ tiêu đạt kế hoạch trong ${names.length}: ${names.join(', ')}`;
  }
}
