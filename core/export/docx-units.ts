/** Word measures page geometry in twentieths of a point (twips) and font sizes in half-points. */

export const twipsPerMillimetre = 56.6929;
export const a4 = { width: 11906, height: 16838 } as const;

export function millimetresToTwips(millimetres: number): number {
  return Math.round(millimetres * twipsPerMillimetre);
}

/** The width of the text between the left and right margins of an A4 page, in twips. */
export function textWidthOf(
  layout: { marginLeftMm: number; marginRightMm: number },
  orientation: 'portrait' | 'landscape' = 'portrait',
): number {
  const pageWidth = orientation === 'portrait' ? a4.width : a4.height;
  return pageWidth - millimetresToTwips(layout.marginLeftMm) - millimetresToTwips(layout.marginRightMm);
}

export function centimetresToTwips(centimetres: number): number {
  return millimetresToTwips(centimetres * 10);
}

export function pointsToHalfPoints(points: number): number {
  return Math.round(points * 2);
}

export function pointsToTwips(points: number): number {
  return Math.round(points * 20);
}

/** Line spacing for the `auto` rule: 240 is single, 360 one and a half lines. */
export function lineSpacingValue(lines: number): number {
  return Math.round(lines * 240);
}
