/**
 * A synthetic district for `pnpm bench --scale 10k`: the seed content plus generated entries in
 * the seed's own file format (cloned from the published seed entries, with fictional names), so
 * they are imported exactly like the seed, through Strapi's Document Service.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, published, type ContentFile } from './content-files';

/** `seed`, or a page count such as `10k` or `2500`. */
export function parseScale(scale: string): number {
  if (scale === 'seed') return 0;
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(scale);
  if (!match) throw new Error(`unknown scale "${scale}": use "seed", or a page count such as 10k`);
  return Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
}

/**
 * How many entries of each kind give about `pages` built pages: news dominates, as in the
 * district's own output; listing pages (news, categories, tags: 12 per page) add about a sixth.
 */
export function entryCounts(pages: number) {
  return {
    schools: Math.max(1, Math.round(pages * 0.02)),
    articles: Math.round(pages * 0.55),
    roleModels: Math.round(pages * 0.17),
    awards: Math.round(pages * 0.06),
    lessons: Math.round(pages * 0.03),
  };
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
const GIVEN = '子涵雨桐欣怡梓萱思源一鸣浩然宇轩俊杰嘉怡诗涵晨曦星辰明轩沐阳若曦语桐佳琪文博天佑书瑶安然可馨昊天';
/** A fictional two- or three-character name, different for each index. */
function fictionalName(index: number): string {
  const surname = SURNAMES[index % SURNAMES.length]!;
  const first = GIVEN[Math.floor(index / SURNAMES.length) % GIVEN.length]!;
  const second = GIVEN[Math.floor(index / (SURNAMES.length * GIVEN.length)) % GIVEN.length]!;
  return index % 3 === 0 ? `${surname}${first}` : `${surname}${first}${second}`;
}

const pick = <T>(items: T[], index: number): T => items[index % items.length]!;
const day = (index: number) => new Date(Date.UTC(2019, 0, 1) + (index % 2900) * 86_400_000).toISOString().slice(0, 10);

/** Writes the seed plus generated entries for about `pages` pages into `target`. */
export function writeSyntheticContent(target: string, pages: number): Record<string, number> {
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    const from = path.join(contentDir, entry.name);
    if (entry.name === 'media') symlinkSync(from, path.join(target, 'media'));
    else cpSync(from, path.join(target, entry.name), { recursive: true });
  }
  const counts = entryCounts(pages);
  const write = (folder: string, entry: ContentFile) => {
    mkdirSync(path.join(target, folder), { recursive: true });
    writeFileSync(path.join(target, folder, `${entry.slug}.json`), JSON.stringify(entry));
  };

  const schoolTemplates = published('schools');
  const schools = schoolTemplates.map((school) => school.slug);
  for (let i = 0; i < counts.schools; i += 1) {
    const template = pick(schoolTemplates, i);
    const slug = `school-${i}`;
    write('schools', { ...template, slug, name: `河洛区第${i + 1}示范学校`, intro: `${template.intro ?? ''}（示例学校 ${i + 1}）` });
    schools.push(slug);
  }

  const roleModelTemplates = published('role-models');
  const roleModels: Array<{ slug: string; name: string; kind: string; school: string; unit?: string }> = [];
  for (let i = 0; i < counts.roleModels; i += 1) {
    const template = pick(roleModelTemplates, i);
    const entry = {
      ...template,
      slug: `${template.slug}-${i}`,
      name: template.kind === 'collective' ? `${template.name}（${i}）` : fictionalName(i),
      school: pick(schools, i * 7),
    };
    write('role-models', entry);
    roleModels.push(entry as (typeof roleModels)[number]);
  }

  const articleTemplates = published('articles');
  for (let i = 0; i < counts.articles; i += 1) {
    const template = pick(articleTemplates, i);
    write('articles', {
      ...template,
      slug: `${template.slug}-${i}`,
      title: `${template.title}（${i + 1}）`,
      publishedOn: day(i),
      school: pick(schools, i * 3),
    });
  }

  const awardTemplates = published('awards');
  for (let i = 0; i < counts.awards; i += 1) {
    const template = pick(awardTemplates, i);
    // Large lists, as district-wide honors are: 40 recipients, every fourth with a profile.
    const recipients = Array.from({ length: 40 }, (_, r) => {
      const profile = pick(roleModels, i * 40 + r);
      const linked = r % 4 === 0 && profile.kind === template.recipients[0].recipientKind;
      return {
        name: linked ? profile.name : fictionalName(i * 40 + r + 7),
        recipientKind: template.recipients[0].recipientKind,
        school: linked ? profile.school : pick(schools, i + r),
        unit: pick(['三年级(1)中队', '四年级(2)中队', '五年级(3)中队', '大队部', '六年级(1)中队'], r),
        ...(linked ? { roleModel: profile.slug } : {}),
      };
    });
    const year = 2019 + (i % 8);
    write('awards', {
      ...template,
      slug: `${template.slug}-${i}`,
      title: `${template.title}（第${i + 1}批）`,
      year,
      announcedOn: `${year}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      recipients,
    });
  }

  const lessonTemplates = published('lessons');
  for (let i = 0; i < counts.lessons; i += 1) {
    const template = pick(lessonTemplates, i);
    write('lessons', {
      ...template,
      slug: `${template.slug}-${i}`,
      title: `${template.title}（${i + 1}）`,
      school: pick(schools, i * 5),
      counselor: { name: fictionalName(i + 3) },
    });
  }
  return counts;
}
