// A small, real PDF for the load check's uploads: one A4 page with a line of text, every object and
// the cross-reference table written with their true byte offsets, so a PDF reader opens it and a
// check of the file's content (its `%PDF-` signature, its structure) sees a PDF, not a name.

/** The bytes of a one-page PDF saying `text` (printable ASCII only, so one character is one byte). */
export function smallPdf(text) {
  if (!/^[\x20-\x7e]*$/u.test(text)) throw new Error('smallPdf writes printable ASCII only');
  const escaped = text.replace(/[\\()]/gu, (c) => `\\${c}`);
  const content = `BT /F1 18 Tf 72 770 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  // Each cross-reference entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, CR LF.
  const entries = [
    '0000000000 65535 f\r\n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`),
  ];
  pdf += `xref\n0 ${objects.length + 1}\n${entries.join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
