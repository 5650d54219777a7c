import type { PercentageTable, TableCell } from './percentage-table';

/**
 * A copy of a table with some cells hidden: `hide(itemId, columnKey)` is asked for every shown
 * cell (columnKey `null` for the total) and a `true` turns it into a suppressed cell reading
 * `text`. Used when a filter would otherwise give away a small group (see
 * `revealsSmallComplement`); published benchmark figures are never hidden. Every renderer then
 * works from the copy, so no export can show what the screen hides.
 *
 * @example
 * hideCells(table, (itemId, column) => column === 'NSH', 'fewer than 5 responses')
 */
export function hideCells(table: PercentageTable, hide: (itemId: string, columnKey: string | null) => boolean, text: string): PercentageTable {
  const hidden = (cell: TableCell, itemId: string, key: string | null): TableCell =>
    !cell.suppressed && hide(itemId, key) ? { suppressed: true, text } : cell;
  return {
    ...table,
    sections: table.sections.map((section) => ({
      ...section,
      rows: section.rows.map((row) => ({
        ...row,
        total: hidden(row.total, row.itemId, null),
        cells: row.cells.map((cell, index) => hidden(cell, row.itemId, table.columns[index]!.key)),
      })),
    })),
  };
}
