import { lower, type AttributionContext } from './context.ts';

/**
 * Is the reporting verb at `v` passive with no agent ("members are asked to list three names", "he
 * was told")? Its grammatical subject is the one spoken to, not a speaker, so it attributes nothing
 * (with an agent, "was asked by moderator Gerard Baker", the agent speaks; "was quoted as saying"
 * leaves the attribution to "saying").
 *
 * @example
 * `Members are asked to rank the bids, and the board is less likely to be “swayed by one
 * bidder,” Okafor said.` → not "Members", so Okafor's attribution after the quote stands.
 */
export function passiveReport(c: AttributionContext, v: number): boolean {
  const { tokens } = c;
  if (!/ed$|^(?:told|heard|written|said)$/.test(lower(tokens[v]))) return false;
  let k = v - 1;
  while (k > v - 3 && /ly$/.test(lower(tokens[k]))) k--;
  if (!/^(?:is|are|was|were|be|been|being|am)$/.test(lower(tokens[k]))) return false;
  return !/^(?:by|as)$/.test(lower(tokens[v + 1]));
}
