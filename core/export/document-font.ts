/**
 * Times New Roman, Unicode, everywhere (NĐ 30/2020): set once on the document defaults, which every run inherits;
 * no style or run of ours names another font.
 */
export const documentFont = 'Times New Roman';
