/**
 * How deep the arrays and objects of a report may nest. The body is the deepest part: a list in a list item in a
 * table cell adds a few levels each, and a real report stays under 40. Validation and the writers walk the value
 * recursively, so a value nested thousands deep (made to exhaust them) is refused first, by a walk that is not.
 */
export const deepestJsonNesting = 200;

/** The path of the first array or object nested deeper than `limit`, or null when the value stays within it. */
export function tooDeeplyNested(value: unknown, limit = deepestJsonNesting): (string | number)[] | null {
  const pending: { value: unknown; depth: number; path: (string | number)[] }[] = [{ value, depth: 0, path: [] }];
  while (pending.length > 0) {
    const { value: current, depth, path } = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return path;
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current as Record<string, unknown>);
    for (const [key, child] of entries)
      if (typeof child === 'object' && child !== null) pending.push({ value: child, depth: depth + 1, path: [...path, key] });
  }
  return null;
}

export function tooDeeplyNestedMessage(limit = deepestJsonNesting): string {
  return `nội dung lồng nhau sâu hơn ${limit} tầng, điều một báo cáo không bao giờ có; tệp có thể bị hỏng hoặc được làm ra để làm treo phần mềm.`;
}
