/** Bytes for the PDF: base64 and UTF-8 without Buffer or btoa, so the same code runs in browsers and Node. */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (with padding) of bytes; no Buffer or btoa, so it runs in browsers and Node. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  const n = bytes.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chunk += B64[v >> 18]! + B64[(v >> 12) & 63]! + B64[(v >> 6) & 63]! + B64[v & 63]!;
    // Join in pieces: repeated += on one huge string is slow in some engines.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | ((i + 1 < n ? bytes[i + 1]! : 0) << 8);
    chunk += B64[v >> 18]! + B64[(v >> 12) & 63]! + (i + 1 < n ? B64[(v >> 6) & 63]! : '=') + '=';
  }
  parts.push(chunk);
  return parts.join('');
}

/** UTF-8 bytes of a string (TextEncoder exists in every target browser and in Node). */
export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * Whether bytes look like a whole PDF: the header at the start and the end-of-file marker in the
 * last kilobyte. jsPDF can hand back nothing (or a cut file) when a huge document overflows it;
 * such bytes must never be delivered as if they were the paper.
 */
export function isCompletePdf(bytes: Uint8Array): boolean {
  if (bytes.length < 64) return false;
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  return ascii(0, 5) === '%PDF-' && ascii(Math.max(0, bytes.length - 1024), bytes.length).includes('%%EOF');
}
