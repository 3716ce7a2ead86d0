import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { EntryProgress } from '../server/publishing/entry-progress';

/** What `GET /admin/publishing/entries/:uid/:documentId` (src/plugins/pioneers/server/publishing/status-route.ts) answers. */
type Answer = { published: false } | { published: true; progress: EntryProgress } | { published: true; reason: string };

type PanelProps = {
  model: string;
  documentId?: string;
  activeTab: string | null;
  document?: { publishedAt?: string | null };
  meta?: { availableStatus: Array<{ publishedAt?: string | null }> };
};

const STEPS = [
  ['queued', '排队'],
  ['building', '生成中'],
  ['live', '已上线'],
] as const;

const time = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN');

/**
 * The edit view's 网站进度 panel: where the site is with this entry's published version, from the
 * moment it is published until it is live (with a link to its page) or its build failed (why).
 * Shown to those who may read the publishing status, for entries that have a published version.
 */
export function PublishProgress({ model, documentId, activeTab, document, meta }: PanelProps) {
  const { get } = useFetchClient();
  const [answer, setAnswer] = useState<Answer>();
  // A new publish gives the published version a new time: follow that one from the start.
  const publishedAt = activeTab === 'published' ? document?.publishedAt : meta?.availableStatus.find((version) => version.publishedAt)?.publishedAt;

  useEffect(() => {
    setAnswer(undefined);
    if (!documentId || !publishedAt) return;
    let timer: number | undefined;
    let active = true;
    const load = async () => {
      const next = await get<Answer>(`/admin/publishing/entries/${encodeURIComponent(model)}/${documentId}`).then(
        ({ data }) => data,
        () => undefined,
      );
      if (!active) return;
      setAnswer(next);
      // Builds take seconds: ask again until the entry is live or its build failed.
      const settled = !next?.published || ('progress' in next && (next.progress.state === 'live' || next.progress.state === 'failed'));
      if (!settled) timer = window.setTimeout(load, 3000);
    };
    void load();
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [get, model, documentId, publishedAt]);

  if (!answer?.published) return null;
  return { title: '网站进度', content: <ProgressView answer={answer} /> };
}

function ProgressView({ answer }: { answer: Exclude<Answer, { published: false }> }) {
  if (!('progress' in answer)) return <p role="status">无法读取网站进度：{answer.reason}</p>;
  const { progress } = answer;
  if (progress.state === 'failed') {
    return (
      <p role="status" style={{ color: '#d02b20', fontSize: 14, lineHeight: 1.5 }}>
        {time(progress.at)} 网站生成失败，线上仍是上一版：{progress.reason}
      </p>
    );
  }
  const current = STEPS.findIndex(([state]) => state === progress.state);
  return (
    <div role="status" style={{ display: 'grid', gap: 6, fontSize: 14, lineHeight: 1.5 }}>
      <ol aria-label="发布进度" style={{ display: 'flex', gap: 6, listStyle: 'none', margin: 0, padding: 0 }}>
        {STEPS.map(([state, label], index) => (
          <li
            key={state}
            aria-current={index === current ? 'step' : undefined}
            style={{ fontWeight: index === current ? 700 : 400, opacity: index > current ? 0.5 : 1 }}
          >
            {index > 0 && '→ '}
            {label}
          </li>
        ))}
      </ol>
      {progress.state === 'building' && <span>{time(progress.since)} 开始生成</span>}
      {progress.state === 'live' && (
        <span>
          {time(progress.since)} 上线
          {progress.url && (
            <>
              ：
              <a href={progress.url} target="_blank" rel="noreferrer">
                在网站上查看
              </a>
            </>
          )}
        </span>
      )}
    </div>
  );
}
