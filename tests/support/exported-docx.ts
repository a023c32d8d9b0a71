import { strFromU8, unzipSync } from 'fflate';
import { reportToDocx } from '../../core/export/report-to-docx';
import type { Report } from '../../core/report/report-schema';

/** A report exported to Word, unzipped, with its XML parts as text. */
export async function exportedParts(report: Report): Promise<{ bytes: Uint8Array; part: (name: string) => string; names: string[] }> {
  const bytes = await reportToDocx(report);
  const files = unzipSync(bytes);
  return {
    bytes,
    names: Object.keys(files),
    part: (name) => {
      const content = files[name];
      if (!content) throw new Error(`no part ${name} in the exported file`);
      return strFromU8(content);
    },
  };
}
