import { useEffect, useMemo, useState } from 'react';
import type { CardData } from './Card';
import CardGrid from './CardGrid';

export interface Facet {
  key: string;
  label: string;
  options: Array<{ value: string; label: string }>;
}

export interface BrowserItem {
  card: CardData;
  /** The values this item has for each facet key. */
  facets: Record<string, string[]>;
  /** Names a reader may search for (award recipients); the card title is always searched. */
  names?: string[];
}

interface Props {
  /** The first items, rendered on the server; the island loads the others from `itemsUrl`. */
  items: BrowserItem[];
  /** How many items the listing has in all. */
  total: number;
  itemsUrl: string;
  /** Cards shown at once; "显示更多" adds as many again. */
  step: number;
  facets: Facet[];
  /** Label of the name search box; no box when absent. */
  searchLabel?: string;
  person?: boolean;
  listLabel: string;
}

type Selection = Record<string, string>;

function readUrl(facets: Facet[]): { selection: Selection; query: string } {
  const params = new URLSearchParams(window.location.search);
  return {
    selection: Object.fromEntries(facets.map((facet) => [facet.key, params.get(facet.key) ?? ''])),
    query: params.get('q') ?? '',
  };
}

/**
 * Filters a listing by facets (and names), keeping the choice in the URL so it can be shared.
 * Long listings arrive in two parts: the first cards in the page, all of them from `itemsUrl`.
 */
export default function CardBrowser({ items: firstItems, total, itemsUrl, step, facets, searchLabel, person = false, listLabel }: Props) {
  const [items, setItems] = useState(firstItems);
  const [selection, setSelection] = useState<Selection>({});
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(step);
  const [loadFailed, setLoadFailed] = useState(false);
  const complete = items.length >= total;

  useEffect(() => {
    if (firstItems.length >= total) return;
    let active = true;
    fetch(itemsUrl)
      .then((response) => (response.ok ? (response.json() as Promise<BrowserItem[]>) : Promise.reject(new Error(String(response.status)))))
      .then((all) => active && setItems(all))
      // The first cards stay usable; the count says the list is incomplete.
      .catch(() => active && setLoadFailed(true));
    return () => {
      active = false;
    };
  }, [firstItems, total, itemsUrl]);

  useEffect(() => {
    const initial = readUrl(facets);
    setSelection(initial.selection);
    setQuery(initial.query);
  }, [facets]);

  useEffect(() => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(selection)) if (value) params.set(key, value);
    if (query.trim()) params.set('q', query.trim());
    const search = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  }, [selection, query]);

  const visible = useMemo(() => {
    const needle = query.trim();
    return items.flatMap((item) => {
      const facetsMatch = facets.every(({ key }) => !selection[key] || item.facets[key]?.includes(selection[key]!));
      if (!facetsMatch) return [];
      if (!needle) return [item.card];
      const names = (item.names ?? []).filter((name) => name.includes(needle));
      if (names.length > 0) return [{ ...item.card, notes: [`获奖：${names.join('、')}`] }];
      return item.card.title.includes(needle) ? [item.card] : [];
    });
  }, [items, facets, selection, query]);

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the older in-app browsers many parents use; role="search" works in all of them. */}
      <div className="filters" role="search" aria-label={`筛选${listLabel}`}>
        {facets.map((facet) => (
          <label key={facet.key}>
            {facet.label}
            <select
              name={facet.key}
              value={selection[facet.key] ?? ''}
              onChange={(event) => {
                setSelection({ ...selection, [facet.key]: event.target.value });
                setLimit(step);
              }}
            >
              <option value="">全部</option>
              {facet.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        {searchLabel && (
          <label>
            {searchLabel}
            <input
              type="search"
              name="q"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setLimit(step);
              }}
              placeholder="输入姓名"
            />
          </label>
        )}
      </div>
      <p className="result-count" role="status">
        {complete ? `共 ${visible.length} 项` : loadFailed ? `共 ${total} 项，其余未能载入，请刷新页面` : `共 ${total} 项，正在载入全部…`}
      </p>
      <CardGrid cards={visible.slice(0, limit)} person={person} />
      {visible.length > limit && (
        <p>
          <button type="button" className="more" onClick={() => setLimit(limit + step)}>
            显示更多（还有 {visible.length - limit} 项）
          </button>
        </p>
      )}
    </>
  );
}
