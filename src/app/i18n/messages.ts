// The shared catalogue's types. The strings themselves are in messages.<locale>.ts, one module per language,
// so that a reader downloads only their own language (see ../catalogue.ts).
export type { Messages } from './messages.en.ts';
export type Locale = 'en' | 'zh-CN';
