import nodePath from 'node:path';

type PathApi = Pick<typeof nodePath, 'isAbsolute' | 'resolve' | 'relative' | 'sep'>;

/**
 * What the page may show in the file manager (`showInFolder`): the Word files the export command wrote, and whatever
 * lies inside the workspace open now. Any other path, a relative one, or one with `..` segments is refused.
 */
export class ShowableFiles {
  private readonly exportedFiles = new Set<string>();
  private workspaceDirectory: string | null = null;

  constructor(private readonly path: PathApi = nodePath) {}

  rememberExportedFile(filePath: string): void {
    if (this.path.isAbsolute(filePath)) this.exportedFiles.add(this.path.resolve(filePath));
  }

  rememberWorkspace(directory: string): void {
    this.workspaceDirectory = this.path.resolve(directory);
  }

  allows(filePath: unknown): filePath is string {
    if (typeof filePath !== 'string' || filePath.includes('\0') || !this.path.isAbsolute(filePath)) return false;
    if (filePath.split(/[\\/]/).includes('..')) return false;
    const resolved = this.path.resolve(filePath);
    return this.exportedFiles.has(resolved) || (this.workspaceDirectory !== null && this.isInside(resolved, this.workspaceDirectory));
  }

  private isInside(filePath: string, directory: string): boolean {
    const relative = this.path.relative(directory, filePath);
    return relative !== '' && relative !== '..' && !relative.startsWith(`..${this.path.sep}`) && !this.path.isAbsolute(relative);
  }
}
