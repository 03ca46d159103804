export * from './errors';
export * from './drafts-repository';
export * from './memory-drafts-repository';
export * from './idb-drafts-repository';
export { DB_NAME, DB_VERSION } from './db';
export { loadDraftChecks } from './draft-checks-loader';
