/**
 * Read-only comment mode: a received paper is the association's text, so its fields are shown
 * but cannot be changed (text read-only, choices disabled, add/move/remove buttons hidden),
 * while comments can still be written. The editor refuses such edits anyway; this makes it
 * plain on screen.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export const FieldsLocked = createContext(false);

/** True inside a received paper's fields. */
export const useLocked = (): boolean => useContext(FieldsLocked);
