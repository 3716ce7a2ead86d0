/**
 * The content-layer loader against a fake Astro LoaderContext, reading the CMS's answers from a
 * snapshot folder (the client's STRAPI_SNAPSHOT_DIR mode): no CMS, no Astro build.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strapiLoader } from '../../src/cms/loader';

const CMS = 'http://cms.test';
let snapshotDir: string;
beforeEach(() => (snapshotDir = mkdtempSync(path.join(tmpdir(), 'hlj-loader-'))));
afterEach(() => rmSync(snapshotDir, { recursive: true, force: true }));

const answer = (name: string, data: unknown) => writeFileSync(path.join(snapshotDir, `${name}.json`), JSON.stringify(data));

/** What Astro hands a loader: a store, parsing, digests, a logger and metadata, all recorded. */
function fakeContext() {
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
    meta: { set: (key: string, value: string) => meta.set(key, value) },
  };
  return { entries, parsed, meta, context: context as never };
}

const article = (slug: string, title: string) => ({
  id: 7,
  documentId: `doc-${slug}`,
  slug,
  title,
  cover: { url: `/uploads/${slug}.jpg`, mime: 'image/jpeg', formats: { small: { url: `/uploads/small_${slug}.jpg`, mime: 'image/jpeg' } } },
  elsewhere: { url: 'https://media.example.com/x.jpg', mime: 'image/jpeg' },
});

describe('the CMS loader', () => {
  it('keys entries by slug, drops row ids, and makes CMS media URLs absolute', async () => {
    answer('articles', [article('a', '一'), article('b', '二')]);
    const { entries, context, meta } = fakeContext();
    await strapiLoader('articles', { url: CMS, snapshotDir }).load(context);
    expect([...entries.keys()]).toEqual(['a', 'b']);
    const data = entries.get('a')!.data;
    expect(data).not.toHaveProperty('id');
    expect(data).not.toHaveProperty('documentId');
    expect(data.cover).toMatchObject({ url: `${CMS}/uploads/a.jpg`, formats: { small: { url: `${CMS}/uploads/small_a.jpg` } } });
    expect(data.elsewhere).toMatchObject({ url: 'https://media.example.com/x.jpg' });
    expect(meta.get('lastSynced')).toBeTruthy();
  });

  it('re-parses only changed entries and removes those no longer published', async () => {
    const { entries, parsed, context } = fakeContext();
    const loader = strapiLoader('articles', { url: CMS, snapshotDir });
    answer('articles', [article('a', '一'), article('b', '二'), article('c', '三')]);
    await loader.load(context);
    parsed.length = 0;

    answer('articles', [article('a', '一'), article('c', '三（改）')]);
    await loader.load(context);
    expect(parsed).toEqual(['c']);
    expect([...entries.keys()].sort()).toEqual(['a', 'c']);
    expect(entries.get('c')!.data.title).toBe('三（改）');
  });

  it('keys a single type by its name, and stores nothing when it has no entry', async () => {
    const { entries, context } = fakeContext();
    answer('homepage', { id: 1, documentId: 'home', heroTitle: '首页' });
    await strapiLoader('homepage', { url: CMS, snapshotDir }).load(context);
    expect(entries.get('homepage')!.data).toEqual({ heroTitle: '首页' });

    answer('homepage', null);
    await strapiLoader('homepage', { url: CMS, snapshotDir }).load(context);
    expect([...entries.keys()]).toEqual([]);
  });
});
