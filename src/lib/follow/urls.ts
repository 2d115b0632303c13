/**
 * Absolute URLs of the published site, from `site.url` in the policy. Feeds, calendars and issue bodies
 * are read outside the site (a feed reader, a calendar app, GitHub), where a relative link means nothing,
 * so they never use the build's base path: `site.url` already includes it.
 */
import { KIND_FOLDERS, type Kind, type Policy } from '../../schemas/index.ts';

/** `siteUrl(policy, 'feeds/incidents.xml')` → `https://ops.example/feeds/incidents.xml`. */
export function siteUrl(policy: Pick<Policy, 'site'>, path: string): string {
  return new URL(path.replace(/^\/+/, ''), policy.site.url).toString();
}

/** The absolute URL of a document's page (`/<folder>/<id>/`, the site's one URL scheme). */
export function documentUrl(policy: Pick<Policy, 'site'>, doc: { kind: Kind; id: string }): string {
  return siteUrl(policy, `${KIND_FOLDERS[doc.kind]}/${doc.id}/`);
}

/** The host name of the site, used to make calendar UIDs globally unique (RFC 5545 suggests a domain). */
export function siteHost(policy: Pick<Policy, 'site'>): string {
  return new URL(policy.site.url).host;
}
