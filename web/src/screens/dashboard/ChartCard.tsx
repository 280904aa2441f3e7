import { Paper, Skeleton, Table, Text, Title } from '@mantine/core';
import { Component, Suspense, type ReactNode } from 'react';
import { Empty, ScrollRegion } from '../../ui/states';

/**
 * One chart of the dashboard: a figure named by its title, a sentence that says what it shows
 * (read by screen readers), the chart itself (hidden from assistive technology: the table
 * says the same), and the figures as a table.
 */
export function ChartCard({
  id,
  title,
  summary,
  empty,
  emptyText = 'No data in this range.',
  chart,
  table,
}: {
  id: string;
  title: string;
  summary: React.ReactNode;
  empty: boolean;
  emptyText?: string;
  chart: React.ReactNode;
  table: React.ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="md"
      component="figure"
      m={0}
      aria-labelledby={`${id}-title`}
      data-chart={id}
    >
      <figcaption>
        <Title order={3} size="h5" id={`${id}-title`}>
          {title}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {summary}
        </Text>
      </figcaption>
      {empty ? (
        <Empty>{emptyText}</Empty>
      ) : (
        <>
          <div aria-hidden="true">
            <ChartBoundary>
              <Suspense fallback={<Skeleton h={220} animate={false} />}>{chart}</Suspense>
            </ChartBoundary>
          </div>
          <details className="cs-figures">
            <summary>Figures as a table</summary>
            <ScrollRegion label={`${title}, figures, scrollable`}>{table}</ScrollRegion>
          </details>
        </>
      )}
    </Paper>
  );
}

/**
 * A chart that cannot be drawn (its chunk failed to load, or the library threw) leaves the
 * rest of the dashboard, and its own table, in place.
 */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (
      <Text size="sm" c="dimmed" py="md">
        The chart could not be drawn; the table below has its figures.
      </Text>
    ) : (
      this.props.children
    );
  }
}

/** A small table of figures: a header row and one row per item. */
export function FiguresTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}) {
  return (
    <Table striped withTableBorder fz="sm" aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c, i) => (
            <Table.Th key={c} scope="col" ta={i === 0 ? 'left' : 'right'}>
              {c}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, n) => (
          <Table.Tr key={n}>
            {r.map((cell, i) =>
              i === 0 ? (
                <Table.Th key={i} scope="row" fw={400}>
                  {cell}
                </Table.Th>
              ) : (
                <Table.Td key={i} ta="right">
                  {cell}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
