/**
 * Getting a file out of the app. Phones and the installed app get the share sheet (so the
 * file can go straight to email or WhatsApp); elsewhere a normal download; where downloads
 * do not work (old iOS), the file opens in a new view from which it can be saved.
 */
export type Delivery = 'shared' | 'downloaded' | 'opened' | 'cancelled';

function prefersShare(): boolean {
  const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  const standalone = typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches;
  return coarse || standalone;
}

/** Shares, downloads or opens the file; resolves to what happened. */
export async function deliverFile(blob: Blob, fileName: string): Promise<Delivery> {
  const file = typeof File === 'function' ? new File([blob], fileName, { type: blob.type }) : undefined;
  if (file && prefersShare() && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: fileName });
      return 'shared';
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
      // Sharing refused (e.g. no user gesture left): fall back to a download.
    }
  }
  const url = URL.createObjectURL(blob);
  // Revoke late: some browsers read the blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const a = document.createElement('a');
  if ('download' in a) {
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    return 'downloaded';
  }
  window.open(url, '_blank', 'noopener');
  return 'opened';
}
