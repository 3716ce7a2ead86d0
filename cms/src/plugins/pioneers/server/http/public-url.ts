/**
 * Whether the CMS is reached over HTTPS (PUBLIC_URL). It never terminates TLS itself, so that
 * means a proxy in front of it does: config/server.ts trusts the proxy's X-Forwarded-* headers
 * and config/admin.ts marks the admin's cookies Secure.
 */
export const servedOverHttps = (publicUrl: string | undefined) => Boolean(publicUrl?.startsWith('https://'));
