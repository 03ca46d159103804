export * from './app-state';
export * from './context';
export * from './page-lifecycle';
export * from './ids';
export * from './tab-memory';
export * from './exchange-actions';
export type { DraftSummary, StorageErrorKind } from '../storage';
