import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { currentWorkspaceVersion, type WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { districtPartyCommittee, peoplesCommittee } from './organisations';
import { partyCommitteeNineMonths2019 } from './party-committee-2019-9m';
import { partyCommitteeYear2020 } from './party-committee-2020';
import { partyCommitteeNovember2021 } from './party-committee-2021-11';
import { peoplesCommitteeOctober2019 } from './peoples-committee-2019-10';
import { peoplesCommitteeThirdQuarter2022 } from './peoples-committee-2022-q3';

/** The Lê Chân sample workspace: the state body and the Party committee, 2019–2022. */
export const sampleWorkspace: { settings: WorkspaceSettings; reports: Report[] } = {
  settings: { schemaVersion: currentWorkspaceVersion, name: 'Lê Chân (mẫu)', organisations: [peoplesCommittee, districtPartyCommittee] },
  reports: [
    peoplesCommitteeOctober2019,
    partyCommitteeNineMonths2019,
    partyCommitteeYear2020,
    partyCommitteeNovember2021,
    peoplesCommitteeThirdQuarter2022,
  ].map((report) => validateReport(report, report.id)),
};
