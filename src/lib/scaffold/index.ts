/** Scaffolding of new documents: options, ids, bodies, and the builder. */
export * from './options.ts';
export * from './build.ts';
export * from './author.ts';
export * from './ids.ts';
export * from './markers.ts';
