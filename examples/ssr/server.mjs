// A tiny Node server that renders a Borgerform form on the server (`borgerform/ssr`) and lets the
// browser hydrate it (`cdn/borgerform-hydrate.js`), under a strict Content Security Policy. No
// framework: `node:http` only. Run `npm run build`, then `node examples/ssr/server.mjs` (port 8080, or
// PORT). Tested by test/e2e/ssr-example.test.ts; described in docs/server-rendering.md.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { html } from 'lit';
import { renderFragment } from 'borgerform/ssr';

const dist = new URL('../../dist/', import.meta.url);

/** Where the host serves the package's files; the shadow roots link `<STYLES><tag>.css`. */
const ASSETS = '/borgerform/';
const STYLES = `${ASSETS}styles/`;

/** No inline script or style, no `eval`, DOM sinks only through Trusted Types (DESIGN §2.10). */
export const CSP = "default-src 'self'; require-trusted-types-for 'script'";

/** The files the page loads: URL path → file in dist/ and its type. */
const files = new Map([
  [`${ASSETS}borgerform-hydrate.js`, ['cdn/borgerform-hydrate.js', 'text/javascript']],
  [`${ASSETS}borgerform-hydrate.js.map`, ['cdn/borgerform-hydrate.js.map', 'application/json']],
  [`${ASSETS}tokens.css`, ['tokens.css', 'text/css']],
]);

/** The answers a page starts with (a round trip after a server error), and the errors. */
const NO_ANSWERS = { fornavn: '', flyttedato: '', kommune: '', bolig: '', boligAndet: '', samtykke: false };

/**
 * The form: a text field, a date, a list with options, a choice with a follow-up question and a box to tick, with the citizen's answers
 * and the server's errors (`error` attributes; the error summary lists them on the server already).
 */
function movingForm({ lang, answers, errors }) {
  return html`<form method="post" action="/" lang=${lang}>
    <bf-error-summary></bf-error-summary>
    <bf-text-field name="fornavn" label="Fornavn" hint="Som i dit pas" autocomplete="given-name" required
      value=${answers.fornavn} error=${errors.fornavn ?? ''}></bf-text-field>
    <bf-date-input name="flyttedato" label="Flyttedato" hint="Den dag du flytter ind"
      value=${answers.flyttedato} error=${errors.flyttedato ?? ''}></bf-date-input>
    <bf-select name="kommune" label="Kommune" value=${answers.kommune} error=${errors.kommune ?? ''}>
      <bf-option value="0101">København</bf-option>
      <bf-option value="0751">Aarhus</bf-option>
    </bf-select>
    <bf-radio-group name="bolig" label="Hvordan skal du bo?" required value=${answers.bolig}>
      <bf-option value="leje">Til leje</bf-option>
      <bf-option value="andet">Andet</bf-option>
      <bf-text-field slot="conditional-andet" name="bolig-andet" label="Beskriv, hvordan du skal bo" required
        value=${answers.boligAndet}></bf-text-field>
    </bf-radio-group>
    <bf-checkbox name="samtykke" label="Jeg bekræfter, at oplysningerne er rigtige" ?checked=${answers.samtykke}
      error=${errors.samtykke ?? ''}></bf-checkbox>
    <button type="submit">Send</button>
  </form>`;
}

/** The whole page: the form rendered on the server, in the page's language. */
export async function renderPage({ lang = 'da', answers = NO_ANSWERS, errors = {} } = {}) {
  const form = await renderFragment(movingForm({ lang, answers, errors }), { lang, stylesBase: STYLES });
  // The error summary puts "Fejl: " before the title when it hydrates (not here: it would be doubled).
  const title = 'Flytning';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${ASSETS}tokens.css">
<link rel="stylesheet" href="/page.css">
<script type="module" src="${ASSETS}borgerform-hydrate.js"></script>
</head>
<body>
<main>
<h1>Flytning</h1>
${form}
</main>
</body>
</html>
`;
}

/** The server's own rule, which the browser cannot check: this municipality takes no moves to Aarhus yet. */
function validate(answers) {
  return answers.kommune === '0751'
    ? { kommune: 'Vi kan ikke behandle flytninger til Aarhus endnu. Vælg en anden kommune.' }
    : {};
}

const PAGE_CSS = `body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 40rem; }
form > * { display: block; margin-block-end: 1.5rem; }`;

/** Answers the page, its files and a POST of the form (echoed back as JSON). */
async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const send = (status, type, body, headers = {}) => {
    response.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, ...headers });
    response.end(body);
  };
  if (request.method === 'POST' && url.pathname === '/') {
    let body = '';
    for await (const chunk of request) body += chunk;
    const posted = new URLSearchParams(body);
    const answers = {
      fornavn: posted.get('fornavn') ?? '',
      flyttedato: posted.get('flyttedato') ?? '',
      kommune: posted.get('kommune') ?? '',
      bolig: posted.get('bolig') ?? '',
      boligAndet: posted.get('bolig-andet') ?? '',
      samtykke: posted.has('samtykke'),
    };
    const errors = validate(answers);
    if (Object.keys(errors).length > 0) {
      return send(422, 'text/html; charset=utf-8', await renderPage({ answers, errors }));
    }
    return send(200, 'application/json', JSON.stringify([...posted]));
  }
  if (url.pathname === '/') {
    const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'da'; // the page's language: ?lang=en
    return send(200, 'text/html; charset=utf-8', await renderPage({ lang }));
  }
  if (url.pathname === '/page.css') return send(200, 'text/css', PAGE_CSS);
  const style =
    url.pathname.startsWith(STYLES) && /^[a-z0-9-]+\.css$/u.exec(url.pathname.slice(STYLES.length));
  const file = style ? [`ssr/styles/${style[0]}`, 'text/css'] : files.get(url.pathname);
  if (!file) return send(404, 'text/plain', 'Not found');
  try {
    // The stylesheets every shadow root links are cached, so the browser fetches each once (served
    // `no-cache`, it asks again for every shadow root and holds the parser each time).
    const cache = style ? { 'cache-control': 'public, max-age=3600' } : {};
    return send(200, file[1], await readFile(new URL(file[0], dist)), cache);
  } catch {
    return send(404, 'text/plain', 'Not found');
  }
}

/** Starts the example on `port` (0: any free port); resolves with its address and a way to stop it. */
export async function startExample(port = 0) {
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      response.writeHead(500).end();
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startExample(Number(process.env.PORT ?? 8080));
  console.log(`Server-rendered form at ${url}`);
}
