import { csvText } from './csv-text';
import type { AlphaJson } from '../cli/alpha-json';

/**
 * `pulse alpha` as a plain CSV table of item statistics (no rows when the result is hidden).
 *
 * @example
 * alphaCsv(json).split('\r\n')[0] // 'item,reversed,n,mean,sd,item_rest,alpha_if_dropped'
 */
export function alphaCsv(json: AlphaJson): string {
  const data = json.itemStatistics.map((i) => [i.item, i.reversed, i.n, i.mean, i.sd, i.itemRest, i.alphaIfDropped ?? '']);
  return csvText(['item', 'reversed', 'n', 'mean', 'sd', 'item_rest', 'alpha_if_dropped'], data);
}
