import { describe, expect, it } from 'vitest';
import type { ApplicationService } from '../../core/api/application-results';
import { reportToDocx } from '../../core/export/report-to-docx';
import { copyJson } from '../../core/json/copy-json';
import { deepestJsonNesting } from '../../core/json/nesting-depth';
import { readReportText } from '../../core/report/read-report';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { dispatchCommand } from '../../services/server/dispatch-command';

/**
 * A report file whose body is `levels` bulleted lists, each in an item of the one before, written as text: nothing
 * recursive could write one this deep.
 */
function nestedListsText(levels: number): string {
  const report = { ...copyJson(peoplesCommitteeOctober2019), body: { type: 'doc', content: ['INNER'] } };
  const inner = JSON.stringify({ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn trong cùng.' }] });
  const nested = '{"type":"bulletList","content":[{"type":"listItem","content":['.repeat(levels) + inner + ']}]}'.repeat(levels);
  return JSON.stringify(report).replace('"INNER"', nested);
}

const nothingRuns = new Proxy({} as ApplicationService, {
  get: () => () => {
    throw new Error('the command ran');
  },
});

describe('a report nested deeper than a report ever is', () => {
  it('is refused as a file, with the file and the place, before anything walks it', () => {
    const text = nestedListsText(20_000);
    expect(() => readReportText(text, 'long-nhau.json')).toThrow(
      `Không mở được “long-nhau.json”: tệp báo cáo không hợp lệ.\n  - body.content[0].content[0].content…: nội dung lồng nhau sâu hơn ${deepestJsonNesting} tầng`,
    );
  });

  it('is refused as a payload, in Vietnamese, whichever command carries it', async () => {
    const report: unknown = JSON.parse(nestedListsText(20_000));
    for (const [name, payload] of [
      ['saveReport', { fileName: 'a.json', report }],
      ['writeBackup', { fileName: 'a.json', report }],
      ['exportDocx', { fileName: 'a.json', report }],
    ] as const) {
      const answer = await dispatchCommand(nothingRuns, name, payload);
      expect(answer).toEqual({ ok: false, message: expect.stringContaining(`nội dung lồng nhau sâu hơn ${deepestJsonNesting} tầng`) });
    }
  });

  it('still reads and exports lists nested as deep as the limit allows, far deeper than Word or a person goes', async () => {
    const report = readReportText(nestedListsText(45), 'sau.json');
    expect((await reportToDocx(report)).byteLength).toBeGreaterThan(0);
  });
});
