/*
 * Parley embeddable comments widget (plain JS, no build).
 *
 *   <script src="https://comments.example/embed/embed.js" data-article-id="climate-2026-11-26"
 *           data-token="<host-site JWT>" [data-target="#comments"] [data-sort="newest"] [data-locale="de"] [data-live="off"]></script>
 *
 * Renders the article's thread into data-target (or a container inserted after the script tag),
 * talks to the API at the script's own origin (or data-api), and authenticates with the host
 * site's token (data-token, window.ParleyToken, or later Parley.setToken(token)).
 * All user-provided text is rendered with textContent, never as HTML.
 *
 * Language: data-locale (a BCP 47 tag such as "de" or "de-AT"), else the host page's <html lang>,
 * else English. The messages come from locales/<language>.js (en, de, fr, es), loaded from the
 * same origin as this script; a missing language, or a key missing in it, falls back to English.
 * Dates and counts are formatted with Intl in the chosen locale.
 *
 * Curation: tabs "All comments" / "Featured" (data-tab="featured" opens on the featured tab), the
 * article's pinned comment above the thread, and the authors' badges (staff, subscriber, expert).
 *
 * Privacy (GDPR): a signed-in reader downloads their data and requests, follows and cancels the
 * deletion of their account under "Your data and account" at the foot of the widget.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var API = (script.getAttribute('data-api') || new URL(script.src, location.href).origin).replace(/\/+$/, '');
  var ARTICLE = script.getAttribute('data-article-id');
  var SITE = script.getAttribute('data-site'); // the site of a multi-site deployment (SITES id); unset: the token's, or the default site
  var SORT = script.getAttribute('data-sort') || 'newest';
  var TAB = script.getAttribute('data-tab') === 'featured' ? 'featured' : 'all'; // the thread's tab: all comments, or the featured ones
  var PAGE = 20;
  var REASONS = ['spam', 'abuse', 'harassment', 'hate', 'other'];
  var LANGUAGES = ['en', 'de', 'fr', 'es'];
  var BASE = script.src.replace(/[^/]*(?:[?#].*)?$/, ''); // the folder embed.js was loaded from
  var token = script.getAttribute('data-token') || window.ParleyToken || null;
  var reacted = {}; // comment id -> true once this reader reacted (the API does not list a reader's reactions)

  var root;
  var target = script.getAttribute('data-target');
  if (target) root = document.querySelector(target);
  if (!root) {
    root = document.createElement('div');
    script.parentNode.insertBefore(root, script.nextSibling);
  }
  root.classList.add('parley');
  root.setAttribute('data-testid', 'parley-widget');

  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = API + '/embed/embed.css';
  document.head.appendChild(css);

  // ---------- language ----------
  /** The requested tag if its language has a catalogue (de-AT → de), else English. */
  function chooseLocale(requested) {
    var tag = String(requested || '').trim().replace(/_/g, '-');
    try { tag = tag ? Intl.getCanonicalLocales(tag)[0] : ''; } catch (e) { tag = ''; }
    var language = tag.split('-')[0].toLowerCase();
    return LANGUAGES.indexOf(language) >= 0 ? { tag: tag, language: language } : { tag: 'en', language: 'en' };
  }
  var LOCALE = chooseLocale(script.getAttribute('data-locale') || document.documentElement.getAttribute('lang'));
  var MESSAGES = null; // the chosen catalogue over the English one
  var plurals = new Intl.PluralRules(LOCALE.tag);
  var numbers = new Intl.NumberFormat(LOCALE.tag);
  var dates = new Intl.DateTimeFormat(LOCALE.tag, { dateStyle: 'medium', timeStyle: 'short' });
  var relative = new Intl.RelativeTimeFormat(LOCALE.tag, { numeric: 'auto' });

  /** A message by key, with {placeholders} filled in ({count} formatted, and choosing the plural form). */
  function t(key, params) {
    params = params || {};
    var m = MESSAGES[key];
    if (m === undefined) m = key;
    if (typeof m === 'object') m = m[plurals.select(params.count)] || m.other;
    return m.replace(/\{(\w+)\}/g, function (_, name) {
      if (name === 'count') return numbers.format(params.count);
      return params[name] === undefined ? '' : String(params[name]);
    });
  }
  function count(n) { return numbers.format(n); }

  function loadCatalogue(language) {
    var registry = window.ParleyMessages = window.ParleyMessages || {};
    if (registry[language]) return Promise.resolve(registry[language]);
    return new Promise(function (resolve) {
      var s = document.createElement('script');
      s.src = BASE + 'locales/' + language + '.js';
      s.async = true;
      s.onload = function () { resolve(registry[language] || {}); };
      s.onerror = function () { resolve({}); };
      document.head.appendChild(s);
    });
  }

  Promise.all([loadCatalogue('en'), LOCALE.language === 'en' ? null : loadCatalogue(LOCALE.language)]).then(function (cats) {
    var chosen = cats[1] || {};
    if (LOCALE.language !== 'en' && !Object.keys(chosen).length) { // the language could not be loaded
      LOCALE = { tag: 'en', language: 'en' };
      plurals = new Intl.PluralRules('en');
      numbers = new Intl.NumberFormat('en');
      dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
      relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
    MESSAGES = {};
    Object.keys(cats[0]).forEach(function (k) { MESSAGES[k] = cats[0][k]; });
    Object.keys(chosen).forEach(function (k) { MESSAGES[k] = chosen[k]; });
    start();
  });

  function start() {
  root.setAttribute('lang', LOCALE.tag);
  // ---------- helpers ----------
  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === 'text') n.textContent = attrs[k];
      else if (k === 'onclick') n.addEventListener('click', attrs[k]);
      else if (k === 'onsubmit') n.addEventListener('submit', attrs[k]);
      else if (attrs[k] !== undefined && attrs[k] !== null && attrs[k] !== false) n.setAttribute(k, attrs[k] === true ? '' : String(attrs[k]));
    }
    (children || []).forEach(function (c) { if (c) n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return n;
  }

  function viewerId() {
    if (!token) return null;
    try {
      var p = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(escape(atob(p + '==='.slice((p.length + 3) % 4))))).sub || null;
    } catch (e) { return null; }
  }

  function api(method, path, body) {
    var headers = {};
    if (token) headers.Authorization = 'Bearer ' + token;
    if (SITE) headers['X-Parley-Site'] = SITE;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(API + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' }).then(function (res) {
      if (res.status === 204) return null;
      return res.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        if (!res.ok) {
          var msg = (json && (json.errors && json.errors[0] && json.errors[0].message)) || (json && (json.detail || json.title)) || t('requestFailed', { status: res.status });
          var err = new Error(msg);
          err.status = res.status;
          err.problem = json;
          throw err;
        }
        return json;
      });
    });
  }

  var message = el('p', { class: 'parley-message', 'data-testid': 'message', role: 'status', 'aria-live': 'polite' });
  var justSaid = false; // a message was set since the own comments were last read
  function say(text, isError) {
    justSaid = true;
    message.textContent = text || '';
    message.classList.toggle('parley-error', !!isError);
  }
  function fail(err) { say(err && err.message ? err.message : String(err), true); }

  /**
   * Marks a button busy while its request runs. aria-disabled rather than disabled: a disabled
   * button drops the keyboard focus to the document, and the writer would have to find their place again.
   */
  function busy(btn, on) {
    if (on) btn.setAttribute('aria-disabled', 'true');
    else btn.removeAttribute('aria-disabled');
  }
  function isBusy(btn) { return btn.getAttribute('aria-disabled') === 'true'; }

  /** Escape inside a form panel closes it (the keyboard focus then returns to the button that opened it). */
  function closeOnEscape(form, close) {
    form.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape') { ev.preventDefault(); close(); }
    });
  }

  var UNITS = [['year', 31536e6], ['month', 2592e6], ['week', 6048e5], ['day', 864e5], ['hour', 36e5], ['minute', 6e4], ['second', 1e3]];
  /** A date as text in the chosen locale: relative ("3 minutes ago") within a week, else date and time. */
  function when(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    var ms = d.getTime() - Date.now();
    if (Math.abs(ms) >= 6048e5) return dates.format(d);
    for (var i = 3; i < UNITS.length; i++) {
      if (Math.abs(ms) >= UNITS[i][1] || UNITS[i][0] === 'second') return relative.format(Math.round(ms / UNITS[i][1]), UNITS[i][0]);
    }
    return dates.format(d);
  }
  function fullDate(iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? '' : dates.format(d);
  }

  // ---------- rendering ----------
  var me = viewerId();
  var list = el('ul', { class: 'parley-thread', 'data-testid': 'thread', 'aria-label': t('threadLabel') });
  var mineBox = el('ul', { class: 'parley-mine', 'data-testid': 'mine', 'aria-label': t('mineLabel') });
  var lastStatus = {}; // own comment id -> status last shown, to announce when moderation decides
  var loadMore = el('button', { type: 'button', class: 'parley-more', 'data-testid': 'load-more', hidden: true, text: t('loadMore') });
  var tabPanel = el('div', { role: 'tabpanel', id: 'parley-tabpanel', class: 'parley-tabpanel', 'data-testid': 'tabpanel' });
  var nextCursor = null;
  var localPending = {}; // id -> view, for comments posted here before /v1/me/comments lists them
  var deleted = {}; // ids deleted here: hidden even while a cached listing still has them
  var muted = {}; // public author id -> name, for the authors this reader muted
  var PUBLIC_AUTHOR = /^a_[A-Za-z0-9_-]{22}$/;
  /** Shown in the thread: not deleted here, and not by an author this reader muted. */
  function shown(c) { return !deleted[c.id] && !Object.prototype.hasOwnProperty.call(muted, c.authorId); }

  function statusLabel(c) {
    if (c.status === 'pending' || c.status === 'flagged') return t('statusAwaiting');
    if (c.status === 'rejected') return t('statusNotPublished');
    if (c.status === 'removed') return t('statusRemoved');
    return '';
  }

  // ---------- DSA: Art. 14 information, Art. 17 statements, Art. 16 notices ----------
  var dsaInfo = null; // from GET /v1/dsa/information
  var infoBox = el('p', { class: 'parley-info', 'data-testid': 'dsa-info' });
  function link(href, text, testid) {
    return el('a', { href: href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testid, text: text });
  }
  function renderInfo() {
    infoBox.textContent = '';
    if (!dsaInfo) return;
    var parts = [];
    if (dsaInfo.guidelinesUrl) parts.push(link(dsaInfo.guidelinesUrl, t('guidelines'), 'guidelines-link'));
    if (dsaInfo.automatedModerationUrl) parts.push(link(dsaInfo.automatedModerationUrl, t('howModerationWorks'), 'automated-moderation-link'));
    if (dsaInfo.complaintUrl && dsaInfo.complaintUrl.indexOf('{commentId}') < 0) parts.push(link(dsaInfo.complaintUrl, t('complaints'), 'complaints-link'));
    parts.forEach(function (p, i) { if (i) infoBox.appendChild(document.createTextNode(' \u00b7 ')); infoBox.appendChild(p); });
    var how = el('details', { class: 'parley-how', 'data-testid': 'moderation-description' }, [
      el('summary', { text: t('aboutModeration') }),
      el('p', { text: dsaInfo.automatedModeration }),
      el('p', { text: dsaInfo.complaintProcedure }),
    ]);
    infoBox.appendChild(how);
  }
  function loadInfo() {
    return api('GET', '/v1/dsa/information').then(function (i) { dsaInfo = i; renderInfo(); }, function () {});
  }

  /** The statement of reasons (DSA Art. 17) of the author's own restricted comment. */
  function renderStatement(st) {
    var rows = [
      [t('statement.scope'), st.scope],
      [t('statement.facts'), st.facts],
      [t('statement.source'), st.sourceText],
      [t('statement.automation'), st.automationText],
    ];
    if (st.ground.kind === 'illegal') {
      rows.push([t('statement.legalGround'), st.ground.law]);
      rows.push([t('statement.whyIllegal'), st.ground.explanation]);
    } else {
      rows.push([t('statement.guidelineGround'), st.ground.clause]);
      rows.push([t('statement.explanation'), st.ground.explanation]);
    }
    var c = st.redress.internalComplaint;
    rows.push([t('statement.complaint'), c.procedure + (c.available && c.deadline ? ' ' + t('statement.until', { date: fullDate(c.deadline) }) : '')]);
    rows.push([t('statement.outOfCourt'), st.redress.outOfCourt.text]);
    rows.push([t('statement.courts'), st.redress.judicial]);
    var dl = el('dl', { class: 'parley-statement-items' });
    rows.forEach(function (row) {
      dl.appendChild(el('dt', { text: row[0] }));
      dl.appendChild(el('dd', { text: row[1] }));
    });
    var links = el('p', { class: 'parley-statement-links' });
    if (st.ground.kind === 'contractual' && st.ground.url) links.appendChild(link(st.ground.url, t('statement.clauseLink'), 'statement-clause-link'));
    if (c.available && c.url) { if (links.firstChild) links.appendChild(document.createTextNode(' \u00b7 ')); links.appendChild(link(c.url, t('statement.complaintLink'), 'statement-complaint-link')); }
    if (st.links.automatedModeration) { if (links.firstChild) links.appendChild(document.createTextNode(' \u00b7 ')); links.appendChild(link(st.links.automatedModeration, t('howModerationWorks'), 'statement-automation-link')); }
    return el('details', { class: 'parley-statement', 'data-testid': 'statement', 'data-restriction': st.restriction }, [
      el('summary', { text: t('statement.summary') }),
      dl,
      links.firstChild ? links : null,
      el('p', { class: 'parley-note', text: t('statement.reference', { id: st.id }) }),
    ]);
  }

  var noticeSeq = 0;
  /** The notice form (DSA Art. 16): works signed out; every field has a label. */
  function noticeForm(c, panel) {
    noticeSeq += 1;
    var id = function (name) { return 'parley-notice-' + noticeSeq + '-' + name; };
    var types = (dsaInfo && dsaInfo.illegalContentTypes) || [{ id: 'other', label: t('notice.otherType') }];
    var field = function (label, input, hint) {
      return el('div', { class: 'parley-field' }, [el('label', { for: input.id, text: label }), input, hint ? el('small', { id: input.id + '-hint', text: hint }) : null]);
    };
    var name = el('input', { id: id('name'), type: 'text', name: 'name', required: true, maxlength: 200, autocomplete: 'name', 'data-testid': 'notice-name' });
    var email = el('input', { id: id('email'), type: 'email', name: 'email', required: true, maxlength: 254, autocomplete: 'email', 'data-testid': 'notice-email' });
    var type = el('select', { id: id('type'), name: 'illegalContentType', required: true, 'data-testid': 'notice-type' });
    types.forEach(function (t) { type.appendChild(el('option', { value: t.id, text: t.label })); });
    var explanation = el('textarea', { id: id('explanation'), name: 'explanation', required: true, maxlength: 5000, rows: 4, 'data-testid': 'notice-explanation', 'aria-describedby': id('explanation') + '-hint' });
    var more = el('textarea', { id: id('more'), name: 'locations', maxlength: 4000, rows: 2, 'data-testid': 'notice-more', 'aria-describedby': id('more') + '-hint' });
    var goodFaith = el('input', { id: id('good-faith'), type: 'checkbox', name: 'goodFaith', required: true, 'data-testid': 'notice-good-faith' });
    var send = el('button', { type: 'submit', 'data-testid': 'send-notice', text: t('notice.send') });
    var errorList = el('ul');
    var errors = el('div', { class: 'parley-errors', 'data-testid': 'notice-errors', role: 'alert' }, [errorList]);
    var form = el('form', { class: 'parley-form parley-notice', 'data-testid': 'notice-form', 'aria-label': t('reportIllegal'), novalidate: true }, [
      el('p', { class: 'parley-note', text: t('notice.intro') }),
      field(t('notice.name'), name),
      field(t('notice.email'), email),
      field(t('notice.type'), type),
      field(t('notice.explanation'), explanation, t('notice.explanationHint')),
      field(t('notice.more'), more, t('notice.moreHint')),
      el('div', { class: 'parley-field parley-check' }, [goodFaith, el('label', { for: goodFaith.id, text: t('notice.goodFaith') })]),
      errors,
      send,
    ]);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      errorList.textContent = '';
      var locations = [c.id].concat(more.value.split(/\s+/).filter(Boolean));
      var body = { name: name.value, email: email.value, illegalContentType: type.value, explanation: explanation.value, locations: locations, goodFaith: goodFaith.checked };
      send.disabled = true;
      api('POST', '/v1/notices', body).then(function (r) {
        panel.textContent = '';
        say(t('notice.received', { id: r.id, email: body.email }));
      }, function (err) {
        var list = (err.problem && err.problem.errors) || [];
        if (!list.length) errorList.appendChild(el('li', { text: err.message }));
        list.forEach(function (e) { errorList.appendChild(el('li', { text: e.field + ' ' + e.message })); });
        send.disabled = false;
        var first = list[0] && { name: name, email: email, explanation: explanation, goodFaith: goodFaith, illegalContentType: type }[String(list[0].field).split(/[.[]/)[0]];
        (first || name).focus();
      });
    });
    return form;
  }

  function composer(parentId, initial, onDone, label, fieldLabel, onCancel) {
    var ta = el('textarea', { class: 'parley-input', rows: 3, maxlength: 5000, 'data-testid': parentId === undefined ? 'edit-body' : parentId ? 'reply-body' : 'new-body', 'aria-label': fieldLabel || label });
    ta.value = initial || '';
    var btn = el('button', { type: 'submit', 'data-testid': parentId === undefined ? 'save-edit' : parentId ? 'send-reply' : 'post', text: label });
    var form = el('form', { class: 'parley-form' }, [ta, btn]);
    if (onCancel) closeOnEscape(form, onCancel);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      if (isBusy(btn)) return;
      var body = ta.value;
      if (!body.trim()) return say(t('writeSomethingFirst'), true);
      busy(btn, true);
      // onDone resolves 'keep' when the text stays for the writer to revise (a warning is shown)
      onDone(body, ta).then(function (r) { if (r !== 'keep') ta.value = ''; }, fail).then(function () { busy(btn, false); });
    });
    return form;
  }

  // ---------- warn the writer before posting ----------
  var warning = el('div', { class: 'parley-warning', 'data-testid': 'check-warning', role: 'alert', hidden: true });

  /**
   * Asks the API what the community guidelines would decide on the draft; when it would be held
   * or refused, shows why with "Revise" and "Post anyway" and resolves 'keep'. If the check
   * cannot be made (rate limit, network), the comment is posted as before.
   */
  function checkThenPost(body, ta, post) {
    return api('POST', '/v1/articles/' + encodeURIComponent(ARTICLE) + '/comments/check', { body: body }).then(function (r) {
      if (!r || r.decision === 'approved' || !r.reasons || !r.reasons.length) return post(body);
      showWarning(r, body, ta, post);
      return 'keep';
    }, function () { return post(body); });
  }

  function showWarning(r, body, ta, post) {
    warning.textContent = '';
    warning.setAttribute('data-decision', r.decision);
    warning.appendChild(el('p', { class: 'parley-warning-title', 'data-testid': 'check-title', text: r.decision === 'rejected' ? t('checkRejected') : t('checkHeld') }));
    var items = el('ul', { 'data-testid': 'check-reasons' });
    r.reasons.forEach(function (reason) {
      var li = el('li', { text: reason.message });
      if (reason.excerpt) li.appendChild(el('q', { class: 'parley-excerpt', 'data-testid': 'check-excerpt', text: reason.excerpt }));
      items.appendChild(li);
    });
    warning.appendChild(items);
    var revise = el('button', { type: 'button', 'data-testid': 'revise', text: t('revise'), onclick: function () {
      warning.hidden = true;
      ta.focus();
      if (r.reasons[0] && typeof r.reasons[0].start === 'number') ta.setSelectionRange(r.reasons[0].start, r.reasons[0].end);
    } });
    var anyway = el('button', { type: 'button', 'data-testid': 'post-anyway', text: t('postAnyway'), onclick: function () {
      if (isBusy(anyway)) return;
      busy(anyway, true);
      post(ta.value === body ? body : ta.value).then(function (posted) {
        warning.hidden = true;
        ta.value = '';
        // the warning that was shown is recorded with the comment for moderators
        if (posted && posted.id) return api('PUT', '/v1/comments/' + posted.id + '/shown-warning').catch(function () {});
      }, fail).then(function () { busy(anyway, false); });
    } });
    warning.appendChild(el('div', { class: 'parley-actions' }, [revise, anyway]));
    warning.hidden = false;
  }

  /** The author's badges (staff, subscriber, expert) as a labelled list; null when none. */
  function authorBadges(c) {
    if (c.placeholder || !c.badges || !c.badges.length) return null;
    var ul = el('ul', { class: 'parley-badges', 'data-testid': 'author-badges', 'aria-label': t('badgesLabel', { name: c.authorName }) });
    c.badges.forEach(function (b) {
      ul.appendChild(el('li', { class: 'parley-author-badge parley-author-badge-' + b, 'data-testid': 'author-badge', 'data-badge': b, text: t('badge.' + b) }));
    });
    return ul;
  }

  function renderComment(c, opts) {
    opts = opts || {};
    var own = !!me && c.authorId === me;
    var li = el('li', { class: 'parley-comment', 'data-testid': 'comment', 'data-id': c.id, 'data-author': c.authorId, 'data-status': c.status, 'data-own': own ? 'true' : 'false' });
    var head = el('div', { class: 'parley-head' }, [
      el('strong', { class: 'parley-author', 'data-testid': 'author', text: c.placeholder ? '' : c.authorName }),
      authorBadges(c),
      el('time', { datetime: c.createdAt, title: fullDate(c.createdAt), 'data-testid': 'date', text: when(c.createdAt) }),
      c.editedAt ? el('span', { class: 'parley-edited', text: t('edited') }) : null,
    ]);
    if (c.featured) head.appendChild(el('span', { class: 'parley-featured-mark', 'data-testid': 'featured-mark', text: '\u2605 ' + t('featured') }));
    var label = statusLabel(c);
    if (label) head.appendChild(el('span', { class: 'parley-badge parley-' + c.status, 'data-testid': 'badge', text: label }));
    li.appendChild(head);
    if (c.placeholder) {
      li.appendChild(el('p', { class: 'parley-body parley-placeholder', 'data-testid': 'body', text: t('placeholder') }));
    } else {
      li.appendChild(el('p', { class: 'parley-body', 'data-testid': 'body', text: c.body }));
    }
    if (own && c.reasons && c.reasons.length && c.status !== 'approved') {
      var reasons = el('ul', { class: 'parley-reasons', 'data-testid': 'reasons' });
      c.reasons.forEach(function (r) { reasons.appendChild(el('li', { text: r.message })); });
      li.appendChild(reasons);
    }
    if (c.statement && c.status !== 'approved') li.appendChild(renderStatement(c.statement));
    if (opts.replyTo) li.appendChild(el('p', { class: 'parley-note', text: t('replyToAnother') }));

    var actions = el('div', { class: 'parley-actions', 'data-testid': 'actions', 'data-for': c.id });
    var panel = el('div', { class: 'parley-panel', 'data-testid': 'panel', 'data-for': c.id });
    var approved = c.status === 'approved' && !c.placeholder;
    /** Shows a form under the comment and moves the keyboard focus into it. */
    function openPanel(opener, form) {
      Array.prototype.forEach.call(actions.querySelectorAll('[aria-expanded=true]'), function (b) { b.setAttribute('aria-expanded', 'false'); });
      panel.textContent = '';
      panel.appendChild(form);
      opener.setAttribute('aria-expanded', 'true');
      var first = form.querySelector('textarea, select, input');
      if (first) first.focus();
    }
    /** Empties the panel and gives the focus back to the button that opened it. */
    function closePanel(opener) {
      var hadFocus = panel.contains(document.activeElement);
      panel.textContent = '';
      opener.setAttribute('aria-expanded', 'false');
      if (hadFocus || document.activeElement === document.body) opener.focus();
    }
    if (approved) {
      var reactionCount = el('span', { 'data-testid': 'reaction-count', text: count(c.reactionCount) });
      var react = el('button', { type: 'button', 'data-testid': 'react', 'aria-pressed': reacted[c.id] ? 'true' : 'false' }, [
        el('span', { 'aria-hidden': 'true', text: '\u2665 ' }), el('span', { class: 'parley-sr', text: t('like') }), reactionCount,
      ]);
      react.addEventListener('click', function () {
        if (!token) return say(t('signInToReact'), true);
        if (isBusy(react)) return;
        busy(react, true);
        api(reacted[c.id] ? 'DELETE' : 'PUT', '/v1/comments/' + c.id + '/reaction').then(function (r) {
          reacted[c.id] = r.reacted;
          reactionCount.textContent = count(r.reactionCount);
          react.setAttribute('aria-pressed', r.reacted ? 'true' : 'false');
        }, fail).then(function () { busy(react, false); });
      });
      actions.appendChild(react);
      if (token && c.depth < 10) {
        var replyBtn = el('button', {
          type: 'button', 'data-testid': 'reply', text: t('reply'), 'aria-expanded': 'false', onclick: function () {
            var close = function () { closePanel(replyBtn); };
            openPanel(replyBtn, composer(c.id, '', function (body) {
              return api('POST', '/v1/articles/' + encodeURIComponent(ARTICLE) + '/comments', { body: body, parentId: c.id }).then(function (posted) {
                localPending[posted.id] = posted;
                close();
                say(t('replySent'));
                return refreshMine();
              });
            }, t('sendReply'), c.authorName ? t('replyTo', { name: c.authorName }) : t('replyToThis'), close));
          },
        });
        actions.appendChild(replyBtn);
      }
    }
    if (own && !c.placeholder && c.editableUntil && new Date(c.editableUntil).getTime() > Date.now()) {
      var editBtn = el('button', {
        type: 'button', 'data-testid': 'edit', text: t('edit'), 'aria-expanded': 'false', onclick: function () {
          openPanel(editBtn, composer(undefined, c.body, function (body) {
            return api('PATCH', '/v1/comments/' + c.id, { body: body }).then(function () {
              say(t('editSaved'));
              return refreshAll();
            }).then(function () {
              // the comment was drawn again: the keyboard focus goes to its Edit button
              if (document.activeElement && document.activeElement !== document.body && root.contains(document.activeElement)) return;
              var again = root.querySelector('[data-testid=actions][data-for="' + c.id + '"] [data-testid=edit]');
              (again || heading).focus();
            });
          }, t('save'), t('editYourComment'), function () { closePanel(editBtn); }));
        },
      });
      actions.appendChild(editBtn);
    }
    if (own && !c.placeholder) {
      var del = el('button', { type: 'button', 'data-testid': 'delete', text: t('delete') });
      del.addEventListener('click', function () {
        if (del.getAttribute('data-armed') !== 'true') {
          del.setAttribute('data-armed', 'true');
          del.textContent = t('reallyDelete');
          return;
        }
        if (isBusy(del)) return;
        busy(del, true);
        api('DELETE', '/v1/comments/' + c.id).then(function () {
          delete localPending[c.id];
          deleted[c.id] = true;
          var hadFocus = li.contains(document.activeElement);
          li.remove();
          if (hadFocus) heading.focus();
          say(t('deleted'));
          return refreshAll();
        }, function (err) { busy(del, false); fail(err); });
      });
      actions.appendChild(del);
    }
    if (token && !own && approved) {
      var reportBtn = el('button', {
        type: 'button', 'data-testid': 'report', text: t('report'), 'aria-expanded': 'false', onclick: function () {
          var close = function () { closePanel(reportBtn); };
          var select = el('select', { 'data-testid': 'report-reason', 'aria-label': t('reportReason') });
          REASONS.forEach(function (r) { select.appendChild(el('option', { value: r, text: t('reason.' + r) })); });
          var details = el('input', { type: 'text', maxlength: 2000, placeholder: t('reportDetails'), 'data-testid': 'report-text', 'aria-label': t('reportDetails') });
          var send = el('button', { type: 'submit', 'data-testid': 'send-report', text: t('sendReport') });
          var form = el('form', { class: 'parley-form', 'aria-label': t('reportForm') }, [select, details, send]);
          closeOnEscape(form, close);
          form.addEventListener('submit', function (ev) {
            ev.preventDefault();
            if (isBusy(send)) return;
            busy(send, true);
            var body = { reason: select.value };
            if (details.value.trim()) body.text = details.value;
            api('POST', '/v1/comments/' + c.id + '/reports', body).then(function () {
              close();
              say(t('reportSent'));
            }, function (err) {
              if (err.status === 409) { close(); say(t('alreadyReported')); } else fail(err);
              busy(send, false);
            });
          });
          openPanel(reportBtn, form);
        },
      });
      actions.appendChild(reportBtn);
    }
    if (token && !own && approved && PUBLIC_AUTHOR.test(c.authorId)) {
      var muteBtn = el('button', { type: 'button', 'data-testid': 'mute', text: t('mute'), 'aria-label': t('muteLabel', { name: c.authorName || t('unnamedAuthor') }) });
      muteBtn.addEventListener('click', function () {
        if (isBusy(muteBtn)) return;
        busy(muteBtn, true);
        mute(c.authorId, c.authorName || '').catch(function (err) { busy(muteBtn, false); fail(err); });
      });
      actions.appendChild(muteBtn);
    }
    if (approved && !own) {
      actions.appendChild(el('button', {
        type: 'button', class: 'parley-link', 'data-testid': 'report-illegal', text: t('reportIllegal'), 'aria-expanded': 'false', onclick: function (ev) {
          panel.textContent = '';
          ev.currentTarget.setAttribute('aria-expanded', 'true');
          var form = noticeForm(c, panel);
          panel.appendChild(form);
          form.querySelector('input').focus();
        },
      }));
    }
    li.appendChild(actions);
    li.appendChild(panel);

    if (!opts.flat) {
      var replies = el('ul', { class: 'parley-replies', 'data-testid': 'replies', 'aria-label': c.placeholder ? t('repliesToThis') : t('repliesTo', { name: c.authorName }) });
      li.appendChild(replies);
      if (c.replyCount > 0) {
        var show = el('button', { type: 'button', class: 'parley-link', 'data-testid': 'show-replies', text: t('showReplies', { count: c.replyCount }) });
        var cursor = null;
        show.addEventListener('click', function () {
          if (isBusy(show)) return;
          busy(show, true);
          api('GET', '/v1/comments/' + c.id + '/replies?limit=' + PAGE + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '')).then(function (page) {
            page.items.forEach(function (r) { if (shown(r)) replies.appendChild(renderComment(r)); });
            cursor = page.nextCursor;
            if (cursor) { show.textContent = t('moreReplies'); busy(show, false); } else {
              // the button goes away: the keyboard focus moves to the replies it showed
              var hadFocus = document.activeElement === show;
              show.remove();
              if (hadFocus) { replies.setAttribute('tabindex', '-1'); replies.focus(); }
            }
          }, function (err) { fail(err); busy(show, false); });
        });
        li.appendChild(show);
      }
    }
    return li;
  }

  function loadPage(cursor) {
    var tab = TAB;
    var more = (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
    var path = tab === 'featured'
      ? '/featured-comments?limit=' + PAGE + more
      : '/comments?sort=' + encodeURIComponent(SORT) + '&limit=' + PAGE + more;
    return api('GET', '/v1/articles/' + encodeURIComponent(ARTICLE) + path).then(function (page) {
      if (tab !== TAB) return; // the reader switched tabs meanwhile
      if (!cursor) list.textContent = '';
      // the pinned comment is shown above the thread, not twice; a later page skips comments the live thread already inserted
      page.items.forEach(function (c) { if (shown(c) && (tab === 'featured' || c.id !== pinnedId) && !(cursor && inPage(c.id))) list.appendChild(renderComment(c, { flat: tab === 'featured' })); });
      nextCursor = page.nextCursor;
      loadMore.hidden = !nextCursor;
      if (!cursor && !page.items.length) list.appendChild(el('li', { class: 'parley-empty', 'data-testid': 'empty', text: t(tab === 'featured' ? 'noFeatured' : 'noComments') }));
    });
  }

  // ---------- curation: pinned comment, tabs ----------
  var pinnedId = null;
  var pinnedBox = el('section', { class: 'parley-pinned', 'data-testid': 'pinned', 'aria-label': t('pinnedLabel'), hidden: true });
  function loadPinned() {
    return api('GET', '/v1/articles/' + encodeURIComponent(ARTICLE) + '/pinned-comment').then(function (p) {
      var c = p && p.comment;
      pinnedId = c && shown(c) ? c.id : null;
      pinnedBox.textContent = '';
      pinnedBox.hidden = !pinnedId;
      if (!pinnedId) return;
      pinnedBox.appendChild(el('p', { class: 'parley-pinned-label', 'data-testid': 'pinned-label', text: t('pinned') }));
      var ul = el('ul', { 'aria-label': t('pinnedLabel') });
      ul.appendChild(renderComment(c, { flat: true }));
      pinnedBox.appendChild(ul);
    }, function () { pinnedId = null; pinnedBox.hidden = true; pinnedBox.textContent = ''; });
  }

  var TABS = ['all', 'featured'];
  var tabButtons = {};
  var tabList = el('div', { class: 'parley-tabs', role: 'tablist', 'aria-label': t('tabsLabel'), 'data-testid': 'tabs' });
  TABS.forEach(function (name) {
    var b = el('button', { type: 'button', role: 'tab', id: 'parley-tab-' + name, 'aria-controls': 'parley-tabpanel', 'data-testid': 'tab-' + name, text: t(name === 'all' ? 'tabAll' : 'tabFeatured') });
    b.addEventListener('click', function () { selectTab(name, false); });
    // arrow keys move between the tabs (and select them), Home/End to the first/last
    b.addEventListener('keydown', function (ev) {
      var i = TABS.indexOf(name);
      var next = ev.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : ev.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : ev.key === 'Home' ? TABS[0] : ev.key === 'End' ? TABS[TABS.length - 1] : null;
      if (!next) return;
      ev.preventDefault();
      selectTab(next, true);
    });
    tabButtons[name] = b;
    tabList.appendChild(b);
  });
  function markTabs() {
    TABS.forEach(function (name) {
      var on = name === TAB;
      tabButtons[name].setAttribute('aria-selected', on ? 'true' : 'false');
      tabButtons[name].setAttribute('tabindex', on ? '0' : '-1');
    });
    tabPanel.setAttribute('aria-labelledby', 'parley-tab-' + TAB);
    list.setAttribute('aria-label', TAB === 'featured' ? t('featuredLabel') : t('threadLabel'));
    tabPanel.setAttribute('data-tab', TAB);
  }
  function selectTab(name, focus) {
    if (focus) tabButtons[name].focus();
    if (name === TAB) return;
    TAB = name;
    nextCursor = null;
    markTabs();
    loadPage(null).then(renderLive).catch(fail);
  }

  // The reader's own comments that the public thread does not show yet (or will not show).
  function refreshMine() {
    if (!token) return Promise.resolve();
    return api('GET', '/v1/me/comments?limit=100&articleId=' + encodeURIComponent(ARTICLE)).then(function (page) {
      mineBox.textContent = '';
      var seen = {};
      var decided = null;
      page.items.forEach(function (c) {
        seen[c.id] = true;
        // (a comment just posted counts as shown with the status its POST answered, so a decision
        // quicker than this first read is announced too)
        var was = lastStatus[c.id] || (localPending[c.id] && localPending[c.id].status);
        if ((was === 'pending' || was === 'flagged') && (c.status === 'approved' || c.status === 'rejected')) decided = c.status;
        lastStatus[c.id] = c.status;
        delete localPending[c.id];
        // Approved ones belong to the thread; until the thread shows one (moderation can be
        // quicker than the thread's next reload), it stays here, so it never vanishes.
        // (on the featured tab the thread is not on the page: an approved one is not shown here either)
        var inThread = TAB !== 'all' || list.querySelector('[data-id="' + c.id + '"]') || pinnedBox.querySelector('[data-id="' + c.id + '"]');
        if ((c.status !== 'approved' || !inThread) && !deleted[c.id]) mineBox.appendChild(renderComment(c, { flat: true, replyTo: !!c.parentId }));
      });
      Object.keys(localPending).forEach(function (id) {
        if (!seen[id]) {
          lastStatus[id] = localPending[id].status;
          mineBox.appendChild(renderComment(localPending[id], { flat: true, replyTo: !!localPending[id].parentId }));
        }
      });
      // announced in the status region: a comment shown as awaiting moderation was decided
      // (added to a message just given, such as "your reply was sent", rather than replacing it)
      var news = decided === 'approved' ? t('published') : decided === 'rejected' ? t('notPublished') : '';
      if (news) say(justSaid && message.textContent && !message.classList.contains('parley-error') ? message.textContent + ' ' + news : news);
      justSaid = false;
    });
  }

  // ---------- DSA: the signed-in reader's own account restrictions (Art. 17 statements, Art. 20 complaints) ----------
  var restrictionBox = el('div', { class: 'parley-restrictions', 'data-testid': 'account-restrictions', role: 'region', 'aria-label': t('restriction.region'), hidden: true });
  function renderRestrictions(items) {
    restrictionBox.textContent = '';
    restrictionBox.hidden = !items.length;
    items.forEach(function (r, i) {
      var headingId = 'parley-restriction-' + i;
      var section = el('section', { class: 'parley-restriction', 'data-testid': 'account-restriction', 'data-kind': r.kind, 'aria-labelledby': headingId }, [
        el('h3', { id: headingId, class: 'parley-restriction-title', text: t('restriction.' + r.kind) }),
        el('p', { text: r.statement ? r.statement.scope : r.reason }),
      ]);
      if (r.statement) section.appendChild(renderStatement(r.statement));
      var status = el('p', { class: 'parley-note', 'data-testid': 'restriction-complaint-status', tabindex: '-1' });
      if (r.complaint) status.textContent = r.complaint.status === 'open' ? t('restriction.complaintOpen') : t('restriction.complaintDecided');
      else if (r.appealable && r.appealDeadline) status.textContent = t('restriction.complaintUntil', { date: fullDate(r.appealDeadline) });
      if (status.textContent) section.appendChild(status);
      if (!r.complaint && r.appealable && r.complaintPath) section.appendChild(complaintForm(r, status));
      restrictionBox.appendChild(section);
    });
  }
  /** "Contest this decision": a button that opens a labelled form; the complaint goes to the account decision's complaint path. */
  function complaintForm(r, status) {
    var wrap = el('div', { class: 'parley-actions' });
    var formId = 'parley-complaint-' + r.id;
    var open = el('button', { type: 'button', class: 'parley-link', 'data-testid': 'contest-restriction', 'aria-expanded': 'false', 'aria-controls': formId, text: t('restriction.contest') });
    var label = el('label', { for: formId + '-text', text: t('restriction.complaintLabel') });
    var ta = el('textarea', { id: formId + '-text', 'data-testid': 'complaint-text', rows: '3', maxlength: '5000', required: true });
    var send = el('button', { type: 'submit', 'data-testid': 'send-complaint', text: t('restriction.sendComplaint') });
    var form = el('form', { id: formId, class: 'parley-form', 'data-testid': 'complaint-form', 'aria-label': t('restriction.contest'), hidden: true, novalidate: true }, [label, ta, send]);
    var close = function () { form.hidden = true; open.setAttribute('aria-expanded', 'false'); open.focus(); };
    open.addEventListener('click', function () {
      var opening = form.hidden;
      form.hidden = !opening;
      open.setAttribute('aria-expanded', opening ? 'true' : 'false');
      if (opening) ta.focus();
    });
    closeOnEscape(form, close);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      if (isBusy(send)) return;
      if (!ta.value.trim()) { say(t('restriction.complaintEmpty'), true); ta.focus(); return; }
      busy(send, true);
      api('POST', r.complaintPath, { explanation: ta.value.trim() }).then(function () {
        say(t('restriction.complaintSent'));
        return loadRestrictions().then(function () {
          var now = restrictionBox.querySelector('[data-kind="' + r.kind + '"] [data-testid=restriction-complaint-status]');
          if (now) now.focus();
        });
      }, function (err) { busy(send, false); fail(err); ta.focus(); });
    });
    wrap.appendChild(open);
    wrap.appendChild(form);
    return wrap;
  }
  function loadRestrictions() {
    if (!token) { renderRestrictions([]); return Promise.resolve(); }
    return api('GET', '/v1/me/restrictions').then(function (r) { renderRestrictions((r && r.items) || []); }, function () { renderRestrictions([]); });
  }

  // ---------- muted authors ----------
  var mutedBox = el('div', { class: 'parley-muted', 'data-testid': 'muted-authors', hidden: true });
  function renderMuted() {
    mutedBox.textContent = '';
    var ids = Object.keys(muted);
    mutedBox.hidden = !ids.length;
    if (!ids.length) return;
    mutedBox.appendChild(el('p', { class: 'parley-note', 'data-testid': 'muted-count', text: t('mutedAuthors', { count: ids.length }) }));
    var ul = el('ul', { 'aria-label': t('mutedAuthorsLabel') });
    ids.forEach(function (id) {
      var name = muted[id] || t('unnamedAuthor');
      var undo = el('button', { type: 'button', class: 'parley-link', 'data-testid': 'unmute', 'data-author': id, text: t('unmute'), 'aria-label': t('unmuteLabel', { name: name }) });
      undo.addEventListener('click', function () {
        if (isBusy(undo)) return;
        busy(undo, true);
        api('DELETE', '/v1/me/muted-authors/' + encodeURIComponent(id)).then(function () {
          var hadFocus = document.activeElement === undo;
          delete muted[id];
          renderMuted();
          if (hadFocus) heading.focus();
          say(t('unmutedNews', { name: name }));
          return refreshAll();
        }, function (err) { busy(undo, false); fail(err); });
      });
      ul.appendChild(el('li', { 'data-testid': 'muted-author' }, [el('span', { class: 'parley-author', text: name }), ' ', undo]));
    });
    mutedBox.appendChild(ul);
  }
  /** Mutes an author: their comments leave the page, and the keyboard focus goes to the button that undoes it. */
  function mute(authorId, name) {
    return api('PUT', '/v1/me/muted-authors/' + encodeURIComponent(authorId), name ? { authorName: name.slice(0, 100) } : {}).then(function () {
      muted[authorId] = name;
      var hadFocus = false;
      Array.prototype.forEach.call(root.querySelectorAll('[data-testid=comment]'), function (li) {
        if (li.getAttribute('data-author') !== authorId) return;
        if (li.contains(document.activeElement)) hadFocus = true;
        li.remove();
      });
      renderMuted();
      say(t('mutedNews', { name: name || t('unnamedAuthor') }));
      if (hadFocus) {
        var undo = mutedBox.querySelector('[data-testid=unmute][data-author="' + authorId + '"]');
        (undo || heading).focus();
      }
    });
  }
  function loadMuted() {
    muted = {};
    if (!token) { renderMuted(); return Promise.resolve(); }
    return api('GET', '/v1/me/muted-authors').then(function (r) {
      muted = {};
      (r && r.items || []).forEach(function (m) { muted[m.authorId] = m.authorName || ''; });
      renderMuted();
    }, function () { renderMuted(); });
  }

  // ---------- GDPR: the signed-in reader's data export and account deletion ----------
  // "Your data and account" (a disclosure at the foot of the widget): download everything
  // comments-api holds about the reader (GET /v1/me/export, a JSON file), request the deletion
  // of the account (POST /v1/me/erasure; carried out after a grace period, executeAfter), cancel
  // it while it is scheduled (DELETE), and see its status (GET /v1/me/erasure).
  var erasure = null; // the reader's erasure request (null: none)
  var accountBox = el('details', { class: 'parley-account', 'data-testid': 'account', hidden: true });
  var accountStatus = el('p', { class: 'parley-account-status', 'data-testid': 'account-status' }); // (changes are announced through the status region)
  var accountActions = el('div', { class: 'parley-account-actions' });
  var downloadBtn = el('button', { type: 'button', 'data-testid': 'download-data', text: t('account.download') });
  var downloadNotificationsBtn = el('button', { type: 'button', 'data-testid': 'download-notifications', text: t('account.downloadNotifications') });
  accountBox.appendChild(el('summary', { 'data-testid': 'account-summary', text: t('account.heading') }));
  accountBox.appendChild(el('p', { class: 'parley-note', text: t('account.exportIntro') }));
  accountBox.appendChild(el('div', { class: 'parley-actions' }, [downloadBtn, downloadNotificationsBtn]));
  accountBox.appendChild(accountStatus);
  accountBox.appendChild(accountActions);

  /** The file name the API gives the export (Content-Disposition), else a dated one. */
  function exportFileName(res, fallback) {
    var m = /filename="?([^";]+)"?/.exec(res.headers.get('Content-Disposition') || '');
    return m ? m[1] : fallback + '-' + new Date().toISOString().slice(0, 10) + '.json';
  }
  /**
   * Fetches an export with the reader's token (a link cannot carry it) and saves it as a JSON
   * file: comments-api's part (GET /v1/me/export), or the notifications app's part (settings,
   * notifications, emails), served at the same address behind the one public address.
   */
  function downloadExport(btn, path, fallbackName) {
    if (!token || isBusy(btn)) return;
    busy(btn, true);
    say(t('account.downloading'));
    fetch(API + path, { headers: { Authorization: 'Bearer ' + token }, credentials: 'omit', cache: 'no-store' }).then(function (res) {
      if (!res.ok) {
        return res.json().catch(function () { return null; }).then(function (p) {
          throw new Error((p && (p.detail || p.title)) || t('requestFailed', { status: res.status }));
        });
      }
      var name = exportFileName(res, fallbackName);
      return res.blob().then(function (blob) {
        var url = URL.createObjectURL(new Blob([blob], { type: 'application/json' }));
        var a = el('a', { href: url, download: name, hidden: true });
        accountBox.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
        say(t('account.downloaded', { file: name }));
      });
    }).catch(fail).then(function () { busy(btn, false); });
  }
  downloadBtn.addEventListener('click', function () { downloadExport(downloadBtn, '/v1/me/export', 'parley-export'); });
  downloadNotificationsBtn.addEventListener('click', function () { downloadExport(downloadNotificationsBtn, '/v1/me/notifications/export', 'parley-notifications-export'); });

  /** What the status line says about the request (empty: no request). */
  function erasureText(e) {
    if (!e) return '';
    if (e.status === 'scheduled') return t(e.requestedBy === 'admin' ? 'account.scheduledByAdmin' : 'account.scheduled', { date: fullDate(e.executeAfter), relative: when(e.executeAfter) });
    if (e.status === 'cancelled') return t('account.cancelledOn', { date: fullDate(e.cancelledAt) });
    if (e.status === 'erasing') return t('account.erasing');
    if (e.status === 'erased') return t('account.erased');
    return '';
  }
  /** Draws the status and the one action that fits it; `focus` moves the keyboard focus to that action. */
  function renderErasure(focus) {
    accountStatus.textContent = erasureText(erasure);
    accountStatus.setAttribute('data-status', erasure ? erasure.status : 'none');
    accountActions.textContent = '';
    var next = null;
    if (erasure && erasure.status === 'scheduled') {
      next = el('button', { type: 'button', 'data-testid': 'cancel-erasure', text: t('account.cancel') });
      next.addEventListener('click', function () { cancelErasure(next); });
    } else if (!erasure || erasure.status === 'cancelled') {
      next = el('button', { type: 'button', 'data-testid': 'request-erasure', 'aria-expanded': 'false', 'aria-controls': 'parley-erasure-confirm', text: t('account.delete') });
      next.addEventListener('click', function () { confirmErasure(next); });
    }
    if (next) accountActions.appendChild(el('div', { class: 'parley-actions' }, [next]));
    if (focus && next) next.focus();
  }
  /** The confirmation: what deletion does and when, with "Delete my account" and "Keep my account" (Escape keeps it too). */
  function confirmErasure(opener) {
    if (accountActions.querySelector('#parley-erasure-confirm')) return;
    var explain = el('p', { id: 'parley-erasure-explain', 'data-testid': 'erasure-explain', tabindex: '-1', text: t('account.deleteExplain') });
    var yes = el('button', { type: 'button', class: 'parley-danger', 'data-testid': 'confirm-erasure', text: t('account.confirmDelete') });
    var no = el('button', { type: 'button', 'data-testid': 'keep-account', text: t('account.keep') });
    var box = el('div', { id: 'parley-erasure-confirm', class: 'parley-confirm', role: 'group', 'aria-label': t('account.confirmLabel'), 'aria-describedby': 'parley-erasure-explain', 'data-testid': 'erasure-confirm' }, [
      explain, el('div', { class: 'parley-actions' }, [yes, no]),
    ]);
    var close = function () { box.remove(); opener.setAttribute('aria-expanded', 'false'); opener.focus(); };
    closeOnEscape(box, close);
    no.addEventListener('click', close);
    yes.addEventListener('click', function () {
      if (isBusy(yes)) return;
      busy(yes, true);
      api('POST', '/v1/me/erasure').then(function (e) {
        erasure = e;
        renderErasure(true);
        say(t('account.requested', { date: fullDate(e.executeAfter) }));
      }, function (err) {
        busy(yes, false);
        fail(err);
        if (err.status === 409) loadErasure(); // already under way
      });
    });
    accountActions.appendChild(box);
    opener.setAttribute('aria-expanded', 'true');
    explain.focus();
  }
  function cancelErasure(btn) {
    if (isBusy(btn)) return;
    busy(btn, true);
    api('DELETE', '/v1/me/erasure').then(function (e) {
      erasure = e;
      renderErasure(true);
      say(t('account.cancelled'));
    }, function (err) {
      busy(btn, false);
      fail(err);
      if (err.status === 409 || err.status === 404) loadErasure();
    });
  }
  function loadErasure() {
    erasure = null;
    accountBox.hidden = !token;
    if (!token) { renderErasure(false); return Promise.resolve(); }
    return api('GET', '/v1/me/erasure').then(function (e) {
      erasure = e;
      renderErasure(false);
      // a deletion that is scheduled or under way is shown without asking (the section opens itself)
      if (e && (e.status === 'scheduled' || e.status === 'erasing')) accountBox.open = true;
    }, function (err) {
      erasure = null;
      renderErasure(false);
      if (err.status !== 404) accountStatus.textContent = t('account.statusUnavailable');
    });
  }

  function refreshAll() {
    // The thread first: the own-comments list leaves out what the thread already shows.
    return loadPinned().then(function () { return loadPage(null); }).then(refreshMine).then(renderLive).catch(fail);
  }

  // ---------- live thread ----------
  // New approved comments and replies arrive as server-sent events (GET .../comments/stream);
  // they are counted in a "N new comments" button and inserted when the reader asks for them,
  // so the thread never moves under the reader. Edits, removals and reaction counts of comments
  // on the page are applied at once. Muted authors' comments are neither counted nor inserted.
  var LIVE = script.getAttribute('data-live') !== 'off';
  var arrived = []; // comments announced by the stream, not yet inserted (oldest first)
  var liveSource = null;
  var liveButton = el('button', { type: 'button', class: 'parley-new-comments', 'data-testid': 'new-comments', hidden: true });
  var liveBox = el('div', { class: 'parley-live', 'aria-live': 'polite' }, [liveButton]);
  function inPage(id) { return root.querySelector('[data-testid=thread] [data-id="' + id + '"], [data-testid=pinned] [data-id="' + id + '"]'); }
  /** Where an arrived comment goes: the thread for a top-level one, its parent's replies for a reply (null: not on this tab, or parent not on the page). */
  function liveTarget(c) {
    if (TAB !== 'all') return null;
    if (!c.parentId) return list;
    var parent = inPage(c.parentId);
    return parent ? parent.querySelector('[data-testid=replies]') : null;
  }
  function waiting() {
    arrived = arrived.filter(function (c) { return shown(c) && !inPage(c.id) && liveTarget(c); });
    return arrived;
  }
  function renderLive() {
    var n = waiting().length;
    liveButton.hidden = !n;
    liveButton.textContent = n ? t('showNewComments', { count: n }) : '';
  }
  liveButton.addEventListener('click', function () {
    var items = waiting();
    arrived = [];
    var inserted = [];
    items.forEach(function (c) {
      var target = liveTarget(c);
      var li = renderComment(c);
      li.setAttribute('data-live', 'new');
      var empty = list.querySelector('[data-testid=empty]');
      if (empty) empty.remove();
      // newest first: a new top-level comment goes on top; oldest first (and replies): at the end
      if (target === list && SORT !== 'oldest') list.insertBefore(li, list.firstChild);
      else target.appendChild(li);
      inserted.push(li);
    });
    renderLive();
    if (!inserted.length) return;
    // the button goes away: the keyboard focus moves to the first inserted comment in reading order
    var first = inserted.reduce(function (a, b) { return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : a; });
    first.setAttribute('tabindex', '-1');
    first.focus();
    say(t('newCommentsShown', { count: inserted.length }));
    if (token) refreshMine();
  });
  function liveUpdate(c) {
    var li = inPage(c.id);
    if (!li) {
      if (!arrived.some(function (a) { return a.id === c.id; })) arrived.push(c);
      else arrived = arrived.map(function (a) { return a.id === c.id ? c : a; });
      return renderLive();
    }
    var body = li.querySelector(':scope > [data-testid=body]');
    if (body && !c.placeholder) { body.textContent = c.body; body.classList.remove('parley-placeholder'); }
    var head = li.querySelector(':scope > .parley-head');
    if (c.editedAt && head && !head.querySelector('.parley-edited')) head.appendChild(el('span', { class: 'parley-edited', text: t('edited') }));
  }
  function liveRemoved(r) {
    arrived = arrived.filter(function (c) { return c.id !== r.id; });
    renderLive();
    var li = inPage(r.id);
    // the reader's own comments are the own-comments list's business (an edit of theirs is redrawn there)
    if (!li || li.getAttribute('data-own') === 'true') return;
    if (r.placeholder) {
      var body = li.querySelector(':scope > [data-testid=body]');
      if (body) { body.textContent = t('placeholder'); body.classList.add('parley-placeholder'); }
      var author = li.querySelector(':scope > .parley-head [data-testid=author]');
      if (author) author.textContent = '';
      var actions = li.querySelector(':scope > [data-testid=actions]');
      if (actions) actions.textContent = '';
      return;
    }
    if (li.contains(document.activeElement)) heading.focus();
    li.remove();
  }
  function liveReactions(r) {
    var li = inPage(r.id);
    var n = li && li.querySelector(':scope > [data-testid=actions] [data-testid=reaction-count]');
    if (n) n.textContent = count(r.reactionCount);
  }
  function startLive() {
    if (!LIVE || liveSource || typeof EventSource !== 'function') return;
    liveSource = new EventSource(API + '/v1/articles/' + encodeURIComponent(ARTICLE) + '/comments/stream' + (SITE ? '?site=' + encodeURIComponent(SITE) : ''));
    var parse = function (fn) { return function (ev) { try { fn(JSON.parse(ev.data)); } catch (e) { /* a malformed event is ignored */ } }; };
    liveSource.addEventListener('comment', parse(liveUpdate));
    liveSource.addEventListener('edited', parse(liveUpdate));
    liveSource.addEventListener('removed', parse(liveRemoved));
    liveSource.addEventListener('reactions', parse(liveReactions));
    liveSource.addEventListener('ready', function () { root.setAttribute('data-live', 'ready'); });
  }

  // ---------- layout ----------
  var newForm = el('div', { class: 'parley-new' });
  function renderNewForm() {
    newForm.textContent = '';
    if (!token) {
      newForm.appendChild(el('p', { class: 'parley-note', 'data-testid': 'signed-out', text: t('signedOut') }));
      return;
    }
    newForm.appendChild(composer(null, '', function (body, ta) {
      warning.hidden = true;
      return checkThenPost(body, ta, function (text) {
        return api('POST', '/v1/articles/' + encodeURIComponent(ARTICLE) + '/comments', { body: text }).then(function (posted) {
          localPending[posted.id] = posted;
          say(t('commentSent'));
          return refreshMine().then(function () { return posted; });
        });
      });
    }, t('postComment'), t('yourComment')));
    newForm.appendChild(warning);
  }
  loadMore.addEventListener('click', function () {
    if (isBusy(loadMore)) return;
    busy(loadMore, true);
    loadPage(nextCursor).catch(fail).then(function () { busy(loadMore, false); });
  });
  var heading = el('h2', { text: t('heading'), tabindex: '-1' });
  var refresh = el('button', { type: 'button', class: 'parley-link', 'data-testid': 'refresh', text: t('refresh'), onclick: function () { refreshAll(); } });

  root.textContent = '';
  root.appendChild(el('div', { class: 'parley-top' }, [heading, refresh]));
  root.appendChild(restrictionBox);
  root.appendChild(newForm);
  root.appendChild(message);
  root.appendChild(mutedBox);
  root.appendChild(mineBox);
  root.appendChild(pinnedBox);
  root.appendChild(tabList);
  tabPanel.appendChild(liveBox);
  tabPanel.appendChild(list);
  tabPanel.appendChild(loadMore);
  root.appendChild(tabPanel);
  markTabs();
  root.appendChild(infoBox);
  root.appendChild(accountBox);

  if (!ARTICLE) {
    say(t('needsArticle'), true);
    return;
  }
  renderNewForm();
  loadInfo();
  loadRestrictions();
  loadErasure();
  loadMuted().then(refreshAll).then(startLive);

  window.Parley = {
    setToken: function (t) {
      token = t || null;
      me = viewerId();
      reacted = {};
      renderNewForm();
      loadRestrictions();
      loadErasure();
      return loadMuted().then(refreshAll);
    },
    refresh: refreshAll,
  };
  }
})();
