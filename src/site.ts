/** Site-wide constants for the pages. */
export const SITE_NAME = 'Factline';
export const SITE_TAGLINE = 'Who said what, when — every quote, claim and date in the news, annotated and checked.';

/** Header navigation. Only pages that exist are listed. */
export const NAV: { href: string; label: string }[] = [
  { href: '/', label: 'Articles' },
];
