import { createContext } from 'preact';
import { makeT, type T } from '../i18n/t';

/** Within one island: its strings and language (islands themselves share state through models). */
export const Locale = createContext<{ t: T; lang: string }>({ t: makeT({}), lang: 'en' });
