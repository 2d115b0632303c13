/**
 * Who the build is for. The default (public) build leaves restricted documents out of everything;
 * `OPSBOOK_AUDIENCE=restricted` (or `npm run build -- --audience restricted`) includes them.
 */
export type Audience = 'public' | 'restricted';

export function currentAudience(): Audience {
  return process.env.OPSBOOK_AUDIENCE === 'restricted' ? 'restricted' : 'public';
}

export function visibleTo(audience: Audience, visibility: 'public' | 'restricted'): boolean {
  return audience === 'restricted' || visibility === 'public';
}
