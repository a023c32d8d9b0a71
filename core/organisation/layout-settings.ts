import { z } from 'zod';

export const documentFormats = ['state', 'party'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/**
 * Sizes of the exported document that the rules let an office choose within a range
 * (FORMAT.md: NĐ 30/2020 for state bodies, HD 36-HD/VPTW for Party committees).
 */
export interface LayoutSettings {
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  bodyFontPt: number;
  firstLineIndentCm: number;
  paragraphSpacingPt: number;
  lineSpacing: number;
}

interface Range {
  min: number;
  max: number;
}

const stateRanges: Record<keyof LayoutSettings, Range> = {
  marginTopMm: { min: 20, max: 25 },
  marginBottomMm: { min: 20, max: 25 },
  marginLeftMm: { min: 30, max: 35 },
  marginRightMm: { min: 15, max: 20 },
  bodyFontPt: { min: 13, max: 14 },
  firstLineIndentCm: { min: 1, max: 1.27 },
  paragraphSpacingPt: { min: 6, max: 12 },
  lineSpacing: { min: 1, max: 1.5 },
};

/** The Party rules differ from NĐ 30 only in the body size (14–15 pt); their margins are not confirmed, so the same. */
export const layoutRanges: Record<DocumentFormat, Record<keyof LayoutSettings, Range>> = {
  state: stateRanges,
  party: { ...stateRanges, bodyFontPt: { min: 14, max: 15 } },
};

const defaultLayout: LayoutSettings = {
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  bodyFontPt: 14,
  firstLineIndentCm: 1.27,
  paragraphSpacingPt: 6,
  lineSpacing: 1.15,
};

export const defaultLayouts: Record<DocumentFormat, LayoutSettings> = { state: defaultLayout, party: defaultLayout };

export const layoutOverridesSchema = z
  .object({
    marginTopMm: z.number(),
    marginBottomMm: z.number(),
    marginLeftMm: z.number(),
    marginRightMm: z.number(),
    bodyFontPt: z.number(),
    firstLineIndentCm: z.number(),
    paragraphSpacingPt: z.number(),
    lineSpacing: z.number(),
  })
  .partial();
export type LayoutOverrides = z.infer<typeof layoutOverridesSchema>;

/** The messages for overrides outside the range of the format, keyed by setting. */
export function layoutRangeProblems(format: DocumentFormat, overrides: LayoutOverrides): { key: keyof LayoutSettings; message: string }[] {
  const problems: { key: keyof LayoutSettings; message: string }[] = [];
  for (const [key, value] of Object.entries(overrides) as [keyof LayoutSettings, number | undefined][]) {
    if (value === undefined) continue;
    const range = layoutRanges[format][key];
    if (value < range.min || value > range.max) {
      problems.push({ key, message: `Giá trị ${value} nằm ngoài khoảng cho phép ${range.min}–${range.max}.` });
    }
  }
  return problems;
}

export function effectiveLayout(format: DocumentFormat, overrides: LayoutOverrides | undefined): LayoutSettings {
  return { ...defaultLayouts[format], ...(overrides ?? {}) };
}
