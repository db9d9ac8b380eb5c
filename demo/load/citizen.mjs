// One simulated citizen of the load check: a browser without script. It keeps the cookies the server
// sets (one origin, every cookie sent back on every request, as a browser does for cookies with
// `Path=/`), sends the headers a browser sends with a form (Origin, Sec-Fetch-*), follows redirects
// itself so each hop is timed as a request of its own, and records every request's kind, status and
// time. A citizen stops at its first error, as a real one would be stuck there.
import { readPage } from './html-form.mjs';

/** A request that did not give what a browser would go on with. */
export class StepError extends Error {
  /** @param {string} kind @param {string} message */
  constructor(kind, message) {
    super(`${kind}: ${message}`);
    this.name = 'StepError';
    this.kind = kind;
  }
}

/** What a browser sends with the submission of a form on the page (a navigation by the citizen). */
function formNavigationHeaders(origin) {
  return {
    Origin: origin,
    'Sec-Fetch-Site': 'same-origin',
    'Sec-Fetch-Mode': 'navigate',
    'Sec-Fetch-Dest': 'document',
    'Sec-Fetch-User': '?1',
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * @typedef {object} Timing
 * @property {string} kind what the request was for (`GET /parkering`, `POST /parkering` …)
 * @property {number} status 0 when no answer came
 * @property {number} ms from sending to the last byte of the answer
 */

export class Citizen {
  /**
   * @param {object} options
   * @param {number} options.index which citizen (their answers differ by it)
   * @param {string} options.baseUrl the server
   * @param {AbortSignal} options.signal the run's time limit
   * @param {(timing: Timing) => void} options.record
   */
  constructor({ index, baseUrl, signal, record }) {
    this.index = index;
    this.baseUrl = baseUrl;
    this.origin = new URL(baseUrl).origin;
    this.signal = signal;
    this.record = record;
    /** @type {Map<string, string>} cookie name → value */
    this.cookies = new Map();
    /** What the citizen learnt on the way (the page, the reference …), for the next steps. */
    this.memory = {};
  }

  /** Keeps the cookies of an answer; `Max-Age=0` or an expiry in the past removes one. */
  keepCookies(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const equals = pair.indexOf('=');
      if (equals < 1) continue;
      const name = pair.slice(0, equals).trim();
      const gone = attributes.some((a) => {
        const [key, value = ''] = a.trim().split('=');
        if (key.toLowerCase() === 'max-age') return Number(value) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(value) <= Date.now();
        return false;
      });
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(equals + 1).trim());
    }
  }

  /**
   * One request, timed to the last byte of its answer and recorded; the answer's body as text.
   * @param {string} kind
   * @param {string} url
   * @param {RequestInit} [init]
   */
  async request(kind, url, init = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set('Cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(url, { ...init, headers, redirect: 'manual', signal: this.signal });
      status = response.status;
      const body = await response.text();
      this.keepCookies(response);
      return { status, body, location: response.headers.get('location'), url };
    } catch (error) {
      const reason = this.signal.aborted ? 'the time limit was reached' : String(error?.cause ?? error);
      throw new StepError(kind, reason);
    } finally {
      this.record({ kind, status, ms: performance.now() - started });
    }
  }

  /**
   * Requests `url` and follows redirects with GET (each hop recorded as `followKind`), as a browser does
   * after a form's POST; throws unless the last answer has one of the `expected` statuses.
   */
  async navigate(kind, url, init, { expected = [200], followKind = `GET after ${kind}` } = {}) {
    let answer = await this.request(kind, url, init);
    for (let hops = 0; REDIRECTS.has(answer.status) && answer.location; hops++) {
      if (hops === 5) throw new StepError(kind, 'more than 5 redirects');
      answer = await this.request(followKind, new URL(answer.location, answer.url).href);
    }
    if (!expected.includes(answer.status))
      throw new StepError(kind, `answered ${answer.status}, expected ${expected.join(' or ')}`);
    return answer;
  }

  /** Opens a page (GET, following redirects) and keeps it, parsed, as `memory.page`. */
  async open(path, kind = `GET ${path}`) {
    const answer = await this.navigate(kind, new URL(path, this.baseUrl).href);
    this.memory.page = readPage(answer.body, answer.url);
    return this.memory.page;
  }

  /** Loads every stylesheet and script the open page names, as a browser with an empty cache does. */
  async loadAssets(kind = 'GET asset') {
    await Promise.all(
      this.memory.page.assets().map(async (url) => {
        const { status } = await this.request(kind, url);
        if (status !== 200) throw new StepError(kind, `${new URL(url).pathname} answered ${status}`);
      }),
    );
  }

  /**
   * Submits the open page's form that posts to `action`: its hidden inputs as the server wrote them,
   * then `answers` (`[name, string | Blob, file name?]`), encoded as the form's `enctype` says; follows
   * redirects; keeps the answer page as `memory.page`.
   * @param {string} action
   * @param {(form: NonNullable<ReturnType<ReturnType<typeof readPage>['form']>>) => Array<[string, string | Blob, string?]>} answers
   * @param {{ kind?: string, followKind?: string, expected?: number[], onSend?: () => void }} [options]
   *   `followKind`: how the GET after a redirect is recorded; `onSend`: called just before the form leaves
   */
  async submit(
    action,
    answers,
    { kind = `POST ${action}`, followKind = `GET after ${kind}`, expected = [200], onSend = () => {} } = {},
  ) {
    const form = this.memory.page?.form(action);
    if (!form) throw new StepError(kind, `the page has no form that posts to ${action}`);
    const entries = [...form.hidden, ...answers(form)];
    let body;
    if (form.enctype === 'multipart/form-data') {
      body = new FormData();
      for (const [name, value, fileName] of entries)
        if (typeof value === 'string') body.append(name, value);
        else body.append(name, value, fileName);
    } else {
      if (entries.some(([, value]) => typeof value !== 'string'))
        throw new StepError(kind, 'a file in a form that is not multipart');
      body = new URLSearchParams(entries.map(([name, value]) => [name, value]));
    }
    onSend();
    const answer = await this.navigate(
      kind,
      form.action,
      { method: form.method.toUpperCase(), body, headers: formNavigationHeaders(this.origin) },
      { expected, followKind },
    );
    this.memory.page = readPage(answer.body, answer.url);
    return this.memory.page;
  }
}
