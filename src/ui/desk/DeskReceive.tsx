import { useRef } from 'preact/hooks';
import { useFileDrop } from '../components/use-file-drop';
import type { DeskStore } from '../../state';
import { deskText } from './messages-desk';

/** Draft files, backups and ideapaperi PDFs: what the start view's import reads too. */
const IMPORT_ACCEPT = '.json,.ideapaperi.json,application/json,.pdf,application/pdf';

/** Many files at once: a multi-select picker and a drop area. */
export function DeskReceive({ desk }: { desk: DeskStore }) {
  const input = useRef<HTMLInputElement>(null);
  const receiving = desk.receiving.value;
  const take = (files: FileList | null | undefined) => {
    const list = [...(files ?? [])];
    if (list.length > 0) void desk.receive(list);
  };
  const drop = useFileDrop(take);
  return (
    <section class={`panel desk-receive${drop.dragging ? ' dragging' : ''}`} aria-labelledby="desk-receive-h" {...drop.handlers}>
      <h2 id="desk-receive-h">{deskText.receiveHeading}</h2>
      <p class="help">{deskText.receiveHelp}</p>
      <input
        ref={input}
        id="desk-files"
        type="file"
        multiple
        class="visually-hidden"
        tabIndex={-1}
        aria-label={deskText.receiveButton}
        accept={IMPORT_ACCEPT}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <button type="button" class="button primary" disabled={!!receiving} onClick={() => input.current?.click()}>
        {deskText.receiveButton}
      </button>
      <p role="status" class="receive-status">
        {receiving ? deskText.receiving(receiving.done, receiving.total) : drop.dragging ? deskText.dropHere : ''}
      </p>
    </section>
  );
}
