import type { Rng } from './prng';

/**
 * Neutral sentences for demonstration comments, in the themes of the seed documents (workload,
 * supervision, recording, time for direct work, training, peer support). Never a name.
 */
export const COMMENT_PHRASES = [
  'Caseload felt heavy this week.',
  'Supervision was helpful.',
  'Supervision was cancelled again.',
  'Too much time spent on recording.',
  'Good support from the team.',
  'Court deadlines made it a busy week.',
  'The training session was useful.',
  'Hard to find time for home visits.',
  'IT problems slowed down recording.',
  'Covering for a colleague on leave.',
  'A quieter week, time to catch up.',
  'Several new referrals arrived at once.',
  'Peer support made a difference.',
  'Travel between visits took a lot of time.',
  'Waiting for a decision from senior managers.',
  'Multi-agency meeting went well.',
  'Not enough time for direct work.',
  'Felt listened to in team meeting.',
];

/**
 * A comment of one or two phrases, no longer than `maxLength`.
 *
 * @example
 * demoComment(new Rng(3), 500) // 'Supervision was helpful. Court deadlines made it a busy week.'
 */
export function demoComment(rng: Rng, maxLength: number): string {
  const first = rng.pick(COMMENT_PHRASES);
  const text = rng.chance(0.35) ? `${first} ${rng.pick(COMMENT_PHRASES)}` : first;
  return text.length <= maxLength ? text : first.slice(0, maxLength);
}
