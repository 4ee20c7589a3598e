import { slugify, stripPossessive } from './name-keys.ts';
import type { z } from 'zod';
import type { proposedActorSchema } from '../schema/index.ts';

export type ProposedActor = z.infer<typeof proposedActorSchema>;

/** A person or body the registry does not know yet, as an editor would add it. */
export function proposeActor(name: string): ProposedActor {
  const clean = stripPossessive(name.trim().replace(/\s+/g, ' ')).replace(/^the\s+/i, '');
  return { id: slugify(clean) || 'unknown', name: clean };
}
