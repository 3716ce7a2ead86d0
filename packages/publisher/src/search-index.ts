/**
 * The site's search index, made by Pagefind's Node API over a release. Its service process (the
 * extended build, which segments Chinese) starts with the first index and stays up between
 * builds; it does not keep Node alive.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SearchIndexError } from './errors';

/** Indexes the pages in `dir` into `dir/pagefind`; the number of pages indexed. */
export async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new SearchIndexError(`the search index could not be made: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new SearchIndexError(`the search index could not read the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new SearchIndexError(`the search index could not be written: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's service process (a later index starts it again). */
export const stopSearchIndexer = () => pagefind.close();
