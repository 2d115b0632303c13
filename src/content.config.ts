/**
 * Astro's content collections: one, `documents`, fed by the opsbook loader from the handbook the
 * integration loaded and checked (src/integration/documents-loader.ts). No collection reads `content/`
 * on its own, and no body is compiled as a module.
 */
import { defineCollection } from 'astro:content';
import { documentsLoader } from './integration/documents-loader.ts';

export const collections = {
  documents: defineCollection({ loader: documentsLoader() }),
};
