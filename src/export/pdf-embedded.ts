/**
 * Byte-level helpers on the finished PDF file, above all reading back the draft JSON that
 * renderPdf embeds in the XMP metadata. jsPDF writes the XMP stream uncompressed even with
 * compress: true (STACK §4), so a byte scan finds it without a PDF parser. Works only on
 * PDFs this app produced and nobody re-saved. Pure: no jsPDF, no DOM beyond TextDecoder.
 */

/** Prefix of the embedded payload: format tag + version, then base64 of the UTF-8 JSON. */
export const EMBEDDED_JSON_PREFIX = 'IDEAPAPERI1:';

/** XMP namespace of the embedded payload (.invalid: never resolvable, never fetched). */
export const EMBEDDED_JSON_NAMESPACE = 'https://ideapaperi.invalid/ns/1';

// '>' and '<' around the payload: it must be the whole content of an XMP element, so the
// same text typed by a user into a title or keywords (Info dictionary strings) is not taken.
const PAYLOAD = />IDEAPAPERI1:([A-Za-z0-9+/]+={0,2})</g;

/** The JSON string embedded by renderPdf, or null if the bytes carry none (or a damaged one). */
export function extractEmbeddedJson(pdfBytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so offsets and ASCII base64 survive unchanged.
  const text = new TextDecoder('latin1').decode(pdfBytes);
  for (const match of text.matchAll(PAYLOAD)) {
    const bytes = base64ToBytes(match[1]!);
    if (!bytes) continue;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not valid UTF-8: not our payload; keep looking.
    }
  }
  return null;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...B64].map((ch, i) => [ch, i]));

/** Decodes standard padded base64; null when the length or padding is impossible. */
export function base64ToBytes(b64: string): Uint8Array | null {
  if (b64.length % 4 !== 0) return null;
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((b64.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < b64.length; i += 4) {
    let v = 0;
    for (let j = 0; j < 4; j++) {
      const ch = b64[i + j]!;
      const d = ch === '=' ? 0 : LOOKUP.get(ch);
      if (d === undefined) return null;
      v = (v << 6) | d;
    }
    if (o < out.length) out[o++] = (v >> 16) & 255;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
  }
  return out;
}

/**
 * jsPDF always writes `/OpenAction [3 0 R /FitH null]` into the catalog. It is only a zoom
 * instruction, but automatic actions are a red flag for mail filters and coordinators'
 * security tools, so it is overwritten with spaces of the same length: the byte offsets in
 * the xref table stay valid and the catalog stays a well-formed dictionary.
 */
export function blankOpenAction(bytes: Uint8Array): void {
  // A single-byte decoding keeps string indices equal to byte offsets. The catalog is the
  // last object jsPDF writes, after the Info dictionary, so the last '/Type /Catalog' is it
  // even if a user typed that text into the title.
  const text = new TextDecoder('latin1').decode(bytes);
  const catalog = text.lastIndexOf('/Type /Catalog');
  if (catalog < 0) return;
  const end = text.indexOf('endobj', catalog);
  const match = /\/OpenAction \[\d+ 0 R \/Fit[A-Z]*(?: null)*\]/.exec(text.slice(catalog, end < 0 ? undefined : end));
  if (!match) return;
  bytes.fill(0x20, catalog + match.index, catalog + match.index + match[0].length);
}
