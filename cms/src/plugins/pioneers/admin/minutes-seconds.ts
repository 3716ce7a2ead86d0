/** Times in a video, stored as seconds, typed and shown as 分:秒. */

/** Seconds as 分:秒, e.g. 90 → "1:30". */
export const toMinutesSeconds = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** "1:30" → 90; "" → null; anything else → undefined. */
export function fromMinutesSeconds(text: string): number | null | undefined {
  const trimmed = text.trim().replace('：', ':');
  if (trimmed === '') return null;
  const match = /^(\d+):([0-5]\d)$/.exec(trimmed);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}
