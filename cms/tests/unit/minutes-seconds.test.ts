import { describe, expect, it } from 'vitest';
import { fromMinutesSeconds, toMinutesSeconds } from '../../src/plugins/pioneers/admin/minutes-seconds';

describe('分:秒 for times in a video', () => {
  it('reads back every time it shows', () => {
    for (const seconds of [0, 5, 59, 60, 90, 599, 3600, 5399]) expect(fromMinutesSeconds(toMinutesSeconds(seconds))).toBe(seconds);
    expect(toMinutesSeconds(90)).toBe('1:30');
    expect(toMinutesSeconds(3725)).toBe('62:05');
  });

  it('takes a full-width colon and spaces, empty as no time, and refuses the rest', () => {
    expect(fromMinutesSeconds(' 2：05 ')).toBe(125);
    expect(fromMinutesSeconds('')).toBeNull();
    for (const text of ['90', '1:5', '1:60', '1:30:00', '-1:00', 'a:bc', '1.30']) expect(fromMinutesSeconds(text)).toBeUndefined();
  });
});
