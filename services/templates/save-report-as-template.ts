import { access, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BlockNode } from '../../core/body/body-schema';
import { figuresIn } from '../../core/body/walk-body';
import { danglingReferenceOf } from '../../core/figures/dangling-reference';
import { identifierSchema } from '../../core/indicators/indicator-row';
import { copyJson } from '../../core/json/copy-json';
import { subjectPeriods } from '../../core/periods/period-label';
import type { Report } from '../../core/report/report-schema';
import { templateManifestSchema, type TemplateManifest } from '../../core/templates/template-manifest';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { templatesFolderName } from '../workspace/workspace-layout';

/**
 * Saves a report as a workspace template: its structure, its text (never evaluated, braces and all) and its
 * figure references; its indicators keep their definitions and plan names but no figures. A report whose text
 * still refers to an indicator or plan removed from its table is refused: every report made from the template
 * would carry the broken figures.
 */
export async function saveReportAsTemplate(
  workspaceDirectory: string,
  report: Report,
  options: { id: string; name: string; replace?: boolean },
): Promise<string> {
  const id = identifierSchema.safeParse(options.id);
  if (!id.success) throw new Error(`Mã mẫu “${options.id}” không hợp lệ: ${id.error.issues[0]?.message ?? ''}`);
  const directory = path.join(workspaceDirectory, templatesFolderName, options.id);
  if (
    !options.replace &&
    (await access(directory).then(
      () => true,
      () => false,
    ))
  ) {
    throw new Error(`Thư mục làm việc đã có mẫu “${options.id}”; chọn mã khác hoặc cho phép thay thế.`);
  }
  const removed = removedTargets(report);
  if (removed.length > 0) {
    throw new Error(
      `Báo cáo còn số liệu tham chiếu ${removed.join(', ')} đã bị xóa khỏi bảng chỉ tiêu; hãy sửa các số liệu đó (mục Kiểm tra, mã CHI-TIEU-DA-XOA) trước khi lưu thành mẫu.`,
    );
  }
  const manifest: TemplateManifest = templateManifestSchema.parse({
    id: options.id,
    name: options.name,
    format: report.organisation.format,
    organisationId: report.organisation.id,
    periodKinds: [report.period.kind],
    title: report.meta.title,
    subject: subjectPattern(report),
    groups: report.groups,
    indicators: report.indicators.map((row) => ({
      id: row.id,
      name: row.name,
      unit: row.unit,
      group: row.group,
      nature: row.nature,
      decimals: row.decimals,
      percentDecimals: row.percentDecimals,
      direction: row.direction,
      derivation: row.derivation,
      ...(row.breakdown ? { byUnit: true } : {}),
      plans: [...row.plans, ...(row.nextYearPlans ?? []).filter((target) => !row.plans.some((plan) => plan.id === target.id))].map(
        (plan) => ({ id: plan.id, label: plan.label }),
      ),
    })),
    sourcePeriod: report.period,
  });
  await mkdir(directory, { recursive: true });
  // A Handlebars body of the same template would be read first; replacing means replacing it too.
  await rm(path.join(directory, 'body.hbs'), { force: true });
  await writeFileAtomically(path.join(directory, 'body.json'), `${JSON.stringify(withoutReviewMarks(report.body), null, 2)}\n`);
  await writeFileAtomically(path.join(directory, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return directory;
}

/** `chỉ tiêu “…”` and `kế hoạch “…” của chỉ tiêu “…”` for each missing target the body's figures refer to, once each. */
function removedTargets(report: Report): string[] {
  const named = new Set<string>();
  for (const { node } of figuresIn(report.body)) {
    const dangling = danglingReferenceOf(report.indicators, node.attrs);
    if (dangling?.kind === 'indicator') named.add(`chỉ tiêu “${dangling.indicatorId}”`);
    else if (dangling) named.add(`kế hoạch${dangling.planId ? ` “${dangling.planId}”` : ''} của chỉ tiêu “${dangling.row.name}”`);
  }
  return [...named];
}

/** The report's subject with its periods replaced by `{current}` and `{following}`, so it follows each new period. */
function subjectPattern(report: Report): string {
  const { current, following } = subjectPeriods(report.period);
  return report.meta.subject.replace(following, '{following}').replace(current, '{current}');
}

function withoutReviewMarks(body: Report['body']): Report['body'] {
  const copy = copyJson(body);
  const clear = (node: BlockNode) => {
    if (node.attrs && 'review' in node.attrs) delete node.attrs['review'];
    (node.content as BlockNode[] | undefined)?.forEach((child) => 'type' in child && clear(child));
  };
  copy.content.forEach(clear);
  return copy;
}
