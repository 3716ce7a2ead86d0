import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFiles, drafts, published } from '@pioneers/scripts/content-files';
import { startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
// biome-ignore lint/suspicious/noExplicitAny: REST responses of every content type, whose shape the assertions check.
type Entry = Record<string, any>;

beforeAll(async () => {
  cms = await startCms({ seeded: true });
});
afterAll(() => cms?.stop());

async function list(collection: string, query: Record<string, unknown> = {}): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let page = 1; ; page += 1) {
    const response = await cms
      .http()
      .get(`/api/${collection}`)
      .query({ ...query, pagination: { page, pageSize: 100 } });
    expect(response.status, JSON.stringify(response.body.error)).toBe(200);
    entries.push(...response.body.data);
    if (page >= response.body.meta.pagination.pageCount) return entries;
  }
}

const slugs = (entries: Entry[]) => entries.map((entry) => entry.slug).sort();
const bySlug = (entries: Entry[]) => new Map(entries.map((entry) => [entry.slug, entry]));

it('runs on the database this suite was started for', () => {
  // `pnpm test` runs every file on SQLite, then again on PostgreSQL (scripts/test-postgres.ts).
  expect(cms.strapi.db.dialect.client).toBe(process.env.TEST_POSTGRES_URL ? 'postgres' : 'sqlite');
});

describe('published seed content over the REST API', () => {
  it.each(['schools', 'categories', 'tags', 'articles', 'role-models', 'awards', 'lessons'])(
    '/api/%s lists exactly the published seed entries',
    async (collection) => {
      expect(slugs(await list(collection))).toEqual(slugs(published(collection)));
    },
  );

  it('articles carry their cover, gallery, body blocks, category, tags, school and SEO', async () => {
    const articles = bySlug(
      await list('articles', {
        populate: { cover: true, gallery: true, category: true, tags: true, school: true, seo: { populate: { shareImage: true } } },
      }),
    );
    for (const file of published('articles')) {
      const article = articles.get(file.slug)!;
      expect(article.title).toBe(file.title);
      expect(article.publishedOn).toBe(file.publishedOn);
      expect(article.source).toBe(file.source);
      expect(article.cover.url).toMatch(/^\/uploads\/.+\.jpg$/);
      expect(article.cover.alternativeText).toBe((file.cover as Entry).alt);
      expect(article.gallery?.length ?? 0).toBe((file.gallery as unknown[] | undefined)?.length ?? 0);
      expect(article.category.slug).toBe(file.category);
      expect(article.tags.map((tag: Entry) => tag.slug).sort()).toEqual([...(file.tags as string[])].sort());
      expect(article.school?.slug).toBe(file.school);
      expect(article.body[0].type).toBe('paragraph');
      expect(article.seo.metaDescription).toBe((file.seo as Entry).metaDescription);
    }
  });

  it('role models carry school and story, and photos only where the file has one', async () => {
    const roleModels = bySlug(await list('role-models', { populate: { school: true, photo: true } }));
    for (const file of published('role-models')) {
      const roleModel = roleModels.get(file.slug)!;
      expect(roleModel).toMatchObject({ name: file.name, kind: file.kind, headline: file.headline, isMinor: file.isMinor });
      expect(roleModel.school.slug).toBe(file.school);
      expect(Boolean(roleModel.photo)).toBe(Boolean(file.photo));
      expect(roleModel.story.length).toBeGreaterThan(0);
    }
  });

  it('award lists carry issuer, 文号, decision document and every recipient with school and role-model links', async () => {
    const awards = bySlug(
      await list('awards', {
        populate: { decisionDocument: true, recipients: { populate: { school: true, roleModel: true } } },
      }),
    );
    for (const file of published('awards')) {
      const award = awards.get(file.slug)!;
      expect(award).toMatchObject({ title: file.title, year: file.year, level: file.level, category: file.category, issuer: file.issuer });
      expect(award.documentNumber).toBe(file.documentNumber);
      expect(award.decisionDocument.url).toMatch(/\.pdf$/);
      const recipients = file.recipients as Entry[];
      expect(award.recipients).toHaveLength(recipients.length);
      recipients.forEach((recipient, index) => {
        expect(award.recipients[index].name).toBe(recipient.name);
        expect(award.recipients[index].school.slug).toBe(recipient.school);
        expect(award.recipients[index].roleModel?.slug).toBe(recipient.roleModel);
      });
    }
  });

  it('lessons carry video, poster, captions, chapters, counselor, themes and lesson plan', async () => {
    const lessons = bySlug(
      await list('lessons', {
        populate: {
          video: true,
          poster: true,
          captions: true,
          lessonPlan: true,
          chapters: true,
          counselor: { populate: { roleModel: true } },
          school: true,
          themes: true,
        },
      }),
    );
    for (const file of published('lessons')) {
      const lesson = lessons.get(file.slug)!;
      expect(lesson.video.mime).toBe('video/mp4');
      expect(lesson.captions.url).toMatch(/\.vtt$/);
      expect(lesson.lessonPlan.url).toMatch(/\.pdf$/);
      expect(lesson.poster.url).toMatch(/\.jpg$/);
      expect(lesson.chapters.map((chapter: Entry) => [chapter.startSecond, chapter.title])).toEqual(
        (file.chapters as Entry[]).map((chapter) => [chapter.startSecond, chapter.title]),
      );
      expect(lesson.counselor.name).toBe((file.counselor as Entry).name);
      expect(lesson.counselor.roleModel?.slug).toBe((file.counselor as Entry).roleModel);
      expect(lesson.themes.map((tag: Entry) => tag.slug).sort()).toEqual([...(file.themes as string[])].sort());
    }
  });

  it('readers can navigate both ways: a school lists its news and role models, a role model its awards', async () => {
    const [school] = await list('schools', {
      filters: { slug: { $eq: 'shiyan-xiaoxue' } },
      populate: { articles: true, roleModels: true, lessons: true },
    });
    expect(slugs(school!.articles)).toEqual(slugs(published('articles').filter((a) => a.school === 'shiyan-xiaoxue')));
    expect(slugs(school!.roleModels)).toEqual(slugs(published('role-models').filter((r) => r.school === 'shiyan-xiaoxue')));

    const honors = await list('awards', { filters: { recipients: { roleModel: { slug: { $eq: 'lin-siyuan' } } } } });
    const expected = published('awards').filter((award) => (award.recipients as Entry[]).some((r) => r.roleModel === 'lin-siyuan'));
    expect(slugs(honors)).toEqual(slugs(expected));
  });

  it('single types return the site settings and the featured homepage entries', async () => {
    const settings = await cms.http().get('/api/site-setting');
    expect(settings.body.data).toMatchObject({ siteName: '红领巾先锋', icpNumber: expect.stringContaining('ICP') });
    const home = await cms
      .http()
      .get('/api/homepage')
      .query({
        populate: { featuredArticles: true, featuredRoleModels: true, featuredLessons: true },
      });
    expect(home.body.data.featuredArticles).toHaveLength(3);
    expect(home.body.data.featuredRoleModels.map((r: Entry) => r.slug)).toContain('lin-siyuan');
  });
});

describe('drafts are never public', () => {
  const draftSlugs = ['schools', 'categories', 'tags', 'articles', 'role-models', 'awards', 'lessons'].map(
    (collection) => [collection, drafts(collection)[0]!.slug] as const,
  );

  it.each(draftSlugs)('a draft %s is absent from lists, filters and findOne', async (collection, slug) => {
    const uid = Object.values(cms.strapi.contentTypes).find((type) => type.info.pluralName === collection)!.uid as UID.ContentType;
    const draft = await cms.strapi.documents(uid).findFirst({ filters: { slug }, status: 'draft' } as never);
    expect(draft, 'the seed stored the draft').toBeTruthy();

    expect(slugs(await list(collection))).not.toContain(slug);
    expect(await list(collection, { filters: { slug: { $eq: slug } } })).toEqual([]);
    expect((await cms.http().get(`/api/${collection}/${draft!.documentId}`)).status).toBe(404);
  });

  /** Every way a query string can ask for a draft or unpublished version, as raw query strings. */
  const draftSelectors = [
    'status=draft',
    'status=DRAFT',
    'status=Published',
    'st%61tus=draft',
    'status[]=draft',
    'status[0]=published&status[1]=draft',
    'status=published&status=draft',
    'publicationFilter=never-published',
    'hasPublishedVersion=false',
    'publicationState=preview',
    'populate[school][status]=draft',
    'populate[recipients][populate][roleModel][status]=draft',
  ];

  /** Spellings of a path that a router might accept as the same route; static segments only, ids stay as they are. */
  function spellings(template: string, path: string): string[] {
    const segments = path.split('/');
    const fixed = template.split('/').map((segment) => !segment.startsWith(':') && !segment.includes('('));
    const respell = (change: (segment: string, index: number) => string) =>
      segments.map((segment, index) => (fixed[index] ? change(segment, index) : segment)).join('/');
    const alternate = (segment: string) => [...segment].map((char, index) => (index % 2 ? char.toUpperCase() : char)).join('');
    const variants = [
      path,
      respell((segment) => segment.toUpperCase()),
      respell((segment) => segment.charAt(0).toUpperCase() + segment.slice(1)),
      respell(alternate),
      respell((segment, index) => (index === 1 ? segment.toUpperCase() : segment)),
      `${path}/`,
      `${respell((segment) => segment.toUpperCase())}/`,
      `${path}//`,
      path.replace('/api/', '//api/'),
      path.replace('/api/', '/api//'),
      path.replace('/api/', '/%61pi/'),
      path.replace('/api/', '/%41PI/'),
      path.replace('/api/', '/api%2F'),
      path.replace('/api/', '/api/./'),
      path.replace('/api/', '/x/../api/'),
      `${path};`,
      `${path}%20`,
    ];
    return [...new Set(variants)];
  }

  it('no spelling of any Content API route, with any draft-selecting parameter, reaches a draft', async () => {
    const draftOnly = new Map<string, string>();
    for (const collection of ['schools', 'categories', 'tags', 'articles', 'role-models', 'awards', 'lessons']) {
      const uid = Object.values(cms.strapi.contentTypes).find((type) => type.info.pluralName === collection)!.uid as UID.ContentType;
      const draft = await cms.strapi.documents(uid).findFirst({ filters: { slug: drafts(collection)[0]!.slug }, status: 'draft' } as never);
      draftOnly.set(collection, draft!.documentId);
    }
    const draftMarkers = [
      ...['schools', 'categories', 'tags', 'articles', 'role-models', 'awards', 'lessons'].map((collection) => drafts(collection)[0]!.slug),
      ...draftOnly.values(),
      '李小满',
    ];

    type Layer = { path: string; methods: string[] };
    const router = (cms.strapi.server as unknown as { router: { stack: Layer[]; match(path: string, method: string): { pathAndMethod: Layer[] } } }).router;
    const isApiRoute = (layer: Layer) => layer.methods.includes('GET') && layer.path.startsWith('/api/');
    const templates = [...new Set(router.stack.filter(isApiRoute).map((layer) => layer.path))];
    expect(templates).toEqual(expect.arrayContaining(['/api/articles', '/api/articles/:id', '/api/role-models/:id', '/api/homepage', '/api/site-setting']));

    let routedSpellings = 0;
    for (const template of templates) {
      const collection = template.split('/')[2]!;
      const path = template
        .replace(':id', draftOnly.get(collection) ?? 'x')
        .replace(/:\w+/g, 'local')
        .replace('(.*)', 'x');
      for (const spelling of spellings(template, path)) {
        const routed = router.match(spelling, 'GET').pathAndMethod.some(isApiRoute);
        routedSpellings += Number(routed);
        // A spelling the router refuses is tried once; one it accepts, with every selector, and by HEAD too.
        const requests: Array<readonly ['get' | 'head', string]> = routed
          ? [...draftSelectors.map((selector) => ['get', selector] as const), ['head', draftSelectors[0]!]]
          : [['get', draftSelectors[0]!]];
        for (const [method, selector] of requests) {
          const response = await cms.http()[method](`${spelling}?${selector}`);
          const where = `${method.toUpperCase()} ${spelling}?${selector} (${routed ? 'routed' : 'not routed'})`;
          if (routed) expect(response.status, where).toBe(400);
          else expect(response.status, where).toBeGreaterThanOrEqual(400);
          const body = JSON.stringify(response.body ?? '') + (response.text ?? '');
          for (const marker of draftMarkers) expect(body, where).not.toContain(marker);
        }
      }
    }
    // The router does accept other spellings (case, trailing slash): the loop above tried them.
    expect(routedSpellings).toBeGreaterThan(templates.length * 4);
  });

  it('an unpublished edit of a published entry stays private until it is published', async () => {
    const [article] = await list('articles', { filters: { slug: { $eq: '2025-jianduiri' } } });
    await cms.strapi.documents('api::article.article').update({
      documentId: article!.documentId,
      data: { title: '未审核的修改' },
      status: 'draft',
    } as never);
    const after = await cms.http().get(`/api/articles/${article!.documentId}`);
    expect(after.body.data.title).toBe(article!.title);
    expect(JSON.stringify(await list('articles'))).not.toContain('未审核的修改');
  });

  it('relations never lead to drafts: the draft school, role model and award stay hidden behind published entries', async () => {
    const everything = JSON.stringify([
      await list('awards', { populate: { recipients: { populate: { school: true, roleModel: true } } } }),
      await list('schools', { populate: { articles: true, roleModels: true, lessons: true } }),
      await list('tags', { populate: { articles: true, lessons: true } }),
    ]);
    for (const [, slug] of draftSlugs) expect(everything).not.toContain(`"${slug}"`);
    expect(everything).not.toContain('李小满');
  });
});

describe('private data is never public', () => {
  it('populate=* returns neither guardian consent nor admin users', async () => {
    for (const collection of ['role-models', 'articles', 'awards', 'lessons', 'schools']) {
      const text = JSON.stringify(await list(collection, { populate: '*' }));
      expect(text).not.toMatch(/guardianConsent|guardianName|consentedOn|createdBy|updatedBy|admin@/);
    }
    const consentNames = contentFiles('role-models').flatMap((r) => (r.guardianConsent ? [(r.guardianConsent as Entry).guardianName] : []));
    const all = JSON.stringify(await list('role-models', { populate: '*' }));
    for (const guardian of consentNames) expect(all).not.toContain(guardian);
  });

  it.each([
    ['filter on consent', { filters: { guardianConsent: { guardianName: { $eq: '林海燕' } } } }],
    ['filter on consent expiry', { filters: { guardianConsent: { expiresOn: { $gt: '2000-01-01' } } } }],
    ['populate consent', { populate: { guardianConsent: true } }],
    ['select consent', { fields: ['guardianConsent'] }],
    ['filter on the creator', { filters: { createdBy: { email: { $contains: 'admin' } } } }],
    ['populate the creator', { populate: { createdBy: true } }],
    ['sort on consent', { sort: 'guardianConsent.expiresOn' }],
  ])('%s is refused', async (_name, query) => {
    const response = await cms.http().get('/api/role-models').query(query);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain('林海燕');
  });

  it('the public role can read and nothing else', async () => {
    expect(
      (
        await cms
          .http()
          .post('/api/articles')
          .send({ data: { title: 'x' } })
      ).status,
    ).toBe(403);
    const [article] = await list('articles', { fields: ['slug'] });
    expect((await cms.http().delete(`/api/articles/${article!.documentId}`)).status).toBe(403);
    expect((await cms.http().get('/api/upload/files')).status).toBe(403);
    expect((await cms.http().get('/api/users')).status).toBe(403);
    expect((await cms.http().get('/api/privacy-logs')).status).toBe(403);
    const register = await cms.http().post('/api/auth/local/register').send({ username: 'x', email: 'x@example.com', password: 'Abcdef123' });
    expect([400, 403]).toContain(register.status);
    expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });
});

describe('roles', () => {
  it('the Public role holds exactly find/findOne on the public types and their versions, restored at start-up', async () => {
    const { syncPublicPermissions } = await import('../src/plugins/pioneers/server/bootstrap/public-permissions');
    const publicRole = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions = cms.strapi.db.query('plugin::users-permissions.permission');
    await permissions.create({ data: { action: 'plugin::upload.content-api.find', role: publicRole.id } });
    await permissions.create({ data: { action: 'api::article.article.create', role: publicRole.id } });
    await syncPublicPermissions(cms.strapi);

    const actions = (await permissions.findMany({ where: { role: publicRole.id } })).map((p: Entry) => p.action).sort();
    expect(actions).toEqual(
      ['school', 'category', 'tag', 'article', 'role-model', 'award', 'lesson']
        .flatMap((name) => [`api::${name}.${name}.find`, `api::${name}.${name}.findOne`])
        .concat(['api::homepage.homepage.find', 'api::site-setting.site-setting.find', 'plugin::pioneers.content-version.find'])
        .sort(),
    );
  });
});

describe('browsers', () => {
  it('only the site origin may read the API cross-origin', async () => {
    const allowed = await cms.http().get('/api/articles').set('Origin', 'http://localhost:4321');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:4321');
    const other = await cms.http().get('/api/articles').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('the CMS sends security headers', async () => {
    const response = await cms.http().get('/api/articles');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('how pupils are named in award lists', () => {
  const setDisplay = async (minorNameDisplay: 'full' | 'masked') => {
    const settings = await cms.strapi.documents('api::site-setting.site-setting').findFirst({ status: 'draft' } as never);
    await cms.strapi
      .documents('api::site-setting.site-setting')
      .update({ documentId: settings!.documentId, data: { minorNameDisplay }, status: 'published' } as never);
  };
  const names = async () => {
    const awards = await list('awards', { populate: { recipients: true } });
    return awards.flatMap((award) => award.recipients.map((r: Entry) => `${r.recipientKind}:${r.name}`));
  };

  it('are shown in full by default, and masked (张*明) when the site setting says so', async () => {
    expect(await names()).toContain('pupil:林思源');
    await setDisplay('masked');
    try {
      const masked = await names();
      expect(masked).toContain('pupil:林*源');
      expect(masked).not.toContain('pupil:林思源');
      expect(masked).toContain('counselor:刘春梅');
      expect(masked).toContain('collective:实验小学五年级(2)中队');
      const onlyNames = await list('awards', { populate: { recipients: { fields: ['name'] } } });
      expect(JSON.stringify(onlyNames)).not.toContain('林思源');
    } finally {
      await setDisplay('full');
    }
  });
});
