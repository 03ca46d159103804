export * from './app-state';
export * from './context';
export * from './page-lifecycle';
export * from './ids';
export * from './tab-memory';
export * from './exchange-actions';
