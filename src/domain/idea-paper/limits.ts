/**
 * The draft's version and size limits: apart from the schema (schema.ts re-exports them), so
 * the first screen can use them without loading zod and the whole schema.
 */
/** Current schema version: one more than the last upgrade step (migrations.ts). */
export { SCHEMA_VERSION } from './migrations';

/** Longest text a field may hold (about 40 pages); the UI caps input at the same size. */
export const MAX_TEXT = 100_000;
/** Most items a list may hold (goals, actions, indicators, partners, risks, staff rows). */
export const MAX_ITEMS = 300;
/**
 * Most coordinator comments a draft may hold: several rounds of comments beside every section
 * and item of a large paper fit in this, so a merge never strands the association.
 */
export const MAX_COMMENTS = 1000;

/** Id under which the main goal is linked from actions and indicators. */
export const MAIN_GOAL_ID = 'main';
