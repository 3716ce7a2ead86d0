import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::role-model.role-model');
