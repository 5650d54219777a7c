import { describe, expect, it } from 'vitest';
import annex from '../../../lib/instruments/data/ofsted-2011-annex-a.json';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { forEachCanonicalResponse, forEachCanonicalRow, parseCanonicalCsv } from '../../../lib/io/canonical-csv-reader';
import { toCanonicalCsv } from '../../../lib/io/canonical-csv-writer';
import { addAnswerValues, addResponse, createAccumulator } from '../../../analysis/group-counts';
import { percentageTable, tableRows, type PercentageTable, type ShownCell } from '../../../analysis/percentage-table';
import { generate, halfUp, longCsv, publishedRows, publishedTotal, wideCsv, type Group } from './helpers/annex-a-respondents';

const GROUPS: Group[] = ['social workers', 'managers'];

async function tableFromCsv(csv: string, instrumentId: string, groupBy: string[] = []): Promise<PercentageTable> {
  // Feed the CSV in uneven chunks, as a file stream would arrive.
  const chunks: string[] = [];
  for (let i = 0, size = 1000; i < csv.length; i += size, size = 700 + ((size * 7) % 900)) chunks.push(csv.slice(i, i + size));
  // Every reading path must count alike: decoded rows with their codes (the fast one), decoded
  // rows by their values, and whole responses.
  const fast = createAccumulator(getBuiltinInstrument(instrumentId), { groupBy });
  await forEachCanonicalRow(chunks, (row) => addAnswerValues(fast, row, row.values, row.codes), { file: 'annex-a.csv' });
  const byValues = createAccumulator(getBuiltinInstrument(instrumentId), { groupBy });
  await forEachCanonicalRow(chunks, (row) => addAnswerValues(byValues, row, row.values), { file: 'annex-a.csv' });
  const slow = createAccumulator(getBuiltinInstrument(instrumentId), { groupBy });
  await forEachCanonicalResponse(chunks, (response) => addResponse(slow, response), { file: 'annex-a.csv' });
  const table = percentageTable(fast, { net: true });
  expect(percentageTable(byValues, { net: true })).toEqual(table);
  expect(percentageTable(slow, { net: true })).toEqual(table);
  return table;
}

function shown(cell: unknown): ShownCell {
  expect(cell).toMatchObject({ suppressed: false });
  return cell as ShownCell;
}

describe.each(GROUPS)('Annex A reproduction: %s', (group) => {
  const data = generate(group);
  const published = publishedRows(group);

  it('builds independent counts that match every published row (the test data itself)', () => {
    expect(published).toHaveLength(group === 'managers' ? 38 : 37);
    for (const row of published) {
      const counts = data.counts.get(row.itemId)!;
      expect(counts.reduce((a, b) => a + b, 0)).toBe(row.n);
      expect(counts.map((c) => halfUp(c, row.n))).toEqual(row.percent);
    }
  });

  it('reproduces every published percentage and n from respondent-level canonical CSV', async () => {
    const table = await tableFromCsv(wideCsv(data), data.instrumentId);
    const rows = new Map(tableRows(table).map((row) => [row.itemId, row]));
    let compared = 0;
    for (const row of published) {
      const tableRow = rows.get(row.itemId);
      expect(tableRow, row.key).toBeDefined();
      const cell = shown(tableRow!.total);
      expect(cell.n, row.key).toBe(row.n);
      expect(cell.percents, row.key).toEqual(row.percent);
      compared += 1;
    }
    expect(compared).toBe(group === 'managers' ? 38 : 37);
    // The instrument has the merged row as two items; only team_support carries the figures.
    expect(rows.has('interagency_communication')).toBe(true);
  });

  it('prints the header and notes of the published table', async () => {
    const table = await tableFromCsv(wideCsv(data), data.instrumentId);
    const printed = annex.tables.find((t) => t.group === group)!;
    expect(table.header).toBe(`A total of ${publishedTotal(group)} ${group === 'managers' ? 'social work managers' : 'social workers'} responded to the questionnaire`);
    // The published note, without the reference JSON's "(line …)" pointer.
    expect(table.nNote).toBe(printed.n_note.replace(/ \(line \d+\)$/, ''));
    expect(table.notes[0]).toBe(`${table.nNote}.`);
    expect(table.notes.some((note) => /rounded half up to whole numbers/.test(note))).toBe(true);
    expect(table.notes.some((note) => /Don't know/.test(note) && /blank/.test(note))).toBe(true);
    expect(table.notes.some((note) => /fewer than 5 responses/.test(note))).toBe(true);
    // Headings and stems kept.
    const headings = new Set(printed.items.map((item) => item.section).filter((h): h is string => h !== null));
    const tableHeadings = new Set(table.sections.map((s) => s.heading).filter(Boolean));
    for (const heading of headings) {
      const roleSpecific = heading.startsWith('As a newly qualified');
      if (!roleSpecific) expect(tableHeadings.has(heading), heading).toBe(true);
    }
    const stems = new Set(printed.items.map((item) => item.stem).filter((s): s is string => s !== null));
    const tableStems = new Set(tableRows(table).map((r) => r.stem));
    for (const stem of stems) expect(tableStems.has(stem), stem).toBe(true);
  });

  it('computes net agree and net disagree from counts', async () => {
    const table = await tableFromCsv(wideCsv(data), data.instrumentId);
    for (const row of tableRows(table)) {
      const counts = data.counts.get(row.itemId);
      if (!counts || row.multiple) continue;
      const n = counts.reduce((a, b) => a + b, 0);
      const cell = shown(row.total);
      expect(row.net?.positiveLabel).toBe('Net agree');
      expect(cell.netPositive, row.itemId).toBe(halfUp(counts[0]! + counts[1]!, n));
      expect(cell.netNegative, row.itemId).toBe(halfUp(counts[3]! + counts[4]!, n));
    }
  });

  it('shows the published figures as a benchmark column for matching items', async () => {
    const table = await tableFromCsv(wideCsv(data), data.instrumentId);
    const rows = new Map(tableRows(table).map((row) => [row.itemId, row]));
    for (const row of published) {
      const benchmark = rows.get(row.itemId)!.benchmark;
      expect(benchmark?.percents, row.key).toEqual(row.percent);
      expect(benchmark?.n, row.key).toBe(row.n);
    }
    expect(rows.get('team_support')!.benchmark?.publishedKey).toBe('team_support__merged_with_interagency_communication');
    expect(rows.get('interagency_communication')!.benchmark).toBeUndefined();
    expect(table.notes.some((note) => note.startsWith('Benchmark: the published percentages'))).toBe(true);
  });

  it('gives the same table from the long form', async () => {
    const wide = await tableFromCsv(wideCsv(data), data.instrumentId);
    const long = await tableFromCsv(longCsv(data), data.instrumentId);
    expect(long).toEqual(wide);
  });

  it('breaks down by authority: the 13 columns add up to the published counts', async () => {
    const table = await tableFromCsv(wideCsv(data), data.instrumentId, ['authority']);
    expect(table.columns.map((c) => c.label)).toEqual(
      [...data.authorities].map((a) => a.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(table.total.heading).toBe(`All authorities (base = ${publishedTotal(group)})`);
    for (const row of tableRows(table)) {
      const counts = data.counts.get(row.itemId)!;
      if (row.cells.some((c) => c.suppressed)) continue;
      const summed = row.options.map((_, i) => row.cells.reduce((sum, cell) => sum + (cell as ShownCell).counts[i]!, 0));
      if (!row.multiple) expect(summed, row.itemId).toEqual(counts);
    }
  });
});

describe('Annex A reproduction through the canonical writer', () => {
  it('reads back what toCanonicalCsv writes and reproduces the social workers table', () => {
    const data = generate('social workers');
    const instrument = getBuiltinInstrument(data.instrumentId);
    const codes = [5, 4, 3, 2, 1, 9];
    const responses = Array.from({ length: data.total }, (_, j) => ({
      responseId: `sw-${j}`,
      instrumentId: data.instrumentId,
      instrumentVersion: '1.0.0',
      submittedAt: '2011-06-15T09:00:00Z',
      authorityCode: 'E1',
      authorityName: 'Northshire',
      role: 'social_worker' as const,
      team: '',
      answers: Object.fromEntries(
        [...data.answers].flatMap(([id, column]) => (column[j] === undefined ? [] : [[id, codes[column[j]!]!]])),
      ),
    }));
    const { responses: read } = parseCanonicalCsv(toCanonicalCsv([instrument], responses), { file: 'written.csv' });
    expect(read).toEqual(responses);
    const accumulator = createAccumulator(instrument);
    read.forEach((r) => addResponse(accumulator, r));
    const rows = new Map(tableRows(percentageTable(accumulator)).map((r) => [r.itemId, r]));
    for (const row of publishedRows('social workers')) expect((rows.get(row.itemId)!.total as ShownCell).percents).toEqual(row.percent);
  });
});
