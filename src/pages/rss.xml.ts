/**
 * `/rss.xml`: the newest articles and published claim reviews, newest first. Only verdicts an
 * editor has given are announced; items carry no build time, so the feed is deterministic.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSiteModel } from '../queries/site.ts';
import { SITE_NAME } from '../site.ts';
import { verdictInfo } from '../lib/site/verdicts.ts';
import { FEED_ITEMS } from '../lib/site/site-model.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function GET(context: APIContext) {
  const { feed } = await getSiteModel();
  const items = [
    ...feed.articles.map((a) => ({
      title: a.title,
      link: a.href,
      pubDate: new Date(`${a.published}T00:00:00Z`),
      description: a.summary,
      categories: ['Article'],
      key: `${a.published} a ${a.slug}`,
    })),
    ...feed.claims.map((c) => ({
      title: `${verdictInfo(c.verdict).label}: ${c.headline}`,
      link: c.href,
      // A review is news on the day it was decided, not on its article's.
      pubDate: new Date(`${c.review?.on ?? c.article.published}T00:00:00Z`),
      description: `${c.explanation ?? ''} (Claim in “${c.article.title}”${c.review ? `; checked on ${c.review.onLabel} by ${c.review.by.name}` : ''}.)`.trim(),
      categories: ['Claim review', verdictInfo(c.verdict).label],
      ...(c.review ? { customData: `<dc:creator>${escapeXml(c.review.by.name)}</dc:creator>` } : {}),
      key: `${c.review?.on ?? c.article.published} c ${c.key}`,
    })),
  ]
    .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
    .slice(0, FEED_ITEMS);
  return rss({
    title: `${SITE_NAME}: articles and claim reviews`,
    description: 'New annotated articles and fact-check verdicts from Factline.',
    site: context.site!,
    items: items.map(({ key: _key, ...item }) => item),
    customData: '<language>en</language>',
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
  });
}
