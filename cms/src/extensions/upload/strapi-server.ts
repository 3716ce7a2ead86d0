import { cleanUploadedFile, type IncomingFile } from './clean-file';
import { KINDS, refuse } from './types';

type UploadService = {
  upload(args: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown): Promise<unknown>;
  replace(id: unknown, args: { data: unknown; file: IncomingFile }, opts?: unknown): Promise<unknown>;
};
type Strapi = { db: { query(uid: string): { findOne(params: unknown): Promise<{ ext?: string | null; name: string } | null> } } };
type Plugin = { services: Record<string, (context: { strapi: Strapi }) => UploadService> };

/**
 * Every upload, from the admin's media library, the Content API or the seed, passes through
 * cleanUploadedFile before Strapi stores the original or derives its formats.
 */
export default (plugin: Plugin) => {
  const createUploadService = plugin.services.upload!;
  plugin.services.upload = (context) => {
    const service = createUploadService(context);
    const { upload, replace } = service;
    return Object.assign(service, {
      upload: async (args: Parameters<UploadService['upload']>[0], opts?: unknown) => {
        for (const file of [args.files].flat()) await cleanUploadedFile(file);
        return upload(args, opts);
      },
      replace: async (id: unknown, args: Parameters<UploadService['replace']>[1], opts?: unknown) => {
        const kind = await cleanUploadedFile(args.file);
        // Strapi keeps the replaced file's extension (its URL does not change), so the new content
        // must be of a kind that extension is served as.
        const existing = await context.strapi.db.query('plugin::upload.file').findOne({ where: { id }, select: ['ext', 'name'] });
        const { label, extensions } = KINDS[kind];
        if (existing && !(extensions as readonly string[]).includes(existing.ext?.toLowerCase() ?? '')) {
          refuse(`“${existing.name}”只能换成同类型的文件（${existing.ext ?? ''}），新文件是${label}。请另行上传新文件。`);
        }
        return replace(id, args, opts);
      },
    });
  };
  return plugin;
};
