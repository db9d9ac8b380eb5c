// What runs inside the measured page. `installHarness` is passed to Playwright's `addInitScript`, so it
// runs before any of the page's own scripts; it exposes `window.__bench`. Times are
// `performance.now()`, which counts from the navigation start of the document.

/**
 * @param {{ selector: string, firstField: string, paintedWhen: 'parsed' | 'settled' }} options
 *   `selector` matches every Borgerform element of the form ('' on a page without them);
 *   `firstField` the form's first field (a native control, or the Borgerform element holding one);
 *   `paintedWhen`: when every label, hint and input of the form exists: once the document is parsed
 *   (plain HTML, DKFDS, server-rendered), or once every element has rendered (client-rendered);
 *   `serverRendered`: the elements arrive with declarative shadow roots, which must be hydrated (kept),
 *   not rendered again.
 */
export function installHarness({ selector, firstField, paintedWhen, serverRendered = false }) {
  /** Two animation frames: the first frame after the work has been painted. */
  const twoFrames = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  /** The time of the next animation frame (the frame that paints what is in the document now). */
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

  // The browser's own entries, observed from the start (buffered): first contentful paint, layout
  // shifts, long tasks (> 50 ms on the main thread).
  let fcp = null;
  const shifts = [];
  const longTasks = [];
  const observe = (type, take) => {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach(take));
      observer.observe({ type, buffered: true });
      return observer;
    } catch {
      return null;
    }
  };
  const observers = [
    observe('paint', (entry) => {
      if (entry.name === 'first-contentful-paint') fcp = entry.startTime;
    }),
    observe('layout-shift', (entry) => {
      if (!entry.hadRecentInput) shifts.push({ time: entry.startTime, value: entry.value });
    }),
    observe('longtask', (entry) =>
      longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration }),
    ),
  ];
  const supported = PerformanceObserver.supportedEntryTypes ?? [];

  // The first field accepts typing: the frame after its native control is in the document and, for a
  // Borgerform element, the element is defined and its first update (or its hydration) has completed
  // with the control in its shadow root. Found with a MutationObserver that stops at the first match.
  let firstFieldFrame = null;
  const firstFieldReady = async (element) => {
    if (element.localName.includes('-')) {
      await customElements.whenDefined(element.localName);
      await element.updateComplete;
      if (!element.shadowRoot?.querySelector('input, select, textarea')) return;
    }
    firstFieldFrame = await nextFrame();
  };
  const fieldWatch = new MutationObserver(() => {
    const element = document.querySelector(firstField);
    if (!element) return;
    fieldWatch.disconnect();
    void firstFieldReady(element);
  });
  fieldWatch.observe(document, { childList: true, subtree: true });

  // The whole form painted (every label, hint and input): the frame after it exists (see paintedWhen).
  let formFrame = null;
  // Server-rendered: what the parser put in each element's shadow root (its first element and first
  // native control), noted when the document is parsed and before any module script runs; after render
  // the same nodes must still be there (hydrated, not rendered again).
  const serverNodes = new Map();
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    if (paintedWhen === 'parsed') void nextFrame().then((time) => (formFrame = time));
    if (serverRendered)
      for (const element of selector ? document.querySelectorAll(selector) : []) {
        const root = element.shadowRoot;
        serverNodes.set(element, {
          root,
          first: root?.firstElementChild ?? null,
          control: root?.querySelector('input, select, textarea') ?? null,
          count: root?.querySelectorAll('*').length ?? 0,
        });
      }
  });
  /**
   * Server-rendered elements that were not hydrated: no server shadow root, not updated, still
   * `defer-hydration`, their server nodes replaced, or rendered again next to them (an element
   * defined without Lit's hydrate support renders a second copy into the server's shadow root: the
   * number of elements in it changes; hydration keeps it). Bf-option has no shadow root (light DOM);
   * an element made by script after parsing (not in the server's markup) is not counted.
   */
  const notHydrated = (list) =>
    list
      .filter((element) => element.localName !== 'bf-option' && serverNodes.has(element))
      .filter((element) => {
        const before = serverNodes.get(element);
        return (
          !before.root ||
          element.shadowRoot !== before.root ||
          element.hasUpdated !== true ||
          element.hasAttribute('defer-hydration') ||
          !before.first?.isConnected ||
          before.first.getRootNode() !== before.root ||
          (before.control !== null &&
            before.root.querySelector('input, select, textarea') !== before.control) ||
          before.root.querySelectorAll('*').length !== before.count
        );
      })
      .map((element) => element.localName);

  /** The Borgerform elements in the light DOM, and the tags among them that are not defined. */
  const elements = () => {
    const all = selector ? [...document.querySelectorAll(selector)] : [];
    const defined = all.filter((element) => customElements.get(element.localName));
    const undefinedTags = [
      ...new Set(
        all.filter((element) => !customElements.get(element.localName)).map((element) => element.localName),
      ),
    ];
    return { defined, undefinedTags };
  };

  /**
   * Waits until no element has an update pending: every `updateComplete` resolved to `true` (Lit
   * resolves `false` when another update was requested meanwhile, e.g. by `slotchange`).
   * Returns how many rounds that took.
   */
  const settle = async (list) => {
    for (let round = 1; round <= 20; round++) {
      const results = await Promise.all(list.map((element) => element.updateComplete));
      if (
        results.every((result) => result !== false) &&
        !list.some((element) => element.isUpdatePending === true)
      )
        return round;
    }
    return -1;
  };

  // When the bundle's customElements.define calls start and end: before the first, the module was
  // compiled and evaluated; during them, the elements already in the page are upgraded (constructor,
  // connectedCallback); after them come Lit's first updates (microtasks).
  let firstDefine = null;
  let lastDefineEnd = null;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with the registry as `this`
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (...args) {
    firstDefine ??= performance.now();
    try {
      return define.apply(this, args);
    } finally {
      lastDefineEnd = performance.now();
    }
  };

  const rendered = new Promise((resolve) => {
    document.addEventListener(
      'DOMContentLoaded',
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the listener catches every error and resolves
      async () => {
        try {
          const domContentLoaded = performance.now();
          const navigation = performance.getEntriesByType('navigation')[0];
          // A bundle loaded `async` may define the elements after DOMContentLoaded: wait for every tag
          // in the page (at most 10 s; a tag the bundle lacks is then reported as undefined).
          const tags = [
            ...new Set(
              (selector ? [...document.querySelectorAll(selector)] : []).map((element) => element.localName),
            ),
          ];
          await Promise.race([
            Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
            new Promise((resolve) => setTimeout(resolve, 10_000)),
          ]);
          const { defined, undefinedTags } = elements();
          const rounds = await settle(defined);
          const settled = performance.now();
          const frame = await nextFrame();
          if (paintedWhen === 'settled') formFrame = frame;
          await nextFrame();
          const done = performance.now();
          performance.mark('bench:rendered');
          // Late work: updates that components deferred past the first frames (reported, not timed).
          const lateUpdates = defined.filter((element) => element.isUpdatePending === true).length;
          const unhydrated = serverRendered ? notHydrated(defined) : [];
          resolve({
            responseEnd: navigation?.responseEnd ?? null,
            domInteractive: navigation?.domInteractive ?? null,
            domContentLoaded,
            firstDefine,
            lastDefineEnd,
            settled,
            rendered: done,
            rounds,
            elements: defined.length,
            undefinedTags,
            lateUpdates,
            // Elements with a shadow root of their own in the server's markup (all but bf-option), and
            // how many of them the parser gave one (declarative shadow DOM).
            serverHosts: serverRendered
              ? [...serverNodes.keys()].filter((element) => element.localName !== 'bf-option').length
              : null,
            serverRoots: serverRendered ? [...serverNodes.values()].filter((node) => node.root).length : null,
            unhydrated: unhydrated.length,
            unhydratedTags: [...new Set(unhydrated)],
          });
        } catch (error) {
          resolve({ error: String(error?.stack ?? error) });
        }
      },
      { once: true },
    );
  });

  /**
   * Submits the empty form and waits until every error is shown, then two frames.
   * plain:   `form.checkValidity()` (no bubble: the browser shows at most one, and only on a real
   *          submit). A capturing `invalid` listener on the form collects the invalid native controls;
   *          then, reads before writes (no forced layouts): marking "message" (default) sets
   *          `aria-invalid="true"` on each and, once per control name, inserts
   *          `<p id="<name>-error">Fejl: <validationMessage></p>` before the control (a radio group:
   *          after its legend) and adds it to `aria-describedby` (radio group: on its fieldset) — the
   *          least a page can do to show every error; marking "attribute" only sets `aria-invalid`.
   * library: `form.requestSubmit()`; the browser fires `invalid` on every invalid control, the
   *          controls cancel the bubble and render their Danish message in their shadow root.
   * Counted as invalid: distinct `name`s marked invalid (plain: `aria-invalid="true"`; library: the
   * `user-invalid` attribute plus a rendered `[part~="error"]`). A radio group is one control.
   */
  const validate = async (variant, marking = 'message') => {
    const form = document.getElementById('bench-form');
    // A submit the page did not cancel (its own handlers run first; this one listens last, on window).
    let submits = 0;
    window.addEventListener('submit', (event) => {
      if (event.defaultPrevented) return;
      submits++;
      event.preventDefault();
    });
    const { defined } = elements();
    const invalidControls = [];
    if (variant === 'plain') {
      form.addEventListener('invalid', (event) => invalidControls.push(event.target), { capture: true });
    }
    performance.mark('bench:validate-start');
    const start = performance.now();
    if (variant === 'plain') {
      form.checkValidity();
      const messages = [];
      const named = new Set();
      for (const control of invalidControls) {
        // reads
        if (marking !== 'message' || named.has(control.name)) continue;
        named.add(control.name);
        const group = control.type === 'radio' ? control.closest('fieldset') : null;
        messages.push({ control, group, text: `Fejl: ${control.validationMessage}` });
      }
      for (const control of invalidControls) control.setAttribute('aria-invalid', 'true'); // writes
      for (const { control, group, text } of messages) {
        const message = document.createElement('p');
        message.id = `${control.name}-error`;
        message.textContent = text;
        if (group) group.querySelector('legend').after(message);
        else control.before(message);
        const target = group ?? control;
        target.setAttribute(
          'aria-describedby',
          [target.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '),
        );
      }
      if (messages.length > 0) {
        // The error summary GOV.UK and DKFDS put first in the form: a heading and a link per problem, focused.
        const summary = document.createElement('div');
        summary.tabIndex = -1;
        summary.className = 'error-summary';
        const heading = document.createElement('h2');
        heading.textContent = 'Der er problemer';
        const list = document.createElement('ul');
        for (const { control, text } of messages) {
          const link = document.createElement('a');
          link.href = `#${control.id}`;
          link.textContent = text.replace(/^Fejl: /u, '');
          list.append(document.createElement('li'));
          list.lastElementChild.append(link);
        }
        summary.append(heading, list);
        form.prepend(summary);
        summary.focus();
      }
    } else {
      // Borgerform: the browser's validation, then the elements' messages and bf-form's summary.
      // DKFDS: the form has `novalidate`; the service's submit handler shows the errors and the summary.
      form.requestSubmit();
    }
    const rounds = await settle(defined);
    await twoFrames();
    const ms = performance.now() - start;
    performance.mark('bench:validated');
    let shown;
    if (variant === 'plain') {
      shown = new Set([...form.querySelectorAll('[aria-invalid="true"]')].map((element) => element.name));
    } else if (variant === 'dkfds') {
      shown = new Set(
        [...form.querySelectorAll('.form-group.form-error')]
          .filter((group) => group.querySelector('.form-error-message'))
          .map((group) => group.querySelector('[name]')?.name),
      );
    } else {
      shown = new Set(
        defined
          .filter(
            (element) =>
              element.hasAttribute('user-invalid') && element.shadowRoot?.querySelector('[part~="error"]'),
          )
          .map((element) => element.getAttribute('name')),
      );
    }
    const nativeInvalid = new Set(
      [...form.elements]
        .filter((element) => element.willValidate && element.validity && !element.validity.valid)
        .map((element) => element.name ?? element.getAttribute('name')),
    ).size;
    const summaryLinks =
      variant === 'plain'
        ? form.querySelectorAll('.error-summary a').length
        : variant === 'dkfds'
          ? document.querySelectorAll('[data-module="error-summary"] a').length
          : (form.querySelector('bf-error-summary')?.count ?? 0);
    const summaryFocused =
      variant === 'dkfds'
        ? document.activeElement?.matches('[data-module="error-summary"]') === true
        : variant === 'plain'
          ? document.activeElement?.classList.contains('error-summary') === true
          : document.activeElement?.localName === 'bf-error-summary' ||
            document.activeElement?.closest?.('bf-error-summary') != null;
    return { ms, invalid: shown.size, nativeInvalid, submits, rounds, summaryLinks, summaryFocused };
  };

  /**
   * The load's paint, shift and blocking figures, read after render (and before validation): entries
   * are delivered after the frame they describe, so call it a frame or two after `rendered`.
   * - fcp: first contentful paint;
   * - formPainted: max(fcp, the frame after every label, hint and input exists);
   * - firstField: max(fcp, the frame after the first field accepts typing);
   * - cls: the sum of every layout shift without recent input from navigation to render done (no
   *   session windows: the load is one window);
   * - tbt: total blocking time between fcp and render done: for each long task, the part of it inside
   *   that window, minus 50 ms, when positive.
   */
  const metrics = async (renderedAt) => {
    await twoFrames();
    // First contentful paint is reported once the frame has been presented, which can be after the
    // page's own frames have run: wait for it (at most 5 s).
    for (let waited = 0; fcp === null && waited < 5000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    for (const observer of observers)
      observer?.takeRecords().forEach((entry) => {
        if (entry.entryType === 'paint' && entry.name === 'first-contentful-paint') fcp = entry.startTime;
        if (entry.entryType === 'layout-shift' && !entry.hadRecentInput)
          shifts.push({ time: entry.startTime, value: entry.value });
        if (entry.entryType === 'longtask')
          longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      });
    const late = (time) => (time === null || fcp === null ? null : Math.max(time, fcp));
    const tbt =
      fcp === null
        ? null
        : longTasks.reduce(
            (sum, task) => sum + Math.max(0, Math.min(task.end, renderedAt) - Math.max(task.start, fcp) - 50),
            0,
          );
    return {
      fcp,
      formPainted: late(formFrame),
      firstField: late(firstFieldFrame),
      cls: supported.includes('layout-shift')
        ? shifts.filter((shift) => shift.time <= renderedAt).reduce((sum, shift) => sum + shift.value, 0)
        : null,
      tbt: supported.includes('longtask') ? tbt : null,
      longTasks: longTasks.filter((task) => task.end > (fcp ?? 0) && task.start < renderedAt).length,
    };
  };

  window.__bench = { rendered, validate, metrics };
}
