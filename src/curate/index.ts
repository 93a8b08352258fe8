export { createEditorApp, type EditorAppOptions } from './app.js';
