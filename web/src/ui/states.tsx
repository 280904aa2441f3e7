import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';

export function Loading({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" aria-hidden />
        <Text size="sm">{label}</Text>
      </Stack>
    </Center>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return (
    <Text c="dimmed" py="lg" ta="center" role="status">
      {children}
    </Text>
  );
}

export function ErrorState({ error, title }: { error: unknown; title: string }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" title={title} role="alert">
      {message}
    </Alert>
  );
}

/** A table that may scroll sideways on a narrow screen, reachable and scrollable from the keyboard. */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="cs-scroll-x">
      {children}
    </div>
  );
}

/** The "Load more" button under a cursor-paginated list (a TanStack infinite query). */
export function LoadMore({
  query,
  mt = 'xs',
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  mt?: 'xs' | 0;
}) {
  if (!query.hasNextPage) return null;
  return (
    <Button
      mt={mt}
      variant="default"
      size="xs"
      onClick={() => void query.fetchNextPage()}
      loading={query.isFetchingNextPage}
    >
      Load more
    </Button>
  );
}
