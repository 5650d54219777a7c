import { describe, expect, it } from 'vitest';
import { forExcel } from '../../../lib/io/excel-csv';

describe('forExcel', () => {
  const out = forExcel('team,comment,n\r\nA,=SUM(A1:A9),12\r\nB,+44 7700,-3\r\nC,@cmd,"Café, ""quoted"""\r\n');
  it('starts with a UTF-8 byte order mark', () => {
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(out).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
  it('neutralises cells beginning with =, +, - or @ and keeps the rest as they were', () => {
    expect(out.slice(1).split('\r\n')).toEqual([
      'team,comment,n',
      `A,"'=SUM(A1:A9)",12`,
      `B,"'+44 7700","'-3"`,
      `C,"'@cmd","Café, ""quoted"""`,
      '',
    ]);
  });
});
