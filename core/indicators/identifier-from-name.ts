import { identifierFromText, uniqueIdentifier } from '../text/identifier-from-text';

/**
 * A stable identifier for a name: its ASCII slug (`Thu ngân sách xã` → `thu-ngan-sach-xa`), made unique among
 * `taken` with a numeric suffix (`thu-ngan-sach-xa-2`). `fallback` stands in for a name without a letter or digit (`%`).
 */
export function identifierFromName(name: string, taken: Iterable<string>, fallback: string): string {
  return uniqueIdentifier(identifierFromText(name) || fallback, new Set(taken));
}
