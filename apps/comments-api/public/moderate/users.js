/* User data (GDPR) page of the moderator dashboard, for administrators: look up a user id,
 * download what comments-api holds about them (GET /v1/admin/users/:userId/export, saved as a
 * JSON file), and schedule or cancel the erasure of their account (POST / DELETE
 * /v1/admin/users/:userId/erasure; carried out after the grace period). A moderator without the
 * admin role gets an explanation and no controls (the API refuses them too). Every piece of user
 * text goes through textContent. */
(function () {
  'use strict';
  const session = window.ParleyModeratorSession;
  const { $, el } = session;
  const state = { token: null, userId: null, erasure: null };

  function say(text, isError) {
    $('status').textContent = text || '';
    $('status').className = 'message' + (isError ? ' error' : '');
  }
  const when = (iso) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : '');
  const userPath = (id) => '/v1/admin/users/' + encodeURIComponent(id);

  async function request(method, path) {
    const res = await fetch(path, { method, headers: { Authorization: 'Bearer ' + state.token }, cache: 'no-store' });
    if (res.status === 401) {
      session.forgetToken();
      showLogin();
    }
    if (!res.ok) {
      const problem = await res.json().catch(() => null);
      const err = new Error((problem && (problem.detail || problem.title)) || 'HTTP ' + res.status);
      err.status = res.status;
      err.problem = problem;
      throw err;
    }
    return res;
  }

  // ---- sign-in: the dashboard's token for this tab, ?token=, or the form -----------------------
  function showLogin() {
    $('login').hidden = false;
    $('tools').hidden = true;
    $('token').focus();
  }
  function signIn(token) {
    const claims = session.tokenClaims(token);
    if (!claims || !claims.sub) return showLogin();
    state.token = token;
    session.saveToken(token);
    const roles = Array.isArray(claims.roles) ? claims.roles : [];
    $('login').hidden = true;
    $('whoami').textContent = (claims.name || claims.sub) + ' (' + roles.join(', ') + ')';
    const admin = roles.includes('admin');
    $('not-admin').hidden = admin;
    $('roles').textContent = roles.join(', ') || 'none';
    $('tools').hidden = !admin;
    if (admin) $('user-id').focus();
  }

  // ---- one user ---------------------------------------------------------------------------------
  function erasureText(e) {
    if (!e) return 'No erasure has been requested for this account.';
    const by = e.requestedBy === 'admin' ? 'by an administrator' : 'by the user';
    if (e.status === 'scheduled') return `Erasure requested ${by} on ${when(e.requestedAt)}; it will be carried out on ${when(e.executeAfter)} unless cancelled before.`;
    if (e.status === 'cancelled') return `An erasure requested ${by} on ${when(e.requestedAt)} was cancelled on ${when(e.cancelledAt)}.`;
    if (e.status === 'erasing') return `The account is being erased (requested ${by} on ${when(e.requestedAt)}).`;
    if (e.status === 'erased') return `The account was erased on ${when(e.erasedAt)}.`;
    return e.status;
  }
  /** Draws the user's status and actions; `focus` names the action to give the keyboard focus to. */
  function renderUser(focus) {
    const id = state.userId;
    const e = state.erasure;
    $('user').hidden = false;
    $('user-title').textContent = 'User ' + id;
    $('erasure-status').textContent = erasureText(e);
    $('erasure-status').setAttribute('data-status', e ? e.status : 'none');
    $('notifications-part').textContent = '/v1/admin/notification-data/' + encodeURIComponent(id);
    const actions = [
      el('button', { type: 'button', 'data-testid': 'download-export', text: 'Download export (JSON)', onclick: (ev) => download(ev.currentTarget, userPath(id) + '/export', 'parley-export') }),
      el('button', { type: 'button', 'data-testid': 'download-notifications', text: 'Download notifications part (JSON)', onclick: (ev) => download(ev.currentTarget, '/v1/admin/notification-data/' + encodeURIComponent(id), 'parley-notifications-export-' + id.replace(/[^A-Za-z0-9._-]/g, '_')) }),
    ];
    if (e && e.status === 'scheduled') actions.push(el('button', { type: 'button', 'data-testid': 'cancel-erasure', text: 'Cancel erasure', onclick: (ev) => cancel(ev.currentTarget) }));
    else if (!e || e.status === 'cancelled') actions.push(el('button', { type: 'button', 'data-testid': 'schedule-erasure', 'aria-expanded': 'false', 'aria-controls': 'erasure-confirm', text: 'Schedule erasure…', onclick: (ev) => confirmErasure(ev.currentTarget) }));
    $('user-actions').replaceChildren(...actions);
    const target = focus && $('user-actions').querySelector(`[data-testid=${focus}]`);
    if (target) target.focus();
  }

  async function lookUp(id) {
    $('user-id-error').textContent = '';
    $('user-id').removeAttribute('aria-invalid');
    if (!id) return invalid('Enter a user id.');
    say('Looking up ' + id + '…');
    let erasure = null;
    try {
      erasure = await (await request('GET', userPath(id) + '/erasure')).json();
    } catch (err) {
      if (err.status === 400) return invalid(err.message);
      if (err.status !== 404) return say('The user could not be looked up: ' + err.message, true);
    }
    state.userId = id;
    state.erasure = erasure;
    renderUser(null);
    say('');
    $('user-title').focus();
  }
  function invalid(text) {
    $('user').hidden = true;
    $('user-id').setAttribute('aria-invalid', 'true');
    $('user-id-error').textContent = text;
    say('');
    $('user-id').focus();
  }

  /** Saves an export (comments-api's, or the notifications app's behind the same address) as a JSON file. */
  async function download(btn, path, fallbackName) {
    if (btn.getAttribute('aria-disabled') === 'true') return;
    btn.setAttribute('aria-disabled', 'true');
    try {
      const res = await request('GET', path);
      const m = /filename="?([^";]+)"?/.exec(res.headers.get('Content-Disposition') || '');
      const name = m ? m[1] : `${fallbackName}-${new Date().toISOString().slice(0, 10)}.json`;
      session.saveBlob(new Blob([await res.blob()], { type: 'application/json' }), name);
      say(`Export of ${state.userId} downloaded as ${name}.`);
    } catch (err) {
      say('The export failed: ' + err.message, true);
    } finally {
      btn.removeAttribute('aria-disabled');
    }
  }

  /** The confirmation names the user and what happens; Escape or "Keep the account" closes it. */
  function confirmErasure(opener) {
    if ($('erasure-confirm')) return;
    const explain = el('p', { id: 'erasure-explain', tabindex: '-1', 'data-testid': 'erasure-explain' });
    explain.textContent = `Erase the account of ${state.userId}? After the grace period their comments are erased in every app (replies by others stay, under a placeholder), their reactions, mutes, notifications and settings deleted. Until then you or they can cancel it.`;
    const close = () => {
      box.remove();
      opener.setAttribute('aria-expanded', 'false');
      opener.focus();
    };
    const yes = el('button', { type: 'button', class: 'danger', 'data-testid': 'confirm-erasure', text: 'Schedule erasure', onclick: () => schedule(yes) });
    const box = el('div', { id: 'erasure-confirm', class: 'confirm', role: 'group', 'aria-label': 'Confirm the erasure', 'aria-describedby': 'erasure-explain', 'data-testid': 'erasure-confirm' },
      explain, el('div', { class: 'actions' }, yes, el('button', { type: 'button', 'data-testid': 'keep-account', text: 'Keep the account', onclick: close })));
    box.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.preventDefault();
        close();
      }
    });
    $('user-actions').after(box);
    opener.setAttribute('aria-expanded', 'true');
    explain.focus();
  }
  async function schedule(btn) {
    if (btn.getAttribute('aria-disabled') === 'true') return;
    btn.setAttribute('aria-disabled', 'true');
    try {
      state.erasure = await (await request('POST', userPath(state.userId) + '/erasure')).json();
      $('erasure-confirm')?.remove();
      renderUser('cancel-erasure');
      say(`Erasure of ${state.userId} scheduled for ${when(state.erasure.executeAfter)}.`);
    } catch (err) {
      btn.removeAttribute('aria-disabled');
      say('The erasure could not be scheduled: ' + err.message, true);
    }
  }
  async function cancel(btn) {
    if (btn.getAttribute('aria-disabled') === 'true') return;
    btn.setAttribute('aria-disabled', 'true');
    try {
      state.erasure = await (await request('DELETE', userPath(state.userId) + '/erasure')).json();
      renderUser('schedule-erasure');
      say(`Erasure of ${state.userId} cancelled.`);
    } catch (err) {
      btn.removeAttribute('aria-disabled');
      say('The erasure could not be cancelled: ' + err.message, true);
    }
  }

  $('login-form').addEventListener('submit', (e) => {
    e.preventDefault();
    signIn($('token').value.trim());
  });
  $('lookup').addEventListener('submit', (e) => {
    e.preventDefault();
    lookUp($('user-id').value.trim());
  });

  const saved = session.initialToken({ removeFromAddress: true });
  if (saved) signIn(saved);
  else showLogin();
})();
