import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addResponse, createAccumulator } from '../../../../analysis/group-counts';
import { percentageTable } from '../../../../analysis/percentage-table';
import { TABLE_CSV_COLUMNS, tableCsv } from '../../../../analysis/report/table-csv';
import { getBuiltinInstrument } from '../../../../lib/instruments/builtin';
import { roleScenario } from '../helpers/role-scenario';

describe('tableCsv', () => {
  const counts = createAccumulator(getBuiltinInstrument('pulse'), { groupBy: ['authority'] });
  roleScenario.forEach((r) => addResponse(counts, r));
  const table = percentageTable(counts, { net: true });

  it('puts what the table is of in leading columns of every line', () => {
    const csv = tableCsv(table, [], { context: [['role_group', 'Social worker'], ['period', 'all dates']] });
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual(['role_group', 'period', ...TABLE_CSV_COLUMNS]);
    expect(rows.data.length).toBeGreaterThan(0);
    expect(rows.data.every((r) => r.role_group === 'Social worker' && r.period === 'all dates' && r.group_key === '(all)')).toBe(true);
  });

  it('is unchanged without context (the CLI format)', () => {
    expect(tableCsv(table).split('\r\n')[0]).toBe(TABLE_CSV_COLUMNS.join(','));
  });
});
