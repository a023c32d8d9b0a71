import { changeGroupNames, changeGroups, type ImportChange } from './import-change';

/** The change list as lines of text, grouped, for the command line: what will be taken, then what cannot be. */
export function changeListLines(changes: readonly ImportChange[], notices: readonly string[]): string[] {
  const lines: string[] = [];
  for (const group of changeGroups) {
    const taken = changes.filter((change) => change.group === group && change.choice !== 'information');
    if (taken.length === 0) continue;
    lines.push(`${changeGroupNames[group]}:`);
    for (const change of taken) lines.push(`  - ${change.description}`);
  }
  const told = changes.filter((change) => change.choice === 'information');
  if (told.length > 0) {
    lines.push('Không nhập được, cần xem lại:');
    for (const change of told) lines.push(`  - ${change.description}`);
  }
  for (const notice of notices) lines.push(`Lưu ý: ${notice}`);
  return lines;
}
