import type { BuildResult } from '../app/index.js';
import type { Db } from '../store/database.js';
import type { Views } from './views.js';

/** What every route module gets from the app. */
export interface RouteContext {
  db: Db;
  views: Views;
  outDir: string;
  buildNow: (trigger: string) => Promise<BuildResult>;
}
