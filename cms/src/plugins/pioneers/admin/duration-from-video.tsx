import { useEffect } from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, useForm } from '@strapi/strapi/admin';

/** Fields filled from the video beside them: the video field, and the duration field it fills. */
const DURATION_FROM: Readonly<Record<string, { video: string; duration: string }>> = {
  'api::lesson.lesson': { video: 'video', duration: 'durationSeconds' },
};

/**
 * When a lesson is opened or given a video while its 时长 is empty, reads the video's length as the
 * browser's own player does (its metadata only, not the whole file) and fills it in, rounded to
 * the second; the editor can still change it, and emptying it while typing does not refill it. Registered as an edit-view side panel to run inside the form; shows nothing.
 */
export function DurationFromVideo() {
  const { model } = useContentManagerContext();
  const fields = DURATION_FROM[model];
  const values = useForm('DurationFromVideo', (state) => state.values) as Record<string, unknown>;
  const onChange = useForm('DurationFromVideo', (state) => state.onChange);
  const url = fields ? (values[fields.video] as { url?: string } | null | undefined)?.url : undefined;
  const duration = fields ? values[fields.duration] : undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only another video asks again (the duration and onChange are read as they are then).
  useEffect(() => {
    if (!fields || !url || duration != null) return;
    const video = document.createElement('video');
    video.preload = 'metadata';
    video.onloadedmetadata = () => {
      if (Number.isFinite(video.duration) && video.duration > 0) onChange(fields.duration, Math.max(1, Math.round(video.duration)));
    };
    video.src = url;
    return () => {
      video.onloadedmetadata = null;
      video.removeAttribute('src');
      video.load();
    };
  }, [url]);

  return null;
}
