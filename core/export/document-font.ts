/** Times New Roman, Unicode, everywhere: on the document defaults and on every run (NĐ 30/2020). */
export const documentFont = 'Times New Roman';
