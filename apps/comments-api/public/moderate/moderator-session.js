/* The moderator's session, shared by the dashboard's pages (loaded before each page's own script):
 * the token a page signs in with (from ?token= in the address, else the one kept in this tab's
 * sessionStorage, under one key for every page), and for the report pages (analytics,
 * transparency) the sign-in form, authorised requests, CSV downloads and the start-up.
 * Exposes window.ParleyModeratorSession. */
(function (global) {
  'use strict';
  const KEY = 'parley.moderator.token';
  const $ = (id) => document.getElementById(id);

  /** An element with attributes and children (text or nodes). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) e.append(c);
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

  /** Saves a response's body as a file named `filename`. */
  async function download(res, filename) {
    const url = URL.createObjectURL(await res.blob());
    const a = el('a', { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  global.ParleyModeratorSession = Object.freeze({ $, el, initialToken, saveToken, forgetToken, reportPage, download });
})(window);
