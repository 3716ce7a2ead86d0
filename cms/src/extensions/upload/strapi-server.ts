import { cleanUploadedFile, type IncomingFile } from './clean-file';

type UploadService = {
  upload(args: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown): Promise<unknown>;
  replace(id: unknown, args: { data: unknown; file: IncomingFile }, opts?: unknown): Promise<unknown>;
};
type Plugin = { services: Record<string, (context: { strapi: unknown }) => UploadService> };

/**
 * Every upload, from the admin's media library or the Content API, passes through cleanUploadedFile
 * before Strapi stores the original or derives its formats.
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
        await cleanUploadedFile(args.file);
        return replace(id, args, opts);
      },
    });
  };
  return plugin;
};
