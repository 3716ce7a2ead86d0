import { useEffect, useRef } from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, useFetchClient, useForm } from '@strapi/strapi/admin';

interface Attribute {
  type: string;
  targetField?: string;
}

/**
 * While a new entry's slug is empty or still the one proposed for its title, it follows the title
 * as the editor types (the server writes it in pinyin, cms/src/extensions/content-manager). Strapi
 * proposes a slug only once, from whatever the title was at that moment: with a Chinese input
 * method that is the first phrase committed. A slug the editor changed by hand, and the slug of an
 * entry already saved, are left alone.
 *
 * Registered as an edit-view side panel because that is where a component runs inside the form;
 * it shows nothing.
 */
export function SlugFollowsTitle({ documentId }: { documentId?: string }) {
  // The context's own isCreatingEntry is never true in Strapi 5.54; a new entry has no id yet.
  const { model, contentType } = useContentManagerContext();
  const [field, attribute] =
    Object.entries((contentType?.attributes ?? {}) as Record<string, Attribute>).find(([, a]) => a.type === 'uid' && a.targetField) ?? [];
  const values = useForm('SlugFollowsTitle', (state) => state.values) as Record<string, unknown>;
  const onChange = useForm('SlugFollowsTitle', (state) => state.onChange);
  const title = attribute?.targetField ? values[attribute.targetField] : undefined;
  const slug = field ? values[field] : undefined;
  const proposed = useRef<unknown>(undefined);
  const { post } = useFetchClient();

  // Only a change of the title proposes again: the slug changing (by this very proposal) or a new
  // identity of post/onChange must neither re-request nor restart the debounce.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the other values are read as they are when the title changes.
  useEffect(() => {
    if (documentId || !field || !attribute?.targetField || typeof title !== 'string') return;
    if (slug && slug !== proposed.current) return;
    const timer = setTimeout(async () => {
      const { data } = await post<{ data: string }>('/content-manager/uid/generate', {
        contentTypeUID: model,
        field,
        data: { [attribute.targetField!]: title },
      });
      proposed.current = data.data;
      onChange(field, data.data);
    }, 300);
    return () => clearTimeout(timer);
  }, [title]);

  return null;
}
