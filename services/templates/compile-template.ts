import Handlebars from 'handlebars';
import type { BlockNode } from '../../core/body/body-schema';
import { bodySchema } from '../../core/body/body-schema';
import { MarkupError, parseReportMarkup } from '../../core/body/report-markup';
import { copyJson } from '../../core/json/copy-json';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { Period } from '../../core/periods/period';
import { replacePeriodPhrases } from '../../core/periods/period-phrases';
import type { TemplateManifest } from '../../core/templates/template-manifest';
import { templateContext } from './template-context';
import { HelperError, templateHelpers } from './template-helpers';
import { lineOfHandlebarsError, TemplateError } from './template-problem';
import { findForbiddenAccess, findMisusedBlock, findUnclosedBlock, parseTemplateSource } from './template-safety';

export interface ReportTemplate {
  manifest: TemplateManifest;
  origin: 'built-in' | 'workspace';
  directory: string;
  bodyFile: string;
  /** The body for an organisation and a period. */
  render: (organisation: Pick<OrganisationProfile, 'issuerName' | 'place' | 'format'>, period: Period) => BlockNode[];
}

const compileOptions = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  // Handlebars' own `log` and `lookup` are not among the documented helpers: a template cannot call them.
  knownHelpers: { ...Object.fromEntries(Object.keys(templateHelpers).map((name) => [name, true])), log: false, lookup: false },
} as const;

/** A Handlebars environment of its own, with the report helpers and the shared partials; nothing global. */
export interface PartialSource {
  source: string;
  file: string;
}

export interface TemplateEnvironment {
  handlebars: typeof Handlebars;
  partials: Record<string, PartialSource>;
}

export function templateEnvironment(partials: Record<string, PartialSource>): TemplateEnvironment {
  const handlebars = Handlebars.create();
  for (const undocumented of ['log', 'lookup']) handlebars.unregisterHelper(undocumented);
  for (const [name, helper] of Object.entries(templateHelpers)) handlebars.registerHelper(name, helper);
  for (const [name, partial] of Object.entries(partials)) handlebars.registerPartial(name, partial.source);
  return { handlebars, partials };
}

/** Checks a Handlebars source on its own: syntax, forbidden names, unknown helpers. Throws a TemplateError. */
export function checkHandlebarsSource(source: string, file: string, templateId: string): void {
  let program: hbs.AST.Program;
  try {
    program = parseTemplateSource(source);
  } catch (error) {
    throw new TemplateError({ templateId, file, ...describeSyntaxError(source, (error as Error).message) });
  }
  const misused = findMisusedBlock(program);
  if (misused) throw new TemplateError({ templateId, file, line: misused.line, message: misused.message });
  const forbidden = findForbiddenAccess(program);
  if (forbidden) {
    throw new TemplateError({ templateId, file, line: forbidden.line, message: `không được truy cập “${forbidden.name}” trong mẫu.` });
  }
  try {
    Handlebars.precompile(source, compileOptions);
  } catch (error) {
    const message = (error as Error).message;
    throw new TemplateError({ templateId, file, line: lineOfHandlebarsError(message), message: unknownHelperMessage(message) });
  }
}

export function compileHandlebarsTemplate(
  manifest: TemplateManifest,
  source: string,
  location: { directory: string; bodyFile: string; origin: ReportTemplate['origin'] },
  environment: TemplateEnvironment,
): ReportTemplate {
  checkHandlebarsSource(source, location.bodyFile, manifest.id);
  const compiled = environment.handlebars.compile(source, compileOptions);
  const runtimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
  return {
    manifest,
    ...location,
    render(organisation, period) {
      let markup: string;
      const context = templateContext(manifest, organisation, period);
      try {
        markup = compiled(context, runtimeOptions);
      } catch (error) {
        // Handlebars gives the line but not the file; an error inside a shared partial is traced to that partial.
        const where = partialAt(error, usedPartials(source, environment), environment, context, runtimeOptions) ?? {
          file: location.bodyFile,
          error,
        };
        throw new TemplateError({
          templateId: manifest.id,
          file: where.file,
          line: lineOf(where.error),
          message: runtimeMessage(where.error),
        });
      }
      try {
        return parseReportMarkup(markup);
      } catch (error) {
        if (error instanceof MarkupError) {
          throw new TemplateError({
            templateId: manifest.id,
            file: location.bodyFile,
            line: null,
            message: `kết quả của mẫu không đọc được (${error.message}).`,
          });
        }
        throw error;
      }
    },
  };
}

/** A template saved from a report: its body is report JSON, whose headings name `sourcePeriod`. */
export function compileJsonTemplate(
  manifest: TemplateManifest,
  body: unknown,
  location: { directory: string; bodyFile: string; origin: ReportTemplate['origin'] },
): ReportTemplate {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TemplateError({
      templateId: manifest.id,
      file: location.bodyFile,
      line: null,
      message: `nội dung mẫu không hợp lệ tại ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    });
  }
  const ids = new Set(manifest.indicators.map((indicator) => indicator.id));
  const blocks = parsed.data.content;
  for (const block of JSON.stringify(blocks).matchAll(/"indicator":"([^"]+)"/g)) {
    if (!ids.has(block[1]!)) {
      throw new TemplateError({
        templateId: manifest.id,
        file: location.bodyFile,
        line: null,
        message: `tham chiếu chỉ tiêu “${block[1]}” không có trong danh sách chỉ tiêu của mẫu.`,
      });
    }
  }
  return {
    manifest,
    ...location,
    render(_organisation, period) {
      const source = manifest.sourcePeriod;
      return copyJson(blocks).map((block) =>
        block.type === 'heading' && source
          ? {
              ...block,
              content: block.content?.map((node) =>
                node.type === 'text' ? { ...node, text: replacePeriodPhrases(node.text, source, period) } : node,
              ),
            }
          : block,
      );
    },
  };
}

/** The partials a source includes, directly or through other partials. */
function usedPartials(source: string, environment: TemplateEnvironment): PartialSource[] {
  const found = new Map<string, PartialSource>();
  const visit = (text: string) => {
    for (const match of text.matchAll(/\{\{~?>\s*([\w-]+)/g)) {
      const partial = environment.partials[match[1]!];
      if (partial && !found.has(match[1]!)) {
        found.set(match[1]!, partial);
        visit(partial.source);
      }
    }
  };
  visit(source);
  return [...found.values()];
}

function partialAt(
  error: unknown,
  partials: PartialSource[],
  environment: TemplateEnvironment,
  context: unknown,
  options: object,
): { file: string; error: unknown } | null {
  const message = (error as Error).message;
  for (const partial of partials) {
    if (!partial.source.includes('{{')) continue;
    try {
      environment.handlebars.compile(partial.source, compileOptions)(context, options);
    } catch (partialError) {
      if ((partialError as Error).message === message) return { file: partial.file, error: partialError };
    }
  }
  return null;
}

function lineOf(error: unknown): number | null {
  return error instanceof HelperError ? error.line : lineOfHandlebarsError((error as Error).message);
}

/** Handlebars' run-time messages, said in Vietnamese and without JavaScript internals. */
function runtimeMessage(error: unknown): string {
  const message = firstLine((error as Error).message).replace(/ - \d+:\d+$/, '');
  const missing = /^"([^"]+)" not defined in/.exec(message);
  if (missing) return `không có giá trị “${missing[1]}” trong dữ liệu của mẫu.`;
  return message;
}

function describeSyntaxError(source: string, message: string): { line: number | null; message: string } {
  if (/got 'EOF'/.test(message)) {
    const open = findUnclosedBlock(source);
    if (open) return { line: open.line, message: `khối {{#${open.name}}} mở ở dòng ${open.line} chưa được đóng bằng {{/${open.name}}}.` };
  }
  const mismatch = /(\S+) doesn't match (\S+)/.exec(message);
  const line = lineOfHandlebarsError(message);
  if (mismatch) return { line, message: `khối {{#${mismatch[1]}}} lại được đóng bằng {{/${mismatch[2]}}}.` };
  const text = line ? source.split('\n')[line - 1]?.trim() : undefined;
  return { line, message: `lỗi cú pháp Handlebars${text ? ` ở “${text}”` : ''}.` };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function unknownHelperMessage(message: string): string {
  const helper = /unknown helper (\S+)/.exec(message);
  return helper ? `hàm trợ giúp “${helper[1]}” không có; dùng một trong: ${Object.keys(templateHelpers).join(', ')}.` : firstLine(message);
}
