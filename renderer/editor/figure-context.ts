import { danglingReferenceOf } from '../../core/figures/dangling-reference';
import type { FigureReference } from '../../core/figures/figure-reference';
import { renderFigure, type RenderedFigure } from '../../core/figures/render-figure';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { Period } from '../../core/periods/period';

/**
 * What the figure chips in the text read: the indicator table of the open report. When the table changes every
 * chip is told at once, so a number in the text can never show a value the table no longer has.
 */
export class FigureContext {
  private views = new Set<() => void>();
  /**
   * What each reference renders to, until the table changes. ProseMirror keeps a node's attributes as one object for
   * as long as the node is unchanged, and its input rules read the text before the caret (figures included) on every
   * keystroke: without this, each keystroke renders again every figure of the paragraph.
   */
  private rendered = new WeakMap<FigureReference, RenderedFigure>();

  constructor(
    private rows: IndicatorRow[],
    private period: Period,
    readonly openIndicator: (indicatorId: string) => void,
  ) {}

  render(reference: FigureReference): RenderedFigure {
    let rendered = this.rendered.get(reference);
    if (rendered === undefined) {
      rendered = renderFigure(this.rows, this.period, reference);
      this.rendered.set(reference, rendered);
    }
    return rendered;
  }

  /** What a figure shows in place of its value when its indicator or plan was removed from the table; null otherwise. */
  removal(reference: FigureReference): string | null {
    const dangling = danglingReferenceOf(this.rows, reference);
    if (!dangling) return null;
    return dangling.kind === 'indicator' ? 'chỉ tiêu đã bị xóa khỏi bảng' : 'kế hoạch đã bị xóa khỏi bảng';
  }

  indicatorName(indicatorId: string): string {
    return this.rows.find((row) => row.id === indicatorId)?.name ?? indicatorId;
  }

  update(rows: IndicatorRow[], period: Period): void {
    this.rows = rows;
    this.period = period;
    this.rendered = new WeakMap();
    for (const refresh of this.views) refresh();
  }

  register(refresh: () => void): () => void {
    this.views.add(refresh);
    return () => this.views.delete(refresh);
  }
}
