import type { ReportListingView, TemplateView } from '../../core/api/application-results';
import type { WorkspaceSettings } from '../../core/workspace/workspace-settings';

/** What the workspace view and the wizard show of the open workspace. */
export interface ApplicationState {
  directory: string;
  settings: WorkspaceSettings;
  reports: ReportListingView[];
  templates: TemplateView[];
  templateProblems: string[];
}
