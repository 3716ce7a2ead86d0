import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Attribute } from '@pioneers/contract';
import type { Core, UID } from '@strapi/strapi';
import { markdownToBlocks } from './blocks';
import { loadContent, type MediaRef, type SeedEntry } from './content';
import { componentAttributes, importOrder, seedableAttributes, seedTypes } from './model';

export interface SeedReport {
  created: number;
  unchanged: number;
  uploaded: number;
}

type Log = (line: string) => void;

class Importer {
  private readonly documentIds = new Map<string, string>();
  readonly report: SeedReport = { created: 0, unchanged: 0, uploaded: 0 };

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly contentDir: string,
  ) {}

  /** The stored media library entry for a content file, uploading it the first time. */
  private async mediaId(ref: MediaRef): Promise<number> {
    const name = ref.file.replaceAll('/', '-');
    const files = this.strapi.db.query('plugin::upload.file');
    const existing = await files.findOne({ where: { name }, select: ['id'] });
    if (existing) return existing.id;

    // The upload service cleans files in place (metadata removal), so it gets a copy, never the seed file.
    const workDir = mkdtempSync(path.join(tmpdir(), 'hlj-seed-'));
    const filepath = path.join(workDir, path.basename(ref.file));
    copyFileSync(path.join(this.contentDir, 'media', ref.file), filepath);
    try {
      const [uploaded] = await this.strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name, alternativeText: ref.alt ?? null, caption: null } },
          files: {
            filepath,
            originalFilename: path.basename(ref.file),
            // The upload service sets the type from the content (src/extensions/upload).
            mimetype: 'application/octet-stream',
            size: statSync(filepath).size,
          },
        });
      this.report.uploaded += 1;
      return uploaded.id;
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }

  private documentId(target: string, slug: string): string {
    const documentId = this.documentIds.get(`${target}:${slug}`);
    if (!documentId) throw new Error(`${target} "${slug}" was not imported before it was needed`);
    return documentId;
  }

  /** Turns a validated content file into Document Service data: ids for slugs and files, blocks for Markdown. */
  private async toData(attributes: Record<string, Attribute>, source: Record<string, unknown>): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = {};
    for (const [name, attribute] of seedableAttributes(attributes)) {
      const value = source[name];
      if (value === undefined) continue;
      switch (attribute.type) {
        case 'blocks':
          data[name] = markdownToBlocks(value as string);
          break;
        case 'media':
          data[name] = Array.isArray(value) ? await Promise.all(value.map((ref: MediaRef) => this.mediaId(ref))) : await this.mediaId(value as MediaRef);
          break;
        case 'relation':
          data[name] = Array.isArray(value)
            ? value.map((slug: string) => this.documentId(attribute.target!, slug))
            : this.documentId(attribute.target!, value as string);
          break;
        case 'component': {
          const nested = componentAttributes(this.strapi, attribute.component!);
          data[name] = Array.isArray(value)
            ? await Promise.all(value.map((item: Record<string, unknown>) => this.toData(nested, item)))
            : await this.toData(nested, value as Record<string, unknown>);
          break;
        }
        default:
          data[name] = value;
      }
    }
    return data;
  }

  async import(entry: SeedEntry): Promise<'created' | 'unchanged'> {
    const uid = entry.type.uid as UID.ContentType;
    const documents = this.strapi.documents(uid);
    const filters = entry.type.kind === 'collectionType' ? { slug: entry.slug } : {};
    // Every document has a draft version, published or not, so this finds both.
    const existing = await documents.findFirst({ filters, status: 'draft', fields: ['documentId'] } as never);
    if (existing) {
      this.documentIds.set(`${uid}:${entry.slug}`, existing.documentId);
      this.report.unchanged += 1;
      return 'unchanged';
    }
    const data = await this.toData(entry.type.attributes, entry.data);
    const created = await documents.create({ data, ...(entry.draft ? {} : { status: 'published' }) } as never);
    this.documentIds.set(`${uid}:${entry.slug}`, created.documentId);
    this.report.created += 1;
    return 'created';
  }
}

/**
 * Entries imported in one database transaction. Each Document Service call commits on its own
 * otherwise, and on SQLite every commit waits for the disk (several syncs): at thousands of
 * entries those waits were most of a seed's time, and grew with whatever else used the disk.
 */
const ENTRIES_PER_TRANSACTION = 100;

/**
 * Imports the content folder through the Document Service and the upload service.
 * Everything is validated first (see loadContent); then each entry missing from the database,
 * matched by slug, is created. Entries already there are left as they are: a second run
 * changes nothing, and nothing an editor changed since is overwritten.
 */
export async function seedContent(strapi: Core.Strapi, contentDir: string, log: Log = console.log): Promise<SeedReport> {
  const types = importOrder(seedTypes(strapi), strapi);
  const entries = loadContent(strapi, contentDir, types);
  log(`seed: ${entries.length} entries in ${path.relative(process.cwd(), contentDir) || '.'} are valid`);

  const importer = new Importer(strapi, contentDir);
  for (const [index, type] of types.entries()) {
    const ofType = entries.filter((entry) => entry.type === type);
    const outcome = { created: 0, unchanged: 0 };
    for (let start = 0; start < ofType.length; start += ENTRIES_PER_TRANSACTION) {
      const batch = ofType.slice(start, start + ENTRIES_PER_TRANSACTION);
      await strapi.db.transaction(async () => {
        for (const entry of batch) outcome[await importer.import(entry)] += 1;
      });
      const done = start + batch.length;
      // Large imports (the benchmark's synthetic district) report as they go.
      if (done % 500 === 0) log(`seed: [${index + 1}/${types.length}] ${type.path.padEnd(18)} ${done}/${ofType.length}…`);
    }
    log(`seed: [${index + 1}/${types.length}] ${type.path.padEnd(18)} ${outcome.created} created, ${outcome.unchanged} unchanged`);
  }
  const { created, unchanged, uploaded } = importer.report;
  log(`seed: done — ${created} created, ${unchanged} unchanged, ${uploaded} files uploaded`);
  return importer.report;
}
