import type { EnteredFigure } from '../indicators/entered-figure';

/** The parts of the change list, in the order the user reads them. */
export const changeGroups = ['details', 'body', 'appendix', 'figures'] as const;
export type ChangeGroup = (typeof changeGroups)[number];

export const changeGroupNames: Record<ChangeGroup, string> = {
  details: 'Thông tin văn bản',
  body: 'Nội dung',
  appendix: 'Phụ lục',
  figures: 'Số liệu đề nghị cập nhật',
};

/**
 * One change found in a Word file against the report it was exported from. `take` and `offer` are applied when
 * accepted (both are accepted unless the user refuses them); `information` says what cannot be taken as it is, such
 * as a computed column that disagrees with its computation.
 */
export interface ImportChange {
  /** Stable for the same file and report, so that a choice made on one reading applies to the next. */
  id: string;
  group: ChangeGroup;
  choice: 'take' | 'offer' | 'information';
  /** `Đoạn 12: “…” → “…”`. */
  description: string;
}

/** A new value for an entered figure of an indicator, from the appendix or from a figure typed over in the text. */
export interface FigureOffer {
  changeId: string;
  indicatorId: string;
  figure: EnteredFigure;
  value: number | null;
}
