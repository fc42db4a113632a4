/**
 * A horizontal bar chart in inline SVG (no chart library, nothing fetched). Each bar is labelled
 * in text, and the figure carries its values as its accessible name.
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
  const rowHeight = 44;
  const labelWidth = 260;
  const width = 640;
  const barSpace = width - labelWidth - 90;
  const summary = bars.map((b) => `${b.label}: ${b.value === null ? emptyLabel : format(b.value)}`).join('; ');
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${bars.length * rowHeight}`} role="img" aria-label={`${title}. ${summary}`} width={width}>
        {bars.map((b, i) => {
          const y = i * rowHeight;
          const length = b.value === null || max <= 0 ? 0 : Math.max(2, (Math.min(b.value, max) / max) * barSpace);
          return (
            <g key={b.label}>
              <text x={0} y={y + 26} fontSize={15} fill="#1b1f24">
                {b.label}
              </text>
              <rect x={labelWidth} y={y + 10} width={length} height={24} fill="#0b4f8a" rx={3} />
              <text x={labelWidth + length + 8} y={y + 27} fontSize={15} fill="#1b1f24">
                {b.value === null ? emptyLabel : format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
