// The DKFDS page's own script (a classic script, served as /dkfds-service.js): what a service writes
// around DKFDS 11, loaded after dkfds.min.js, both `defer`. It starts DKFDS's components (`DKFDS.init()`) and validates the form on submit itself (the
// form has `novalidate`): for every required control left empty, the group gets DKFDS's `form-error`
// class and a `form-error-message` (hidden "Fejl: " prefix, then the text) after its label and hint,
// linked with `aria-describedby`; an error summary (DKFDS's error alert with
// `data-module="error-summary"`, a link per problem) goes before the form and is handed to
// `DKFDS.ErrorSummary`, which focuses it and moves focus to a field when its link is followed.
// Reads first, writes after, so the handler forces no layout of its own.
(() => {
  const dkfds = window.DKFDS;
  dkfds.init();

  /** The service's own texts, by field (the name without its person number). */
  const MESSAGES = {
    fornavn: 'Indtast dit fornavn',
    email: 'Indtast din e-mailadresse',
    kontakt: 'Vælg, hvordan du vil kontaktes',
    kommune: 'Vælg din kommune',
  };
  const messageFor = (name) => MESSAGES[name.replace(/-\d+$/u, '')] ?? 'Udfyld feltet';

  const form = document.getElementById('bench-form');
  form.addEventListener('submit', (event) => {
    // A second submit starts from a clean form.
    document.querySelector('[data-module="error-summary"]')?.remove();
    for (const message of form.querySelectorAll('.form-error-message')) {
      const described =
        message.closest('fieldset') ?? message.parentElement.querySelector('[aria-describedby]');
      if (described) {
        const ids = described
          .getAttribute('aria-describedby')
          .split(' ')
          .filter((id) => id !== message.id);
        if (ids.length) described.setAttribute('aria-describedby', ids.join(' '));
        else described.removeAttribute('aria-describedby');
      }
      message.remove();
    }
    for (const group of form.querySelectorAll('.form-error')) group.classList.remove('form-error');
    for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');

    // Reads: every invalid control, once per name (a radio group is one question).
    const problems = [];
    const seen = new Set();
    for (const control of form.elements) {
      if (!control.willValidate || control.validity.valid || seen.has(control.name)) continue;
      seen.add(control.name);
      const radio = control.type === 'radio';
      const fieldset = radio ? control.closest('fieldset') : null;
      problems.push({
        control,
        group: control.closest('.form-group'),
        fieldset,
        anchor: radio ? (fieldset.querySelector('.form-hint') ?? fieldset.querySelector('legend')) : null,
        text: messageFor(control.name),
      });
    }
    if (problems.length === 0) return;
    event.preventDefault();

    // Writes: the message in each group, then the summary.
    for (const { control, group, fieldset, anchor, text } of problems) {
      group.classList.add('form-error');
      const message = document.createElement('span');
      message.className = 'form-error-message';
      message.id = `${control.name}-error`;
      const prefix = document.createElement('span');
      prefix.className = 'sr-only';
      prefix.textContent = 'Fejl: ';
      message.append(prefix, text);
      if (anchor) anchor.after(message);
      else control.before(message);
      if (!fieldset) control.setAttribute('aria-invalid', 'true');
      const described = fieldset ?? control;
      described.setAttribute(
        'aria-describedby',
        [described.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '),
      );
    }
    const summary = document.createElement('div');
    summary.className = 'alert alert-error';
    summary.setAttribute('role', 'alert');
    summary.setAttribute('data-module', 'error-summary');
    summary.tabIndex = -1;
    const body = document.createElement('div');
    body.className = 'alert-body';
    const heading = document.createElement('h2');
    heading.className = 'alert-heading';
    heading.textContent = 'Der er problemer';
    const list = document.createElement('ul');
    list.className = 'alert-text nobullet-list';
    for (const { control, text } of problems) {
      const link = document.createElement('a');
      link.className = 'function-link';
      link.href = `#${control.id}`;
      link.textContent = text;
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    body.append(heading, list);
    summary.append(body);
    form.before(summary);
    new dkfds.ErrorSummary(summary).init();
  });
})();
