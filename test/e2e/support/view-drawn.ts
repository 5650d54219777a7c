import type { Page } from 'playwright-core';

/** Positions of the filters in the dashboard's `data-view`: [instrument, role, authority, from, to, interval, trend item, pool version]. */
export const VIEW = { instrument: 0, role: 1, authority: 2, from: 3 } as const;

/**
 * Waits until the dashboard has drawn the view whose filters match `want` (by position in
 * `data-view`), every chart included: the page writes the filters it rendered on the results and,
 * once Chart.js has drawn it, on each chart (`data-drawn`). A view whose figures are all hidden has
 * no chart and says so in words (`.no-chart`).
 *
 * @example
 * await viewDrawn(page, { [VIEW.authority]: 'E1' });
 */
export async function viewDrawn(page: Page, want: Partial<Record<number, string>>, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const view = document.querySelector<HTMLElement>('section[data-view]')?.dataset['view'];
      if (!view) return false;
      const filters = JSON.parse(view) as string[];
      if (!Object.entries(want).every(([index, value]) => filters[Number(index)] === value)) return false;
      const charts = [...document.querySelectorAll<HTMLElement>('figure.chart')];
      const drawn = charts.length > 0 || document.querySelector('.no-chart') !== null;
      return drawn && charts.every((chart) => chart.dataset['drawn'] === view);
    },
    want,
    { timeout, polling: 'raf' },
  );
}
