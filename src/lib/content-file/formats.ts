/** The formats of the content tree's YAML files, by the kind `fmt` and `check` know them as. */
import { basename } from 'node:path';
import { actorSchema, annotationFileSchema, articleFrontmatterSchema, eventSchema, reviewerSchema } from '../schema/index.ts';
import type { YamlKind } from '../yaml/canonical-order.ts';
import type { ContentFormat } from './read-content-file.ts';

const named = (noun: string) => (file: string) => `${noun} ${basename(file).replace(/\.ya?ml$/, '')}`;

export const ANNOTATIONS_FORMAT = { schema: annotationFileSchema } satisfies ContentFormat;
export const ACTOR_FORMAT = { schema: actorSchema, subject: named('actor') } satisfies ContentFormat;
export const EVENT_FORMAT = { schema: eventSchema, subject: named('event') } satisfies ContentFormat;
export const REVIEWER_FORMAT = { schema: reviewerSchema, subject: named('reviewer') } satisfies ContentFormat;
export const FRONTMATTER_FORMAT = { schema: articleFrontmatterSchema, subject: () => 'frontmatter' } satisfies ContentFormat;

/** By the kind of file `kindOfContentPath` finds (see src/lib/yaml/canonical-order.ts). */
export const CONTENT_FORMATS: Readonly<Record<YamlKind, ContentFormat>> = { annotations: ANNOTATIONS_FORMAT, actor: ACTOR_FORMAT, event: EVENT_FORMAT, reviewer: REVIEWER_FORMAT };
