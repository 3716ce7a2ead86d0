/**
 * Strapi's data transfer, what `strapi export` and `strapi import` run, called through
 * `@strapi/data-transfer` on the CMS that compileCms compiled. Not through the CLI: it compiles the
 * CMS into dist/ again on every call, rewriting each file under any Strapi loading from it (the
 * production CMS restarting during a backup, the other database's tests).
 */
import { engine as transferEngine, file, strapi as strapiTransfer } from '@strapi/data-transfer';
import { type Core, createStrapi } from '@strapi/strapi';
import { compileCms } from '../compile';
import { cmsRoot } from '../env';

type Engine = ReturnType<typeof transferEngine.createTransferEngine>;

/** Runs `work` on the loaded CMS (its database and uploads as configured), then shuts it down. */
export async function withCms<T>(work: (app: Core.Strapi) => Promise<T>): Promise<T> {
  const app = await createStrapi({ appDir: cmsRoot, distDir: await compileCms() }).load();
  app.log.level = 'error';
  try {
    return await work(app);
  } finally {
    await app.destroy();
  }
}

/** Prints each stage's total as it ends, and every warning and error the transfer reports. */
function reportProgress(engine: Engine, operation: string): void {
  engine.progress.stream.on('stage::finish', ({ stage, data }: { stage: string; data: Record<string, { count?: number } | undefined> }) =>
    console.log(`${operation}: ${stage}, ${data[stage]?.count ?? 0} transferred`),
  );
  engine.diagnostics.onDiagnostic((diagnostic) => {
    if (diagnostic.kind === 'error') console.error(`${operation}: ${diagnostic.details.severity} ${diagnostic.details.message}`);
    if (diagnostic.kind === 'warning') console.warn(`${operation}: warning (${diagnostic.details.origin ?? 'transfer'}) ${diagnostic.details.message}`);
  });
}

/**
 * Everything the CMS holds (content, configuration, uploads) into `<base>.tar.gz`, unencrypted
 * (backup.ts encrypts it with its own key). Returns the archive's path.
 */
export async function exportArchive(app: Core.Strapi, base: string): Promise<string> {
  const engine = transferEngine.createTransferEngine(
    strapiTransfer.providers.createLocalStrapiSourceProvider({ getStrapi: () => app, autoDestroy: false }),
    file.providers.createLocalFileDestinationProvider({ file: { path: base }, encryption: { enabled: false }, compression: { enabled: true } }),
    { versionStrategy: 'ignore', schemaStrategy: 'ignore' },
  );
  reportProgress(engine, 'export');
  const results = await engine.transfer();
  const archive = results.destination?.file?.path;
  if (!archive) throw new Error('the export wrote no archive');
  return archive;
}

/**
 * Replaces what the CMS holds with a `.tar.gz` archive from exportArchive, as `strapi import
 * --force` does: schema differences are reported and the rest is imported.
 */
export async function importArchive(app: Core.Strapi, archive: string): Promise<void> {
  const engine = transferEngine.createTransferEngine(
    file.providers.createLocalFileSourceProvider({ file: { path: archive }, encryption: { enabled: false }, compression: { enabled: true } }),
    strapiTransfer.providers.createLocalStrapiDestinationProvider({
      getStrapi: () => app,
      autoDestroy: false,
      strategy: 'restore',
      restore: { entities: { exclude: strapiTransfer.getIgnoredOfficialTransferTypes() }, assets: true, configuration: { webhook: true, coreStore: true } },
    }),
    { versionStrategy: 'ignore', schemaStrategy: 'strict' },
  );
  reportProgress(engine, 'import');
  engine.onSchemaDiff((context, next) => {
    for (const [uid, diffs] of Object.entries(context.diffs))
      for (const diff of diffs) engine.reportWarning(`${[uid, ...diff.path].join('.')} differs (${diff.kind}) and is not restored`, 'schema');
    context.ignoredDiffs = { ...context.ignoredDiffs, ...context.diffs };
    return next(context);
  });
  await engine.transfer();
}
