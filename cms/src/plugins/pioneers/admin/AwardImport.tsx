import { useRef, useState, type ChangeEvent } from 'react';
import { useFetchClient, useForm, type StrapiApp } from '@strapi/strapi/admin';
import type { ImportMode, Preview } from '../../../api/award/import/rules';
import { type RecipientKind, recipientKind } from '../../../generated/enums';

/** What `POST /admin/award-import/:documentId` (src/api/award/import/route.ts) answers. */
type Answer = { preview: Preview; written?: number; mode: ImportMode; defaultKind: RecipientKind };

const kindLabel = (kind?: RecipientKind) => (kind ? recipientKind[kind] : '—');
const cell = { border: '1px solid #dcdce4', padding: '4px 8px', textAlign: 'left' as const, verticalAlign: 'top' as const };

/**
 * 从表格导入名单: upload an .xlsx or .csv, see each row as it would be written (school, linked
 * profile, problems), then replace or extend the draft's recipients. The server reads the file
 * both times; nothing is written before 导入 and nothing is published.
 */
function AwardImport({ documentId }: { documentId: string }) {
  const { post } = useFetchClient();
  const modified = useForm('AwardImport', (state) => state.modified);
  const dialog = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<ImportMode>('replace');
  const [kind, setKind] = useState<RecipientKind>();
  const [answer, setAnswer] = useState<Answer>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send(options: { file: File; mode: ImportMode; kind?: RecipientKind; write: boolean }) {
    const form = new FormData();
    form.append('file', options.file);
    form.append('mode', options.mode);
    if (options.kind) form.append('kind', options.kind);
    if (options.write) form.append('write', 'true');
    setBusy(true);
    setError(undefined);
    try {
      const { data } = await post<Answer>(`/admin/award-import/${documentId}`, form);
      setAnswer(data);
      setKind(data.defaultKind);
      // The edit view shows the stored draft again, with the imported recipients.
      if (data.written !== undefined) window.location.reload();
    } catch (caught) {
      const response = (caught as { response?: { data?: { error?: { message?: string } } } }).response;
      setAnswer(undefined);
      setError(response?.data?.error?.message ?? (caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(chosen);
    if (chosen) void send({ file: chosen, mode, kind, write: false });
  };
  // Mode and default kind change the problems (names already on the list) and the kinds: preview again.
  const change = (next: { mode?: ImportMode; kind?: RecipientKind }) => {
    if (next.mode) setMode(next.mode);
    if (next.kind) setKind(next.kind);
    if (file) void send({ file, mode: next.mode ?? mode, kind: next.kind ?? kind, write: false });
  };

  const rows = answer?.preview.rows ?? [];
  const problems = answer?.preview.problemCount ?? 0;
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} disabled={modified} style={{ width: '100%', padding: '8px 12px', cursor: 'pointer' }}>
        从表格导入名单
      </button>
      {modified && <p style={{ fontSize: 12, color: '#666687', margin: '4px 0 0' }}>请先保存当前修改，再导入名单。</p>}
      <dialog
        ref={dialog}
        aria-label="从表格导入名单"
        style={{ width: 'min(960px, 92vw)', maxHeight: '88vh', padding: 24, border: 0, borderRadius: 8, fontSize: 14 }}
      >
        <h2 style={{ marginTop: 0, fontSize: 18 }}>从表格导入名单</h2>
        <p style={{ color: '#666687' }}>上传 Excel（.xlsx）或 CSV：表头含“姓名”“学校”，可有“中队（班级）”“类别”。导入只改草稿，不会发布。</p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center', margin: '12px 0' }}>
          <input
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-label="名单文件"
            onChange={choose}
          />
          <label>
            导入方式{' '}
            <select value={mode} onChange={(event) => change({ mode: event.target.value as ImportMode })}>
              <option value="replace">替换现有名单</option>
              <option value="append">追加到现有名单后</option>
            </select>
          </label>
          <label>
            未填类别的按{' '}
            <select value={kind ?? ''} onChange={(event) => change({ kind: event.target.value as RecipientKind })} disabled={!answer}>
              {!kind && <option value="">—</option>}
              {Object.entries(recipientKind).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {busy && <p role="status">正在读取…</p>}
        {error && (
          <p role="alert" style={{ color: '#d02b20' }}>
            {error}
          </p>
        )}
        {answer && (
          <>
            <p role="status" style={{ color: problems ? '#d02b20' : '#328048' }}>
              共 {rows.length} 条（表头在第 {answer.preview.headerRow} 行）{problems ? `，${problems} 行有问题，请在表格中改正后重新上传。` : '，没有问题。'}
            </p>
            <div style={{ overflow: 'auto', maxHeight: '50vh' }}>
              <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    {['行', '姓名 / 集体', '类别', '学校', '中队', '榜样档案', '问题'].map((label) => (
                      <th key={label} style={cell}>
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.row} style={{ background: row.problems.length ? '#fcecea' : undefined }}>
                      <td style={cell}>{row.row}</td>
                      <td style={cell}>{row.name}</td>
                      <td style={cell}>{kindLabel(row.kind)}</td>
                      <td style={cell}>{row.school?.name ?? row.schoolText}</td>
                      <td style={cell}>{row.unit}</td>
                      <td style={cell}>{row.roleModel ? '已关联' : ''}</td>
                      <td style={{ ...cell, color: '#d02b20' }}>{row.problems.map((problem) => `${problem.column} 列：${problem.message}`).join('；')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 16 }}>
          <button type="button" onClick={() => dialog.current?.close()}>
            取消
          </button>
          <button type="button" disabled={!file || !answer || problems > 0 || busy} onClick={() => file && void send({ file, mode, kind, write: true })}>
            {mode === 'append' ? `追加 ${rows.length} 条到草稿` : `用这 ${rows.length} 条替换草稿名单`}
          </button>
        </div>
      </dialog>
    </>
  );
}

type PanelProps = { model: string; documentId?: string };

/** Adds 从表格导入名单 to the side of an award list's edit view, once it has been saved. */
export function registerAwardImport(app: Pick<StrapiApp, 'getPlugin'>): void {
  const contentManager = app.getPlugin('content-manager') as unknown as {
    apis: { addEditViewSidePanel(panels: Array<(props: PanelProps) => { title: string; content: JSX.Element } | null>): void };
  };
  contentManager.apis.addEditViewSidePanel([
    ({ model, documentId }) => (model === 'api::award.award' && documentId ? { title: '获奖名单', content: <AwardImport documentId={documentId} /> } : null),
  ]);
}
