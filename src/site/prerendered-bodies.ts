/**
 * Bodies rendered ahead of their pages (src/node/body-prerender.ts), handed to the pages through
 * `globalThis`: Astro runs the pages from its own bundle, not from the module instance the integration
 * started the renderer from. A page takes its body from here when it was rendered ahead from the same
 * text, and renders it itself otherwise.
 */
import type { RenderedBody } from '../lib/render/body.ts';

export interface PrerenderedBodies {
  /** The body rendered from `body`, if this document's body was rendered ahead from that very text. */
  take(key: string, body: string): Promise<RenderedBody> | undefined;
}

const KEY = Symbol.for('opsbook.prerendered-bodies');
type Holder = { [KEY]?: PrerenderedBodies };

export function setPrerenderedBodies(bodies: PrerenderedBodies | undefined): void {
  (globalThis as Holder)[KEY] = bodies;
}

export function prerenderedBodies(): PrerenderedBodies | undefined {
  return (globalThis as Holder)[KEY];
}
