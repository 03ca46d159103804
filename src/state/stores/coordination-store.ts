/**
 * Coordinator comments and the steps after the paper. Comments are part of the draft (they
 * travel in its file and PDF); comment mode and the author's name are per device.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { MAX_COMMENTS, projectSlug, type Comment } from '../../domain';
import type { DraftsRepository } from '../../storage';
import type { DraftChange, FileDeliveryPort, OpenDraftReader } from '../ports';
import type { ToolsStore } from './tools-store';

export interface CoordinationStore {
  readonly commentMode: ReadonlySignal<boolean>;
  /** The name the coordinator last signed a comment with (remembered on this device). */
  readonly commentAuthor: ReadonlySignal<string>;
  /** "Kommentointi": coordinators switch it on to comment beside sections and items. */
  toggleCommentMode(): void;
  addComment(section: string, itemId: string, text: string, verdict: Comment['verdict'], author: string): void;
  /** The association marks a comment handled (or not). */
  setCommentDone(id: string, done: boolean): void;
  removeComment(id: string): void;
  setNextStep(id: string, patch: Partial<{ done: boolean; date: string }>): void;
  setLetter(partnerId: string, text: string): void;
  /** Restores the generated template (drops the edited text). */
  resetLetter(partnerId: string): void;
  /** The letter of intent as a plain text file. */
  exportLetter(partnerId: string): Promise<void>;
}

interface Deps {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly open: OpenDraftReader;
  /** Applies an edit to the open draft (comments and the steps after the paper are part of it). */
  readonly edit: (change: DraftChange) => void;
  readonly files: FileDeliveryPort;
  readonly tools: Pick<ToolsStore, 'ensure'>;
}

export function createCoordinationStore({ repo, now, newId, open, edit, files, tools }: Deps): CoordinationStore {
  const commentMode = signal(false);
  const commentAuthor = signal('');
  void repo.getMeta('commentAuthor').then(
    (name) => name && (commentAuthor.value = name),
    () => undefined,
  );

  return {
    commentMode,
    commentAuthor,
    toggleCommentMode() {
      commentMode.value = !commentMode.peek();
    },
    addComment(section, itemId, text, verdict, author) {
      const comment: Comment = { id: newId(), section, itemId, text, verdict, author, createdAt: now().toISOString(), done: false };
      // A full list of comments is left as it is (the comment form says why it cannot add).
      edit((d) => (d.comments.length >= MAX_COMMENTS ? d : { ...d, comments: [...d.comments, comment] }));
      if (author !== commentAuthor.peek()) {
        commentAuthor.value = author;
        void repo.setMeta('commentAuthor', author).catch(() => undefined);
      }
    },
    setCommentDone(id, done) {
      edit((d) => ({ ...d, comments: d.comments.map((c) => (c.id === id ? { ...c, done } : c)) }));
    },
    removeComment(id) {
      edit((d) => ({ ...d, comments: d.comments.filter((c) => c.id !== id) }));
    },
    setNextStep(id, patch) {
      edit((d) => {
        const current = d.nextSteps[id] ?? { done: false, date: '' };
        return { ...d, nextSteps: { ...d.nextSteps, [id]: { ...current, ...patch } } };
      });
    },
    setLetter(partnerId, text) {
      edit((d) => ({ ...d, letters: { ...d.letters, [partnerId]: text } }));
    },
    resetLetter(partnerId) {
      edit((d) => {
        const { [partnerId]: _dropped, ...rest } = d.letters;
        return { ...d, letters: rest };
      });
    },
    async exportLetter(partnerId) {
      const d = open.current.peek();
      const partner = d?.partners.find((p) => p.id === partnerId);
      if (!d || !partner) return;
      const { letterOfIntentText } = await tools.ensure();
      const text = letterOfIntentText(d, partner).replace(/\n/g, '\r\n');
      await files.deliver('letter', async () => ({
        blob: new Blob([text], { type: 'text/plain;charset=utf-8' }),
        fileName: `aiesopimus-${projectSlug(partner.name)}.txt`,
      }));
    },
  };
}
