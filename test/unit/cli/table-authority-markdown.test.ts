// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { pulse, readCsv, tempDir } from './helpers';

const SW = 'ofsted-2011-social-workers';
const AGREE = ['strongly agree', 'agree'];
const DISAGREE = ['disagree', 'strongly disagree'];
const CODES: Record<string, number> = { 'strongly agree': 5, agree: 4, 'neither agree or disagree': 3, disagree: 2, 'strongly disagree': 1, "don't know": 9 };

/** Percentage rounded half up to a whole number, in integers. */
function halfUp(count: number, n: number): number {
  return Math.floor((200 * count + n) / (2 * n));
}

describe('pulse table --authority X --net --format md', () => {
  let demo: string;
  let rows: Record<string, string>[];
  beforeAll(async () => {
    demo = `${tempDir()}/demo.csv`;
    expect((await pulse(['demo', '--instrument', SW, '--seed', '3', '--responses', '900', '--authorities', '7', '--weeks', '6', '-o', demo])).code).toBe(0);
    rows = readCsv(demo);
  });

  it("prints the authority's and all authorities' net agree and net disagree, counted from the file", async () => {
    const code = rows[0]!.authority_code!;
    const result = await pulse(['table', demo, '--instrument', SW, '--authority', code, '--net', '--format', 'md']);
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md).toContain('Net agree');
    expect(md).toContain('Net disagree');
    // Net figures of one item for the authority and for all, from the raw cells (n: every answer, "Don't know" included).
    const nets = (subset: Record<string, string>[], item: string) => {
      const answers = subset.map((r) => r[item]!.trim().toLowerCase()).filter((a) => a !== '');
      return [AGREE, DISAGREE].map((labels) => halfUp(answers.filter((a) => labels.includes(a)).length, answers.length));
    };
    const percents = (subset: Record<string, string>[], item: string) => {
      const answers = subset.map((r) => r[item]!.trim().toLowerCase()).filter((a) => a !== '');
      return [5, 4, 3, 2, 1, 9].map((c) => halfUp(answers.filter((a) => CODES[a] === c).length, answers.length));
    };
    const mine = rows.filter((r) => r.authority_code === code);
    let checked = 0;
    for (const item of ['induction_safeguarding', 'sufficient_time', 'lm_cpd', 'supervision_high_priority', 'team_support']) {
      const [agree, disagree] = nets(mine, item);
      // Only where the nets cannot be mistaken for one of the item's percentages.
      if (percents(mine, item).includes(agree!) || percents(mine, item).includes(disagree!)) continue;
      expect(md, item).toMatch(new RegExp(`\\b${agree}\\b[^\\n]*\\b${disagree}\\b`));
      const [allAgree, allDisagree] = nets(rows, item);
      expect(md, item).toMatch(new RegExp(`\\b${allAgree}\\b[^\\n]*\\b${allDisagree}\\b`));
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('names the options of the choose-three questions, not the agreement scale, for their rows', async () => {
    const code = rows[0]!.authority_code!;
    const md = (await pulse(['table', demo, '--instrument', SW, '--authority', code, '--format', 'md'])).stdout;
    // The header row that names a row's columns is the last one before its statement.
    const headerOf = (statement: string) => {
      const at = md.indexOf(statement);
      expect(at, statement).toBeGreaterThan(-1);
      return md.slice(md.lastIndexOf('| Statement and group', at), at);
    };
    const support = headerOf('three most important types of support');
    expect(support).toContain('Supervision');
    expect(support).toContain('Line management support');
    expect(support).not.toContain('Strongly agree');
    expect(headerOf('three most significant barriers')).toContain('High caseloads');
  });
});
