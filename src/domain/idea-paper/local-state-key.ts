/** The storage key of a draft's local state (local-state.ts); apart from it, so using the key loads no schema. */
export const localStateKey = (draftId: string) => `local:${draftId}` as const;
