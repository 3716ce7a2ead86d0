import { readFile, rm } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { defaultKind, findAwardDraft, ImportFileError, importRecipients, RECIPIENT_KINDS, type RecipientKind } from '../../../../api/award/import';
import { MAX_FILE_BYTES } from '../../../../api/award/import/read';

type UploadedFile = { filepath: string; size: number };
type AdminContext = {
  params: { documentId: string };
  request: { body?: Record<string, unknown>; files?: Record<string, UploadedFile | UploadedFile[]> };
  state: { userAbility: unknown };
  status: number;
  body: unknown;
};

/**
 * `POST /admin/award-import/:documentId` (multipart: `file`, `mode` replace|append, `kind`, and
 * `write`=true to write) for those who may edit award lists: the preview of a spreadsheet against
 * the award's draft, written when asked and no row has a problem. The admin's 从表格导入名单
 * (../../admin/AwardImport.tsx) sends the file twice: to preview, then to write.
 */
export function registerAwardImportRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin/award-import',
    routes: [
      {
        method: 'POST',
        path: '/:documentId',
        info: { type: 'admin' },
        config: {
          policies: [
            'admin::isAuthenticatedAdmin',
            { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.update', 'api::award.award']] } },
          ],
        },
        handler: async (koaContext) => {
          // Koa's context type omits the router's params and the body parser's files.
          const ctx = koaContext as unknown as AdminContext;
          const uploads = Object.values(ctx.request.files ?? {}).flat();
          try {
            const body = ctx.request.body ?? {};
            const award = await findAwardDraft(strapi, { documentId: ctx.params.documentId });
            if (!award) return reply(ctx, 404, '没有找到这份表彰，请先保存后再导入。');
            // The policy asks whether the role may edit some award lists; Authors may edit only their own.
            const permissions = strapi
              .plugin('content-manager')
              .service('permission-checker')
              .create({ userAbility: ctx.state.userAbility, model: 'api::award.award' });
            if (permissions.cannot.update(award)) return reply(ctx, 403, '你没有修改这份表彰的权限。');
            const [upload] = uploads;
            if (!upload || uploads.length > 1) return reply(ctx, 400, '请选择一个 Excel（.xlsx）或 CSV 文件。');
            if (upload.size > MAX_FILE_BYTES) return reply(ctx, 400, `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，请删去名单以外的内容或分成几个文件导入。`);
            const mode = body.mode === 'append' ? 'append' : 'replace';
            const kind = RECIPIENT_KINDS.includes(body.kind as RecipientKind) ? (body.kind as RecipientKind) : defaultKind(award);
            const result = await importRecipients(strapi, award, await readFile(upload.filepath), { mode, defaultKind: kind, write: body.write === 'true' });
            ctx.body = { ...result, mode, defaultKind: kind };
          } catch (error) {
            if (error instanceof ImportFileError) return reply(ctx, 400, error.message);
            throw error;
          } finally {
            // The upload's temporary copy; the spreadsheet is read, not kept.
            await Promise.all(uploads.map((upload) => rm(upload.filepath, { force: true })));
          }
        },
      },
    ],
  });
}

function reply(ctx: AdminContext, status: number, message: string): void {
  ctx.status = status;
  ctx.body = { error: { status, message } };
}
