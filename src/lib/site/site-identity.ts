/** Who publishes the site and its reviews, for structured data and feeds. */
export const SITE_NAME = 'Factline';

export const SITE_ORGANIZATION = { '@type': 'Organization', name: SITE_NAME } as const;

/** The publishing organization with its home page, once the deployed origin is known. */
export function siteOrganization(site: URL) {
  return { ...SITE_ORGANIZATION, url: new URL('/', site).href };
}
