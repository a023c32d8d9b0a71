import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { organisationProfileSchema, type OrganisationProfile } from '../../core/organisation/organisation-profile';
import { withProfileDefaults } from '../../core/organisation/profile-defaults';
import { parseJsonText, problemsOf, ReportFileError } from '../../core/report/read-report';
import { describeDiskError } from '../storage/describe-disk-error';
import { saveOrganisation } from '../workspace/organisation-settings';
import { initialiseWorkspace, inspectFolder } from '../workspace/workspace-folder';
import { openWorkspace } from '../workspace/workspace-store';
import { parsedArguments, UsageError, type Command } from './command';
import { vietnameseErrors } from '../../core/json/vietnamese-errors';

export const initCommand: Command = {
  usage: 'init <thư-mục> [--name <tên thư mục làm việc>] [--profile <cơ-quan.json>]',
  summary:
    'Tạo thư mục làm việc mới trong một thư mục trống (hoặc chưa có), kèm thông tin cơ quan nếu có --profile; với thư mục làm việc đã có, --profile thêm hoặc cập nhật cơ quan đó.',
  async run(args, output) {
    const { directory, name, profile } = parseArguments(args);
    const organisation = profile === undefined ? undefined : await readProfile(profile);
    const resolved = path.resolve(directory);
    if ((await inspectFolder(resolved)) === 'workspace') {
      if (!organisation) throw new Error(`“${resolved}” đã là một thư mục làm việc. Dùng --profile để thêm hoặc cập nhật một cơ quan.`);
      const existing = (await openWorkspace(resolved)).settings.organisations.some((candidate) => candidate.id === organisation.id);
      await saveOrganisation(resolved, organisation, existing ? organisation.id : null);
      output.out(
        `Đã ${existing ? 'cập nhật' : 'thêm'} cơ quan “${organisation.issuerName}” (${organisation.id}) vào thư mục làm việc ${resolved}\n`,
      );
      return 0;
    }
    const workspace = await initialiseWorkspace(resolved, {
      name: name ?? organisation?.issuerName ?? path.basename(resolved),
      organisations: organisation ? [organisation] : [],
    });
    output.out(`Đã tạo thư mục làm việc “${workspace.settings.name}” tại ${workspace.directory}\n`);
    output.out(
      organisation
        ? `Cơ quan: ${organisation.issuerName} (${organisation.id}). Tạo báo cáo: npm run -s cli -- new --workspace ${JSON.stringify(workspace.directory)} --template <mã mẫu> --period <kỳ>\n`
        : 'Chưa có cơ quan nào: khai báo trong phần mềm (mục “Cơ quan”) hoặc chạy lại với --profile <tệp cơ quan .json>.\n',
    );
    return 0;
  },
};

/** Reads an organisation profile written by hand, completing the usual defaults; a wrong field is named. */
export async function readProfile(file: string): Promise<OrganisationProfile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Không đọc được tệp cơ quan “${file}”: ${describeDiskError(error)}.`, { cause: error });
  }
  const parsed = organisationProfileSchema.safeParse(withProfileDefaults(parseJsonText(text.replace(/^\uFEFF/, ''), file)), {
    error: vietnameseErrors,
  });
  if (!parsed.success) throw new ReportFileError(file, problemsOf(parsed.error), `Tệp cơ quan “${file}” chưa hợp lệ.`);
  return parsed.data;
}

function parseArguments(args: string[]): { directory: string; name?: string; profile?: string } {
  const parsed = parsedArguments(args, { name: { type: 'string' }, profile: { type: 'string' } });
  const [directory, ...extra] = parsed.positionals;
  if (!directory || extra.length > 0) throw new UsageError('Cần đúng một thư mục.');
  return { directory, name: parsed.values.name, profile: parsed.values.profile };
}
