import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { newestArticles } from '../lib/site';

export const GET: APIRoute = async ({ site }) => {
  const settings = (await getEntry('siteSetting', 'site-setting'))?.data;
  const articles = (await newestArticles()).slice(0, 50);
  return rss({
    title: `${settings?.siteName ?? '红领巾先锋'} · 新闻动态`,
    description: `${settings?.organisation ?? ''}少先队工作新闻动态`,
    site: site!,
    items: articles.map(({ data }) => ({
      title: data.title,
      description: data.summary,
      link: `/news/${data.slug}/`,
      pubDate: new Date(`${data.publishedOn}T08:00:00+08:00`),
      categories: data.category ? [data.category.name] : [],
    })),
    customData: '<language>zh-cn</language>',
  });
};
