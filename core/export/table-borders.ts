import { BorderStyle, type ITableBordersOptions } from 'docx';

/** Table borders: `none` for the layout tables of the header and signature, `single` for tables of figures. */
export function tableBorders(kind: 'none' | 'single'): ITableBordersOptions {
  const border =
    kind === 'none' ? { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } : { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
}
