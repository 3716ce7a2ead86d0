interface ImportMetaEnv {
  /** Set in the preview server's build (astro.config.mjs), absent in the public site's. */
  readonly PREVIEW_SERVER?: boolean;
}
