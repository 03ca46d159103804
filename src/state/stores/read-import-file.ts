/**
 * Reading one picked or dropped file into drafts: a `.ideapaperi.json` draft, a backup, or an
 * ideapaperi PDF (which carries its draft). The size is checked before a byte is read, and
 * every failure is a Finnish message that says what is wrong with the file. Nothing is stored.
 */
import type { Draft, ImportError } from '../../domain';
import { checkImportSize, kindError, parseImportTextInSlices, sniffFileKind } from '../import-tools';

export type ImportFileRead = { readonly ok: true; readonly drafts: readonly Draft[] } | { readonly ok: false; readonly error: ImportError };

/**
 * Lets the browser handle input and paint before the work goes on. scheduler.yield where there
 * is one; else a message to ourselves, which (unlike setTimeout) a hidden tab does not slow
 * down to once a second.
 */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
};

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
  // A backup of hundreds of drafts is checked in slices, so typing and scrolling go on meanwhile.
  const parsed = await parseImportTextInSlices(text, yieldToMain);
  return parsed.ok ? { ok: true, drafts: parsed.drafts } : fail(parsed.error);
}
