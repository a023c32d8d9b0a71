import type { Derivation } from './indicator-row';

/** The indicators a derived indicator is computed from, in order. */
export function derivationInputs(derivation: Derivation): string[] {
  switch (derivation.kind) {
    case 'ratio':
      return [derivation.numerator, derivation.denominator];
    case 'difference':
      return [derivation.minuend, derivation.subtrahend];
    case 'plans-met':
      return [...derivation.indicators];
  }
}
