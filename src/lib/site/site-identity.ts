/** Who publishes the site and its reviews, for structured data and feeds (from factline.config.yaml). */
import { readSiteConfig } from '../config/index.ts';

const config = readSiteConfig();

export const SITE_NAME = config.name;

export const SITE_ORGANIZATION = { '@type': 'Organization', name: config.organization.name } as const;

/** The publishing organization with its home page (its own, else the site's once the deployed origin is known). */
export function siteOrganization(site: URL) {
  return { ...SITE_ORGANIZATION, url: config.organization.url ?? new URL('/', site).href };
}
