/**
 * Coordinator comments and the steps after the paper. Comments are part of the draft (they
 * travel in its file and PDF); comment mode and the author's name are per device.
 */
import { signal } from '@preact/signals';
import { letterOfIntentText, projectSlug, type Comment, type Draft } from '../domain';
import type { DraftsRepository } from '../storage';
import type { Exporter } from './exchange-actions';

interface Context {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly draft: { readonly value: Draft | null };
  /** Applies an edit to the open draft and schedules its save. */
  readonly edit: (change: (d: Draft) => Draft) => void;
  readonly loadExporter: () => Promise<Exporter>;
}

export function createCoordinationActions(ctx: Context) {
  const commentMode = signal(false);
  const commentAuthor = signal('');
  void ctx.repo.getMeta('commentAuthor').then(
    (name) => name && (commentAuthor.value = name),
    () => undefined,
  );

  const actions = {
    /** "Kommentointi": coordinators switch it on to comment beside sections and items. */
    toggleCommentMode(): void {
      commentMode.value = !commentMode.value;
    },

    addComment(section: string, itemId: string, text: string, verdict: Comment['verdict'], author: string): void {
      const comment: Comment = { id: ctx.newId(), section, itemId, text, verdict, author, createdAt: ctx.now().toISOString(), done: false };
      ctx.edit((d) => ({ ...d, comments: [...d.comments, comment] }));
      if (author !== commentAuthor.value) {
        commentAuthor.value = author;
        void ctx.repo.setMeta('commentAuthor', author).catch(() => undefined);
      }
    },

    /** The association marks a comment handled (or not). */
    setCommentDone(id: string, done: boolean): void {
      ctx.edit((d) => ({ ...d, comments: d.comments.map((c) => (c.id === id ? { ...c, done } : c)) }));
    },

    removeComment(id: string): void {
      ctx.edit((d) => ({ ...d, comments: d.comments.filter((c) => c.id !== id) }));
    },

    setNextStep(id: string, patch: Partial<{ done: boolean; date: string }>): void {
      ctx.edit((d) => {
        const current = d.nextSteps[id] ?? { done: false, date: '' };
        return { ...d, nextSteps: { ...d.nextSteps, [id]: { ...current, ...patch } } };
      });
    },

    setLetter(partnerId: string, text: string): void {
      ctx.edit((d) => ({ ...d, letters: { ...d.letters, [partnerId]: text } }));
    },

    /** Restores the generated template (drops the edited text). */
    resetLetter(partnerId: string): void {
      ctx.edit((d) => {
        const { [partnerId]: _dropped, ...rest } = d.letters;
        return { ...d, letters: rest };
      });
    },

    /** The letter of intent as a plain text file. */
    async exportLetter(partnerId: string): Promise<void> {
      const d = ctx.draft.value;
      const partner = d?.partners.find((p) => p.id === partnerId);
      if (!d || !partner) return;
      const exporter = await ctx.loadExporter();
      const blob = new Blob([letterOfIntentText(d, partner).replace(/\n/g, '\r\n')], { type: 'text/plain;charset=utf-8' });
      await exporter.deliverFile(blob, `aiesopimus-${projectSlug(partner.name)}.txt`);
    },
  };

  return { commentMode, commentAuthor, actions };
}
