import type { Report } from '../../core/report/report-schema';
import { withTemplateBody } from '../../core/rollover/body-from-template';
import type { ReportTemplate } from './compile-template';

/**
 * A report of another kind of period than the one it was started from (the annual report from November's, the
 * quarter's from September's) takes the structure of its template, not the previous report's text, which is carried
 * within one kind.
 */
export function withBodyForKind(rolled: Report, previous: Report, template: ReportTemplate): Report {
  if (previous.period.kind === rolled.period.kind || !template.manifest.periodKinds.includes(rolled.period.kind)) return rolled;
  return withTemplateBody(rolled, template.render(rolled.organisation, rolled.period));
}
