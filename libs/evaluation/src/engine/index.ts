export * from './aggregation';
export * from './assignment';
export * from './ranking';
