/**
 * Maps over items with at most `limit` calls in flight, keeping order. File reads go through it: reading
 * thousands of files at once opens them all together and runs into the open-file limit (EMFILE).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Files read at once: enough to keep the disk busy, few enough to stay far below the open-file limit. */
export const READ_CONCURRENCY = 64;
