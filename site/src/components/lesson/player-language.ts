/**
 * The player's words in Chinese, whatever the phone's own language (media-chrome follows
 * navigator.language). Imported before media-chrome, whose controls take their accessible names
 * when they are defined.
 */
import { ZhCn } from 'media-chrome/dist/lang/zh-CN.js';
import { addTranslation, setLanguage } from 'media-chrome/dist/utils/i18n.js';

addTranslation('zh-CN', {
  ...ZhCn,
  // A control's accessible name must contain its visible text (WCAG 2.5.3): the rate button shows "1.5x".
  'Playback rate {playbackRate}': '播放速度 {playbackRate}x',
  'closed captions': '字幕',
});
setLanguage('zh-CN');
