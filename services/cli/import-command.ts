import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { changeListLines } from '../../core/import/change-list-text';
import { acceptableChanges } from '../../core/import/compare-with-export';
import { describeDiskError } from '../storage/describe-disk-error';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { analyseWordFile } from '../word/analyse-word-file';
import { serialiseReport } from '../workspace/workspace-store';
import { UsageError, type Command } from './command';

export const importCommand: Command = {
  usage: 'import <tệp.docx> -o <báo-cáo.json> [--keep-embedded]',
  summary:
    'Lấy lại báo cáo từ tệp Word do phần mềm này xuất ra, kèm những gì đã sửa trong Word (in danh sách thay đổi); --keep-embedded chỉ lấy bản kèm theo lúc xuất.',
  async run(args, output) {
    const { file, target, keepEmbedded } = parseArguments(args);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      throw new Error(`Không đọc được tệp “${file}”: ${describeDiskError(error)}.`, { cause: error });
    }
    const analysis = await analyseWordFile(bytes, file);
    const acceptable = acceptableChanges(analysis.changes);
    const report = keepEmbedded ? analysis.embedded : analysis.apply(acceptable);
    await writeFileAtomically(target, serialiseReport(report));
    const lines = changeListLines(analysis.changes, analysis.notices);
    if (analysis.changes.length === 0) output.out(`Tệp “${file}” không có thay đổi nào so với lúc xuất.\n`);
    else if (keepEmbedded) output.out(`Bỏ qua ${acceptable.size} thay đổi làm trong Word (--keep-embedded):\n`);
    else output.out(`Tệp “${file}” đã được sửa trong Word; nhận ${acceptable.size} thay đổi:\n`);
    for (const line of lines) output.out(`${line}\n`);
    output.out(`Đã lưu báo cáo “${report.meta.subject}” vào ${target}\n`);
    return 0;
  },
};

function parseArguments(args: string[]): { file: string; target: string; keepEmbedded: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { output: { type: 'string', short: 'o' }, 'keep-embedded': { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError('Cần đúng một tệp Word.');
  if (!parsed.values.output) throw new UsageError('Thiếu -o <tệp ra>.');
  return { file, target: parsed.values.output, keepEmbedded: parsed.values['keep-embedded'] === true };
}
