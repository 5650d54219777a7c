import { describe, expect, it } from 'vitest';
import { readInvitedCounts } from '../../../lib/io/invited-counts';
import { importFailure } from './imports/helpers';

const problems = (text: string) => importFailure(() => readInvitedCounts(text, 'invited.csv')).problems;

describe('readInvitedCounts', () => {
  it('reads authority_code and invited in any column order, with their lines', () => {
    const { entries, columns } = readInvitedCounts('\uFEFFnote,invited,authority_code\r\nx,50,WRD\r\ny,120,NSH\r\n', 'invited.csv');
    expect(entries).toEqual([{ code: 'WRD', invited: 50, line: 2 }, { code: 'NSH', invited: 120, line: 3 }]);
    expect(columns).toEqual({ code: 'C ("authority_code")', invited: 'B ("invited")' });
  });

  it('names the file, line and column of every bad row', () => {
    expect(problems('authority_code,invited\nWRD,fifty\n,4\nNSH,3.5\nWRD,7\n')).toEqual([
      { file: 'invited.csv', line: 2, column: 'B ("invited")', message: '"fifty" is not a whole number of staff invited' },
      { file: 'invited.csv', line: 3, column: 'A ("authority_code")', message: 'the authority code is blank' },
      { file: 'invited.csv', line: 4, column: 'B ("invited")', message: '"3.5" is not a whole number of staff invited' },
      { file: 'invited.csv', line: 5, column: 'A ("authority_code")', message: 'authority "WRD" is listed twice (first on line 2)' },
    ]);
    expect(problems('code,count\nWRD,5\n')[0]).toMatchObject({ line: 1, message: expect.stringContaining('"authority_code" and "invited"') });
  });
});
