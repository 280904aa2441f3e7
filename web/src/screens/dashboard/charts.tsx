import '@mantine/charts/styles.css';
import { BarChart, LineChart, type BarChartProps, type LineChartProps } from '@mantine/charts';

/*
 * The charts (recharts and d3 under Mantine's wrappers: most of the dashboard's weight) in a
 * chunk of their own, loaded once the dashboard has rendered its figures. The charts are
 * hidden from assistive technology and not focusable: each one's table says the same.
 */

export function KpiLineChart(props: LineChartProps) {
  return <LineChart {...props} lineChartProps={{ accessibilityLayer: false }} />;
}

export function KpiBarChart(props: BarChartProps) {
  return <BarChart {...props} barChartProps={{ accessibilityLayer: false }} />;
}
