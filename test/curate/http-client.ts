import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface Page {
  status: number;
  location: string | null;
  html: string;
}

/** A tiny browser for HTTP tests: keeps cookies, never follows redirects, sends forms and file uploads. */
export class HttpClient {
  private readonly cookies = new Map<string, string>();
  constructor(
    private readonly base: string,
    private readonly acceptLanguage = 'pl-PL,pl;q=0.9',
  ) {}

  private async send(path: string, method: string, body?: URLSearchParams | FormData): Promise<Page> {
    const response = await fetch(this.base + path, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'accept-language': this.acceptLanguage,
        ...(body instanceof URLSearchParams ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name!);
      else this.cookies.set(name!, value.join('='));
    }
    return { status: response.status, location: response.headers.get('location'), html: await response.text() };
  }

  get(path: string): Promise<Page> {
    return this.send(path, 'GET');
  }

  post(path: string, form: Record<string, string | string[]>): Promise<Page> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) for (const item of [value].flat()) body.append(key, item);
    return this.send(path, 'POST', body);
  }

  /** A multipart upload of real files, the form token first as the page's form sends it. */
  upload(path: string, csrf: string, files: readonly string[]): Promise<Page> {
    const body = new FormData();
    body.append('_csrf', csrf);
    for (const file of files) body.append('files', new Blob([readFileSync(file)]), basename(file));
    return this.send(path, 'POST', body);
  }

  /** The hidden `_csrf` value of the page's first form. */
  static csrfOf(html: string): string {
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match) throw new Error('no CSRF token on the page');
    return match[1]!;
  }

  /** Logs in and returns a form token of the session. */
  async logIn(name: string, password: string): Promise<string> {
    const page = await this.get('/login');
    const done = await this.post('/login', { _csrf: HttpClient.csrfOf(page.html), name, password, next: '/import' });
    if (done.status !== 303) throw new Error(`login of ${name} failed with ${done.status}`);
    return HttpClient.csrfOf((await this.get('/import')).html);
  }
}
