/**
 * The sum of two figures as written with their decimals: 4.157,8 + 5.214,6 is 9.372,4, not 9372.400000000001, so
 * a cumulative equals the figure a person added by hand.
 */
export function addExactly(first: number, second: number): number {
  const decimals = Math.max(decimalsOf(first), decimalsOf(second));
  if (decimals === 0) return first + second;
  const scale = 10 ** decimals;
  return Math.round((first + second) * scale) / scale;
}

function decimalsOf(value: number): number {
  const written = String(value);
  if (written.includes('e')) return 0;
  return written.split('.')[1]?.length ?? 0;
}
