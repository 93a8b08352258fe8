import type { Request, Response } from 'express';
import type { Views } from './views.js';

/** An action an editor is asked to confirm first: its label titles the page and the button. */
export interface Confirmation {
  /** The action's label ("Remove this import"). */
  label: string;
  question: string;
  /** Where the form posts again, with confirm=yes and `fields`. */
  action: string;
  fields?: { name: string; value: string }[];
  cancelHref: string;
  /** The action cannot be taken back: the button is red. */
  danger?: boolean;
}

/** Renders the confirmation page of an action posted without confirm=yes. */
export function askToConfirm(views: Views, req: Request, res: Response, confirmation: Confirmation): void {
  const { label, fields = [], danger = false, ...rest } = confirmation;
  views.render(req, res, 'confirm-action', { ...rest, title: label, confirmLabel: label, fields, danger });
}
