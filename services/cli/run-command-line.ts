import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { figuresCommand } from './figures-command';
import { importCommand } from './import-command';
import { initCommand } from './init-command';
import { newCommand } from './new-command';
import { saveTemplateCommand } from './save-template-command';
import { templatesCommand } from './templates-command';
import { textCommand } from './text-command';
import { UsageError, type Command, type CommandOutput } from './command';

export const commands: Record<string, Command> = {
  init: initCommand,
  text: textCommand,
  figures: figuresCommand,
  new: newCommand,
  templates: templatesCommand,
  'save-template': saveTemplateCommand,
  export: exportCommand,
  import: importCommand,
  check: checkCommand,
};

/** Runs one command and returns the exit code: 0 success, 1 a problem found, 2 a usage or file error. */
export async function runCommandLine(args: string[], output: CommandOutput): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    output.out(helpText());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    output.error(`Lệnh “${name}” không có.\n\n${helpText()}`);
    return 2;
  }
  try {
    return await command.run(rest, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.error(`${error.message}\nCách dùng: npm run -s cli -- ${command.usage}\n`);
      return 2;
    }
    output.error(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

function helpText(): string {
  const lines = Object.values(commands).map((command) => `  ${command.usage}\n      ${command.summary}`);
  return `Cách dùng: npm run -s cli -- <lệnh> [tham số]\n\nCác lệnh:\n${lines.join('\n')}\n`;
}
