// The live check-in dashboard (/manage/events/{id}/check-in/dashboard). The server renders the whole page; this script
// joins the event's SignalR group and applies each update: the counts the server sends, new rows in "recent scans" and
// the arrivals chart. It reconnects by itself and says so in the status line; screen readers hear a short summary at
// most every 15 seconds, not every scan.
(() => {
  const root = document.querySelector('[data-dashboard]');
  if (!root || !window.signalR) return;
  const state = JSON.parse(root.querySelector('[data-dashboard-state]').textContent);
  const statusLine = root.querySelector('[data-status]');
  const summary = root.querySelector('[data-summary]');
  const recent = root.querySelector('[data-recent]');
  const noScans = root.querySelector('[data-no-scans]');
  const culture = document.documentElement.lang || undefined;
  const timeOfDay = new Intl.DateTimeFormat(culture, { timeZone: state.timeZone, hour: '2-digit', minute: '2-digit' });
  const bucketMs = state.bucketMinutes * 60000;
  const maxRecent = 20;
  const summaryEveryMs = 15000;

  // Arrivals: bucket start (ms) -> count, drawn as bars with the empty buckets in between.
  const arrivals = new Map(state.arrivals.map((a) => [Date.parse(a.start), a.count]));
  let chart = null;
  const chartData = () => {
    const keys = [...arrivals.keys()].sort((a, b) => a - b);
    const labels = [];
    const counts = [];
    if (keys.length) {
      for (let at = keys[0]; at <= keys[keys.length - 1]; at += bucketMs) {
        labels.push(timeOfDay.format(new Date(at)));
        counts.push(arrivals.get(at) || 0);
      }
    }
    return { labels, counts };
  };
  const drawChart = () => {
    const { labels, counts } = chartData();
    if (!window.Chart) return;
    if (!chart) {
      const brand = getComputedStyle(document.documentElement).getPropertyValue('--ep-brand').trim() || '#4f46e5';
      chart = new window.Chart(root.querySelector('[data-arrivals-chart]'), {
        type: 'bar',
        data: { labels, datasets: [{ data: counts, backgroundColor: brand, maxBarThickness: 48 }] },
        options: {
          animation: false,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        },
      });
      return;
    }
    chart.data.labels = labels;
    chart.data.datasets[0].data = counts;
    chart.update('none');
  };
  const countArrival = (scan, delta) => {
    const at = Math.floor(Date.parse(scan.scannedAt) / bucketMs) * bucketMs;
    arrivals.set(at, Math.max(0, (arrivals.get(at) || 0) + delta));
  };

  const setRow = (key, checkedIn) => {
    const row = root.querySelector(`[data-row="${key}"]`);
    if (!row) return;
    row.querySelector('[data-checked-in]').textContent = checkedIn;
    const registered = Number(row.querySelector('[data-registered]').textContent) || 0;
    const percent = registered ? Math.round((100 * Math.min(checkedIn, registered)) / registered) : 0;
    const bar = row.querySelector('[role="progressbar"]');
    if (bar) {
      bar.setAttribute('aria-valuenow', percent);
      bar.firstElementChild.style.width = `${percent}%`;
    }
  };
  const applyCounts = (checkedIn) => {
    for (const [list, count] of Object.entries(checkedIn.lists)) setRow(`list:${list}`, count);
    const sessions = {};
    let total = 0;
    for (const [type, count] of Object.entries(checkedIn.ticketTypes)) {
      setRow(`type:${type}`, count);
      total += count;
      const session = state.sessions[type];
      if (session) sessions[session] = (sessions[session] || 0) + count;
    }
    for (const row of root.querySelectorAll('[data-row^="session:"]')) {
      setRow(row.dataset.row, sessions[row.dataset.row.slice('session:'.length)] || 0);
    }
    setRow(`total:${state.eventId}`, total);
  };

  const outcomeText = (scan) => {
    if (scan.undone) return state.undone;
    if (scan.outcome === 'Valid' && scan.direction === 'Exit') return state.validExit;
    return state.outcomes[scan.outcome] || scan.outcome;
  };
  const cell = (text) => {
    const td = document.createElement('td');
    td.textContent = text || '';
    return td;
  };
  const showScan = (scan) => {
    const existing = recent.querySelector(`[data-scan="${scan.scanId}"]`);
    if (existing) {
      existing.querySelector('[data-outcome]').textContent = outcomeText(scan);
      existing.classList.toggle('dashboard__refused', scan.undone || scan.outcome !== 'Valid');
      return;
    }
    if (scan.undone) return;
    const row = document.createElement('tr');
    row.dataset.scan = scan.scanId;
    if (scan.outcome !== 'Valid') row.classList.add('dashboard__refused');
    const time = cell(timeOfDay.format(new Date(scan.scannedAt)));
    time.className = 'text-nowrap';
    const outcome = cell(outcomeText(scan));
    outcome.dataset.outcome = '';
    row.append(time, cell(scan.attendeeName), outcome, cell(scan.ticketTypeName), cell(state.lists[scan.listId]));
    recent.prepend(row);
    while (recent.rows.length > maxRecent) recent.lastElementChild.remove();
    noScans.hidden = true;
  };

  let lastSummary = 0;
  let summaryTimer = null;
  const announce = () => {
    summaryTimer = null;
    lastSummary = Date.now();
    const total = root.querySelector(`[data-row="total:${state.eventId}"]`);
    summary.textContent = state.summary
      .replace('{0}', total.querySelector('[data-checked-in]').textContent)
      .replace('{1}', total.querySelector('[data-registered]').textContent);
  };
  const scheduleSummary = () => {
    if (summaryTimer) return;
    summaryTimer = setTimeout(announce, Math.max(0, lastSummary + summaryEveryMs - Date.now()));
  };

  const setStatus = (status) => {
    statusLine.dataset.status = status;
    statusLine.querySelector('[data-status-text]').textContent = state.status[status];
  };

  const connection = new window.signalR.HubConnectionBuilder()
    .withUrl(state.hub)
    // Keep trying for as long as the page is open: 0 s, 1 s, 2 s, ... up to every 30 s.
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => Math.min(30000, context.previousRetryCount * 1000) })
    .build();
  connection.on('update', (update) => {
    for (const scan of update.scans) {
      const counted = scan.outcome === 'Valid' && scan.direction === 'Entry';
      if (counted) countArrival(scan, scan.undone ? -1 : 1);
      showScan(scan);
    }
    applyCounts(update.checkedIn);
    drawChart();
    scheduleSummary();
  });
  connection.onreconnecting(() => setStatus('reconnecting'));
  const join = () => connection.invoke('Join', state.eventId).then(() => setStatus('live'), () => setStatus('offline'));
  // A new connection is in no group yet.
  connection.onreconnected(join);
  connection.onclose(() => setStatus('offline'));

  const start = async (attempt) => {
    try {
      await connection.start();
    } catch {
      setStatus('reconnecting');
      setTimeout(() => start(attempt + 1), Math.min(30000, 2000 * (attempt + 1)));
      return;
    }
    await join();
  };
  drawChart();
  start(0);
})();
