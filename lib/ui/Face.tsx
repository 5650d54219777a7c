import { FACES } from '../instruments/schema';

type FaceName = (typeof FACES)[number];

/**
 * A simple drawn face for rating options. Drawn rather than an emoji so that it looks the same on
 * every machine (emoji fonts differ, and some have none). Decorative: the label says the meaning.
 */
export function Face({ face }: { face: FaceName }) {
  const level = FACES.indexOf(face) - 2; // -2 very sad … +2 very happy
  const mouthY = 16;
  const curve = mouthY + level * 2.2;
  return (
    <svg class="face" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      <circle cx="8.5" cy="9.5" r="1.3" fill="currentColor" />
      <circle cx="15.5" cy="9.5" r="1.3" fill="currentColor" />
      <path d={`M7.5 ${mouthY} Q12 ${curve} 16.5 ${mouthY}`} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}
