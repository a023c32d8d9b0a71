/** A number that cannot be read or written; the message says why, in Vietnamese. */
export class NumberFormatError extends Error {
  override name = 'NumberFormatError';
}
