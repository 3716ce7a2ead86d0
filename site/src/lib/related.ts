/**
 * Up to `count` entries sharing the most tags with `self`, excluding it; among equals, those
 * nearest to it in `entries` (by date, for news), so that each entry appears under its neighbours
 * rather than the newest one under every page, and an edit re-renders few pages.
 */
export function related<T extends Self, Self extends { id: string }>(entries: T[], self: Self, tagsOf: (entry: Self) => string[], count = 3): T[] {
  const { tagged, positions, scores } = tagIndex(entries, tagsOf);
  // A draft in preview that is not in the list yet stands where a new entry would: first.
  const here = positions.get(self.id) ?? 0;
  const own = positions.get(self.id);
  // Scores by position in a reused array, not a Map by entry: every article of a 10k-page district
  // has about a thousand candidates (its category's news), which a Map made 1.5 s of a publish.
  const touched: number[] = [];
  for (const tag of new Set(tagsOf(self))) {
    for (const position of tagged.get(tag) ?? []) {
      if (scores[position] === 0) touched.push(position);
      scores[position] = scores[position]! + 1;
    }
  }
  // Higher score first, then nearer to `here`, then newer.
  const before = (a: number, b: number) => scores[b]! - scores[a]! || Math.abs(a - here) - Math.abs(b - here) || a - b;
  // The best `count` in one pass.
  const best: number[] = [];
  for (const position of touched) {
    if (position === own || (best.length === count && before(position, best[count - 1]!) >= 0)) continue;
    const place = best.findIndex((kept) => before(position, kept) < 0);
    best.splice(place === -1 ? best.length : place, 0, position);
    best.length = Math.min(best.length, count);
  }
  for (const position of touched) scores[position] = 0;
  return best.map((position) => entries[position]!);
}

interface TagIndex {
  /** The positions in the list of the entries with each tag. */
  tagged: Map<string, number[]>;
  /** By entry id. */
  positions: Map<string, number>;
  /** Zero between calls: a call counts its candidates' shared tags here and clears them. */
  scores: Uint8Array;
}
const tagIndexes = new WeakMap<object, TagIndex>();
/** Every list's entries by tag, made once per list: every detail page of a build asks. */
function tagIndex<T extends { id: string }>(entries: T[], tagsOf: (entry: T) => string[]): TagIndex {
  let index = tagIndexes.get(entries);
  if (!index) {
    index = { tagged: new Map(), positions: new Map(), scores: new Uint8Array(entries.length) };
    for (const [position, entry] of entries.entries()) {
      index.positions.set(entry.id, position);
      for (const tag of new Set(tagsOf(entry))) {
        const withTag = index.tagged.get(tag) ?? [];
        withTag.push(position);
        index.tagged.set(tag, withTag);
      }
    }
    tagIndexes.set(entries, index);
  }
  return index;
}
