/**
 * Reflow at 200% zoom (WCAG 1.4.10): content must fit the width without horizontal scrolling.
 *
 * Browser zoom at 200% in a 1280×720 window gives pages a 640×360 CSS-pixel viewport: media
 * queries, layout and `window.innerWidth` all see 640 px (and devicePixelRatio becomes 2).
 * {@link emulateZoom} reproduces the part that matters for reflow by resizing the tab's viewport
 * to 640×360 CSS px (Playwright's own viewport emulation, so it survives screenshots, reloads and
 * navigation). It keeps the context's devicePixelRatio; for pixel-exact 200% pictures launch with
 * {@link zoomLaunchOptions} instead (viewport 640×360 at deviceScaleFactor 2 for every tab).
 * CSS `zoom` on the root element would not be honest: media queries would still see 1280 px.
 */
import type { Page } from 'playwright-core';
import { DEFAULT_VIEWPORT, type LaunchOptions } from './extension';

/** The CSS-pixel viewport a `windowSize` window has at `zoom` (2 = 200%). */
export function zoomedViewport(zoom = 2, windowSize: { width: number; height: number } = DEFAULT_VIEWPORT): { width: number; height: number } {
  return { width: Math.floor(windowSize.width / zoom), height: Math.floor(windowSize.height / zoom) };
}

/** Options for `launchExtension` that make every tab look like a 1280×720 window zoomed to `zoom`. */
export function zoomLaunchOptions(zoom = 2, windowSize: { width: number; height: number } = DEFAULT_VIEWPORT): Pick<LaunchOptions, 'viewport' | 'deviceScaleFactor'> {
  return { viewport: zoomedViewport(zoom, windowSize), deviceScaleFactor: zoom };
}

export interface ZoomState {
  /** The CSS-pixel viewport the page now has. */
  width: number;
  height: number;
  /** Puts the viewport back to what it was before {@link emulateZoom}. */
  reset(): Promise<void>;
}

/**
 * Makes `page` lay out as if zoomed to `zoom` (default 2 = 200%) in a `windowSize` browser window
 * (default 1280×720): its viewport becomes `windowSize / zoom` CSS px. Waits until the page sees
 * the new width and has painted.
 */
export async function emulateZoom(
  page: Page,
  zoom = 2,
  windowSize: { width: number; height: number } = DEFAULT_VIEWPORT,
): Promise<ZoomState> {
  const previous = page.viewportSize();
  const { width, height } = zoomedViewport(zoom, windowSize);
  await page.setViewportSize({ width, height });
  // Let the page react (resize observers, media queries) before anyone measures it.
  await page.waitForFunction((w) => window.innerWidth === w, width, { timeout: 10_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return {
    width,
    height,
    async reset() {
      if (previous) await page.setViewportSize(previous);
    },
  };
}

export interface HorizontalOverflow {
  scrollWidth: number;
  clientWidth: number;
  /** Up to 10 elements whose right edge passes the viewport, as short CSS-like descriptions. */
  offenders: string[];
}

/** Measures `document.documentElement.scrollWidth` against `clientWidth` and lists what sticks out. */
export async function measureHorizontalOverflow(page: Page): Promise<HorizontalOverflow> {
  // No named inner functions in this callback: transpilers (esbuild keepNames) would wrap them
  // in a `__name` helper that does not exist inside the page.
  return page.evaluate(() => {
    const root = document.documentElement;
    const clientWidth = root.clientWidth;
    const offenders: string[] = [];
    if (root.scrollWidth > clientWidth) {
      for (const el of Array.from(document.body?.querySelectorAll('*') ?? [])) {
        const rect = el.getBoundingClientRect();
        const right = rect.right + window.scrollX;
        if (rect.width === 0 || right <= clientWidth + 1) continue;
        // Report the outermost offender only: skip elements whose parent already sticks out.
        const parent = el.parentElement;
        if (parent && parent !== document.body && parent.getBoundingClientRect().right + window.scrollX > clientWidth + 1) continue;
        const id = el.id ? `#${el.id}` : '';
        const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        offenders.push(`${el.tagName.toLowerCase()}${id}${classes} (right edge ${Math.round(right)}px, width ${Math.round(rect.width)}px)`);
        if (offenders.length >= 10) break;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth, offenders };
  });
}

/**
 * Throws if the page scrolls horizontally (`scrollWidth > clientWidth`), naming the elements
 * that stick out. Use after {@link emulateZoom} to check reflow at 200%.
 */
export async function expectNoHorizontalScroll(page: Page, label: string = page.url()): Promise<HorizontalOverflow> {
  const overflow = await measureHorizontalOverflow(page);
  if (overflow.scrollWidth > overflow.clientWidth) {
    throw new Error(
      `${label} scrolls horizontally: scrollWidth ${overflow.scrollWidth}px > clientWidth ${overflow.clientWidth}px.\n` +
        (overflow.offenders.length ? `Elements past the right edge:\n${overflow.offenders.map((o) => `  - ${o}`).join('\n')}` : ''),
    );
  }
  return overflow;
}
