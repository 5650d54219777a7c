import { useEffect, useState, type MutableRef } from 'preact/hooks';
import { WIDEST_LABEL } from '@/analysis/dashboard-results';

/** The width (CSS pixels) at which bar labels fit `WIDEST_LABEL` characters a line: 44rem. */
const WIDEST_CHART = 704;

/**
 * Characters a bar label line may have in the element's width: fewer in a narrow (or zoomed)
 * window, so that Chart.js never has to cut a label. Changes in steps, so that charts are not
 * drawn again for every pixel of a resize.
 */
export function useLabelWidth(element: MutableRef<HTMLElement | null>): number {
  const [characters, setCharacters] = useState(WIDEST_LABEL);
  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.min(WIDEST_CHART, entry!.contentRect.width);
      setCharacters(Math.max(24, Math.floor((WIDEST_LABEL * width) / WIDEST_CHART / 8) * 8));
    });
    observer.observe(element.current!);
    return () => observer.disconnect();
  }, [element]);
  return characters;
}
