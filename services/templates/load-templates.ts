import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fieldPath, parseJsonText, ReportFileError } from '../../core/report/read-report';
import { templateManifestSchema, type TemplateManifest } from '../../core/templates/template-manifest';
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

/** The templates that ship with the program: `templates/` at the top of the project. */
export const builtInTemplatesDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const partialsFolderName = 'partials';

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
      if (folder === partialsFolderName) continue;
      try {
        const template = await loadTemplate(path.join(directory, folder), origin, environment);
        byId.set(template.manifest.id, template);
      } catch (error) {
        problems.push(problemOf(error, folder, path.join(directory, folder)));
      }
    }
  }
  const templates = [...byId.values()].sort(
    (a, b) => a.manifest.format.localeCompare(b.manifest.format) * -1 || a.manifest.id.localeCompare(b.manifest.id),
  );
  return { templates, problems };
}

async function loadTemplate(
  directory: string,
  origin: ReportTemplate['origin'],
  environment: TemplateEnvironment,
): Promise<ReportTemplate> {
  const folder = path.basename(directory);
  const manifestFile = path.join(directory, 'manifest.json');
  const manifest = await readManifest(manifestFile, folder);
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
  const parsed = templateManifestSchema.safeParse(parseJsonText(text, file), { error: z.locales.vi().localeError });
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
