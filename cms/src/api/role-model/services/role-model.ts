import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::role-model.role-model');
