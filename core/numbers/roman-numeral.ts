const numerals: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 3 → `III`, for quarters (`quý III`) and section parts (`III.`). */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new RangeError(`Không viết được ${value} bằng số La Mã.`);
  }
  let rest = value;
  let result = '';
  for (const [amount, letters] of numerals) {
    while (rest >= amount) {
      result += letters;
      rest -= amount;
    }
  }
  return result;
}
