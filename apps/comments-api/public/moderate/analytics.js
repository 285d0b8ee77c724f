/* Moderation analytics page: fetches GET /v1/moderation/analytics and draws its figures with
 * Chart.js (served from node_modules at vendor/chart.js/, no CDN). Every chart is a canvas with a
 * text alternative (role="img", aria-label), keyboard operable (arrow keys, Home, End read one
 * bucket at a time into a live region and show its tooltip), and followed by the same figures as
 * a table. */
(function () {
  'use strict';
  const { $, el, reportPage, download } = window.ParleyModeratorSession;
  const charts = [];
  // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
  const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];
  const BACKLOG_QUEUES = [['pending', 'Pending (premoderation)'], ['flagged', 'Held (flagged)'], ['reported', 'Reported'], ['notices', 'Notices'], ['appeals', 'Appeals']];
  const OUTCOME_LABELS = { approved: 'Approved', flagged: 'Held (flagged)', rejected: 'Rejected', removed: 'Removed' };

  const fmt = (v) => (v === null || v === undefined ? '—' : typeof v === 'number' ? v.toLocaleString('en') : String(v));
  function duration(ms) {
    if (ms === null || ms === undefined) return '—';
    if (ms < 60_000) return `${Math.round(ms / 100) / 10} s`;
    if (ms < 3_600_000) return `${Math.round(ms / 6_000) / 10} min`;
    return `${Math.round(ms / 360_000) / 10} h`;
  }
  const minutes = (ms) => (ms === null || ms === undefined ? null : Math.round(ms / 600) / 100);

  function table(caption, head, rows) {
    const t = el('table', {}, el('caption', {}, caption));
    t.append(el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))));
    const body = el('tbody');
    for (const [label, ...cells] of rows) body.append(el('tr', {}, el('th', { scope: 'row' }, label), ...cells.map((c) => el('td', { class: 'num' }, c))));
    t.append(body);
    return el('div', { class: 'table-scroll' }, t);
  }

  /** One series in words: its total when its values add up (counts), else its range (durations). */
  function describe(s) {
    const present = s.values.filter((v) => v !== null && v !== undefined);
    if (s.summable === false) {
      if (!present.length) return `${s.label}: no values`;
      const show = s.format || fmt;
      return `${s.label} from ${show(Math.min(...present))} to ${show(Math.max(...present))}`;
    }
    return `${s.label} in total ${fmt(present.reduce((a, v) => a + v, 0))}`;
  }

  let chartNo = 0;
  /**
   * A chart with its data table. `labels`: x categories; `series`: [{ label, values, format }].
   * Keyboard: the canvas takes focus; arrows move through the categories.
   */
  function chartFigure(title, type, labels, series, opts = {}) {
    const id = `chart-${++chartNo}`;
    const summary = labels.length
      ? `${title}: ${labels.length} ${labels.length === 1 ? 'entry' : 'entries'}. ${series.map(describe).join('; ')}. Focus and use the arrow keys to read each value; the table below has them all.`
      : `${title}: no data.`;
    const canvas = el('canvas', { id, role: 'img', tabindex: '0', 'aria-label': summary, 'aria-describedby': `${id}-readout` });
    canvas.textContent = summary;
    const readout = el('p', { id: `${id}-readout`, class: 'chart-readout', 'aria-live': 'polite' });
    const figure = el('figure', { 'aria-labelledby': `${id}-caption` }, el('figcaption', { id: `${id}-caption` }, title), el('div', { class: 'chart-box' }, canvas), readout);
    const show = (v, s) => (s.format ? s.format(v) : fmt(v));
    figure.append(table(`${title} (data)`, [opts.categoryHeading || 'Bucket', ...series.map((s) => s.label)], labels.map((l, i) => [l, ...series.map((s) => show(s.values[i], s))])));
    const chart = new window.Chart(canvas, {
      type,
      data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: s.colour || COLOURS[i % COLOURS.length], borderColor: s.colour || COLOURS[i % COLOURS.length], borderWidth: type === 'line' ? 2 : 0, pointRadius: type === 'line' ? 3 : undefined, spanGaps: true })) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: opts.horizontal ? 'y' : 'x',
        // Counts get whole-number ticks; durations (yTitle) any.
        scales: {
          x: { stacked: !!opts.stacked, beginAtZero: true, ticks: { precision: opts.yTitle ? undefined : 0 } },
          y: { stacked: !!opts.stacked, beginAtZero: true, ticks: { precision: opts.yTitle ? undefined : 0 }, title: opts.yTitle ? { display: true, text: opts.yTitle } : undefined },
        },
        plugins: { legend: { display: series.length > 1 }, tooltip: { mode: 'index', intersect: false } },
      },
    });
    charts.push(chart);
    let at = -1;
    canvas.addEventListener('keydown', (e) => {
      if (!labels.length) return;
      const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: labels.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      at = Math.min(labels.length - 1, Math.max(0, next));
      const active = series.map((_, d) => ({ datasetIndex: d, index: at }));
      chart.setActiveElements(active);
      chart.tooltip.setActiveElements(active, { x: 0, y: 0 });
      chart.update();
      readout.textContent = `${labels[at]}: ${series.map((s) => `${s.label} ${show(s.values[at], s)}`).join(', ')}`;
    });
    canvas.addEventListener('blur', () => {
      chart.setActiveElements([]);
      chart.tooltip.setActiveElements([], { x: 0, y: 0 });
      chart.update();
    });
    return figure;
  }

  function section(title, ...children) {
    return el('section', { class: 'figures', 'aria-label': title }, el('h2', {}, title), ...children);
  }

  function render(r) {
    for (const c of charts.splice(0)) c.destroy();
    const per = r.granularity === 'week' ? 'week' : 'day';
    const labels = r.buckets.map((b) => (per === 'week' ? `week of ${b.start.slice(0, 10)}` : b.start.slice(0, 10)));
    const t = r.totals;
    const outcomeSeries = Object.keys(OUTCOME_LABELS).map((o) => ({ label: OUTCOME_LABELS[o], values: r.buckets.map((b) => b.decisions.byOutcome[o]) }));
    const counted = (rows) => [rows.map((x) => x.key), [{ label: 'Decisions', values: rows.map((x) => x.count) }]];
    const [ruleLabels, ruleSeries] = counted(t.decisions.byRule);
    const [modLabels, modSeries] = counted(t.decisions.byModerator);
    const reasonRows = t.reports.byReason;
    $('report').replaceChildren(
      section(
        'Whole period',
        table('Whole period', ['Figure', 'Value'], [
          ['Comments', fmt(t.comments)],
          ['Decisions', fmt(t.decisions.total)],
          ['Automated decisions', fmt(Object.values(t.decisions.automated).reduce((a, v) => a + v, 0))],
          ["Moderators' decisions", fmt(Object.values(t.decisions.human).reduce((a, v) => a + v, 0))],
          ['Median time to decision', duration(t.timeToDecision.medianMs)],
          ['90th percentile time to decision', duration(t.timeToDecision.p90Ms)],
          ['Reports', fmt(t.reports.total)],
          ['Notices of illegal content', fmt(t.notices)],
          ['Appeals received', fmt(t.appeals.received)],
          ['Appeals decided', fmt(t.appeals.decided)],
          ['Appeals upheld', fmt(t.appeals.upheld)],
          ['Appeals overturned', fmt(t.appeals.overturned)],
        ]),
      ),
      section(
        'Queues now',
        chartFigure('Items waiting in each queue now', 'bar', ['Pending (premoderation)', 'Held (flagged)', 'Reported', 'Notices', 'Appeals'], [{ label: 'Items', values: [r.backlog.pending, r.backlog.flagged, r.backlog.reported, r.backlog.notices, r.backlog.appeals] }], { categoryHeading: 'Queue' }),
      ),
      section(
        `Per ${per}`,
        chartFigure(`Decisions per ${per} by outcome`, 'bar', labels, outcomeSeries, { stacked: true }),
        chartFigure(`Comments, reports and appeals per ${per}`, 'line', labels, [
          { label: 'Comments', values: r.buckets.map((b) => b.comments) },
          { label: 'Reports', values: r.buckets.map((b) => b.reports.total) },
          { label: 'Appeals received', values: r.buckets.map((b) => b.appeals.received) },
        ]),
        chartFigure(`Time to a moderator's decision per ${per} (minutes)`, 'line', labels, [
          { label: 'Median', summable: false, values: r.buckets.map((b) => minutes(b.timeToDecision.medianMs)), format: (v) => (v === null || v === undefined ? '—' : `${v} min`) },
          { label: '90th percentile', summable: false, values: r.buckets.map((b) => minutes(b.timeToDecision.p90Ms)), format: (v) => (v === null || v === undefined ? '—' : `${v} min`) },
        ], { yTitle: 'minutes' }),
        // The queues at each bucket's end (the latest snapshot in it; "—" where none was taken).
        chartFigure(`Items waiting at the end of each ${per}`, 'line', labels, BACKLOG_QUEUES.map(([k, label]) => ({
          label, summable: false, values: r.buckets.map((b) => (b.backlog ? b.backlog[k] : null)),
        }))),
      ),
      section(
        'Breakdowns for the whole period',
        chartFigure('Automated decisions by rule', 'bar', ruleLabels, ruleSeries, { horizontal: true, categoryHeading: 'Rule' }),
        chartFigure("Moderators' decisions by moderator", 'bar', modLabels, modSeries, { horizontal: true, categoryHeading: 'Moderator' }),
        chartFigure('Reports by reason', 'bar', reasonRows.map((x) => x.key), [{ label: 'Reports', values: reasonRows.map((x) => x.count) }], { horizontal: true, categoryHeading: 'Reason' }),
      ),
    );
  }

  function query(format) {
    const from = $('from').value;
    const to = $('to').value;
    if (!from || !to) return null;
    const q = new URLSearchParams({ from, to, granularity: $('granularity').value, format });
    const section = $('section').value.trim();
    if (section) q.set('section', section);
    return q.toString();
  }

  let shown = 0;
  async function fetchReport(format) {
    const q = query(format);
    if (!q) {
      $('status').textContent = 'Choose a period.';
      return null;
    }
    return session.fetch(`/v1/moderation/analytics?${q}`, 'The figures could not be loaded');
  }

  async function show() {
    if (!window.Chart) {
      $('status').textContent = 'The chart library did not load.';
      return;
    }
    $('status').textContent = 'Loading…';
    // Only the latest request draws (an earlier one may answer later).
    const mine = ++shown;
    const res = await fetchReport('json');
    if (!res || mine !== shown) return;
    const r = await res.json();
    if (mine !== shown) return;
    render(r);
    $('status').textContent = `Figures from ${r.from.slice(0, 10)} to ${r.to.slice(0, 10)} (end exclusive, UTC)${r.scope.section ? `, section ${r.scope.section}` : ''}.`;
  }

  async function csv() {
    const res = await fetchReport('csv');
    if (res) await download(res, 'moderation-analytics.csv');
  }

  const session = reportPage({ show, csv });
  const today = new Date();
  $('to').value = today.toISOString().slice(0, 10);
  $('from').value = new Date(today.getTime() - 13 * 86_400_000).toISOString().slice(0, 10);
  session.start();
})();
