import { readDraft, type Draft } from './draft.js';
import { DraftStoreError, type DraftStore } from './draft-store.js';

/** `fetch`, or the host's own wrapper of it (authentication, tracing). */
export type DraftFetch = (input: string, init?: RequestInit) => Promise<Response>;

/** What `HttpDraftStore` needs to know. */
export interface HttpDraftStoreOptions {
  /** The host's draft endpoint, e.g. `/selvbetjening/kladder`; a draft lives at `{baseUrl}/{key}`. */
  baseUrl: string;
  /** Headers on every request (a CSRF token …). */
  headers?: Readonly<Record<string, string>>;
  /** How long a request may take before it counts as failed (default 10 seconds). */
  timeoutMs?: number;
  /** The fetch to use (default the page's). */
  fetch?: DraftFetch;
}

/** The multipart field that holds the draft as JSON when files travel with it. */
export const DRAFT_PART = 'draft';

/** A file's place in the JSON of a multipart draft: the name of the part that holds it. */
interface FileReference {
  readonly file: string;
}

/** The draft as JSON, with each file replaced by a reference to its part; and the files by part name. */
function splitFiles(draft: Draft): { json: unknown; files: Map<string, File> } {
  const files = new Map<string, File>();
  const place = (file: File): FileReference => {
    const part = `file-${files.size}`;
    files.set(part, file);
    return { file: part };
  };
  const values: Record<string, unknown> = {};
  for (const [name, state] of Object.entries(draft.values)) {
    if (state instanceof File) values[name] = place(state);
    else if (typeof state === 'string') values[name] = state;
    else
      values[name] = {
        entries: state.entries.map(([entry, value]) => [entry, value instanceof File ? place(value) : value]),
      };
  }
  return { json: { ...draft, values }, files };
}

function isFileReference(value: unknown): value is FileReference {
  return (
    typeof value === 'object' && value !== null && typeof (value as { file?: unknown }).file === 'string'
  );
}

/** The draft JSON of a multipart answer with its files put back. */
function joinFiles(json: unknown, parts: FormData): unknown {
  if (typeof json !== 'object' || json === null) return json;
  const draft = json as { values?: Record<string, unknown> };
  const fileOf = (reference: FileReference) => {
    const part = parts.get(reference.file);
    return part instanceof File ? part : null;
  };
  const values: Record<string, unknown> = {};
  for (const [name, state] of Object.entries(draft.values ?? {})) {
    if (isFileReference(state)) values[name] = fileOf(state);
    else if (
      typeof state === 'object' &&
      state !== null &&
      Array.isArray((state as { entries?: unknown }).entries)
    ) {
      const entries = (state as { entries: unknown[] }).entries.map((entry) =>
        Array.isArray(entry) && isFileReference(entry[1]) ? [entry[0], fileOf(entry[1])] : entry,
      );
      values[name] = { entries };
    } else values[name] = state;
  }
  return { ...draft, values };
}

/**
 * Drafts on the host's own server (REQUIREMENTS §3.6): the server may keep everything, the CPR number
 * too (`inBrowser` is false), under the session it already has. The protocol, for the host's endpoint:
 *
 * - `GET {baseUrl}/{key}`: `200` with the draft as `application/json`, or as `multipart/form-data`
 *   with the JSON in the part `draft` and each file in its own part (the JSON refers to a file as
 *   `{ "file": "<part name>" }`); `204` (or `404`) when there is none. `204` keeps the browser's
 *   console quiet: it logs every 404 as a failed resource.
 * - `PUT {baseUrl}/{key}`: the draft, in the same two shapes (multipart only when it holds files);
 *   any `2xx` answer.
 * - `DELETE {baseUrl}/{key}`: any `2xx` or `404`.
 *
 * The draft JSON is `{ schema, savedAt, step, values }` (see `Draft`). Failures: no connection is
 * `offline`, a `4xx`/`5xx` answer `server`, no answer within `timeoutMs` `timeout`.
 */
export class HttpDraftStore implements DraftStore {
  readonly inBrowser = false;
  readonly #options: HttpDraftStoreOptions;

  constructor(options: HttpDraftStoreOptions) {
    this.#options = options;
  }

  async load(key: string): Promise<Draft | null> {
    const response = await this.#request(key, {
      method: 'GET',
      headers: { accept: 'application/json, multipart/form-data' },
    });
    if (response.status === 404 || response.status === 204) return null;
    const type = response.headers.get('content-type') ?? '';
    try {
      if (type.startsWith('multipart/form-data')) {
        const parts = await response.formData();
        const json = parts.get(DRAFT_PART);
        return readDraft(joinFiles(typeof json === 'string' ? JSON.parse(json) : null, parts));
      }
      return readDraft(await response.json());
    } catch {
      throw new DraftStoreError('server', 'The draft endpoint answered something that is not a draft');
    }
  }

  async save(key: string, draft: Draft): Promise<void> {
    const { json, files } = splitFiles(draft);
    if (files.size === 0) {
      await this.#request(key, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(json),
      });
      return;
    }
    const body = new FormData();
    body.append(DRAFT_PART, JSON.stringify(json));
    for (const [part, file] of files) body.append(part, file, file.name);
    await this.#request(key, { method: 'PUT', body });
  }

  async clear(key: string): Promise<void> {
    await this.#request(key, { method: 'DELETE' });
  }

  async #request(key: string, init: RequestInit): Promise<Response> {
    const { baseUrl, headers = {}, timeoutMs = 10_000 } = this.#options;
    const fetchDraft = this.#options.fetch ?? ((input, options) => fetch(input, options));
    const url = `${baseUrl.replace(/\/+$/u, '')}/${encodeURIComponent(key)}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await fetchDraft(url, {
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string> | undefined) },
        signal: controller.signal,
        credentials: 'same-origin',
      });
    } catch {
      throw new DraftStoreError(controller.signal.aborted ? 'timeout' : 'offline');
    } finally {
      clearTimeout(timer);
    }
    if (response.ok || response.status === 404) return response;
    throw new DraftStoreError('server', `The draft endpoint answered ${response.status}`);
  }
}
