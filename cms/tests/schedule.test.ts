import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runArticleSchedule } from '../src/api/article/schedule';
import { ADMIN, scheduledTasks, startCms, type TestCms } from './helpers/strapi';

const ARTICLE = 'api::article.article';
let cms: TestCms;
/** The super admin, who may always publish: whoever set the schedules below unless a test says otherwise. */
let scheduledBy: number;

beforeAll(async () => {
  cms = await startCms();
  scheduledBy = (await cms.strapi.db.query('admin::user').findOne({ where: { email: ADMIN.email } })).id;
});
afterAll(() => cms?.stop());

const body = [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }];
const draft = (slug: string, extra: Record<string, unknown>) =>
  cms.strapi.documents(ARTICLE).create({ data: { title: slug, slug, summary: '摘要', publishedOn: '2026-11-28', body, scheduledBy, ...extra } } as never);
const published = async (documentId: string) => Boolean(await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' }));

describe('scheduled publishing', () => {
  it('publishes articles whose time has come, and only those', async () => {
    const now = new Date('2026-12-01T08:00:00Z');
    const due = await draft('due', { publishAt: '2026-12-01T07:59:00Z' });
    const later = await draft('later', { publishAt: '2026-12-01T09:00:00Z' });
    const manual = await draft('manual', {});

    expect(await runArticleSchedule(cms.strapi, now)).toEqual({ published: ['due'], unpublished: [], refused: [] });
    expect(await published(due.documentId)).toBe(true);
    expect(await published(later.documentId)).toBe(false);
    expect(await published(manual.documentId)).toBe(false);
    expect((await cms.strapi.documents(ARTICLE).findOne({ documentId: due.documentId, status: 'published' }))!.publishAt).toBeNull();

    // Carried out once: unpublishing by hand afterwards sticks.
    await cms.strapi.documents(ARTICLE).unpublish({ documentId: due.documentId });
    expect(await runArticleSchedule(cms.strapi, now)).toEqual({ published: [], unpublished: [], refused: [] });
    expect(await published(due.documentId)).toBe(false);
  });

  it('unpublishes articles whose end has come', async () => {
    const notice = await cms.strapi.documents(ARTICLE).create({
      data: { title: 'notice', slug: 'notice', summary: '摘要', publishedOn: '2026-11-28', body, unpublishAt: '2026-12-01T08:30:00Z', scheduledBy },
      status: 'published',
    } as never);
    expect(await runArticleSchedule(cms.strapi, new Date('2026-12-01T08:10:00Z'))).toEqual({ published: [], unpublished: [], refused: [] });
    expect(await runArticleSchedule(cms.strapi, new Date('2026-12-01T08:31:00Z'))).toEqual({ published: [], unpublished: ['notice'], refused: [] });
    expect(await published(notice.documentId)).toBe(false);
  });
});

describe('a schedule is carried out only if whoever set it may still publish', () => {
  const editorRole = () => cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  const authorRole = () => cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
  let serial = 0;
  /** A scheduler as they are when the time comes: each variant but the first has lost the right. */
  const SCHEDULERS: Array<[string, () => Promise<number | null>, boolean]> = [
    ['an Editor', async () => editor({ roles: [(await editorRole()).id] }), true],
    ['no one recorded (set outside the admin)', async () => null, false],
    ['a user since deleted', async () => 999_999, false],
    ['an Editor since deactivated', async () => editor({ roles: [(await editorRole()).id], isActive: false }), false],
    ['an Editor since blocked', async () => editor({ roles: [(await editorRole()).id], blocked: true }), false],
    ['an Editor since made an Author', async () => editor({ roles: [(await authorRole()).id] }), false],
    ['a user since left without a role', async () => editor({ roles: [] }), false],
  ];
  async function editor(data: Record<string, unknown>): Promise<number> {
    const user = await cms.strapi.db.query('admin::user').create({
      data: { email: `scheduler-${++serial}@schedule.test`, firstname: 'scheduler', password: 'x', isActive: true, blocked: false, ...data },
    });
    return user.id;
  }

  it.each(SCHEDULERS)('publishing scheduled by %s', async (_who, scheduler, allowed) => {
    const slug = `publish-${++serial}`;
    const { documentId } = await draft(slug, { publishAt: '2026-12-01T07:00:00Z', scheduledBy: await scheduler() });
    const outcome = await runArticleSchedule(cms.strapi, new Date('2026-12-01T08:00:00Z'));
    expect(outcome).toEqual(allowed ? { published: [slug], unpublished: [], refused: [] } : { published: [], unpublished: [], refused: [slug] });
    expect(await published(documentId)).toBe(allowed);
    // Either way the schedule is done with: it does not come back every minute.
    expect((await cms.strapi.db.query(ARTICLE).findMany({ where: { documentId } })).map((row: { publishAt: unknown }) => row.publishAt)).toEqual(
      allowed ? [null, null] : [null],
    );
  });

  it.each(SCHEDULERS)('unpublishing scheduled by %s', async (_who, scheduler, allowed) => {
    const slug = `unpublish-${++serial}`;
    const { documentId } = await cms.strapi.documents(ARTICLE).create({
      data: { title: slug, slug, summary: '摘要', publishedOn: '2026-11-28', body, unpublishAt: '2026-12-01T07:00:00Z', scheduledBy: await scheduler() },
      status: 'published',
    } as never);
    const outcome = await runArticleSchedule(cms.strapi, new Date('2026-12-01T08:00:00Z'));
    expect(outcome).toEqual(allowed ? { published: [], unpublished: [slug], refused: [] } : { published: [], unpublished: [], refused: [slug] });
    expect(await published(documentId)).toBe(!allowed);
    expect(await runArticleSchedule(cms.strapi, new Date('2026-12-01T08:01:00Z'))).toEqual({ published: [], unpublished: [], refused: [] });
  });
});

describe('with CRON_ENABLED=false', () => {
  it('schedules none of the tasks (tests/cron.test.ts: with it, both)', () => {
    expect(scheduledTasks(cms)).toEqual([]);
  });
});
