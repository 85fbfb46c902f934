/**
 * @hallq/ui — shared React pieces for the three screens: i18n (zh-CN first),
 * site-time formatting, the connection badge, text that shrinks to fit its
 * box, pinyin search of catalogue lists, the voice a screen speaks with, the theme. Presentational only:
 * no sockets, no Node, no Electron. Import the theme with `@hallq/ui/theme.css`.
 */
export { I18nProvider, LangToggle, useI18n, useT, type Dictionary, type Lang } from './i18n';
export { DEFAULT_TIME_ZONE, formatDate, formatDuration, formatTime, formatWeekday } from './time';
export { ConnectionBadge } from './connection-badge';
export { useNow } from './use-now';
export { FIT_MIN_PX, FitText, fitElement, fitSize, overflows, type FitTextProps } from './fit-text';
export {
  loadPinyin,
  matchText,
  normalizeQuery,
  pinyinSearch,
  type FieldKind,
  type Pinyin,
  type PinyinMatch,
  type SearchField,
  type SearchHit,
} from './pinyin-search';
export { usePinyin } from './use-pinyin';
export {
  chooseVoice,
  findZhVoice,
  serverTtsWorks,
  waitForVoices,
  type VoiceChoice,
  type VoiceSource,
} from './voice-source';
export {
  guardMs,
  serverTtsOutput,
  webSpeechOutput,
  type AudioLike,
  type VoiceOutput,
  type WebSpeechDeps,
} from './voice-outputs';
export { createPromptSpeaker, ttsText } from './prompt-voice';
export { SignInForm, type SignInFormProps, type SignInPart } from './sign-in-form';
