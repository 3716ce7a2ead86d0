import { defineCollection } from 'astro:content';
import { strapiLoader } from './cms/loader';
import * as schemas from './cms/schemas';

export const collections = {
  schools: defineCollection({ loader: strapiLoader('schools'), schema: schemas.school }),
  categories: defineCollection({ loader: strapiLoader('categories'), schema: schemas.category }),
  tags: defineCollection({ loader: strapiLoader('tags'), schema: schemas.tag }),
  articles: defineCollection({ loader: strapiLoader('articles'), schema: schemas.article }),
  roleModels: defineCollection({ loader: strapiLoader('role-models'), schema: schemas.roleModel }),
  awards: defineCollection({ loader: strapiLoader('awards'), schema: schemas.award }),
  lessons: defineCollection({ loader: strapiLoader('lessons'), schema: schemas.lesson }),
  siteSetting: defineCollection({ loader: strapiLoader('site-setting'), schema: schemas.siteSetting }),
  homepage: defineCollection({ loader: strapiLoader('homepage'), schema: schemas.homepage }),
};
