import { ApiHeader } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { configureEventSites } from '../common/outbox-entry';
import { DEFAULT_SITE_ID, JwtVerifier, keyBelongsToSite, siteFilter } from '@parley/platform';

/**
 * The query side of the boundary between sites: the filter that keeps a site's queries to its
 * own documents (those with its `siteId`; the default site's carry none). With a single site
 * there is nothing to keep apart and the filter is empty, so single-site queries are unchanged.
 */
@Injectable()
export class SiteScope {
  constructor(private readonly verifier: JwtVerifier) {
    configureEventSites(verifier.siteIds);
  }

  get multiSite(): boolean {
    return this.verifier.siteIds.length > 1;
  }

  /** `{ siteId }` of the site (empty with a single site). */
  filter(site: string): { siteId?: string | null } {
    return this.multiSite ? siteFilter(site) : {};
  }

  /**
   * A filter on an `articleId` field holding article keys (comments, reports, notices, appeals,
   * audit entries of decisions): `<site>/…` on a non-default site, no slash on the default one.
   */
  articleFilter(site: string): { articleId?: Record<string, unknown> } {
    if (!this.multiSite) return {};
    return { articleId: site === DEFAULT_SITE_ID ? { $not: /\// } : { $regex: `^${site}/` } };
  }

  /** Whether an article key or user id is one of the site's. */
  owns(site: string, key: string): boolean {
    return keyBelongsToSite(key, site, this.verifier.siteIds);
  }

  siteOfKey(key: string): string {
    return this.verifier.siteOfKey(key);
  }
}

/**
 * OpenAPI: the X-Parley-Site header by which an anonymous reader's page names its site (the
 * default site without it; a token's site wins and must agree with it).
 */
export const ApiSiteHeader = () =>
  ApiHeader({
    name: 'X-Parley-Site',
    required: false,
    description: 'The site (SITES id) an anonymous caller acts on; default: the default site. With a token, it must name the token\u2019s site (403 site-mismatch); an unknown id gets 400 unknown-site.',
    schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' },
  });
