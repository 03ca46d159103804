import { useState } from 'preact/hooks';

/**
 * Dropping files on a panel (the start view's import, the coordinator's desk): the handlers to
 * spread on the panel, and whether files are being dragged over it (for its outline).
 */
export function useFileDrop(take: (files: FileList | null | undefined) => void) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (e: DragEvent) => {
        e.preventDefault();
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        setDragging(false);
        take(e.dataTransfer?.files);
      },
    },
  };
}
