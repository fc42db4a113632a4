export * from './milestone-split';
