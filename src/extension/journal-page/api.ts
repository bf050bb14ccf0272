// What the journal page asks of the background, behind one interface (tests pass a fake).
import browser from 'webextension-polyfill';
import type { Message, ToBackground } from '../shared/messages.ts';

export type Api = <K extends keyof ToBackground>(msg: Message<ToBackground, K>) => Promise<ToBackground[K]['result']>;

export const browserApi: Api = (msg) => browser.runtime.sendMessage(msg) as never;
