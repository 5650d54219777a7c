import { suppressedText } from '@/analysis/disclosure';
import type { TrendSeries } from '@/analysis/trends';

const one = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const two = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The trend's figures as a table: every point with its n, or "fewer than 5 responses". */
export function TrendTable({ series }: { series: TrendSeries }) {
  return (
    <details class="trend-figures">
      <summary>Figures behind the trend</summary>
      <table>
        <caption class="visually-hidden">Trend figures by period</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" class="num">n</th>
            <th scope="col" class="num">% agreeing</th>
            <th scope="col" class="num">95% interval</th>
            <th scope="col" class="num">Mean (1–5)</th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((p) => (
            <tr key={p.period}>
              <th scope="row">{p.period}</th>
              {p.suppressed ? (
                <td colSpan={4} class="suppressed">
                  {suppressedText(series.definitions.minGroupSize)}
                </td>
              ) : (
                <>
                  <td class="num">{p.n}</td>
                  <td class="num">{one.format(p.percentPositive!)}</td>
                  <td class="num">
                    {one.format(p.lower!)}–{one.format(p.upper!)}
                  </td>
                  <td class="num">{p.mean === null ? '' : two.format(p.mean)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
