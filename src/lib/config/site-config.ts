/**
 * The site's own configuration, `factline.config.yaml` at the project root: its name and
 * address, the organization that publishes it, where readers report corrections, and the
 * "who we are / funding" text of /about/. Read by astro.config.mjs, the build script and the
 * pages, through the same content-file reader as every other file (positions and fixes in
 * its messages).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { readContentFileOrThrow } from '../content-file/index.ts';
import { httpUrlSchema } from '../schema/index.ts';

export const siteConfigSchema = z.strictObject({
  name: z.string().min(1),
  /** The address the site is published at; canonical URLs, feeds and the sitemap use it. FACTLINE_SITE overrides it. */
  url: httpUrlSchema.optional(),
  organization: z.strictObject({ name: z.string().min(1), url: httpUrlSchema.optional() }),
  corrections: z
    .strictObject({ email: z.email('write an e-mail address such as corrections@example.org').optional(), url: httpUrlSchema.optional() })
    .refine((c) => c.email || c.url, 'give an `email` or a `url` where readers report corrections'),
  /** Who runs the site, in a few sentences (shown on /about/). */
  about: z.string().min(1),
  /** How the site is funded (shown on /about/). */
  funding: z.string().min(1),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The config file: FACTLINE_CONFIG when set (tests, other sites), else the project root's. */
export const configPath = () => resolve(process.env.FACTLINE_CONFIG ?? 'factline.config.yaml');

let cached: { path: string; config: SiteConfig } | undefined;

export function readSiteConfig(path = configPath()): SiteConfig {
  if (cached?.path === path) return cached.config;
  if (!existsSync(path)) throw new Error(`${path}: no site configuration — copy factline.config.yaml from the project and fill it in`);
  const { data } = readContentFileOrThrow({ schema: siteConfigSchema, subject: () => 'site configuration' }, path, readFileSync(path, 'utf8'));
  cached = { path, config: data };
  return data;
}

/** The address the site is built for: FACTLINE_SITE, else the config's `url`; undefined when neither is set. */
export function siteUrl(config: SiteConfig, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.FACTLINE_SITE || config.url || undefined;
}

/** Where "Report a correction" leads: the form or page, else an e-mail with the page named in its subject. */
export function correctionsHref(config: SiteConfig, subject?: string): string {
  if (config.corrections.url) return config.corrections.url;
  return `mailto:${config.corrections.email}${subject ? `?subject=${encodeURIComponent(`Correction: ${subject}`)}` : ''}`;
}

/** What the build prints when it has no address to build for. */
export const NO_SITE_URL_MESSAGE =
  'factline build: no site URL. Set `url:` in factline.config.yaml to the address the site is published at (for example https://news.example.org/), ' +
  'or set FACTLINE_SITE. Canonical URLs, structured data, the feed, the sitemap and the CSV links are built from it. ' +
  'To look at the site locally, run `npm start`, which builds it for http://localhost:4321.';

/** The address of a local preview (`npm start`, `astro dev`). */
export const LOCAL_SITE_URL = 'http://localhost:4321';
