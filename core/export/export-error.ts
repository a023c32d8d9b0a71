/** The Word file cannot be written as the report stands; the message says what and where, in Vietnamese. */
export class ExportError extends Error {
  override name = 'ExportError';
}
