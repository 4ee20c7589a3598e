/** `/corrections/rss.xml`: every change of a published verdict, statement or claimant, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSiteModel } from '../../queries/site.ts';
import { SITE_NAME } from '../../site.ts';

export async function GET(context: APIContext) {
  const { corrections } = await getSiteModel();
  return rss({
    title: `${SITE_NAME}: corrections`,
    description: corrections.available ? 'Every change to a published verdict, statement or claimant.' : `No corrections are listed: ${corrections.reason}.`,
    site: context.site!,
    items: corrections.feed.map((r) => ({
      title: `Corrected: ${r.claim.headline}`,
      link: r.claim.href,
      pubDate: new Date(`${r.date}T00:00:00Z`),
      description: `${r.changes.map((c) => `${c.label} changed from “${c.from}” to “${c.to}”`).join('; ')}. ${r.message}`,
      categories: ['Correction'],
    })),
    customData: '<language>en</language>',
  });
}
