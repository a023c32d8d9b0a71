/**
 * An identifier from a Vietnamese name: tone marks and diacritics removed, `đ` as `d`, lower case, words joined by
 * hyphens (`Ủy ban nhân dân xã Hòa An` → `uy-ban-nhan-dan-xa-hoa-an`). Empty when the name has no letter or digit.
 */
export function identifierFromText(text: string, maximumLength = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let identifier = '';
  for (const word of words) {
    const next = identifier ? `${identifier}-${word}` : word;
    if (next.length > maximumLength && identifier) break;
    identifier = next.slice(0, maximumLength);
  }
  return identifier;
}

/** `base`, or `base-2`, `base-3`… the first that is not taken. */
export function uniqueIdentifier(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
