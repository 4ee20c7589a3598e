/** Who publishes the reviews, for structured data. */
export const SITE_ORGANIZATION = { '@type': 'Organization', name: 'Factline' } as const;
