import Handlebars from 'handlebars';

/** Names that reach into JavaScript objects rather than report data. */
const forbiddenNames = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/**
 * Walks a parsed template and returns the first use of a forbidden name (in a path or as a string
 * argument to `lookup`), with its line. Handlebars already hides prototype properties at run time;
 * this refuses such a template outright, with a message saying where.
 */
export function findForbiddenAccess(program: hbs.AST.Program): { name: string; line: number } | null {
  let found: { name: string; line: number } | null = null;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const record = node as Record<string, unknown> & { type?: string; loc?: hbs.AST.SourceLocation };
    if (record.type === 'PathExpression') {
      const name = (record['parts'] as string[]).find((part) => forbiddenNames.has(part));
      if (name) found = { name, line: record.loc?.start.line ?? 0 };
    }
    if (record.type === 'StringLiteral' && forbiddenNames.has(String(record['value']))) {
      found = { name: String(record['value']), line: record.loc?.start.line ?? 0 };
    }
    for (const value of Object.values(record)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && 'type' in value) visit(value);
    }
  };
  visit(program);
  return found;
}

export function parseTemplateSource(source: string): hbs.AST.Program {
  return Handlebars.parse(source);
}

const blockHelpersWithOneArgument = new Set(['if', 'unless', 'with', 'each']);

/** Built-in blocks used without their one argument (`{{#if}}`), which Handlebars only notices when rendering. */
export function findMisusedBlock(program: hbs.AST.Program): { message: string; line: number } | null {
  let found: { message: string; line: number } | null = null;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const record = node as Record<string, unknown> & { type?: string; loc?: hbs.AST.SourceLocation };
    if (record.type === 'BlockStatement') {
      const name = (record['path'] as { original?: unknown }).original;
      const params = record['params'] as unknown[];
      if (typeof name === 'string' && blockHelpersWithOneArgument.has(name) && params.length !== 1) {
        found = { message: `{{#${name}}} cần đúng một tham số.`, line: record.loc?.start.line ?? 0 };
      }
    }
    for (const value of Object.values(record)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && 'type' in value) visit(value);
    }
  };
  visit(program);
  return found;
}

/** For a source that ends inside a block: the block left open, with the line it opens on. */
export function findUnclosedBlock(source: string): { name: string; line: number } | null {
  const stack: { name: string; line: number }[] = [];
  for (const match of source.matchAll(/\{\{~?\s*([#/])\s*([\w-]+)/g)) {
    const line = source.slice(0, match.index).split('\n').length;
    if (match[1] === '#') stack.push({ name: match[2]!, line });
    else if (stack.length > 0 && stack[stack.length - 1]!.name === match[2]) stack.pop();
  }
  return stack.pop() ?? null;
}
