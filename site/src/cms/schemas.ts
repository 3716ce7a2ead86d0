/**
 * What the site reads from each CMS collection, as zod schemas. Page types are inferred from
 * these (via astro:content), so each field is declared once, next to the query that fetches it.
 */
import { z } from 'astro/zod';

/** An uploaded image or file, as Strapi returns it (only the fields the site uses). */
export const media = z.object({
  url: z.string(),
  name: z.string(),
  mime: z.string(),
  alternativeText: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  size: z.number().nullish(),
});
export type Media = z.infer<typeof media>;

const text = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
const link = z.object({ type: z.literal('link'), url: z.string(), children: z.array(text) });
const inline = z.union([text, link]);
const listItem = z.object({ type: z.literal('list-item'), children: z.array(inline) });
type ListBlock = { type: 'list'; format: 'ordered' | 'unordered'; children: Array<z.infer<typeof listItem> | ListBlock> };
const list: z.ZodType<ListBlock> = z.lazy(() =>
  z.object({ type: z.literal('list'), format: z.enum(['ordered', 'unordered']), children: z.array(z.union([listItem, list])) }),
);

/** Strapi's blocks editor content; anything unknown fails the build rather than vanishing. */
export const block = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(inline) }),
  z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), children: z.array(inline) }),
  z.object({ type: z.literal('quote'), children: z.array(inline) }),
  z.object({ type: z.literal('code'), children: z.array(text) }),
  list,
  z.object({
    type: z.literal('image'),
    image: media.extend({ alternativeText: z.string().nullish() }),
    children: z.array(inline).optional(),
  }),
]);
export type Block = z.infer<typeof block>;
export type InlineNode = z.infer<typeof inline>;
export const blocks = z.array(block);

/** Slugs an entry had before (src/lib/site-pages.ts sends their addresses on to its page). */
const formerSlugs = z.array(z.string()).nullish();

/** A relation shown as a link: its name and slug. */
const ref = z.object({ slug: z.string(), name: z.string() });
const titled = z.object({ slug: z.string(), title: z.string() });

export const school = z.object({
  slug: z.string(),
  formerSlugs,
  name: z.string(),
  kind: z.enum(['primary', 'junior_high', 'nine_year', 'other']),
  intro: z.string().nullish(),
  logo: media.nullish(),
});

export const category = ref;
export const tag = ref;

export const article = z.object({
  slug: z.string(),
  formerSlugs,
  title: z.string(),
  summary: z.string(),
  publishedOn: z.string(),
  source: z.string().nullish(),
  author: z.string().nullish(),
  body: blocks,
  cover: media.nullish(),
  gallery: z.array(media).nullish(),
  category: ref.nullish(),
  tags: z.array(ref),
  school: ref.nullish(),
  seo: z.object({ metaTitle: z.string().nullish(), metaDescription: z.string().nullish(), shareImage: media.nullish() }).nullish(),
});

export const roleModel = z.object({
  slug: z.string(),
  formerSlugs,
  name: z.string(),
  kind: z.enum(['pupil', 'counselor', 'collective']),
  unit: z.string().nullish(),
  headline: z.string(),
  summary: z.string().nullish(),
  story: blocks,
  photo: media.nullish(),
  school: ref.nullish(),
});

export const award = z.object({
  slug: z.string(),
  formerSlugs,
  title: z.string(),
  year: z.number().int(),
  level: z.enum(['national', 'provincial', 'municipal', 'district', 'school']),
  category: z.enum(['outstanding-pupil', 'outstanding-counselor', 'outstanding-collective', 'other']),
  issuer: z.string(),
  documentNumber: z.string().nullish(),
  announcedOn: z.string(),
  description: z.string().nullish(),
  decisionDocument: media.nullish(),
  recipients: z.array(
    z.object({
      name: z.string(),
      recipientKind: z.enum(['pupil', 'counselor', 'collective']),
      unit: z.string().nullish(),
      school: ref.nullish(),
      roleModel: z.object({ slug: z.string() }).nullish(),
    }),
  ),
});

export const lesson = z.object({
  slug: z.string(),
  formerSlugs,
  title: z.string(),
  summary: z.string(),
  durationSeconds: z.number().int(),
  gradeBand: z.enum(['lower', 'middle', 'upper', 'junior_high']),
  recognition: z.string(),
  year: z.number().int(),
  description: blocks.nullish(),
  video: media,
  poster: media.nullish(),
  captions: media.nullish(),
  lessonPlan: media.nullish(),
  chapters: z.array(z.object({ startSecond: z.number().int(), title: z.string() })),
  counselor: z.object({ name: z.string(), roleModel: z.object({ slug: z.string() }).nullish() }),
  school: ref.nullish(),
  themes: z.array(ref),
});

export const siteSetting = z.object({
  siteName: z.string(),
  organisation: z.string(),
  icpNumber: z.string().nullish(),
  publicSecurityNumber: z.string().nullish(),
  address: z.string().nullish(),
  contact: z.string().nullish(),
});

export const homepage = z.object({
  heroTitle: z.string(),
  heroText: z.string().nullish(),
  featuredArticles: z.array(titled),
  featuredRoleModels: z.array(ref),
  featuredLessons: z.array(titled),
});
