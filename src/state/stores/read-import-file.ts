/**
 * Reading one picked or dropped file into drafts: a `.ideapaperi.json` draft, a backup, or an
 * ideapaperi PDF (which carries its draft). The size is checked before more than the first
 * bytes are read, and every failure is a Finnish message that says what is wrong with the
 * file. Nothing is stored.
 */
import type { Draft, ImportError } from '../../domain';
import { classifyImportHead, FILE_HEAD_BYTES, kindError, parseImportTextInSlices } from '../import-tools';

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
  let text: string;
  try {
    // The size, and the first bytes (what the file is, so how large it may be), before the rest is read.
    const head = classifyImportHead(file.size, new Uint8Array(await file.slice(0, FILE_HEAD_BYTES).arrayBuffer()));
    if ('error' in head) return fail(head.error);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (head.kind === 'pdf') {
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
