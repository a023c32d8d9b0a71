import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { serialiseReport } from '../../services/workspace/workspace-store';
import { reportFileName } from '../../services/workspace/workspace-layout';

const directory = path.resolve(import.meta.dirname, '../../examples/le-chan');

describe('examples/le-chan', () => {
  it('is exactly what `npm run sample` writes from examples/sample/', async () => {
    const files = (await readdir(path.join(directory, 'reports'))).sort();
    expect(files).toEqual(sampleWorkspace.reports.map(reportFileName).sort());
    for (const report of sampleWorkspace.reports) {
      expect(await readFile(path.join(directory, 'reports', reportFileName(report)), 'utf8')).toBe(serialiseReport(report));
    }
    expect(JSON.parse(await readFile(path.join(directory, 'workspace.json'), 'utf8'))).toEqual(sampleWorkspace.settings);
  });

  it('holds the state and the Party layouts', () => {
    expect(new Set(sampleWorkspace.reports.map((report) => report.organisation.format))).toEqual(new Set(['state', 'party']));
  });
});
