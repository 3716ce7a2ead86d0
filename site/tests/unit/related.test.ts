/**
 * The related entries under a page: the fast ranking (src/lib/related.ts) against the rule written
 * out plainly (sort every other entry), on lists generated with few and many tags, repeated
 * tags, a list with ties everywhere, and an entry not in the list (a draft in preview).
 */
import { describe, expect, it } from 'vitest';
import { related } from '../../src/lib/related';

interface Entry {
  id: string;
  tags: string[];
}
const tagsOf = (entry: Entry) => entry.tags;

/** The rule: most shared tags, then nearest in the list to the entry (a new one stands first), then first in the list. */
function byTheRule(entries: Entry[], self: Entry, count: number): Entry[] {
  const own = new Set(self.tags);
  const here = Math.max(
    0,
    entries.findIndex((entry) => entry.id === self.id),
  );
  return entries
    .map((entry, position) => ({ entry, position, score: new Set(entry.tags.filter((tag) => own.has(tag))).size }))
    .filter(({ entry, score }) => entry.id !== self.id && score > 0)
    .sort((a, b) => b.score - a.score || Math.abs(a.position - here) - Math.abs(b.position - here) || a.position - b.position)
    .slice(0, count)
    .map(({ entry }) => entry);
}

/** A small deterministic generator, so a failure names a list that can be made again. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

function list(seed: number, size: number, tagKinds: number, most: number): Entry[] {
  const next = generator(seed);
  return Array.from({ length: size }, (_, index) => ({
    id: `entry-${index}`,
    tags: Array.from({ length: next(most + 1) }, () => `tag-${next(tagKinds)}`),
  }));
}

describe('related entries', () => {
  it.each([
    ['few tags, many entries', 1, 400, 3, 3],
    ['many tags', 2, 300, 40, 6],
    ['one tag for all (ties everywhere)', 3, 200, 1, 2],
    ['entries without tags', 4, 150, 10, 1],
    ['a short list', 5, 4, 2, 2],
  ])('%s: the same as the rule for every entry, and for an entry not in the list', (_, seed, size, tagKinds, most) => {
    const entries = list(seed, size, tagKinds, most);
    for (const count of [1, 3]) {
      for (const self of entries) expect(related(entries, self, tagsOf, count), `${self.id}, ${count}`).toEqual(byTheRule(entries, self, count));
      const draft = { id: 'draft', tags: ['tag-0', 'tag-1'] };
      expect(related(entries, draft, tagsOf, count)).toEqual(byTheRule(entries, draft, count));
    }
  });
});
