/** The content contract for code outside the CMS and the site (the rebuild service, scripts): the registry of types. */
export * from './generated/registry';
