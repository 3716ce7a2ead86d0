import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES } from '../../src/generated/registry';
import { targetOf } from '../../src/plugins/pioneers/server/publishing/content-links';

const routed = CONTENT_TYPES.filter((type) => type.route !== null);

describe('a link into the site names the page it leads to, by the registry’s routes', () => {
  it('finds routes for the entry pages and the news sections', () => {
    expect(routed.map((type) => type.route)).toEqual(expect.arrayContaining(['news', 'role-models', 'honors', 'news/category']));
  });

  it.each(routed)('$route/<slug>/ is the page of a $uid', ({ uid, route, lists }) => {
    expect(targetOf(`/${route}/zhu-ti-jiao-yu/`)).toEqual({ uid, slug: 'zhu-ti-jiao-yu' });
    expect(targetOf(`/${route}/zhu-ti-jiao-yu`)).toEqual({ uid, slug: 'zhu-ti-jiao-yu' });
    // Only a listing has later pages.
    expect(targetOf(`/${route}/zhu-ti-jiao-yu/page/2/`)).toEqual(lists ? { uid, slug: 'zhu-ti-jiao-yu' } : undefined);
  });

  it('takes the home page, section indexes, news pages, search and the feed as pages that always exist', () => {
    for (const path of ['/', '/news/', '/news/page/3/', '/honors', '/search/', '/rss.xml']) expect(targetOf(path)).toBe('page');
  });

  it('finds nothing at addresses the site does not have', () => {
    for (const path of ['/nowhere/', '/nowhere/x/', '/news/a/b/', '/honors/a/page/2/', '/news/category/a/page/x/']) expect(targetOf(path)).toBeUndefined();
  });
});
