/* The moderator's session, shared by the dashboard's pages (loaded before each page's own script):
 * the token a page signs in with (from ?token= in the address, else the one kept in this tab's
 * sessionStorage, under one key for every page) and its claims, saving a downloaded file, and for
 * the report pages (analytics, transparency) the sign-in form, authorised requests and the
 * start-up. Exposes window.ParleyModeratorSession. */
(function (global) {
  'use strict';
  const KEY = 'parley.moderator.token';
  const $ = (id) => document.getElementById(id);

  /**
   * An element. `attrs`: attributes (true: present, false, null or undefined: left out), `class`,
   * `text` (its textContent) and `on…` listeners; `children`: text or nodes (arrays flattened, null
   * and undefined left out). User text only ever becomes text nodes.
   */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = String(v);
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  /** The token to sign in with: ?token= (taken out of the address when `removeFromAddress`), else the saved one. */
  function initialToken(opts) {
    const fromUrl = new URLSearchParams(location.search).get('token');
    if (fromUrl && opts && opts.removeFromAddress) history.replaceState(null, '', location.pathname);
    return fromUrl || sessionStorage.getItem(KEY);
  }
  const saveToken = (token) => sessionStorage.setItem(KEY, token);
  const forgetToken = () => sessionStorage.removeItem(KEY);

  /** The claims of a JWT (not verified: the API does that), or null when it is not one. */
  function tokenClaims(token) {
    try {
      const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(escape(atob(part + '==='.slice((part.length + 3) % 4)))));
    } catch {
      return null;
    }
  }

  /**
   * A report page: the sign-in form (#login, #login-form, #token), the period form (#period), the
   * CSV button (#csv) and the status line (#status). `show()` draws the report, `csv()` downloads
   * it; both are called once signed in. Returns the page's session: `fetch(url, failure)` sends the
   * token and answers the response, or null after saying why in the status line (`failure`: what
   * could not be loaded), showing the sign-in form again on 401.
   */
  function reportPage({ show, csv }) {
    let token = initialToken();
    const showLogin = () => {
      $('login').hidden = false;
    };
    $('login-form').addEventListener('submit', (e) => {
      e.preventDefault();
      token = $('token').value.trim();
      saveToken(token);
      $('login').hidden = true;
      show();
    });
    $('period').addEventListener('submit', (e) => {
      e.preventDefault();
      show();
    });
    $('csv').addEventListener('click', () => csv());

    async function authorisedFetch(url, failure) {
      const res = await fetch(url, { headers: { Authorization: 'Bearer ' + token } });
      if (!res.ok) {
        const problem = await res.json().catch(() => ({}));
        $('status').textContent = `${failure}: ${problem.detail || res.status}`;
        if (res.status === 401) showLogin();
        return null;
      }
      return res;
    }

    return {
      fetch: authorisedFetch,
      /** Shows the report if there is a token, else the sign-in form (call once the page is set up). */
      start() {
        if (token) {
          saveToken(token);
          show();
        } else showLogin();
      },
    };
  }

  /** Saves `blob` as a file named `filename` (through a hidden link the page clicks). */
  function saveBlob(blob, filename) {
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: filename, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Saves a response's body as a file named `filename`. */
  async function download(res, filename) {
    saveBlob(await res.blob(), filename);
  }

  global.ParleyModeratorSession = Object.freeze({ $, el, initialToken, saveToken, forgetToken, tokenClaims, reportPage, saveBlob, download });
})(window);
