/**
 * The source's text from its bytes. Spreadsheets in many locales save "CSV" in the system's legacy
 * encoding (Windows-1252, Mac Roman, EUC-KR): read as UTF-8 it would silently garble every accent,
 * so bytes that are not UTF-8 are refused with what to do instead.
 */
export function sourceText(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return {
      error:
        'the file is not UTF-8 text. In Excel, save it with "Save as" → "CSV UTF-8 (comma delimited)"; in LibreOffice, choose the character set "Unicode (UTF-8)"; in Google Sheets, "Download" → "Comma-separated values" is already UTF-8',
    };
  }
}
