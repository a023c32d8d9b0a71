import { identifierFromText, uniqueIdentifier } from '../text/identifier-from-text';
import { largestUnitCount, type ReportingUnit } from './reporting-unit';

/**
 * The units of an organisation written one a line, as offices list them:
 * - `Thôn Bắc`: a unit, the same one as before when the name is the same (case and marks aside);
 * - `Thôn Bắc Sơn (trước là Thôn Bắc)`: Thôn Bắc renamed, its history kept;
 * - `Thôn Đông Tiến (gộp Thôn Đông, Thôn Tiến)`: a unit formed by merging units of the list before.
 * A unit left out is no longer reported on; earlier reports keep its figures.
 */
export type UnitLinesResult = { ok: true; units: ReportingUnit[] } | { ok: false; problems: string[] };

const renamedPattern = /^(.*?)\s*\(\s*trước (?:đây )?là\s+(.+?)\s*\)$/iu;
const mergedPattern = /^(.*?)\s*\(\s*(?:gộp|sáp nhập)(?: từ)?\s+(.+?)\s*\)$/iu;

export function unitsFromLines(text: string, before: readonly ReportingUnit[]): UnitLinesResult {
  const key = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
  const byName = new Map(before.map((unit) => [key(unit.name), unit]));
  const problems: string[] = [];
  const units: ReportingUnit[] = [];
  const names = new Set<string>();
  const lines = text.split(/\r?\n/u);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `Dòng ${index + 1}`;
    const renamed = renamedPattern.exec(line);
    const merged = renamed ? null : mergedPattern.exec(line);
    const name = (renamed?.[1] ?? merged?.[1] ?? line).trim();
    if (name === '') return void problems.push(`${where}: chưa có tên đơn vị.`);
    if (name.length > 200) return void problems.push(`${where}: tên đơn vị dài quá 200 ký tự.`);
    if (names.has(key(name))) return void problems.push(`${where}: “${name}” đã có ở dòng trên.`);
    names.add(key(name));
    const unknown = (former: string) => `${where}: không có “${former}” trong danh sách đơn vị trước đây.`;
    if (renamed) {
      const former = byName.get(key(renamed[2]!));
      if (!former) return void problems.push(unknown(renamed[2]!));
      units.push({ ...former, name });
      return;
    }
    if (merged) {
      const kept = byName.get(key(name));
      // A merged unit read back as it is listed: it keeps what it was formed from.
      if (kept?.formedFrom?.length) return void units.push({ ...kept });
      const formerNames = merged[2]!.split(/\s*[,;+]\s*|\s+và\s+/u).filter(Boolean);
      const formers = formerNames.map((former) => byName.get(key(former)));
      const missing = formerNames.filter((_, position) => !formers[position]);
      if (missing.length > 0) return void problems.push(unknown(missing[0]!));
      if (formers.length < 2) return void problems.push(`${where}: cần ít nhất hai đơn vị để gộp.`);
      units.push({
        id: kept?.id ?? '',
        name,
        formedFrom: formers.map((former) => ({ id: former!.id, name: former!.name })),
      });
      return;
    }
    const existing = byName.get(key(name));
    units.push(existing ? { ...existing } : { id: '', name });
  });
  if (units.length > largestUnitCount) problems.push(`Nhiều nhất ${largestUnitCount} đơn vị; danh sách có ${units.length}.`);
  if (problems.length > 0) return { ok: false, problems };
  // Ids of every unit ever listed stay reserved, so a new unit never takes the history of an old one.
  const reserved = new Set([
    ...before.map((unit) => unit.id),
    ...before.flatMap((unit) => (unit.formedFrom ?? []).map((former) => former.id)),
  ]);
  for (const unit of units) {
    if (unit.id !== '') continue;
    unit.id = uniqueIdentifier(identifierFromText(unit.name) || 'don-vi', reserved);
    reserved.add(unit.id);
  }
  return { ok: true, units };
}

/** The units as lines, a merged unit with what it was formed from, so that the list reads back as it was written. */
export function unitLines(units: readonly ReportingUnit[]): string {
  return units
    .map((unit) => (unit.formedFrom?.length ? `${unit.name} (gộp ${unit.formedFrom.map((former) => former.name).join(', ')})` : unit.name))
    .join('\n');
}
