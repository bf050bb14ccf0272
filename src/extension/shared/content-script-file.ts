// The built content script's file name, for browser.scripting (crxjs emits it for `?script&iife`).
// IIFE: one self-contained file, so no extension file has to be web-accessible to pages.
import file from '../content/content-script.ts?script&iife';

export const CONTENT_SCRIPT_FILE: string = file;
