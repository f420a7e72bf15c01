// What a Chromium-printed PDF says about its pages, read with two regular expressions (no PDF library needed:
// Chromium writes every page as an uncompressed "/Type /Page" object with its own /MediaBox).

/** Number of pages in a PDF Chromium printed. */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Each page's size in points, in order (a landscape page is wider than high). */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/g)]
    .map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
  if (sizes.length !== pdfPages(pdf)) throw new Error(`expected one /MediaBox per page: ${sizes.length} boxes, ${pdfPages(pdf)} pages`);
  return sizes;
}
