import { describe, expect, it } from 'vitest';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { findItem } from '../../../lib/instruments/items';
import { forEachCanonicalRow } from '../../../lib/io/canonical-csv-reader';
import { CANONICAL_COLUMNS } from '../../../lib/io/canonical-columns';
import { AnswerParseFailure, answerParser } from '../../../lib/io/parse-answer';

const pulse = getBuiltinInstrument('pulse');
const ITEMS = ['week_overall', 'workload_manageable', 'comment'] as const; // rating, likert, text

/** One row whose three answer cells all hold `cell`. */
function file(cell: string): string {
  const fixed = ['r1', 'pulse', pulse.version, '2025-02-03T09:00:00Z', 'AAA', 'Aville', 'social_worker', 'Team'];
  return `${[...CANONICAL_COLUMNS, ...ITEMS].join(',')}\n${[...fixed, cell, cell, cell].join(',')}\n`;
}

describe('cells of one character (read through a table made from each column parser)', () => {
  it('read as each column parser reads them, for every ASCII character and the blank cell', async () => {
    const cells = [''];
    for (let c = 0; c < 128; c++) if (!',"\r\n'.includes(String.fromCharCode(c))) cells.push(String.fromCharCode(c));
    for (const cell of cells) {
      const expected = ITEMS.map((id) => answerParser(pulse, findItem(pulse, id)!)(cell));
      const read: unknown[][] = [];
      const reading = forEachCanonicalRow(file(cell), (row) => read.push([row.values[0], row.values[1], row.values[6]]), { instruments: [pulse] });
      if (expected.some((value) => value instanceof AnswerParseFailure)) {
        await expect(reading, `cell ${JSON.stringify(cell)}`).rejects.toThrow(/line 2/);
      } else {
        await reading;
        expect(read, `cell ${JSON.stringify(cell)}`).toEqual([expected]);
      }
    }
  });

  it('does not take a cell holding the character 0 for a blank one', async () => {
    await expect(forEachCanonicalRow(file('\u0000'), () => {}, { instruments: [pulse] })).rejects.toThrow(/line 2, column I/);
  });
});
