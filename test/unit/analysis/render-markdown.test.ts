import { describe, expect, it } from 'vitest';
import { authorityReport } from '../../../analysis/authority-report';
import { generateDemoResponses } from '../../../analysis/demo';
import { addResponse, createAccumulator } from '../../../analysis/group-counts';
import { percentageTable, tableRows, type ShownCell } from '../../../analysis/percentage-table';
import { renderAuthorityReportMarkdown, renderTableMarkdown } from '../../../analysis/render-markdown';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { roleScenario } from './helpers/role-scenario';

function table(instrumentId: string, responses = roleScenario) {
  const counts = createAccumulator(getBuiltinInstrument(instrumentId), { groupBy: ['authority'] });
  responses.forEach((r) => addResponse(counts, r));
  return percentageTable(counts, { net: true, benchmark: 'auto' });
}

describe('Markdown of an authority beside all authorities', () => {
  const pulse = table('pulse');
  const markdown = renderAuthorityReportMarkdown(authorityReport(pulse, 'CFD'), { description: 'Role group: All roles.' });

  it("gives each scale its own header with the scale's net columns, and the figures of both lines", () => {
    expect(markdown).toContain('| Statement and group (n) | Very hard | Hard | Okay | Good | Very good | Top two | Bottom two |');
    expect(markdown).toContain('| Statement and group (n) | Strongly agree | Agree | Neither agree nor disagree | Disagree | Strongly disagree | Net agree | Net disagree |');
    const row = tableRows(pulse).find((r) => r.itemId === 'workload_manageable')!;
    const cell = row.cells[pulse.columns.findIndex((c) => c.values[0] === 'CFD')] as ShownCell;
    expect(markdown).toContain(`| Ceeford (${cell.n}) | ${[...cell.percents, cell.netPositive, cell.netNegative].join(' | ')} |`);
    const all = row.total as ShownCell;
    expect(markdown).toContain(`| All authorities (${all.n}) | ${[...all.percents, all.netPositive, all.netNegative].join(' | ')} |`);
    expect(markdown).toContain('Role group: All roles.');
  });

  it('starts a new header for choose-three questions, with their own options', () => {
    const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');
    const responses = [...generateDemoResponses(ofsted, { seed: 3, responses: 200, authorities: 2 })];
    const report = authorityReport(table(ofsted.id, responses), responses[0]!.authorityCode);
    const out = renderAuthorityReportMarkdown(report);
    const headers = out.split('\n').filter((line) => line.startsWith('| Statement and group (n) |'));
    expect(headers).toHaveLength(3);
    expect(headers[0]).toContain("| Strongly agree | Agree | Neither agree or disagree | Disagree | Strongly disagree | Don't know | Net agree | Net disagree |");
    expect(headers[1]).not.toContain('Net agree');
    expect(out).toContain('| Ofsted 2011, social workers (');
  });

  it('renders all authorities alone when asked for no columns', () => {
    const out = renderTableMarkdown(pulse, { columns: [], description: 'Authority: All authorities.' });
    expect(out).toContain('### All authorities (base = 82)');
    expect(out).not.toContain('Aville');
    expect(out).toContain('Authority: All authorities.');
    expect(renderTableMarkdown(pulse)).toContain('### Aville (n = 22)');
  });
});
