import path from 'node:path';
import type { ApplicationService, WorkspaceState } from '../../core/api/application-results';
import { withFiguresFromHistory } from '../../core/rollover/history-figures';
import type { Report } from '../../core/report/report-schema';
import { removeOrganisation, saveOpeningFigures, saveOrganisation } from '../workspace/organisation-settings';
import { loadWorkspaceHistory } from '../workspace/workspace-history';
import { initialiseWorkspace, inspectFolder, notAWorkspaceMessage } from '../workspace/workspace-folder';
import { sampleWorkspaceIds } from '../../core/workspace/sample-workspaces';
import { prepareSampleWorkspace, sampleCopyFolderName } from '../workspace/sample-workspace';
import { openWorkspace, type Workspace } from '../workspace/workspace-store';

/** The one open workspace of a service, or none yet; commands about reports need one. */
export class OpenWorkspace {
  private workspace: Workspace | null = null;
  /** An empty or missing folder the application was asked to open: the set-up screen offers to create it. */
  proposedDirectory: string | null = null;

  constructor(private readonly onOpened: (directory: string) => void = () => undefined) {}

  get current(): Workspace {
    if (!this.workspace) throw new Error('Chưa mở thư mục làm việc nào. Hãy mở hoặc tạo một thư mục làm việc.');
    return this.workspace;
  }

  get isOpen(): boolean {
    return this.workspace !== null;
  }

  set(workspace: Workspace): void {
    this.workspace = workspace;
    this.proposedDirectory = null;
    this.onOpened(workspace.directory);
  }

  state(): WorkspaceState {
    if (!this.workspace) return { open: false, proposedDirectory: this.proposedDirectory };
    const { directory, settings } = this.workspace;
    return { open: true, directory, settings, isSample: settings.name.includes('(mẫu)') };
  }

  /**
   * Opens `directory` if it is a workspace. An empty or missing folder is remembered as the one to create, and
   * whatever was open stays open; a folder that is neither is refused with a message, and nothing is written to it.
   */
  async open(directory: string): Promise<void> {
    const resolved = path.resolve(directory);
    const kind = await inspectFolder(resolved);
    if (kind === 'other') throw new Error(notAWorkspaceMessage(resolved));
    if (kind === 'workspace') this.set(await openWorkspace(resolved));
    else this.proposedDirectory = resolved;
  }
}

export interface SampleWorkspaceLocation {
  /** The folder of the samples shipped with the program (`examples/`), one subfolder each, only ever read. */
  examplesDirectory: string;
  /** Where the user's own copies live, `mau-<sample>` each. */
  copiesDirectory: string;
}

type WorkspaceCommands = Pick<
  ApplicationService,
  | 'openWorkspace'
  | 'createWorkspace'
  | 'openSampleWorkspace'
  | 'saveOrganisation'
  | 'removeOrganisation'
  | 'loadOpeningFigures'
  | 'saveOpeningFigures'
>;

export function workspaceCommands(workspace: OpenWorkspace, sample: SampleWorkspaceLocation): WorkspaceCommands {
  return {
    async openWorkspace({ directory }) {
      if (directory !== null) await workspace.open(directory);
      return workspace.state();
    },

    async createWorkspace({ directory, name }) {
      workspace.set(await initialiseWorkspace(directory, { name, organisations: [] }));
      return workspace.state();
    },

    async openSampleWorkspace({ sample: id = sampleWorkspaceIds[0] }) {
      const source = path.join(sample.examplesDirectory, id);
      workspace.set(await openWorkspace(await prepareSampleWorkspace(source, path.join(sample.copiesDirectory, sampleCopyFolderName(id)))));
      return workspace.state();
    },

    async saveOrganisation({ organisation, replacesId }) {
      const { directory } = workspace.current;
      const settings = await saveOrganisation(directory, organisation, replacesId);
      workspace.set({ directory, settings });
      return { settings };
    },

    async loadOpeningFigures({ organisationId }) {
      const opening = workspace.current.settings.openingFigures?.find((candidate) => candidate.organisationId === organisationId);
      return { opening: opening ?? null };
    },

    async saveOpeningFigures({ organisationId, opening, report }) {
      const { directory } = workspace.current;
      const settings = await saveOpeningFigures(directory, organisationId, opening);
      workspace.set({ directory, settings });
      if (!report) return { settings, indicators: null };
      const history = (await loadWorkspaceHistory(directory, settings)).filter((candidate) => candidate.id !== report.id);
      return { settings, indicators: withFiguresFromHistory(report as Report, history).indicators };
    },

    async removeOrganisation({ organisationId }) {
      const { directory } = workspace.current;
      const settings = await removeOrganisation(directory, organisationId);
      workspace.set({ directory, settings });
      return { settings };
    },
  };
}
