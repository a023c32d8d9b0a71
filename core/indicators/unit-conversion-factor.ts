/** Units that convert into each other, by their size in the family's smallest unit. */
const unitFamilies: readonly Record<string, number>[] = [
  { đồng: 1, 'nghìn đồng': 1e3, 'triệu đồng': 1e6, 'tỷ đồng': 1e9 },
  { kg: 1, tạ: 100, tấn: 1000 },
  { 'm²': 1, ha: 10_000 },
  { m: 1, km: 1000 },
];

/** Other spellings of the same unit. */
const spellings: Record<string, string> = {
  'ngàn đồng': 'nghìn đồng',
  'tỉ đồng': 'tỷ đồng',
  m2: 'm²',
  kilôgam: 'kg',
  'héc-ta': 'ha',
  hécta: 'ha',
  mét: 'm',
  'ki-lô-mét': 'km',
};

/** A unit written the one way this table knows it: lower case, spaces collapsed, other spellings mapped. */
function unitKey(unit: string): string {
  const key = unit.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
  return spellings[key] ?? key;
}

/**
 * How many `to` make one `from` (`tỷ đồng` → `triệu đồng`: 1000; `kg` → `tấn`: 0,001), whatever the case and
 * spacing; 1 for two spellings of one unit; null for units it cannot relate (`hộ` and `người`), which the caller
 * must ask about rather than guess.
 */
export function unitConversionFactor(from: string, to: string): number | null {
  const fromKey = unitKey(from);
  const toKey = unitKey(to);
  if (fromKey === toKey) return 1;
  for (const family of unitFamilies) {
    const fromSize = family[fromKey];
    const toSize = family[toKey];
    if (fromSize !== undefined && toSize !== undefined) return fromSize >= toSize ? fromSize / toSize : 1 / (toSize / fromSize);
  }
  return null;
}
