import { largestFigure, mostDecimals, mostSignificantDigits } from './number-limits';
import { NumberFormatError } from './number-format-error';

export { NumberFormatError };

/**
 * Reads a number written the Vietnamese way: `.` groups thousands, `,` is the decimal mark.
 * `1.379` is one thousand three hundred seventy-nine; `71,849` is seventy-one point eight four nine.
 */
export type NumberParseResult = { ok: true; value: number } | { ok: false; message: string };

const spaces = /[\s\u00a0\u202f]/g;
const minusSigns = /^[\u2212\u2013-]/;

export function parseNumber(input: string): NumberParseResult {
  const text = input.replace(spaces, '');
  if (text === '') return fail('Chưa nhập số.');

  let sign = 1;
  let body = text;
  if (minusSigns.test(body)) {
    sign = -1;
    body = body.slice(1);
  } else if (body.startsWith('+')) {
    body = body.slice(1);
  }

  if (/^(∞|infinity|vô cùng)$/i.test(body)) return fail(`“${input.trim()}” không phải là một số hữu hạn.`);
  if (!/^[\d.,]+$/.test(body))
    return fail(`“${input.trim()}” không phải là số (chỉ gồm chữ số, dấu chấm hàng nghìn và dấu phẩy thập phân).`);

  const commaCount = body.split(',').length - 1;
  if (commaCount > 1) return fail(`“${input.trim()}” có nhiều hơn một dấu phẩy thập phân.`);

  const [integerPart = '', fractionPart] = body.split(',');
  if (integerPart === '') return fail(`“${input.trim()}” thiếu phần nguyên trước dấu phẩy.`);
  if (fractionPart !== undefined && !/^\d+$/.test(fractionPart)) {
    return fail(`“${input.trim()}” có phần thập phân không hợp lệ (sau dấu phẩy chỉ được có chữ số).`);
  }

  const groups = integerPart.split('.');
  if (groups.length > 1) {
    const [first = '', ...rest] = groups;
    if (!/^\d{1,3}$/.test(first) || rest.some((group) => !/^\d{3}$/.test(group))) {
      return fail(`“${input.trim()}”: dấu chấm phân cách hàng nghìn phải đứng trước đúng 3 chữ số (ví dụ 1.379 hoặc 2.137,6).`);
    }
  }

  const integerDigits = groups.join('').replace(/^0+/, '');
  const fractionDigits = (fractionPart ?? '').replace(/0+$/, '');
  const shown = input.trim();
  if (fractionDigits.length > mostDecimals) {
    return fail(`“${shown}” có ${fractionDigits.length} chữ số sau dấu phẩy; số liệu có tối đa ${mostDecimals} chữ số thập phân.`);
  }
  const significant = (integerDigits + fractionDigits).replace(/^0+/, '').length;
  if (significant > mostSignificantDigits) {
    return fail(`“${shown}” có ${significant} chữ số; số liệu có tối đa ${mostSignificantDigits} chữ số (kể cả phần thập phân).`);
  }
  const value = sign * Number(`${integerDigits || '0'}.${fractionDigits || '0'}`);
  if (!Number.isFinite(value) || Math.abs(value) > largestFigure) {
    return fail(`“${shown}” quá lớn: số liệu tối đa là 999.999.999.999.999.`);
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Parses a percentage such as `8,41%` or `97 %`; the `%` sign is optional. */
export function parsePercent(input: string): NumberParseResult {
  return parseNumber(input.replace(/%\s*$/, ''));
}

/** Like {@link parseNumber} but throws a {@link NumberFormatError} with the Vietnamese message. */
export function parseNumberOrThrow(input: string): number {
  const result = parseNumber(input);
  if (!result.ok) throw new NumberFormatError(result.message);
  return result.value;
}

function fail(message: string): NumberParseResult {
  return { ok: false, message };
}
