// The playground page: controls, drawing and the test hook. Training runs in
// playground/worker.js (Go compiled to WebAssembly); this file only sends it
// commands and draws what it reports.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const fields = ['data', 'points', 'noise', 'seed', 'hidden', 'act', 'opt', 'rate', 'batch', 'l2', 'loss', 'epochs'];
  const status = $('status');
  const message = $('message');
  const colors = ['#f59322', '#0877bd'];
  const params = new URLSearchParams(location.search);
  const autotrain = params.get('autotrain');

  let worker;
  try {
    worker = new Worker('playground/worker.js');
  } catch (err) {
    showError('This page needs to be served over http (e.g. python3 -m http.server -d build): ' + err.message);
    return;
  }
  const send = (kind, text) => worker.postMessage({ kind, text: text || '' });

  // State drawn on the page.
  let data = null;      // the last "data" message
  let series = null;    // the run's bounded history of loss and accuracy
  let last = null;      // the last epoch's loss and accuracy
  let epoch = 0;
  let playing = false;
  let lastFrame = null; // the last "frame" message with a picture
  let trainStart = 0;   // performance.now() when play was pressed
  let trainEpoch0 = 0;

  function resetHistory() {
    series = { loss: [], acc: [], testLoss: [], testAcc: [] };
  }
  resetHistory();

  // The first settings: a test-hook run, or the address's own.
  let query = location.search.slice(1);
  if (autotrain) {
    params.delete('autotrain');
    const rest = params.toString();
    query = 'preset=' + encodeURIComponent(autotrain) + (rest ? '&' + rest : '');
  }
  send('settings', query);
  if (autotrain) send('play');

  worker.onmessage = (e) => {
    const m = e.data;
    switch (m.type) {
      case 'settings': return onSettings(m);
      case 'data': return onData(m);
      case 'frame': return onFrame(m);
      case 'error': return m.message ? showError(m.message) : clearError();
    }
  };
  worker.onerror = (e) => showError('The playground stopped: ' + (e.message || 'an error in its worker'));

  function onSettings(m) {
    for (const f of fields) $(f).value = m[f];
    $('noise').disabled = m.data === 'digits'; // the digits are drawn as they are
    $('share').href = '?' + m.query;
    if (!autotrain) history.replaceState(null, '', '?' + m.query);
    for (const b of ['play', 'step', 'reset']) $(b).disabled = false;
  }

  function onData(m) {
    data = m;
    resetHistory();
    epoch = 0;
    lastFrame = null;
    const digits = m.classes > 2;
    $('plane').hidden = digits;
    $('digits').hidden = !digits;
  }

  function onFrame(m) {
    epoch = m.epoch;
    // The worker keeps the history bounded (old epochs merged in pairs) and
    // sends all of it again when it merged.
    if (m.epoch === 0 || m.replace) resetHistory();
    if (m.epoch === 0) last = null;
    for (const k of ['loss', 'acc', 'testLoss', 'testAcc']) {
      for (const v of m[k]) series[k].push(v);
    }
    if (m.last) last = m.last;
    setPlaying(m.playing);
    if (m.boundary || m.confusion) lastFrame = m;
    draw();
    const fmt = (v) => (Number.isFinite(v) ? v.toFixed(3) : String(v));
    let text = 'Epoch ' + epoch;
    if (last) {
      text += ' · training loss ' + fmt(last.loss) + ', accuracy ' + fmt(last.acc);
      text += ' · test loss ' + fmt(last.testLoss) + ', accuracy ' + fmt(last.testAcc);
    }
    status.textContent = text;
    status.dataset.epoch = String(epoch);
    status.dataset.state = m.done ? 'done' : (m.playing ? 'training' : 'paused');
    if (last) status.dataset.trainAccuracy = String(last.acc);
    // Epochs per second count from the first frame of a run (or the click on
    // play) to the frame that ends it, so loading the WebAssembly is left out.
    if (m.playing && trainStart === 0) { trainStart = performance.now(); trainEpoch0 = epoch; }
    if (!m.playing && trainStart > 0 && epoch > trainEpoch0) {
      const ms = performance.now() - trainStart;
      status.dataset.trainMs = ms.toFixed(0);
      status.dataset.epochsPerSecond = ((epoch - trainEpoch0) / ms * 1000).toFixed(1);
      trainStart = 0;
    }
    if (m.done && last) status.dataset.accuracy = String(last.acc);
    status.dataset.historyPoints = String(series.acc.length);
    if (!window.pgFirstFrame) {
      window.pgFirstFrame = performance.now();
      performance.mark('pg-first-frame');
    }
  }

  function setPlaying(p) {
    playing = p;
    $('play').textContent = p ? '❚❚ Pause' : '▶ Play';
  }

  function showError(text) {
    if (status.dataset.state === 'loading') status.textContent = 'Not training: see the message below.';
    text = text.charAt(0).toUpperCase() + text.slice(1);
    message.textContent = text;
    message.hidden = false;
    status.dataset.state = 'error';
    status.dataset.error = text;
  }
  function clearError() {
    message.hidden = true;
    message.textContent = '';
    delete status.dataset.error;
  }

  // Controls.
  function settingsQuery() {
    const q = new URLSearchParams();
    for (const f of fields) q.set(f, $(f).value.trim());
    return q.toString();
  }
  for (const f of fields) $(f).addEventListener('change', () => send('settings', settingsQuery()));
  $('play').addEventListener('click', () => {
    if (playing) { send('pause'); return; }
    trainStart = performance.now(); trainEpoch0 = epoch;
    send('play');
  });
  $('step').addEventListener('click', () => send('step'));
  $('reset').addEventListener('click', () => send('reset'));
  $('showTest').addEventListener('change', draw);

  // Drawing.
  let pending = false;
  function draw() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (data && data.classes > 2) drawDigits(); else drawPlane();
      drawChart($('lossChart'), series.loss, series.testLoss, 'log');
      drawChart($('accChart'), series.acc, series.testAcc, [0, 1]);
    });
  }

  const grid = document.createElement('canvas');
  function drawPlane() {
    const c = $('boundary');
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    if (!data) return;
    if (lastFrame && lastFrame.boundary) {
      grid.width = grid.height = lastFrame.grid;
      grid.getContext('2d').putImageData(new ImageData(lastFrame.boundary, lastFrame.grid, lastFrame.grid), 0, 0);
      g.imageSmoothingEnabled = true;
      g.drawImage(grid, 0, 0, c.width, c.height);
    }
    const e = data.extent;
    const px = (x) => (x + e) / (2 * e) * c.width;
    const py = (y) => (e - y) / (2 * e) * c.height;
    const dots = (set, stroke) => {
      for (let i = 0; i < set.n; i++) {
        g.beginPath();
        g.arc(px(set.x[2 * i]), py(set.x[2 * i + 1]), 3.2, 0, 2 * Math.PI);
        g.fillStyle = colors[set.y[i]];
        g.fill();
        g.strokeStyle = stroke;
        g.lineWidth = 1;
        g.stroke();
      }
    };
    if ($('showTest').checked) dots(data.test, '#000');
    dots(data.train, '#fff');
    g.strokeStyle = '#999';
    g.strokeRect(0.5, 0.5, c.width - 1, c.height - 1);
  }

  function drawDigits() {
    const c = $('samples');
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    if (!data) return;
    const pred = lastFrame && lastFrame.predicted;
    const cols = 10, size = 4, cellW = 42, cellH = 52;
    const shown = Math.min(data.test.n, cols * Math.floor(c.height / cellH));
    g.font = '12px sans-serif';
    g.textAlign = 'center';
    for (let k = 0; k < shown; k++) {
      const ox = (k % cols) * cellW + 5, oy = Math.floor(k / cols) * cellH + 2;
      for (let p = 0; p < 64; p++) {
        const v = Math.round(255 * (1 - data.test.x[64 * k + p]));
        g.fillStyle = 'rgb(' + v + ',' + v + ',' + v + ')';
        g.fillRect(ox + (p % 8) * size, oy + Math.floor(p / 8) * size, size, size);
      }
      if (pred) {
        const right = pred[k] === data.test.y[k];
        g.fillStyle = right ? '#246' : '#c00';
        g.fillText(right ? String(pred[k]) : pred[k] + ' (' + data.test.y[k] + ')', ox + 16, oy + 46);
      }
    }
    const t = $('confusion');
    const cm = lastFrame && lastFrame.confusion;
    let html = '<tr><th>true ↓ / predicted →</th>';
    for (let j = 0; j < 10; j++) html += '<th>' + j + '</th>';
    html += '</tr>';
    for (let i = 0; i < 10; i++) {
      html += '<tr><th>' + i + '</th>';
      let row = 0;
      if (cm) for (let j = 0; j < 10; j++) row += cm[i][j];
      for (let j = 0; j < 10; j++) {
        const v = cm ? cm[i][j] : 0;
        const a = row ? v / row : 0;
        const bg = i === j ? 'rgba(8,119,189,' + a.toFixed(2) + ')' : 'rgba(204,0,0,' + a.toFixed(2) + ')';
        html += '<td style="background:' + bg + '">' + (cm ? v : '') + '</td>';
      }
      html += '</tr>';
    }
    t.innerHTML = html;
  }

  function drawChart(c, train, test, range) {
    const g = c.getContext('2d');
    const w = c.width, h = c.height, left = 40, bottom = 20, top = 8, right = 8;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, w, h);
    g.strokeStyle = '#999';
    g.strokeRect(left + 0.5, top + 0.5, w - left - right, h - top - bottom);
    const n = train.length;
    // Losses span many powers of ten (and blow up), so their chart is
    // logarithmic: it plots log10 of each value, between whole powers.
    const log = range === 'log';
    const tf = log ? (v) => Math.log10(Math.max(v, 1e-12)) : (v) => v;
    let lo = 0, hi = 1;
    if (log) {
      lo = Infinity; hi = -Infinity;
      for (const s of [train, test]) for (const v of s) if (Number.isFinite(v)) { lo = Math.min(lo, tf(v)); hi = Math.max(hi, tf(v)); }
      if (lo === Infinity) { lo = -1; hi = 0; }
      lo = Math.floor(lo); hi = Math.max(Math.ceil(hi), lo + 1);
    } else { [lo, hi] = range; }
    const label = (v) => (log ? (v >= -3 && v <= 3 ? String(10 ** v) : '1e' + v) : String(v));
    g.fillStyle = '#333';
    g.font = '11px sans-serif';
    g.textAlign = 'right';
    g.fillText(label(hi), left - 4, top + 9);
    g.fillText(label(lo), left - 4, h - bottom);
    g.textAlign = 'center';
    g.fillText(epoch + ' epochs', (left + w - right) / 2, h - 5);
    if (n === 0) return;
    const x = (i) => left + (n === 1 ? 0 : i / (n - 1)) * (w - left - right);
    const y = (v) => top + (1 - (Math.min(Math.max(tf(v), lo), hi) - lo) / (hi - lo)) * (h - top - bottom);
    const stride = Math.max(1, Math.floor(n / (w - left - right)));
    const line = (s, color, dash) => {
      if (s.length === 0) return;
      g.beginPath();
      g.setLineDash(dash);
      g.strokeStyle = color;
      g.lineWidth = 1.5;
      let moved = false;
      for (let i = 0; i < s.length; i += stride) {
        if (!Number.isFinite(s[i])) { moved = false; continue; }
        if (moved) g.lineTo(x(i), y(s[i])); else { g.moveTo(x(i), y(s[i])); moved = true; }
      }
      const i = s.length - 1;
      if (moved && Number.isFinite(s[i])) g.lineTo(x(i), y(s[i]));
      g.stroke();
      g.setLineDash([]);
    };
    line(train, '#0877bd', []);
    line(test, '#f59322', [5, 3]);
  }
})();
