/** The rebuild service's own page for editors (`GET /`), in Chinese, refreshed every few seconds. */
import type { Change, PublisherStatus } from './status';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const changeList = (list: Change[]) =>
  list.length
    ? `<ul>${list.map((c) => `<li>${escapeHtml(c.event)} · ${escapeHtml(c.subject)}${c.label ? ` · ${escapeHtml(c.label)}` : ''}</li>`).join('')}</ul>`
    : '<p>（无）</p>';

const STATE_LABELS: Record<PublisherStatus['state'], string> = { idle: '已是最新', queued: '排队中', building: '正在生成' };

export function renderStatusPage({ state, pending, live, lastFailure, building }: PublisherStatus): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="5">
<title>网站发布状态</title><style>body{font:16px/1.7 system-ui,sans-serif;max-width:720px;margin:24px auto;padding:0 16px}.failed{color:#9e1b32}</style>
<h1>网站发布状态：${STATE_LABELS[state]}</h1>
${building ? `<h2>正在生成（开始于 ${escapeHtml(building.startedAt)}）</h2>${changeList(building.changes)}` : ''}
<h2>等待生成的修改</h2>${changeList(pending)}
<h2>当前在线版本</h2>${live ? `<p>${escapeHtml(live.release)}，${live.pages} 个页面（重新生成 ${live.rendered} 个文件，沿用上次 ${live.copied} 个），生成于 ${escapeHtml(live.finishedAt)}</p>${changeList(live.changes)}` : '<p>尚无</p>'}
${lastFailure ? `<h2 class="failed">最近一次失败（${escapeHtml(lastFailure.at)}）</h2><p class="failed">${escapeHtml(lastFailure.reason.split('\n')[0] ?? '')}</p><p>失败不影响在线网站。</p>` : ''}
</html>`;
}
