/**
 * schema.org JSON-LD for the pages: NewsArticle, ClaimReview, Quotation, Person/Organization
 * and Event. Built from the view data only; the layout serialises it safely.
 */
import { SITE_ORGANIZATION } from './site-identity.ts';
import type { ArticleView } from './article-view.ts';

export function newsArticleJsonLd(article: ArticleView, site: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.published,
    url: new URL(`/articles/${article.slug}/`, site).href,
    publisher: { '@type': 'Organization', name: article.publisher },
    ...(article.url ? { isBasedOn: article.url } : {}),
    sourceOrganization: SITE_ORGANIZATION,
  };
}
