/** Public surface of the coordinator's desk: rows, their texts, sorting, filters, totals and the CSV. */
export * from './dates';
export * from './row';
export * from './format';
export * from './sort';
export * from './filter';
export * from './totals';
export * from './csv';
export * from './cached-row';
