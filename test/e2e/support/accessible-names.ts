/**
 * Accessible names as Chromium computes them (its accessibility tree, through the DevTools
 * protocol), so that a test checks what a screen reader announces, not the page's markup.
 */
import type { Page } from 'playwright-core';

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: unknown };
}

/** The names of every node of `role` (e.g. `'group'` for a fieldset) on the page, in document order. */
export async function accessibleNames(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes.filter((node) => !node.ignored && node.role?.value === role).map((node) => String(node.name?.value ?? ''));
  } finally {
    await cdp.detach();
  }
}
