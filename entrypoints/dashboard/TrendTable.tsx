import { suppressedText } from '@/analysis/disclosure';
import { TREND_DATASET_LABELS } from '@/analysis/charts';
import type { TrendSeries } from '@/analysis/trends';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const two = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The figures behind a trend chart: every period with its n, or "fewer than 5 responses". Shown (and printed) open. */
export function TrendTable({ series, title }: { series: TrendSeries; title: string }) {
  const codes = series.definitions.meanCodes;
  return (
    <div class="table-scroll trend-figures" tabIndex={0} role="region" aria-label={`Figures behind the trend: ${title}`}>
      <table>
        <caption>Figures behind the trend</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" class="num">
              n
            </th>
            <th scope="col" class="num">
              {TREND_DATASET_LABELS.value}
            </th>
            <th scope="col" class="num">
              {TREND_DATASET_LABELS.upper}
            </th>
            <th scope="col" class="num">
              Mean ({Math.min(...codes)}–{Math.max(...codes)})
            </th>
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
                  <td class="num">{whole.format(p.percentPositive!)}</td>
                  <td class="num">
                    {whole.format(p.lower!)}–{whole.format(p.upper!)}
                  </td>
                  <td class="num">{p.mean === null ? '' : two.format(p.mean)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
