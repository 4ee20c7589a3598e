/** Site-wide constants for the pages. */
import { readSiteConfig } from './lib/config/index.ts';
import { routes } from './lib/site/routes.ts';
import { SITE_NAME } from './lib/site/site-identity.ts';

export { SITE_NAME };
/** factline.config.yaml: organization, corrections contact, who-we-are and funding text. */
export const SITE_CONFIG = readSiteConfig();
export const SITE_TAGLINE = 'Who said what, when — every quote, claim and date in the news, annotated and checked.';

/** Header navigation. Only pages that exist are listed. */
export const NAV: { href: string; label: string }[] = [
  { href: '/articles/', label: 'Articles' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/actors/', label: 'People' },
  { href: '/quotes/', label: 'Quotes' },
  { href: '/claims/', label: 'Claims' },
  { href: '/methodology/', label: 'Methodology' },
];

/** Footer links: how the site works and its data. */
export const FOOTER_LINKS: { href: string; label: string }[] = [
  { href: '/methodology/', label: 'Methodology' },
  { href: routes.about, label: 'About us' },
  { href: routes.corrections, label: 'Report a correction' },
  { href: routes.correctionsArchive(), label: 'Corrections' },
  { href: '/rss.xml', label: 'RSS feed' },
  { href: routes.data.corpus, label: 'Open data (JSON, gzip)' },
  { href: routes.data.schema, label: 'Data schema' },
  { href: '/sitemap-index.xml', label: 'Sitemap' },
];
