/**
 * The figures a report holds: at most fifteen significant digits (what a double carries exactly), up to
 * 999.999.999.999.999, with at most six decimals (the most an indicator shows). Larger or finer numbers are refused
 * where they are typed or read, so that nothing is printed rounded or in an exponent.
 */
export const largestFigure = 999_999_999_999_999;
export const mostSignificantDigits = 15;
export const mostDecimals = 6;
