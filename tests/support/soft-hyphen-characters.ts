/**
 * LibreOffice reads U+00AD as an optional hyphen and writes it as `<w:softHyphen/>`. In TCVN3 text that byte is the
 * letter `ư` (0xAD), and Word keeps it as an ordinary character of the run, so this puts it back into the run's text:
 * a run made of `<w:t>` and `<w:softHyphen/>` children becomes one `<w:t>` with U+00AD in it.
 */
export function softHyphensAsCharacters(documentXml: string): string {
  return documentXml.replace(
    /<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>|<w:rPr\/>)?((?:<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:softHyphen\/>)+)<\/w:r>/g,
    (run, properties: string | undefined, content: string) => {
      if (!content.includes('<w:softHyphen/>')) return run;
      const text = content.replaceAll('<w:softHyphen/>', '\u00ad').replace(/<w:t(?: [^>]*)?>|<\/w:t>/g, '');
      return `<w:r>${properties ?? ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    },
  );
}
