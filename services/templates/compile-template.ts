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
import { findForbiddenAccess, parseTemplateSource } from './template-safety';

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
  knownHelpers: Object.fromEntries(Object.keys(templateHelpers).map((name) => [name, true])),
} as const;

/** A Handlebars environment of its own, with the report helpers and the shared partials; nothing global. */
export function templateEnvironment(partials: Record<string, string>): typeof Handlebars {
  const environment = Handlebars.create();
  for (const [name, helper] of Object.entries(templateHelpers)) environment.registerHelper(name, helper);
  for (const [name, source] of Object.entries(partials)) environment.registerPartial(name, source);
  return environment;
}

/** Checks a Handlebars source on its own: syntax, forbidden names, unknown helpers. Throws a TemplateError. */
export function checkHandlebarsSource(source: string, file: string, templateId: string): void {
  let program: hbs.AST.Program;
  try {
    program = parseTemplateSource(source);
  } catch (error) {
    const message = (error as Error).message;
    throw new TemplateError({ templateId, file, line: lineOfHandlebarsError(message), message: `lỗi cú pháp Handlebars: ${firstLine(message)}` });
  }
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
  environment: typeof Handlebars,
): ReportTemplate {
  checkHandlebarsSource(source, location.bodyFile, manifest.id);
  const compiled = environment.compile(source, compileOptions);
  return {
    manifest,
    ...location,
    render(organisation, period) {
      let markup: string;
      try {
        markup = compiled(templateContext(manifest, organisation, period), { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      } catch (error) {
        const line = error instanceof HelperError ? error.line : lineOfHandlebarsError((error as Error).message);
        throw new TemplateError({ templateId: manifest.id, file: location.bodyFile, line, message: firstLine((error as Error).message).replace(/ - \d+:\d+$/, '') });
      }
      try {
        return parseReportMarkup(markup);
      } catch (error) {
        if (error instanceof MarkupError) {
          throw new TemplateError({ templateId: manifest.id, file: location.bodyFile, line: null, message: `kết quả của mẫu không đọc được (${error.message}).` });
        }
        throw error;
      }
    },
  };
}

/** A template saved from a report: its body is report JSON, whose headings name `sourcePeriod`. */
export function compileJsonTemplate(manifest: TemplateManifest, body: unknown, location: { directory: string; bodyFile: string; origin: ReportTemplate['origin'] }): ReportTemplate {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TemplateError({ templateId: manifest.id, file: location.bodyFile, line: null, message: `nội dung mẫu không hợp lệ tại ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}` });
  }
  const ids = new Set(manifest.indicators.map((indicator) => indicator.id));
  const blocks = parsed.data.content;
  for (const block of JSON.stringify(blocks).matchAll(/"indicator":"([^"]+)"/g)) {
    if (!ids.has(block[1]!)) {
      throw new TemplateError({ templateId: manifest.id, file: location.bodyFile, line: null, message: `tham chiếu chỉ tiêu “${block[1]}” không có trong danh sách chỉ tiêu của mẫu.` });
    }
  }
  return {
    manifest,
    ...location,
    render(_organisation, period) {
      const source = manifest.sourcePeriod;
      return copyJson(blocks).map((block) =>
        block.type === 'heading' && source
          ? { ...block, content: block.content?.map((node) => (node.type === 'text' ? { ...node, text: replacePeriodPhrases(node.text, source, period) } : node)) }
          : block,
      );
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function unknownHelperMessage(message: string): string {
  const helper = /unknown helper (\S+)/.exec(message);
  return helper ? `hàm trợ giúp “${helper[1]}” không có; dùng một trong: ${Object.keys(templateHelpers).join(', ')}.` : firstLine(message);
}
