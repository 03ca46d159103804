/** Public surface of the domain: state, storage, export and UI import from here only. */
export * from './idea-paper/options';
export * from './idea-paper/schema';
export * from './idea-paper/defaults';
export * from './idea-paper/business-id';
export * from './idea-paper/migrate';
export * from './idea-paper/fields';
export * from './idea-paper/validate';
export * from './idea-paper/steps';
export * from './idea-paper/edit';
export * from './idea-paper/goals';
export * from './idea-paper/outline';
export * from './money/cents';
export * from './budget/types';
export * from './budget/rules/types';
export * from './budget/rules/esr-2021-2027';
export * from './budget/calculate';
export * from './fit-check';
