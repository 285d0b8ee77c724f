/* Parley moderator dashboard. Plain DOM: every piece of user text goes through textContent. */
(function () {
  'use strict';
  const QUEUES = ['flagged', 'pending', 'reported', 'notices', 'appeals', 'rejected', 'removed', 'approved', 'all'];
  const REASONS = ['offensive', 'abusive', 'spam', 'hate_speech', 'harassment', 'personal_information', 'advertising', 'illegal_content', 'misinformation', 'off_topic', 'other'];
  const session = window.ParleyModeratorSession;
  const { $, el } = session;
  const state = { token: null, user: null, queue: 'flagged', items: [], cursor: null, focus: 0, selected: new Set(), counts: {}, source: null };

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: { Authorization: 'Bearer ' + state.token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    if (res.status === 401) {
      logout('Your token was refused: ' + ((data && data.detail) || 'sign in again'));
      throw new Error('unauthorized');
    }
    if (!res.ok) {
      const err = new Error((data && (data.detail || data.title)) || 'HTTP ' + res.status);
      err.status = res.status;
      err.problem = data;
      throw err;
    }
    return data;
  }

  function say(text, isError) {
    const m = $('message');
    m.textContent = text || '';
    m.className = 'message' + (isError ? ' error' : '');
  }

  // ---- login -------------------------------------------------------------------------------
  function login(token) {
    const claims = session.tokenClaims(token);
    if (!claims || !claims.sub) {
      $('login-error').textContent = 'That is not a JWT.';
      return false;
    }
    const roles = claims.roles || [];
    if (!roles.includes('moderator') && !roles.includes('admin')) {
      $('login-error').textContent = 'This token has no moderator role.';
      return false;
    }
    state.token = token;
    state.user = { id: claims.sub, name: claims.name || claims.sub, roles };
    session.saveToken(token);
    $('login').hidden = true;
    $('app').hidden = false;
    $('logout').hidden = false;
    $('whoami').textContent = state.user.name + ' (' + roles.join(', ') + ')';
    start();
    // the sign-in form is gone: the keyboard focus moves to the queue tabs
    const active = document.querySelector('#tabs [aria-selected=true]');
    if (active) active.focus();
    return true;
  }

  function logout(reason) {
    session.forgetToken();
    if (state.source) state.source.close();
    state.token = null;
    $('app').hidden = true;
    $('logout').hidden = true;
    $('login').hidden = false;
    $('whoami').textContent = '';
    $('login-error').textContent = reason || '';
    $('token').focus();
  }

  // ---- queues --------------------------------------------------------------------------------
  function renderTabs() {
    const nav = $('tabs');
    const hadFocus = nav.contains(document.activeElement) ? document.activeElement.getAttribute('data-queue') : null;
    nav.replaceChildren(
      ...QUEUES.map((q) =>
        el(
          'button',
          { type: 'button', role: 'tab', class: 'tab' + (q === state.queue ? ' active' : ''), 'aria-selected': q === state.queue ? 'true' : 'false', 'data-queue': q, onclick: () => selectQueue(q) },
          q + ' ',
          el('span', { class: 'count', 'data-testid': 'count-' + q, text: state.counts[q] ?? '…' }),
        ),
      ),
    );
    // re-rendered on every count update: the focused tab stays focused
    if (hadFocus) nav.querySelector('[data-queue="' + hadFocus + '"]').focus();
  }

  async function refreshCounts() {
    state.counts = await api('GET', '/v1/moderation/counts');
    renderTabs();
  }

  function filters() {
    const p = new URLSearchParams({ sort: $('sort').value, limit: '25' });
    for (const [id, name] of [['filter-article', 'articleId'], ['filter-author', 'authorId'], ['filter-rule', 'rule']]) {
      const v = $(id).value.trim();
      if (v) p.set(name, v);
    }
    return p;
  }

  async function loadQueue(append) {
    const p = filters();
    if (append && state.cursor) p.set('cursor', state.cursor);
    const page = await api('GET', '/v1/moderation/queues/' + state.queue + '?' + p);
    state.items = append ? state.items.concat(page.items) : page.items;
    state.cursor = page.nextCursor;
    if (!append) {
      state.focus = 0;
      state.selected.clear();
    }
    $('new-items').hidden = true;
    renderList();
    if (state.items.length) showDetail(state.items[Math.min(state.focus, state.items.length - 1)]);
    else $('detail').replaceChildren(el('p', { class: 'empty', text: 'Nothing in this queue.' }));
  }

  function selectQueue(q) {
    state.queue = q;
    renderTabs();
    loadQueue(false).catch((e) => say(e.message, true));
  }

  function bodyWithHighlights(item) {
    const ranges = (item.reasons || []).filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end)).map((r) => ({ start: r.start, end: r.end, title: r.ruleId + ': ' + r.message }));
    return el('p', { class: 'body', 'data-testid': 'comment-body' }, window.ParleyHighlight.renderHighlighted(document, item.body || '', ranges));
  }

  function renderList() {
    const list = $('list');
    const owner = list.contains(document.activeElement) ? document.activeElement.closest('[data-id]') : null;
    const refocus = owner ? { id: owner.getAttribute('data-id'), testid: document.activeElement.getAttribute('data-testid') } : null;
    list.replaceChildren(
      ...state.items.map((item, i) =>
        el(
          'li',
          { class: 'card' + (i === state.focus ? ' focused' : '') + (item.claim && item.claim.moderatorId !== state.user.id ? ' claimed' : ''), 'data-id': item.id, 'data-testid': 'card', onclick: () => focusItem(i) },
          el('input', { type: 'checkbox', 'data-testid': 'select', 'aria-label': 'Select the comment by ' + item.authorName, checked: state.selected.has(item.id), onclick: (e) => { e.stopPropagation(); toggleSelect(item.id); } }),
          el('div', { class: 'meta' }, el('strong', { text: item.authorName }), badgeList(item), ' on ', el('code', { text: item.articleId }), ' · ', el('span', { class: 'status status-' + item.status, text: item.status }), ' · rev ' + item.revision, item.reportCount ? ' · ' + item.reportCount + ' report(s)' : '', item.claim ? el('span', { class: 'claim', text: ' · claimed by ' + item.claim.moderatorName }) : null),
          bodyWithHighlights(item),
          item.reasons && item.reasons.length ? el('ul', { class: 'reasons' }, ...item.reasons.map((r) => el('li', {}, el('code', { text: r.ruleId }), ' ', r.message))) : null,
          el('button', { type: 'button', class: 'open', 'data-testid': 'open', 'aria-current': i === state.focus ? 'true' : null, onclick: (e) => { e.stopPropagation(); openItem(i); } }, 'Review', el('span', { class: 'sr', text: ' the comment by ' + item.authorName })),
        ),
      ),
      ...(state.cursor ? [el('li', { class: 'more' }, el('button', { type: 'button', onclick: () => loadQueue(true).catch((e) => say(e.message, true)), text: 'Load more' }))] : []),
    );
    if (refocus) {
      const again = list.querySelector('[data-id="' + refocus.id + '"] [data-testid="' + refocus.testid + '"]');
      if (again) again.focus();
    }
    const any = state.selected.size > 0;
    $('bulk-approve').disabled = !any;
    $('bulk-reject').disabled = !any;
  }

  function toggleSelect(id) {
    if (state.selected.has(id)) state.selected.delete(id);
    else state.selected.add(id);
    renderList();
  }

  function focusItem(i) {
    if (!state.items.length) return;
    state.focus = Math.max(0, Math.min(i, state.items.length - 1));
    renderList();
    showDetail(state.items[state.focus]);
    const card = $('list').children[state.focus];
    if (card && card.scrollIntoView) card.scrollIntoView({ block: 'nearest' });
  }

  /** Opens an item from the keyboard: the focus moves to its detail panel's heading. */
  async function openItem(i) {
    focusItem(i);
    const shown = await state.detailShown;
    const heading = $('detail').querySelector('h2');
    if (shown && heading) heading.focus();
  }

  // ---- detail --------------------------------------------------------------------------------
  function showDetail(item) {
    state.detailShown = renderDetail(item);
    return state.detailShown;
  }

  // Each render of the detail panel is numbered: one that finishes after a later one started (a slow
  // answer for the item opened before) is dropped, so the panel and its buttons are the latest item's.
  let detailRenders = 0;

  async function renderDetail(item) {
    const render = ++detailRenders;
    const box = $('detail');
    box.replaceChildren(el('p', { text: 'Loading…' }));
    let ctx;
    let shown = null;
    let pinned = null; // the id of the article's pinned comment
    try {
      // the warning the writer saw before choosing "Post anyway" (404: none was shown)
      [ctx, shown, pinned] = await Promise.all([
        api('GET', '/v1/moderation/comments/' + item.id),
        api('GET', '/v1/comments/' + item.id + '/shown-warning').catch((e) => {
          if (e.status === 404) return null;
          throw e;
        }),
        api('GET', '/v1/articles/' + encodeURIComponent(item.articleId) + '/pinned-comment').then((p) => (p.comment ? p.comment.id : null), () => null),
      ]);
    } catch (e) {
      if (render === detailRenders) box.replaceChildren(el('p', { class: 'error', text: e.message }));
      return false;
    }
    if (render !== detailRenders) return false;
    const c = ctx.comment;
    const actions = el('div', { class: 'actions' });
    const add = (label, fn, testid) => actions.appendChild(el('button', { type: 'button', 'data-testid': testid, onclick: () => fn().catch((e) => say(e.message, true)), text: label }));
    if (['pending', 'flagged', 'rejected'].includes(c.status) || (c.status === 'approved' && state.queue === 'reported')) add(c.status === 'approved' ? 'Keep (dismiss reports)' : 'Approve (a)', () => decide(c, 'approve'), 'approve');
    if (['pending', 'flagged'].includes(c.status)) add('Reject (r)', () => decide(c, 'reject'), 'reject');
    if (c.status === 'approved') add('Remove', () => decide(c, 'remove'), 'remove');
    if (['removed', 'rejected'].includes(c.status)) add('Restore', () => decide(c, 'restore'), 'restore');
    if (c.status === 'approved') add(c.featured ? 'Unfeature' : 'Feature', () => decide(c, c.featured ? 'unfeature' : 'feature'), 'feature');
    if (c.status === 'approved' && !c.parentId) add(pinned === c.id ? 'Unpin' : 'Pin to article', () => togglePin(c, pinned === c.id), 'pin');
    add('Claim (c)', () => claim(c), 'claim');

    const cases = [];
    if (item.caseId && state.queue === 'appeals') {
      const reason = el('input', { 'data-testid': 'appeal-reason', placeholder: 'Reason sent to the author', size: 40 });
      cases.push(el('div', { class: 'case' }, el('h3', { text: 'Appeal' }), el('p', { text: (ctx.appeals.find((a) => a.id === item.caseId) || {}).explanation || '' }), reason,
        el('button', { type: 'button', 'data-testid': 'appeal-overturn', onclick: () => decideAppeal(item.caseId, 'overturned', reason.value).catch((e) => say(e.message, true)), text: 'Overturn (restore)' }),
        el('button', { type: 'button', 'data-testid': 'appeal-uphold', onclick: () => decideAppeal(item.caseId, 'upheld', reason.value).catch((e) => say(e.message, true)), text: 'Uphold' })));
    }
    if (item.caseId && state.queue === 'notices') {
      const reason = el('input', { 'data-testid': 'notice-reason', placeholder: 'Reason sent to the notifier', size: 40 });
      const notice = ctx.notices.find((n) => n.id === item.caseId) || {};
      cases.push(el('div', { class: 'case' }, el('h3', { text: 'Illegal-content notice' }), el('p', { text: notice.explanation || '' }), reason,
        el('button', { type: 'button', 'data-testid': 'notice-action', onclick: () => decideNotice(item.caseId, c, 'action-taken', reason.value).catch((e) => say(e.message, true)), text: 'Take action' }),
        el('button', { type: 'button', 'data-testid': 'notice-no-action', onclick: () => decideNotice(item.caseId, c, 'no-action', reason.value).catch((e) => say(e.message, true)), text: 'No action' })));
    }

    const parts = [
      el('h2', { tabindex: '-1', text: ctx.article && ctx.article.title ? ctx.article.title : c.articleId }),
      ctx.article && ctx.article.section ? el('p', { class: 'meta', text: 'Section: ' + ctx.article.section }) : null,
      ctx.parent ? el('blockquote', { class: 'parent', 'data-testid': 'parent' }, el('div', { class: 'meta', text: 'In reply to ' + ctx.parent.authorName }), el('p', { text: ctx.parent.body })) : null,
      el('div', { class: 'meta', 'data-testid': 'detail-meta', 'data-comment-id': c.id }, el('strong', { text: c.authorName }), badgeList(c), ' (' + c.authorId + ') · ', el('span', { 'data-testid': 'detail-status', text: c.status }), ' · revision ' + c.revision),
      bodyWithHighlights(c),
      c.reasons.length ? el('ul', { class: 'reasons' }, ...c.reasons.map((r) => el('li', {}, el('code', { text: r.ruleId }), ' ', r.message, r.excerpt ? el('q', { text: r.excerpt }) : null))) : null,
      shown ? shownWarning(shown) : null,
      actions,
      ...cases,
      el('h3', { text: 'Author history' }),
      el('p', { class: 'history', 'data-testid': 'author-history', text: Object.entries(ctx.author.counts).map(([k, v]) => k + ' ' + v).join(' · ') }),
      ctx.reports.length ? el('div', {}, el('h3', { text: 'Reports' }), el('ul', {}, ...ctx.reports.map((r) => el('li', {}, r.reason + (r.text ? ': ' : ''), r.text || '')))) : null,
      ctx.audit.length ? el('details', {}, el('summary', { text: 'Audit trail (' + ctx.audit.length + ')' }), el('ul', {}, ...ctx.audit.map((a) => el('li', { text: a.at + ' ' + a.actor + ' ' + a.action })))) : null,
    ];
    // replaceChildren would turn a null into the text "null": keep only nodes.
    box.replaceChildren(...parts.filter(Boolean));
    return true;
  }

  /** The pre-post warning the writer was shown and posted anyway, as recorded with the comment. */
  function shownWarning(w) {
    return el(
      'div',
      { class: 'shown-warning', 'data-testid': 'shown-warning' },
      el('h3', { text: 'Writer was warned before posting' }),
      el('p', { class: 'meta', 'data-testid': 'shown-warning-meta', text: 'Posted anyway on ' + new Date(w.shownAt).toLocaleString() + ' after a warning that it would be ' + (w.decision === 'rejected' ? 'refused' : 'held for review') }),
      el('ul', { class: 'reasons', 'data-testid': 'shown-warning-reasons' }, ...w.reasons.map((r) => el('li', {}, r.message, r.excerpt ? el('q', { text: r.excerpt }) : null))),
    );
  }

  /** The author's badges (staff, subscriber, expert) after their name; null when none. */
  function badgeList(c) {
    if (!c.badges || !c.badges.length) return null;
    return el('span', { class: 'badges', 'data-testid': 'author-badges' }, ...c.badges.map((b) => el('span', { class: 'author-badge author-badge-' + b, 'data-testid': 'author-badge', text: b })));
  }

  /** Pins the comment to its article (replacing the pinned one), or unpins it. */
  async function togglePin(c, isPinned) {
    const path = '/v1/moderation/articles/' + encodeURIComponent(c.articleId) + '/pinned-comment';
    if (isPinned) {
      await api('DELETE', path);
      say('Unpinned from ' + c.articleId);
    } else {
      const r = await api('PUT', path, { commentId: c.id });
      say('Pinned to ' + c.articleId + (r.replaced ? ' (replacing the comment pinned before)' : ''));
    }
    await showDetail(state.items[state.focus] || c);
    const again = $('detail').querySelector('[data-testid=pin]');
    if (again) again.focus();
  }

  function currentReason() {
    return $('reason').value;
  }

  async function decide(c, action) {
    const body = { action, revision: c.revision };
    if (action === 'reject' || action === 'remove') body.reason = currentReason();
    const fromDetail = $('detail').contains(document.activeElement);
    const r = await api('POST', '/v1/moderation/comments/' + c.id + '/decisions', body);
    say(action + ': comment is now ' + r.status);
    await Promise.all([refreshCounts(), loadQueue(false)]);
    if (fromDetail || document.activeElement === document.body) focusQueue();
  }

  /** The keyboard focus goes to the item in line (its Review button), or to the queue's tab when it is empty. */
  function focusQueue() {
    const next = $('list').children[state.focus];
    const open = next && next.querySelector('[data-testid=open]');
    if (open) open.focus();
    else {
      const tab = document.querySelector('#tabs [aria-selected=true]');
      if (tab) tab.focus();
    }
  }

  async function claim(c) {
    const r = await api('POST', '/v1/moderation/comments/' + c.id + '/claim');
    say('Claimed until ' + r.expiresAt);
    await loadQueue(false);
  }

  async function decideAppeal(id, outcome, reason) {
    await api('POST', '/v1/moderation/appeals/' + encodeURIComponent(id) + '/decision', { outcome, reason: reason || (outcome === 'overturned' ? 'Your appeal was accepted.' : 'The decision stands.') });
    say('Appeal ' + outcome);
    await Promise.all([refreshCounts(), loadQueue(false)]);
  }

  async function decideNotice(id, c, outcome, reason) {
    await api('POST', '/v1/moderation/notices/' + encodeURIComponent(id) + '/decision', { outcome, revision: c.revision, reasonCode: 'illegal_content', reason: reason || (outcome === 'action-taken' ? 'The comment was removed.' : 'No action was needed.') });
    say('Notice: ' + outcome);
    await Promise.all([refreshCounts(), loadQueue(false)]);
  }

  async function bulk(action) {
    const items = state.items.filter((i) => state.selected.has(i.id)).map((i) => ({ id: i.id, revision: i.revision }));
    if (!items.length) return;
    const body = { action, items };
    if (action === 'reject') body.reason = currentReason();
    const r = await api('POST', '/v1/moderation/decisions/bulk', body);
    say(action + ': ' + r.succeeded + ' done, ' + r.failed + ' failed');
    await Promise.all([refreshCounts(), loadQueue(false)]);
    // the bulk buttons are disabled again (nothing selected): the focus goes to the queue
    if (document.activeElement === document.body || (document.activeElement && document.activeElement.disabled)) focusQueue();
  }

  // ---- live updates --------------------------------------------------------------------------
  function connectStream() {
    if (state.source) state.source.close();
    const es = new EventSource('/v1/moderation/stream?access_token=' + encodeURIComponent(state.token));
    state.source = es;
    es.addEventListener('open', () => $('live').classList.add('on'));
    es.addEventListener('error', () => $('live').classList.remove('on'));
    es.addEventListener('counts', (e) => {
      const data = JSON.parse(e.data);
      const before = state.counts[state.queue];
      state.counts = data.counts;
      renderTabs();
      if (before !== undefined && data.counts[state.queue] > before) {
        if (!state.items.length) loadQueue(false).catch(() => undefined);
        else $('new-items').hidden = false;
      }
    });
  }

  function start() {
    const reason = $('reason');
    reason.replaceChildren(...REASONS.map((r) => el('option', { value: r, text: r.replace(/_/g, ' ') })));
    renderTabs();
    refreshCounts().catch((e) => say(e.message, true));
    loadQueue(false).catch((e) => say(e.message, true));
    connectStream();
  }

  // Single-character shortcuts can be turned off (WCAG 2.1.4), e.g. for speech input; the choice is kept.
  const shortcuts = $('shortcuts');
  shortcuts.checked = localStorage.getItem('parley.moderator.shortcuts') !== 'off';
  shortcuts.addEventListener('change', () => localStorage.setItem('parley.moderator.shortcuts', shortcuts.checked ? 'on' : 'off'));

  document.addEventListener('keydown', (e) => {
    if ($('app').hidden || !shortcuts.checked || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    const item = state.items[state.focus];
    const run = (p) => p.catch((err) => say(err.message, true));
    if (e.key === 'j') focusItem(state.focus + 1);
    else if (e.key === 'k') focusItem(state.focus - 1);
    else if (e.key === 'x' && item) toggleSelect(item.id);
    else if (e.key === 'a' && item) run(decide(item, 'approve'));
    else if (e.key === 'r' && item) run(decide(item, item.status === 'approved' ? 'remove' : 'reject'));
    else if (e.key === 'c' && item) run(claim(item));
    else return;
    e.preventDefault();
  });

  $('login-form').addEventListener('submit', (e) => {
    e.preventDefault();
    login($('token').value.trim());
  });
  $('logout').addEventListener('click', () => logout(''));
  $('apply-filters').addEventListener('click', () => loadQueue(false).catch((e) => say(e.message, true)));
  $('sort').addEventListener('change', () => loadQueue(false).catch((e) => say(e.message, true)));
  $('bulk-approve').addEventListener('click', () => bulk('approve').catch((e) => say(e.message, true)));
  $('bulk-reject').addEventListener('click', () => bulk('reject').catch((e) => say(e.message, true)));
  $('show-new').addEventListener('click', () => loadQueue(false).catch((e) => say(e.message, true)));

  const saved = session.initialToken({ removeFromAddress: true });
  if (!saved || !login(saved)) $('login').hidden = false;
})();
