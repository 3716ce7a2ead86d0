/** Links from editors are kept only when they are http(s) or mailto; anything else renders as text. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed, 'https://relative.invalid');
    if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return undefined;
    return trimmed;
  } catch {
    return undefined;
  }
}
