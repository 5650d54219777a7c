/**
 * Accessibility checks with axe-core inside extension pages.
 *
 * Extension pages have a strict Content Security Policy (`script-src 'self'`), so axe cannot
 * be added with `page.addScriptTag`. Instead its source is passed to `page.evaluate(source)`,
 * which goes through the DevTools protocol (Runtime.evaluate) and is not subject to the page's CSP.
 * The code under test is never changed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** axe-core's browser bundle, read once from node_modules. */
function getAxeSource(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** One axe violation, reduced to what a test failure message needs. */
export interface AxeViolation {
  id: string;
  impact: ImpactValue | null | undefined;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending nodes (one entry per node; frames joined with " >> "). */
  targets: string[];
  /** axe's own summary of how to fix the first node, if any. */
  failureSummary: string | undefined;
}

/** Impacts that fail {@link expectNoSeriousA11yViolations}. */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

/** WCAG 2.0/2.1/2.2 A and AA rules plus axe's best practices (the default for {@link runAxe}). */
export const DEFAULT_AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

/** Injects axe-core into the page (once per document; injecting again after navigation is needed). */
export async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (present) return;
  await page.evaluate(getAxeSource());
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) throw new Error(`axe-core did not load into ${page.url()}`);
}

function toViolation(result: Result): AxeViolation {
  return {
    id: result.id,
    impact: result.impact,
    help: result.help,
    helpUrl: result.helpUrl,
    targets: result.nodes.map((node) => node.target.map((part) => (Array.isArray(part) ? part.join(' ') : String(part))).join(' >> ')),
    failureSummary: result.nodes[0]?.failureSummary,
  };
}

/**
 * Runs axe on the whole document (or `context`, an axe context such as a CSS selector) and
 * returns every violation, whatever its impact.
 */
export async function runAxe(page: Page, options: RunOptions = DEFAULT_AXE_OPTIONS, context: string = 'html'): Promise<AxeViolation[]> {
  await injectAxe(page);
  const results = await page.evaluate(
    async ({ context, options }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
      return (await axe.run(context, options)) as unknown;
    },
    { context, options: options as unknown },
  );
  return (results as AxeResults).violations.map(toViolation);
}

/** A readable, multi-line list of violations: id, impact, help, URL and target nodes. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.targets.map((t) => `      - ${t}`).join('\n');
      const fix = v.failureSummary ? `\n    fix: ${v.failureSummary.replace(/\s*\n\s*/g, ' ')}` : '';
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n    nodes:\n${nodes}${fix}`;
    })
    .join('\n');
}

/**
 * Runs axe and throws if any violation has impact "serious" or "critical"; the message lists
 * each (id, impact, help, target nodes). Returns all violations (including minor/moderate ones)
 * so a test can log or assert on them too.
 * @param label names the page/state in the failure message, e.g. `'popup (empty)'`.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string = page.url(), options?: RunOptions): Promise<AxeViolation[]> {
  const violations = await runAxe(page, options);
  const blocking = violations.filter((v) => v.impact != null && BLOCKING_IMPACTS.includes(v.impact));
  if (blocking.length > 0) {
    throw new Error(`${blocking.length} serious/critical accessibility violation(s) in ${label}:\n${formatViolations(blocking)}`);
  }
  return violations;
}
