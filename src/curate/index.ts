export { createEditorApp, type EditorAppOptions } from './app.js';
export { FEEDBACK_PATH, VOTES_PER_HOUR } from './routes/site-feedback.js';
