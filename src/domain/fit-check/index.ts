/** Public surface of the ESR+ 4.3 fit check. */
export * from './types';
export * from './config';
export * from './rules';
export * from './essentials';
export * from './evaluate';
export * from './self-assessment';
