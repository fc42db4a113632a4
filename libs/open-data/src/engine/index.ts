export * from './money';
export * from './ocds.types';
export * from './process-facts';
export { buildReleasePackage, RELEASE_ACTIONS } from './release-builder';
