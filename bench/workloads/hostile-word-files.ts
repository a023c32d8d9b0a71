import { defaultWordFileLimits } from '../../services/word/read-word-archive';
import { deepNestings, deeplyNestedFile, unclosedTagsFile } from '../../tests/support/hostile-word-files';
import { zipBomb } from '../../tests/support/zip-bomb';

export type HostileWordFileName = 'unclosed-tags' | 'nested-report' | 'nested-tables' | 'nested-runs' | 'zip-bomb' | 'zip-bomb-lying';

export interface HostileWordFile {
  name: HostileWordFileName;
  label: string;
  /** The name the import is given, as a person would have picked the file. */
  fileName: string;
  build: () => Promise<Uint8Array>;
}

const lyingSize = defaultWordFileLimits.partBytes;

/** The Word files made to hang or exhaust the import, each of which it must refuse. */
export const hostileWordFiles: readonly HostileWordFile[] = [
  {
    name: 'unclosed-tags',
    label: 'Exported report whose embedded report opens 110 tags and closes none',
    fileName: 'bac-hai.docx',
    build: unclosedTagsFile,
  },
  {
    name: 'nested-report',
    label: 'Embedded report nested 200,000 deep',
    fileName: 'long-nhau-bao-cao.docx',
    build: () => deeplyNestedFile(deepNestings.report),
  },
  {
    name: 'nested-tables',
    label: 'Document with tables nested 20,000 deep',
    fileName: 'long-nhau-bang.docx',
    build: () => deeplyNestedFile(deepNestings.tables),
  },
  {
    name: 'nested-runs',
    label: 'Document with runs nested 100,000 deep',
    fileName: 'long-nhau-doan.docx',
    build: () => deeplyNestedFile(deepNestings.runs),
  },
  {
    name: 'zip-bomb',
    label: 'Zip bomb: document.xml inflating to 1 GiB, its header telling so',
    fileName: 'bom.docx',
    build: async () => zipBomb(),
  },
  {
    name: 'zip-bomb-lying',
    label: `Zip bomb: document.xml inflating to 1 GiB, its header saying ${lyingSize / 2 ** 20} MiB`,
    fileName: 'bom-noi-doi.docx',
    build: async () => zipBomb({ declaredBytes: lyingSize }),
  },
];
