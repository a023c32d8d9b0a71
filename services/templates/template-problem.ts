/** Something wrong with a template, pointing at the file and, where known, the line. */
export interface TemplateProblem {
  templateId: string;
  file: string;
  line: number | null;
  message: string;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(readonly problem: TemplateProblem) {
    super(`${problem.file}${problem.line ? `, dòng ${problem.line}` : ''}: ${problem.message}`);
  }
}

/** Handlebars puts `- 12:4` or `on line 12` in its messages; this finds the line. */
export function lineOfHandlebarsError(message: string): number | null {
  const match = /(?:on line (\d+))|(?: - (\d+):\d+\s*$)/m.exec(message);
  const line = match?.[1] ?? match?.[2];
  return line ? Number(line) : null;
}
