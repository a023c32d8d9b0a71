import { organisationIdentifier } from './office-kinds';
import type { DocumentFormat } from './layout-settings';

const defaultArchiveLines: Record<DocumentFormat, string> = { state: 'Lưu: VT, VP.', party: 'Lưu Văn phòng Đảng ủy.' };

/**
 * A profile as a person writes it by hand, completed with what most offices use: id from the issuer's name,
 * no parent body, no recipients, the archive line and numbering scope of the format, data cut off on the 14th.
 * What is given is kept as given; the result is still validated by the profile schema.
 */
export function withProfileDefaults(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const given = value as Record<string, unknown>;
  const format: DocumentFormat = given['format'] === 'party' ? 'party' : 'state';
  const issuerName = typeof given['issuerName'] === 'string' ? given['issuerName'] : '';
  return {
    id: organisationIdentifier(issuerName) || undefined,
    parentBody: null,
    recipients: [],
    archiveLine: defaultArchiveLines[format],
    cutOffDay: 14,
    numberingScope: format === 'party' ? 'term' : 'calendar-year',
    ...given,
  };
}
