import { createHash } from 'node:crypto';

/** What Astro hands a content loader: a store, parsing, digests, a logger and metadata, all recorded. */
export function fakeLoaderContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const parsed: string[] = [];
  const meta = new Map<string, string>();
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    logger: { info: () => {} },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
  };
  return { entries, parsed, meta, context: context as never };
}
