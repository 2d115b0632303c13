/**
 * Who the build is for. The default (public) build leaves restricted documents out of everything;
 * `OPSBOOK_AUDIENCE=restricted` (or `npm run build -- --audience restricted`) includes them. The pure
 * part (what an audience sees) is in src/lib/audience.ts; this reads the build's environment.
 */
import type { Audience } from '../lib/audience.ts';

export type { Audience } from '../lib/audience.ts';

export function currentAudience(): Audience {
  return process.env.OPSBOOK_AUDIENCE === 'restricted' ? 'restricted' : 'public';
}
