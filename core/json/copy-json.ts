/** A deep copy of JSON data (reports, bodies, rows); core runs where `structuredClone` may not exist. */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
