/**
 * A horizontal bar chart: each bar an inline SVG (no chart library, nothing fetched) stretched to
 * the row, with its label and value as ordinary text so they stay readable on a phone. The chart
 * is one image to assistive technology, named with every value.
 */
export function BarChart({
  title,
  bars,
  max,
  format,
  emptyLabel,
}: {
  title: string;
  bars: { label: string; value: number | null }[];
  max: number;
  format(value: number): string;
  emptyLabel: string;
}) {
  const summary = bars.map((b) => `${b.label}: ${b.value === null ? emptyLabel : format(b.value)}`).join('; ');
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <div role="img" aria-label={`${title}. ${summary}`}>
        {bars.map((b) => {
          const share = b.value === null || max <= 0 ? 0 : Math.max(0.5, (Math.max(0, Math.min(b.value, max)) / max) * 100);
          return (
            <div className="chart-row" key={b.label}>
              <span className="chart-label">{b.label}</span>
              <span className="chart-bar">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  <rect x={0} y={0} width={share} height={10} fill="#0b4f8a" />
                </svg>
              </span>
              <span className="chart-value">{b.value === null ? emptyLabel : format(b.value)}</span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
