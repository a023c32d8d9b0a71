import type { HelperOptions } from 'handlebars';
import { figureToken } from '../../core/body/report-markup';
import { figureFields, type FigureField, type FigureReference } from '../../core/figures/figure-reference';
import { isRate } from '../../core/indicators/derived-figures';
import type { TemplateContext, TemplateIndicatorContext } from './template-context';
import { capitalise as capitalisedText } from '../../core/text/capitalise';

/** Raised by a helper; carries the template line from Handlebars' location data. */
export class HelperError extends Error {
  override name = 'HelperError';
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

type Helper = (...args: unknown[]) => string;

function optionsOf(args: unknown[]): { params: unknown[]; options: HelperOptions & { loc?: { start: { line: number } } } } {
  return { params: args.slice(0, -1), options: args[args.length - 1] as HelperOptions & { loc?: { start: { line: number } } } };
}

function indicatorFrom(
  params: unknown[],
  options: HelperOptions & { loc?: { start: { line: number } } },
  helper: string,
): TemplateIndicatorContext {
  const id = params[0];
  const line = options.loc?.start.line ?? null;
  if (typeof id !== 'string') throw new HelperError(`{{${helper}}} cần mã chỉ tiêu làm tham số đầu tiên.`, line);
  const root = options.data?.root as TemplateContext | undefined;
  const indicator = root?.indicatorsById[id];
  if (!indicator) throw new HelperError(`{{${helper}}}: không có chỉ tiêu “${id}” trong danh sách chỉ tiêu của mẫu.`, line);
  return indicator;
}

function token(reference: FigureReference): string {
  return figureToken(reference);
}

/** `{{figure "id" "field" plan="…" basis="period" wording="dat" unit=false}}`: one live figure. */
const figure: Helper = (...args) => {
  const { params, options } = optionsOf(args);
  const indicator = indicatorFrom(params, options, 'figure');
  const field = params[1];
  const line = options.loc?.start.line ?? null;
  if (typeof field !== 'string' || !(figureFields as readonly string[]).includes(field)) {
    throw new HelperError(`{{figure}}: trường “${String(field)}” không có; dùng một trong: ${figureFields.join(', ')}.`, line);
  }
  const hash = options.hash as Record<string, unknown>;
  const plan = typeof hash['plan'] === 'string' ? hash['plan'] : null;
  if (plan && !indicator.planIds.includes(plan) && field !== 'next-year-plan') {
    throw new HelperError(`{{figure}}: chỉ tiêu “${indicator.id}” không có kế hoạch “${plan}”.`, line);
  }
  return token({
    indicator: indicator.id,
    field: field as FigureField,
    plan,
    basis: hash['basis'] === 'period' || hash['basis'] === 'cumulative' ? hash['basis'] : null,
    wording: hash['wording'] === 'bang' || hash['wording'] === 'dat' || hash['wording'] === 'vuot' ? hash['wording'] : null,
    withoutUnit: hash['unit'] === false ? true : null,
    ...figureOptions(hash, line),
  });
};

/** The hash options of `{{figure}}` that shape the wording: `decimals=2 zero=true compared="named" verb="thu" points="short"`. */
function figureOptions(hash: Record<string, unknown>, line: number | null): Partial<FigureReference> {
  const options: Partial<FigureReference> = {};
  const decimals = hash['decimals'];
  if (decimals !== undefined) {
    if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
      throw new HelperError(`{{figure}}: decimals phải là số nguyên từ 0 đến 6, không phải “${String(decimals)}”.`, line);
    }
    options.decimals = decimals;
  }
  if (hash['zero'] === true) options.leadingZero = true;
  if (hash['compared'] === 'same-period' || hash['compared'] === 'named') options.comparedWith = hash['compared'];
  else if (hash['compared'] !== undefined) throw new HelperError('{{figure}}: compared là "same-period" hoặc "named".', line);
  if (typeof hash['verb'] === 'string') options.verb = hash['verb'];
  if (hash['points'] === 'long' || hash['points'] === 'short') options.points = hash['points'];
  return options;
}

/**
 * `{{result "id"}}`: the usual sentence ending for an indicator, chosen by its nature and the period:
 * `ước đạt 27,8 tỷ đồng, lũy kế 10 tháng đạt 278,2 tỷ đồng, bằng 84,15% kế hoạch năm`.
 */
const result: Helper = (...args) => {
  const { params, options } = optionsOf(args);
  const indicator = indicatorFrom(params, options, 'result');
  const root = options.data?.root as TemplateContext;
  const parts = [token({ indicator: indicator.id, field: 'value-phrase' })];
  const midYearFlow = indicator.nature === 'flow' && !root.period.startsTheYear;
  if (midYearFlow) parts.push(token({ indicator: indicator.id, field: 'cumulative-phrase' }));
  if (indicator.planIds.length > 0) parts.push(token({ indicator: indicator.id, field: 'plan-comparison' }));
  return parts.join(', ');
};

/** `{{growth "id"}}`: `tăng 8,5% so với cùng kỳ`; for a rate, in points: `tăng 1,3 điểm phần trăm so với cùng kỳ`. */
const growth: Helper = (...args) => {
  const { params, options } = optionsOf(args);
  const indicator = indicatorFrom(params, options, 'growth');
  return token({ indicator: indicator.id, field: isRate(indicator) ? 'point-change' : 'growth-comparison' });
};

/** `{{progress "id"}}`: `281/317 hộ`. */
const progress: Helper = (...args) => {
  const { params, options } = optionsOf(args);
  const indicator = indicatorFrom(params, options, 'progress');
  if (indicator.planIds.length === 0)
    throw new HelperError(`{{progress}}: chỉ tiêu “${indicator.id}” không có kế hoạch.`, options.loc?.start.line ?? null);
  return token({ indicator: indicator.id, field: 'progress' });
};

/** `{{target "id"}}`: the next year's target an annual report sets. */
const target: Helper = (...args) => {
  const { params, options } = optionsOf(args);
  return token({ indicator: indicatorFrom(params, options, 'target').id, field: 'next-year-plan' });
};

const upper: Helper = (...args) => String(optionsOf(args).params[0] ?? '').toLocaleUpperCase('vi');
const lower: Helper = (...args) => String(optionsOf(args).params[0] ?? '').toLocaleLowerCase('vi');
const capitalise: Helper = (...args) => capitalisedText(String(optionsOf(args).params[0] ?? ''));
const add: Helper = (...args) => String(optionsOf(args).params.reduce((sum: number, value) => sum + Number(value), 0));
/** `{{roman 3}}` → `III`, for part numbers. */
const roman: Helper = (...args) =>
  ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][Number(optionsOf(args).params[0])] ?? '';
/** `{{literal "text"}}`: text written as is; templates saved from user text use it for braces. */
const literal: Helper = (...args) => String(optionsOf(args).params[0] ?? '');

export const templateHelpers: Record<string, Helper> = {
  figure,
  result,
  growth,
  progress,
  target,
  upper,
  lower,
  capitalise,
  add,
  roman,
  literal,
};
