import { Font } from "@react-pdf/renderer";

/** The family the document's text is set in: Noto Sans (SIL Open Font License), embedded in every PDF. */
export const FONT_FAMILY = "Noto Sans";

/**
 * Registers the embedded font's files: paths in Node, URLs in the browser (the caller knows which). Noto Sans's
 * Latin files cover English and Spanish (á é í ó ú ü ñ ¿ ¡), the dashes and the degree sign. Words are not split.
 */
export function registerReportFonts(files: { regular: string; bold: string }) {
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: files.regular, fontWeight: 400 },
      { src: files.bold, fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
}
