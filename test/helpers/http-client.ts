import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** A tiny browser for HTTP tests: keeps cookies, never follows redirects so tests can see them. */
export class Client {
  readonly cookies = new Map<string, string>();
  /** `defaults` go with every request (an Accept-Language, for one). */
  constructor(
    private readonly base: string,
    private readonly defaults: Record<string, string> = {},
  ) {}

  async request(
    path: string,
    form?: Record<string, string | string[]>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; location: string | null; html: string; headers: Headers }> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form ?? {})) for (const item of [value].flat()) body.append(key, item);
    const response = await fetch(this.base + path, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...this.defaults,
        ...headers,
      },
      body: form ? body : undefined,
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name!);
      else this.cookies.set(name!, value.join('='));
    }
    return { status: response.status, location: response.headers.get('location'), html: await response.text(), headers: response.headers };
  }

  /** A multipart upload of real files, the form token first as the import page's form sends it. */
  async upload(path: string, csrf: string, files: readonly string[]): Promise<{ status: number; html: string }> {
    const body = new FormData();
    body.append('_csrf', csrf);
    for (const file of files) body.append('files', new Blob([readFileSync(file)]), basename(file));
    const response = await fetch(this.base + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      body,
    });
    return { status: response.status, html: await response.text() };
  }

  /** The hidden `_csrf` value of the page's first form. */
  static csrfOf(html: string): string {
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match) throw new Error('no CSRF token on the page');
    return match[1]!;
  }

  async logIn(name: string, password: string, headers: Record<string, string> = {}) {
    const page = await this.request('/login', undefined, headers);
    return this.request('/login', { _csrf: Client.csrfOf(page.html), name, password, next: '/topics' }, headers);
  }

  /** Follows a redirect after a form and returns the page it leads to. */
  async follow(response: { location: string | null }) {
    if (!response.location) throw new Error('the form did not redirect');
    return this.request(response.location);
  }
}
