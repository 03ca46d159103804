/**
 * Reading one picked or dropped file into drafts: a `.ideapaperi.json` draft, a backup, or an
 * ideapaperi PDF (which carries its draft). The size is checked before a byte is read, and
 * every failure is a Finnish message that says what is wrong with the file. Nothing is stored.
 */
import type { Draft, ImportError } from '../../domain';
import { checkImportSize, kindError, parseImportText, sniffFileKind } from '../import-tools';

export type ImportFileRead = { readonly ok: true; readonly drafts: readonly Draft[] } | { readonly ok: false; readonly error: ImportError };

export type PdfReaderLoader = () => Promise<{ extractEmbeddedJson(bytes: Uint8Array): string | null }>;

export async function readImportFile(file: Blob, loadPdfReader: PdfReaderLoader): Promise<ImportFileRead> {
  const fail = (error: ImportError) => ({ ok: false, error }) as const;
  const sizeError = checkImportSize(file.size);
  if (sizeError) return fail(sizeError);
  let text: string;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = sniffFileKind(bytes);
    if (kind === 'zip' || kind === 'binary') return fail(kindError(kind));
    if (kind === 'pdf') {
      const embedded = (await loadPdfReader()).extractEmbeddedJson(bytes);
      if (embedded === null) return fail(kindError('pdf-without-draft'));
      text = embedded;
    } else {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return fail(kindError('binary'));
  }
  const parsed = parseImportText(text);
  return parsed.ok ? { ok: true, drafts: parsed.drafts } : fail(parsed.error);
}
