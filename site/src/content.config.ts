export { collections } from './cms/generated/collections';
