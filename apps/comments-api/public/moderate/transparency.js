/* Transparency report page: fetches GET /v1/moderation/transparency/report and draws each
 * breakdown as an SVG bar chart (role="img" with a text alternative) beside the same figures as
 * a table. No dependencies beyond the dashboard's own moderator-session.js (the dashboard's CSP
 * allows only its own files). */
(function () {
  'use strict';
  const { $, el, reportPage, download } = window.ParleyModeratorSession;
  const SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }
  const fmt = (v) => (v === null || v === undefined ? '—' : typeof v === 'number' ? v.toLocaleString('en') : String(v));
  const duration = (s) => (s === null || s === undefined ? '—' : s < 3600 ? `${Math.round(s / 6) / 10} min` : `${Math.round(s / 360) / 10} h`);

  let chartId = 0;
  /** A horizontal bar chart with a text alternative (title + desc) for screen readers. */
  function barChart(title, entries) {
    const id = `chart-${++chartId}`;
    const max = Math.max(1, ...entries.map(([, v]) => v));
    const row = 26;
    const width = 520;
    const labelWidth = 210;
    const s = svg('svg', { class: 'chart', role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, viewBox: `0 0 ${width} ${Math.max(1, entries.length) * row + 4}`, width, height: Math.max(1, entries.length) * row + 4 });
    s.append(svg('title', { id: `${id}-t` }, title));
    s.append(svg('desc', { id: `${id}-d` }, entries.length ? entries.map(([k, v]) => `${k}: ${v}`).join('; ') : 'No data'));
    entries.forEach(([k, v], i) => {
      const y = i * row + 2;
      s.append(svg('text', { class: 'label', x: 0, y: y + 17 }, k.length > 30 ? k.slice(0, 29) + '…' : k));
      s.append(svg('rect', { class: 'bar', x: labelWidth, y: y + 4, height: 16, width: Math.max(1, Math.round(((width - labelWidth - 60) * v) / max)) }));
      s.append(svg('text', { class: 'value', x: labelWidth + Math.round(((width - labelWidth - 60) * v) / max) + 6, y: y + 17 }, fmt(v)));
    });
    return el('figure', {}, el('figcaption', {}, title), s);
  }
  function table(caption, rows) {
    const t = el('table', {}, el('caption', {}, caption));
    const head = el('tr', {}, el('th', { scope: 'col' }, 'Figure'), el('th', { scope: 'col' }, 'Value'));
    t.append(el('thead', {}, head));
    const body = el('tbody');
    for (const [k, v] of rows) body.append(el('tr', {}, el('th', { scope: 'row' }, k), el('td', { class: 'num' }, v)));
    t.append(body);
    return t;
  }
  function section(title, rows, charts) {
    const s = el('section', { class: 'figures', 'aria-label': title }, el('h2', {}, title), table(title, rows));
    if (charts.length) s.append(el('div', { class: 'charts' }, ...charts));
    return s;
  }
  const entries = (obj) => Object.entries(obj || {}).sort((a, b) => b[1] - a[1]);

  function render(r) {
    const out = $('report');
    out.replaceChildren(
      section('Notices (Art. 16)', [
        ['Received', fmt(r.notices.received)],
        ['Decided', fmt(r.notices.decided)],
        ['Action taken', fmt(r.notices.actionTaken)],
        ['No action', fmt(r.notices.noAction)],
        ['Median time to act', duration(r.notices.medianSecondsToAct)],
      ], [barChart('Notices by type of illegal content', entries(r.notices.byType))]),
      section('Decisions (statements of reasons)', [
        ['Restrictions', fmt(r.decisions.total)],
        ['On legal grounds', fmt(r.decisions.legalGround)],
        ['On terms-of-service grounds', fmt(r.decisions.termsOfService)],
        ['Fully automated', fmt(r.decisions.fullyAutomated)],
        ['Partially automated', fmt(r.decisions.partiallyAutomated)],
        ['Human', fmt(r.decisions.human)],
      ], [
        barChart('Decisions by ground', [['Legal (illegal content)', r.decisions.legalGround], ['Terms of service', r.decisions.termsOfService]]),
        barChart('Decisions by automation', [['Fully automated', r.decisions.fullyAutomated], ['Partially automated', r.decisions.partiallyAutomated], ['Human', r.decisions.human]]),
        barChart('Decisions by action', entries(r.decisions.byAction)),
      ]),
      section('Complaints (Art. 20)', [
        ['Received', fmt(r.complaints.received)],
        ['Decided', fmt(r.complaints.decided)],
        ['Decision reversed', fmt(r.complaints.reversed)],
        ['Decision upheld', fmt(r.complaints.upheld)],
        ['Median time to decide', duration(r.complaints.medianSecondsToDecide)],
      ], [barChart('Complaints', [['Received', r.complaints.received], ['Decided', r.complaints.decided], ['Reversed', r.complaints.reversed]])]),
      section('Suspensions', [
        ['Account suspensions', fmt(r.suspensions.accountSuspensions)],
        ['Under the misuse policy (Art. 23)', fmt(r.suspensions.art23)],
      ], []),
      section('Average monthly active recipients', [
        ['Average per month', fmt(r.activeRecipients.averageMonthly)],
        ...r.activeRecipients.months.map((m) => [m.month, fmt(m.activeRecipients)]),
      ], [barChart('Active recipients per month', r.activeRecipients.months.map((m) => [m.month, m.activeRecipients]))]),
    );
  }

  function period() {
    const from = $('from').value;
    const to = $('to').value;
    if (!from || !to) return null;
    const end = new Date(`${to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    return `from=${encodeURIComponent(new Date(`${from}T00:00:00Z`).toISOString())}&to=${encodeURIComponent(end.toISOString())}`;
  }

  async function fetchReport(format) {
    const q = period();
    if (!q) {
      $('status').textContent = 'Choose a period.';
      return null;
    }
    return session.fetch(`/v1/moderation/transparency/report?${q}&format=${format}`, 'The report could not be loaded');
  }

  // Only the latest request's answer is shown: an earlier one (the year to date loaded on
  // opening) may arrive after the period the user asked for since.
  let latest = 0;
  async function show() {
    const mine = ++latest;
    $('status').textContent = 'Loading…';
    const res = await fetchReport('json');
    if (!res || mine !== latest) return;
    const r = await res.json();
    if (mine !== latest) return;
    render(r);
    $('status').textContent = `Report for ${r.period.from.slice(0, 10)} to ${r.period.to.slice(0, 10)} (end exclusive).`;
  }

  async function csv() {
    const res = await fetchReport('csv');
    if (res) await download(res, 'transparency-report.csv');
  }

  const session = reportPage({ show, csv });

  const today = new Date();
  $('to').value = today.toISOString().slice(0, 10);
  $('from').value = new Date(Date.UTC(today.getUTCFullYear(), 0, 1)).toISOString().slice(0, 10);
  session.start();
})();
