import fc from 'fast-check';

/** Realistic magnitudes for report figures: |x| < 1e12. */
export const realisticLimit = 1e12;

/** Any double with |x| < 1e12 (no NaN, no infinities). */
export const realisticDouble = fc.double({
  min: -realisticLimit,
  max: realisticLimit,
  minExcluded: true,
  maxExcluded: true,
  noNaN: true,
  noDefaultInfinity: true,
});

/** An integer with |x| < 1e12. */
export const realisticInteger = fc.bigInt({ min: -(10n ** 12n) + 1n, max: 10n ** 12n - 1n }).map((value) => Number(value));

/** A number as a person types it, with 0–3 decimals: `n / 10^k`, |x| < 1e12. */
export const decimalLiteral = fc
  .integer({ min: 0, max: 3 })
  .chain((places) =>
    fc
      .bigInt({ min: -(10n ** BigInt(12 + places)) + 1n, max: 10n ** BigInt(12 + places) - 1n })
      .map((scaled) => ({ value: Number(scaled) / 10 ** places, places })),
  );

export const decimalsArbitrary = fc.integer({ min: 0, max: 3 });

/** Matches text written with Vietnamese diacritics, to tell a Vietnamese message from an English one. */
export const vietnameseLetters = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
