import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Change, PublisherStatus } from '@pioneers/publisher/status';

/** Published entries whose links lead to pages that have gone (src/plugins/pioneers/server/publishing/content-links.ts). */
type LinkWarning = { uid: string; documentId: string; title: string; field: string; url: string };
/** What `GET /admin/publishing/status` (src/plugins/pioneers/server/publishing/status-route.ts) answers. */
type Relay = ({ available: true; status: PublisherStatus } | { available: false; reason: string }) & { linkWarnings?: LinkWarning[] };

const STATE: Record<PublisherStatus['state'], { label: string; colour: string }> = {
  idle: { label: '网站已是最新', colour: '#328048' },
  queued: { label: '有更改等待生成', colour: '#b56100' },
  building: { label: '正在生成网站…', colour: '#0c75af' },
};

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' });
const changeList = (changes: Change[]) =>
  changes
    .slice(-5)
    .map((change) => change.label ?? change.subject)
    .join('、');

/** The admin homepage's view of the public site: queued → building → live, or failed and why. */
export function PublishingStatusWidget() {
  const { get } = useFetchClient();
  const [relay, setRelay] = useState<Relay>();

  useEffect(() => {
    let active = true;
    const load = () =>
      get<Relay>('/admin/publishing/status')
        .then(({ data }) => active && setRelay(data))
        .catch((error: Error) => active && setRelay({ available: false, reason: error.message }));
    void load();
    // Builds take seconds: refresh often enough that an editor sees a publish go live.
    const timer = window.setInterval(load, 4000);
    return () => {
      active = false;
      window.clearInterval(timer);
    };
  }, [get]);

  if (!relay) return <p>正在读取发布状态…</p>;
  const warnings = relay.linkWarnings?.length ? (
    <div style={{ color: '#b56100' }}>
      <strong>以下已发布内容中的链接指向已不存在的页面，网站上暂显示为普通文字，请修改：</strong>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {relay.linkWarnings.map((warning) => (
          <li key={`${warning.documentId}-${warning.url}`}>
            <a href={`/admin/content-manager/collection-types/${warning.uid}/${warning.documentId}`}>{warning.title}</a>：{warning.url}
          </li>
        ))}
      </ul>
    </div>
  ) : null;
  if (!relay.available) {
    return (
      <div style={{ display: 'grid', gap: 8, fontSize: 14, lineHeight: 1.5 }}>
        <p role="status">无法读取发布状态：{relay.reason}</p>
        {warnings}
      </div>
    );
  }

  const { state, pending, building, live, lastFailure } = relay.status;
  const failedSinceLive = lastFailure && (!live || lastFailure.at > live.finishedAt);
  return (
    <div role="status" style={{ display: 'grid', gap: 8, fontSize: 14, lineHeight: 1.5 }}>
      <strong style={{ color: STATE[state].colour }}>
        {STATE[state].label}
        {state === 'queued' && `（${pending.length} 项）`}
      </strong>
      {building && <span>本次包含：{changeList(building.changes)}</span>}
      {live ? (
        <span>
          上次上线：{time(live.finishedAt)}，共 {live.pages} 页{live.changes.length > 0 && `；包含：${changeList(live.changes)}`}
        </span>
      ) : (
        <span>网站尚未生成过。</span>
      )}
      {failedSinceLive && (
        <span style={{ color: '#d02b20' }}>
          {time(lastFailure.at)} 生成失败，线上仍是上一版：{lastFailure.reason}
        </span>
      )}
      {warnings}
    </div>
  );
}
