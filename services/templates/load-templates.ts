import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fieldPath, parseJsonText, ReportFileError } from '../../core/report/read-report';
import { indicatorSetSchema, templateManifestSchema, type TemplateManifest } from '../../core/templates/template-manifest';
import { templatesFolderName } from '../workspace/workspace-layout';
import {
  checkHandlebarsSource,
  compileHandlebarsTemplate,
  compileJsonTemplate,
  templateEnvironment,
  type PartialSource,
  type ReportTemplate,
  type TemplateEnvironment,
} from './compile-template';
import { TemplateError, type TemplateProblem } from './template-problem';
import { vietnameseErrors } from '../../core/json/vietnamese-errors';

/** The templates that ship with the program: `templates/` at the top of the project. */
export const builtInTemplatesDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const partialsFolderName = 'partials';
const indicatorSetsFolderName = 'indicator-sets';

export interface TemplateCatalogue {
  templates: ReportTemplate[];
  /** Templates that could not be loaded; the others work regardless. */
  problems: TemplateProblem[];
}

/**
 * Loads the built-in templates and, when given, the workspace's own (`<workspace>/templates/`), which replace
 * built-ins of the same id. Each template is compiled and rendered once for each period kind it serves,
 * so a broken one is reported with its file and line now rather than when someone uses it.
 */
export async function loadTemplates(options: { builtInDirectory?: string; workspaceDirectory?: string } = {}): Promise<TemplateCatalogue> {
  const builtInDirectory = options.builtInDirectory ?? builtInTemplatesDirectory;
  const problems: TemplateProblem[] = [];
  const partials = await loadPartials(path.join(builtInDirectory, partialsFolderName), problems);
  const environment = templateEnvironment(partials);
  const byId = new Map<string, ReportTemplate>();
  const sources: [string, ReportTemplate['origin']][] = [[builtInDirectory, 'built-in']];
  if (options.workspaceDirectory) sources.push([path.join(options.workspaceDirectory, templatesFolderName), 'workspace']);

  for (const [directory, origin] of sources) {
    for (const folder of await subfolders(directory)) {
      if (folder === partialsFolderName || folder === indicatorSetsFolderName) continue;
      try {
        const setFolders = [...new Set([directory, builtInDirectory])].map((root) => path.join(root, indicatorSetsFolderName));
        const template = await loadTemplate(path.join(directory, folder), origin, environment, setFolders);
        byId.set(template.manifest.id, template);
      } catch (error) {
        problems.push(problemOf(error, folder, path.join(directory, folder)));
      }
    }
  }
  // State before Party; within each, the templates of today's offices before the district ones, which have none.
  const templates = [...byId.values()].sort(
    (a, b) =>
      a.manifest.format.localeCompare(b.manifest.format) * -1 ||
      Number(!a.manifest.offices) - Number(!b.manifest.offices) ||
      a.manifest.id.localeCompare(b.manifest.id),
  );
  return { templates, problems };
}

async function loadTemplate(
  directory: string,
  origin: ReportTemplate['origin'],
  environment: TemplateEnvironment,
  indicatorSetFolders: readonly string[],
): Promise<ReportTemplate> {
  const folder = path.basename(directory);
  const manifestFile = path.join(directory, 'manifest.json');
  const manifest = await withIndicatorSet(await readManifest(manifestFile, folder), manifestFile, indicatorSetFolders);
  if (manifest.id !== folder) {
    throw new TemplateError({
      templateId: folder,
      file: manifestFile,
      line: null,
      message: `mã mẫu “${manifest.id}” phải trùng với tên thư mục “${folder}”.`,
    });
  }
  const files = await readdir(directory);
  const location = { directory, origin };
  let template: ReportTemplate;
  if (files.includes('body.hbs')) {
    const bodyFile = path.join(directory, 'body.hbs');
    template = compileHandlebarsTemplate(manifest, await readFile(bodyFile, 'utf8'), { ...location, bodyFile }, environment);
  } else if (files.includes('body.json')) {
    const bodyFile = path.join(directory, 'body.json');
    template = compileJsonTemplate(manifest, parseJsonText(await readFile(bodyFile, 'utf8'), bodyFile), { ...location, bodyFile });
  } else {
    throw new TemplateError({
      templateId: manifest.id,
      file: directory,
      line: null,
      message: 'thiếu tệp nội dung body.hbs hoặc body.json.',
    });
  }
  for (const kind of manifest.periodKinds) {
    template.render({ issuerName: 'Cơ quan mẫu', place: 'Địa danh', format: manifest.format }, { kind, year: 2024, index: 1 });
  }
  return template;
}

async function readManifest(file: string, folder: string): Promise<TemplateManifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new TemplateError({ templateId: folder, file, line: null, message: 'thiếu tệp manifest.json.' });
  }
  const parsed = templateManifestSchema.safeParse(parseJsonText(text, file), { error: vietnameseErrors });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TemplateError({
      templateId: folder,
      file,
      line: null,
      message: `trường ${fieldPath(issue.path) || '(gốc)'}: ${issue.message}`,
    });
  }
  return parsed.data;
}

/**
 * The manifest with the groups and indicators of the set it names, looked up in the workspace's `indicator-sets/`
 * first, then the built-in one. A manifest that lists its own keeps them.
 */
async function withIndicatorSet(manifest: TemplateManifest, manifestFile: string, folders: readonly string[]): Promise<TemplateManifest> {
  if (!manifest.indicatorSet || manifest.indicators.length > 0 || manifest.groups.length > 0) return manifest;
  for (const folder of folders) {
    const file = path.join(folder, `${manifest.indicatorSet}.json`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    const parsed = indicatorSetSchema.safeParse(parseJsonText(text, file), { error: vietnameseErrors });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new TemplateError({
        templateId: manifest.id,
        file,
        line: null,
        message: `trường ${fieldPath(issue.path) || '(gốc)'}: ${issue.message}`,
      });
    }
    return { ...manifest, groups: parsed.data.groups, indicators: parsed.data.indicators };
  }
  throw new TemplateError({
    templateId: manifest.id,
    file: manifestFile,
    line: null,
    message: `không tìm thấy bộ chỉ tiêu “${manifest.indicatorSet}” (tệp ${indicatorSetsFolderName}/${manifest.indicatorSet}.json).`,
  });
}

async function loadPartials(directory: string, problems: TemplateProblem[]): Promise<Record<string, PartialSource>> {
  const partials: Record<string, PartialSource> = {};
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.hbs'));
  } catch {
    return partials;
  }
  for (const name of names) {
    const file = path.join(directory, name);
    const source = await readFile(file, 'utf8');
    try {
      checkHandlebarsSource(source, file, partialsFolderName);
      partials[path.basename(name, '.hbs')] = { source, file };
    } catch (error) {
      problems.push(problemOf(error, partialsFolderName, file));
    }
  }
  return partials;
}

async function subfolders(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

function problemOf(error: unknown, templateId: string, file: string): TemplateProblem {
  if (error instanceof TemplateError) return error.problem;
  if (error instanceof ReportFileError) {
    const place = error.problems[0]?.place ?? '';
    const line = /dòng (\d+)/.exec(place);
    const summary = error.message.split('\n')[0]!.replace(/^Không mở được “[^”]*”: /, '');
    return {
      templateId,
      file: error.fileLabel,
      line: line ? Number(line[1]) : null,
      message: `${summary} (${place}) ${error.problems.map((problem) => problem.message).join('; ')}`,
    };
  }
  return { templateId, file, line: null, message: error instanceof Error ? error.message : String(error) };
}

export function describeProblem(problem: TemplateProblem): string {
  return `${problem.file}${problem.line ? `, dòng ${problem.line}` : ''}: ${problem.message}`;
}
