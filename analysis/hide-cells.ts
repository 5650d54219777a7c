import type { PercentageTable, TableCell, TableColumn } from './percentage-table';

/**
 * A copy of a table with further figures hidden. `hide(itemId, columnKey)` is asked for every
 * shown figure: each cell (the item's id; columnKey `null` for the all-groups total) and each
 * group's count of respondents, which its heading shows (itemId `null`). A `true` hides it: a cell
 * becomes a suppressed cell reading `text`, a heading "Northshire (fewer than 5 responses)", and
 * a hidden total takes the header's count with it. Published benchmark figures are never hidden.
 * Every renderer then works from the copy, so no export can show what the screen hides.
 *
 * @example
 * hideCells(table, (itemId, column) => column === 'NSH', 'fewer than 5 responses') // Northshire hidden, heading too
 */
export function hideCells(table: PercentageTable, hide: (itemId: string | null, columnKey: string | null) => boolean, text: string): PercentageTable {
  const cell = (value: TableCell, itemId: string, key: string | null): TableCell => (!value.suppressed && hide(itemId, key) ? { suppressed: true, text } : value);
  const column = (value: TableColumn, key: string | null): TableColumn =>
    !value.respondents.suppressed && hide(null, key) ? { ...value, respondents: { suppressed: true, text }, heading: `${value.label} (${text})` } : value;
  const total = column(table.total, null);
  return {
    ...table,
    header: total === table.total ? table.header : `The number of ${table.instrument.groupLabel} who responded is not shown (${text})`,
    total,
    columns: table.columns.map((c) => column(c, c.key)),
    sections: table.sections.map((section) => ({
      ...section,
      rows: section.rows.map((row) => ({
        ...row,
        total: cell(row.total, row.itemId, null),
        cells: row.cells.map((c, index) => cell(c, row.itemId, table.columns[index]!.key)),
      })),
    })),
  };
}
