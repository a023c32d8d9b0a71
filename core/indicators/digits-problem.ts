/** The digits the report format allows after the decimal comma: for amounts, and for percentages. */
export const digitLimits = { decimals: 6, percentDecimals: 4 } as const;

const digitNames = {
  decimals: 'Số chữ số thập phân',
  percentDecimals: 'Số chữ số thập phân của tỷ lệ phần trăm',
} as const;

/**
 * Why a count of decimal digits is refused, without the closing full stop
 * (`Số chữ số thập phân phải là số nguyên từ 0 đến 6, không phải 7`), or null when it is allowed.
 */
export function digitsProblem(kind: keyof typeof digitLimits, value: number): string | null {
  if (Number.isInteger(value) && value >= 0 && value <= digitLimits[kind]) return null;
  const rule = `${digitNames[kind]} phải là số nguyên từ 0 đến ${digitLimits[kind]}`;
  return Number.isFinite(value) ? `${rule}, không phải ${String(value).replace('.', ',')}` : rule;
}
