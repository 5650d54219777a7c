/**
 * Seeded synthetic data for demonstrations and benchmarks (pure TypeScript; `write-demo-csv.ts`
 * is the one Node-only part and is not re-exported here).
 */
export { generateDemoResponses } from './generate-demo';
export { DEFAULT_DEMO_OPTIONS, resolveDemoOptions, type DemoOptions } from './demo-options';
export { planDemo, type DemoPlan } from './demo-plan';
export { demoAuthorities, DEMO_TEAMS, MAX_DEMO_AUTHORITIES, type DemoAuthority } from './authorities';
export { COMMENT_PHRASES } from './comments';
export { Rng, deriveSeed } from './prng';
