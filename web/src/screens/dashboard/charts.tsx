import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/*
 * The charts (recharts and d3: most of the dashboard's weight) in a chunk of their own, loaded
 * once the dashboard has rendered its figures. Recharts is used directly, in Mantine's colours,
 * rather than through @mantine/charts, whose wrappers cost the first load a few kilobytes more.
 * The charts are hidden from assistive technology and not focusable (no accessibility layer):
 * each one's table says the same.
 */

export interface ChartSeries {
  name: string;
  label: string;
  /** A Mantine colour and shade, e.g. `indigo.8`. */
  color: string;
  yAxisId?: 'left' | 'right';
}

export interface ChartReferenceLine {
  y: number;
  label: string;
  color: string;
}

type Domain = readonly [number, number] | ((range: readonly [number, number]) => [number, number]);

interface AxisProps {
  width?: number;
  domain?: Domain;
}

interface CommonProps {
  h: number;
  data: object[];
  dataKey: string;
  series: ChartSeries[];
  unit?: string;
  withLegend?: boolean;
  yAxisProps?: AxisProps;
}

export interface KpiLineChartProps extends CommonProps {
  connectNulls?: boolean;
  referenceLines?: ChartReferenceLine[];
  withRightYAxis?: boolean;
  rightYAxisProps?: AxisProps;
}

export interface KpiBarChartProps extends CommonProps {
  /** `vertical`: one horizontal bar per category, categories down the side. */
  orientation?: 'horizontal' | 'vertical';
  type?: 'default' | 'stacked';
}

const color = (c: string): string => {
  const [name, shade = '6'] = c.split('.');
  return `var(--mantine-color-${name}-${shade})`;
};

const TICK = { fontSize: 12, fill: 'var(--mantine-color-gray-7)' };
const GRID = 'var(--mantine-color-gray-3)';
const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };

// recharts types the domain loosely; ours is always numbers.
const domainOf = (d: Domain | undefined) => d as [number, number] | undefined;

function legend(withLegend: boolean | undefined) {
  return withLegend ? (
    <Legend verticalAlign="top" height={32} iconType="circle" wrapperStyle={{ fontSize: 13 }} />
  ) : null;
}

function tooltip(unit: string) {
  return (
    <Tooltip
      isAnimationActive={false}
      formatter={(v) => (typeof v === 'number' ? `${v}${unit}` : String(v))}
    />
  );
}

export function KpiLineChart({
  h,
  data,
  dataKey,
  series,
  unit = '',
  withLegend,
  yAxisProps,
  connectNulls,
  referenceLines = [],
  withRightYAxis,
  rightYAxisProps,
}: KpiLineChartProps) {
  return (
    <ResponsiveContainer width="100%" height={h}>
      <LineChart data={data} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid vertical={false} strokeDasharray="5 5" stroke={GRID} />
        <XAxis dataKey={dataKey} tick={TICK} tickLine={false} axisLine={false} />
        <YAxis
          yAxisId="left"
          tick={TICK}
          tickLine={false}
          axisLine={false}
          unit={unit}
          width={yAxisProps?.width ?? 60}
          domain={domainOf(yAxisProps?.domain)}
        />
        {withRightYAxis && (
          <YAxis
            yAxisId="right"
            orientation="right"
            tick={TICK}
            tickLine={false}
            axisLine={false}
            width={rightYAxisProps?.width ?? 48}
            domain={domainOf(rightYAxisProps?.domain)}
          />
        )}
        {tooltip(unit)}
        {legend(withLegend)}
        {referenceLines.map((l) => (
          <ReferenceLine
            key={`${l.y}-${l.label}`}
            yAxisId="left"
            y={l.y}
            stroke={color(l.color)}
            label={{
              value: l.label,
              position: 'insideTopLeft',
              fill: color(l.color),
              fontSize: 12,
            }}
          />
        ))}
        {series.map((s) => (
          <Line
            key={s.name}
            yAxisId={s.yAxisId ?? 'left'}
            type="monotone"
            dataKey={s.name}
            name={s.label}
            stroke={color(s.color)}
            strokeWidth={2}
            dot={{ r: 3, fill: color(s.color) }}
            connectNulls={connectNulls}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

export function KpiBarChart({
  h,
  data,
  dataKey,
  series,
  unit = '',
  withLegend,
  yAxisProps,
  orientation = 'horizontal',
  type = 'default',
}: KpiBarChartProps) {
  const across = orientation === 'vertical';
  return (
    <ResponsiveContainer width="100%" height={h}>
      <BarChart
        data={data}
        margin={MARGIN}
        layout={across ? 'vertical' : 'horizontal'}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={across} horizontal={!across} strokeDasharray="5 5" stroke={GRID} />
        {across ? (
          <>
            <XAxis type="number" tick={TICK} tickLine={false} axisLine={false} unit={unit} />
            <YAxis
              type="category"
              dataKey={dataKey}
              tick={TICK}
              tickLine={false}
              axisLine={false}
              width={yAxisProps?.width ?? 100}
            />
          </>
        ) : (
          <>
            <XAxis dataKey={dataKey} tick={TICK} tickLine={false} axisLine={false} />
            <YAxis
              tick={TICK}
              tickLine={false}
              axisLine={false}
              unit={unit}
              width={yAxisProps?.width ?? 60}
              domain={domainOf(yAxisProps?.domain)}
            />
          </>
        )}
        {tooltip(unit)}
        {legend(withLegend)}
        {series.map((s) => (
          <Bar
            key={s.name}
            dataKey={s.name}
            name={s.label}
            fill={color(s.color)}
            stackId={type === 'stacked' ? 'stack' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
