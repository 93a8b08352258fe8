import { Router, type Request, type Response } from 'express';
import { importLogs, removeImport, splitSettingList, updateTopics, type FileResult, type TopicUpdate } from '../../app/index.js';
import { InvalidInputError } from '../../errors.js';
import { FORMAT_IDS } from '../../ingest/index.js';
import { openDatabase } from '../../store/database.js';
import { getSetting, SETTING } from '../../store/settings.js';
import { findImport, listImports } from '../../store/sources.js';
import { actorOf, hasFormToken, requireRole } from '../auth.js';
import type { RouteContext } from '../context.js';
import { errorText } from '../error-text.js';
import { setFlash } from '../flash.js';
import { field, idFrom } from '../form.js';
import { textsOf, timeZoneOf } from '../page-locale.js';
import { receiveUpload, unpackUploadedLogs, UploadRefused } from '../upload/index.js';
import { askToConfirm } from '../confirm.js';

export interface ImportLimits {
  /** All uploaded files together. */
  maxUploadBytes: number;
  maxFiles: number;
}

/** A zipped export may unpack to this many times the upload limit. */
const UNPACK_FACTOR = 10;

function megabytes(res: Response, bytes: number): string {
  return textsOf(res).formatNumber(bytes / 2 ** 20, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 });
}

/** A file's result in the user's words. */
function describeResult(res: Response, result: FileResult): string {
  const t = textsOf(res).t;
  switch (result.outcome) {
    case 'imported':
      return [t('import.result.imported', { count: result.questions }), result.warning].filter(Boolean).join(' ');
    case 'unchanged':
      return t('import.result.duplicate');
    case 'skipped':
      return t('import.result.skipped');
    case 'rejected':
      return t('import.result.rejected', { reason: result.reason ?? '' });
  }
}

/**
 * The import page: upload logs, update topics, list and remove imports. `upload` reads a
 * multipart form, which the app's form-token check cannot see into, so it is mounted before
 * that check and verifies the token itself; `pages` goes behind it.
 */
export function importRoutes(context: RouteContext, limits: ImportLimits): { upload: Router; pages: Router } {
  const { db, views } = context;
  const upload = Router();
  const router = Router();
  // One upload at a time: two imports would take turns at the write lock with the editors' saves.
  let importing = false;

  const renderPage = (req: Request, res: Response, extra: Record<string, unknown> = {}, status = 200) => {
    const t = textsOf(res).t;
    views.render(
      req,
      res,
      'import',
      {
        title: t('import.title'),
        limit: megabytes(res, limits.maxUploadBytes),
        formats: FORMAT_IDS,
        imports: listImports(db),
        ...extra,
      },
      status,
    );
  };

  router.get('/import', (req, res) => renderPage(req, res));

  upload.post('/import', async (req, res) => {
    const t = textsOf(res).t;
    if (importing) {
      renderPage(req, res, { uploadError: t('import.busy') }, 409);
      return;
    }
    importing = true;
    try {
      const files = await receiveUpload(req, { maxBytes: limits.maxUploadBytes, maxFiles: limits.maxFiles }, (token) => hasFormToken(res, token));
      try {
        const paths = await unpackUploadedLogs(files, limits.maxUploadBytes * UNPACK_FACTOR);
        if (paths.length === 0) {
          renderPage(req, res, { uploadError: t('import.error.noFiles') }, 400);
          return;
        }
        // Its own connection, as the CLI's import has: a file's transaction stays open across
        // awaits, and other requests' writes must not land inside it (they wait for it instead).
        const importDb = openDatabase(db.name);
        const results = await importLogs(importDb, {
          paths,
          actor: actorOf(res),
          pathsRelativeTo: files.folder,
          shop: splitSettingList(getSetting(db, SETTING.importShop)),
          timezone: timeZoneOf(res),
        }).finally(() => importDb.close());
        renderPage(req, res, {
          results: results.map((result) => ({ ...result, text: describeResult(res, result) })),
          imported: results.some((result) => result.outcome === 'imported'),
        });
      } finally {
        await files.discard();
      }
    } catch (error) {
      if (error instanceof UploadRefused && error.reason === 'tooLarge') {
        renderPage(req, res, { uploadError: t('import.error.tooLarge', { limit: megabytes(res, limits.maxUploadBytes) }) }, 413);
      } else if (error instanceof UploadRefused && error.reason === 'tooManyFiles') {
        renderPage(req, res, { uploadError: t('import.error.tooManyFiles', { count: limits.maxFiles }) }, 413);
      } else if (error instanceof InvalidInputError) {
        renderPage(req, res, { uploadError: errorText(error, textsOf(res), context.log) }, 400);
      } else {
        throw error;
      }
    } finally {
      importing = false;
    }
  });

  router.post('/import/topics', (req, res) => {
    const mode: TopicUpdate = field(req, 'mode') === 'full' ? 'full' : 'incremental';
    const t = textsOf(res).t;
    if (mode === 'full' && field(req, 'confirm') !== 'yes') {
      askToConfirm(views, req, res, {
        label: t('import.updateTopics.full'),
        question: t('import.updateTopics.full.confirm'),
        action: '/import/topics',
        fields: [{ name: 'mode', value: 'full' }],
        cancelHref: '/import',
      });
      return;
    }
    updateTopics(db, { mode, actor: actorOf(res) });
    setFlash(req, res, 'ok', t('import.updateTopics.done'));
    res.redirect(303, '/topics');
  });

  router.post('/import/:id/remove', requireRole('editor', 'admin'), (req, res) => {
    const importId = idFrom(req.params.id, 404);
    const t = textsOf(res).t;
    if (field(req, 'confirm') !== 'yes') {
      const found = findImport(db, importId);
      askToConfirm(views, req, res, {
        label: t('import.remove'),
        question: t('import.remove.confirm', { file: found?.path ?? String(importId) }),
        action: `/import/${importId}/remove`,
        cancelHref: '/import',
        danger: true,
      });
      return;
    }
    const removed = removeImport(db, { importId, actor: actorOf(res) });
    setFlash(req, res, 'ok', t('import.removed', { file: removed.file }));
    res.redirect(303, '/import');
  });

  return { upload, pages: router };
}
