import type { LayoutSettings } from '../organisation/layout-settings';
import type { Report } from '../report/report-schema';

/** What every part of the exporter needs to know about the document it is writing. */
export interface ExportContext {
  report: Report;
  layout: LayoutSettings;
  /** Width between the margins of a portrait page, in twips. */
  textWidth: number;
}
