// The phone page's logic: join the board with the link's token, then follow the board's state
// (long-poll) and write notes, vote and spend dots as the phase allows. No framework, no
// network but this board's own /api/v1; every text goes into the DOM with textContent.
// [SECTION] strings and helpers  [SECTION] the API  [SECTION] joining  [SECTION] the board
// [SECTION] notes  [SECTION] votes  [SECTION] dots  [SECTION] my notes  [SECTION] start
(function () {
  'use strict';

  // [SECTION] strings and helpers ---------------------------------------------------------
  var S = {};
  try { S = JSON.parse(document.getElementById('jb-strings').textContent) || {}; } catch (e) { S = {}; }
  if (typeof S.lang === 'string') document.documentElement.lang = S.lang;

  // A catalog string with {0}, {1}, ... filled in; the key itself when the string is missing.
  function t(key) {
    var text = typeof S[key] === 'string' ? S[key] : key;
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d+)\}/g, function (all, i) { return i < args.length ? String(args[i]) : all; });
  }
  function $(id) { return document.getElementById(id); }
  function setText(id, text) { $(id).textContent = text; }
  function show(id, on) { $(id).hidden = !on; }
  // A DOM element with attributes and children (strings become text nodes, never markup).
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'class') node.className = attrs[k];
      else if (k === 'onclick') node.addEventListener('click', attrs[k]);
      else if (attrs[k] !== false && attrs[k] != null) node.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c != null) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function chars(text) { return Array.from(text).length; }
  // Only #rrggbb from the server becomes a colour (anything else is grey).
  function safeColor(c) { return /^#[0-9a-fA-F]{6}$/.test(c || '') ? c : '#888888'; }
  function iconName(icon) { return S['phone.icon.' + icon] ? t('phone.icon.' + icon) : String(icon || ''); }
  function swatch(color) { var s = el('span', { class: 'swatch', 'aria-hidden': 'true' }); s.style.background = safeColor(color); return s; }

  var msgTimers = {};
  function message(id, text, good) {
    var node = $(id);
    node.textContent = text;
    node.className = good ? 'msg good' : 'msg';
    node.hidden = !text;
    clearTimeout(msgTimers[id]);
    if (text) msgTimers[id] = setTimeout(function () { node.hidden = true; }, good ? 3000 : 9000);
  }

  // [SECTION] the API ---------------------------------------------------------------------
  var m = location.pathname.match(/^\/j\/([^\/?#]+)/);
  var token = m ? decodeURIComponent(m[1]) : '';
  var storeKey = 'jb.phone.' + token;
  var key = null;
  try { key = JSON.parse(localStorage.getItem(storeKey) || 'null'); } catch (e) { key = null; }
  function saveKey(value) {
    key = value;
    try { if (value) localStorage.setItem(storeKey, JSON.stringify(value)); else localStorage.removeItem(storeKey); } catch (e) { /* private mode: the key lives until the page closes */ }
  }

  // One request: resolves to {status, data, retry}; status 0 when the board did not answer.
  function api(method, path, body, timeoutMs) {
    var ctrl = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = ctrl ? setTimeout(function () { ctrl.abort(); }, timeoutMs || 15000) : null;
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (key && key.key) headers['Authorization'] = 'Bearer ' + key.key;
    return fetch(path, {
      method: method, headers: headers, cache: 'no-store', credentials: 'omit',
      body: body === undefined ? undefined : JSON.stringify(body), signal: ctrl ? ctrl.signal : undefined
    }).then(function (res) {
      var retry = parseInt(res.headers.get('Retry-After') || '', 10);
      return res.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        return { status: res.status, data: data || {}, retry: isNaN(retry) ? 0 : retry };
      });
    }, function () { return { status: 0, data: {}, retry: 0 }; })
      .finally(function () { if (timer) clearTimeout(timer); });
  }

  // The phone's own words for a failed request (the server's error text is English only).
  function errorText(r) {
    var d = r.data || {};
    switch (r.status) {
      case 0: return t('phone.error.unreachable');
      case 400:
        if (d.field === 'text') return t('phone.error.text');
        if (d.field === 'name') return t('phone.error.name');
        return t('phone.error.bad_request');
      case 401: return t('phone.error.key');
      case 403:
        if (d.refusal && S['phone.refusal.' + d.refusal]) return t('phone.refusal.' + d.refusal);
        return t('phone.error.forbidden');
      case 404: return t('phone.error.not_found');
      case 409: return t('phone.error.held');
      case 413: return t('phone.error.too_big');
      case 429: return t('phone.error.too_many', Math.max(1, r.retry || 5));
      case 503: return t('phone.error.busy');
      default: return t('phone.error.other', r.status);
    }
  }

  // The line at the top: the board is unreachable, or the feed itself failed (text).
  function setOnline(on, text) {
    setText('net', on ? '' : (text || t('phone.net.unreachable')));
    show('net', !on);
  }

  // [SECTION] joining ---------------------------------------------------------------------
  var room = null;
  var screen = 'start';
  function showScreen(name) {
    screen = name;
    ['start', 'join', 'board'].forEach(function (s) { show('screen-' + s, s === name); });
  }

  // The participants to pick from; retries with back-off while the board does not answer.
  async function showJoin(note) {
    showScreen('join');
    generation++;
    if (note) message('join-msg', note);
    var delay = 1000;
    for (;;) {
      var r = await api('GET', '/api/v1/room?token=' + encodeURIComponent(token));
      if (r.status === 200) { setOnline(true); room = r.data; renderRoom(); return; }
      if (r.status === 403) { setOnline(true); linkDead(); return; }
      if (r.status === 0 || r.status === 503 || r.status === 429) {
        setOnline(false);
        await sleep(r.retry ? r.retry * 1000 : delay);
        delay = Math.min(delay * 2, 15000);
        continue;
      }
      message('join-msg', errorText(r));
      return;
    }
  }

  function linkDead() {
    showScreen('start');
    setText('start-text', t('phone.error.link'));
  }

  function renderRoom() {
    setText('join-board', room.title || '');
    var list = $('join-list');
    clear(list);
    (room.participants || []).forEach(function (p) {
      var held = !!p.held;
      list.appendChild(el('button', {
        class: 'token', type: 'button', disabled: held, 'data-id': p.id,
        onclick: function () { join({ token: token, participant: p.id }); }
      }, [swatch(p.color),
          el('span', { class: 'tname' }, [el('span', { class: 'tlabel', text: p.label || p.id }),
            el('span', { class: 'ticon', text: held ? iconName(p.icon) + ' · ' + t('phone.join.held') : iconName(p.icon) })])]));
    });
    if (!(room.participants || []).length) list.appendChild(el('p', { class: 'sub', text: t('phone.join.nobody') }));
    var canNew = room.can_join_new !== false;
    $('join-new').disabled = !canNew;
    $('join-name').disabled = !canNew;
    if (!canNew) message('join-msg', t('phone.join.full'));
  }

  async function join(body) {
    message('join-msg', '');
    var r = await api('POST', '/api/v1/join', body);
    if (r.status === 200 && r.data.key) {
      saveKey({ key: r.data.key, participant: r.data.participant });
      startBoard();
      return;
    }
    if (r.status === 403 && !r.data.refusal) {
      // Wrong token or a full board: the room tells which.
      var roomNow = await api('GET', '/api/v1/room?token=' + encodeURIComponent(token));
      if (roomNow.status === 403) { linkDead(); return; }
      message('join-msg', t('phone.join.full'));
      return;
    }
    message('join-msg', errorText(r));
    if (r.status === 409 || r.status === 404) showJoin(errorText(r));
  }

  // A stored key: join again with it (same participant while it is valid).
  async function rejoin() {
    showScreen('start');
    setText('start-text', t('phone.start.connecting'));
    var delay = 1000;
    for (;;) {
      var r = await api('POST', '/api/v1/join', { token: token });
      if (r.status === 200 && r.data.key) { setOnline(true); saveKey({ key: r.data.key, participant: r.data.participant }); startBoard(); return; }
      if (r.status === 0 || r.status === 503 || r.status === 429) {
        setOnline(false);
        await sleep(r.retry ? r.retry * 1000 : delay);
        delay = Math.min(delay * 2, 15000);
        continue;
      }
      setOnline(true);
      saveKey(null);
      showJoin(r.status === 401 ? t('phone.error.key') : '');
      return;
    }
  }

  // [SECTION] the board -------------------------------------------------------------------
  var state = null;
  var generation = 0;       // a new join or screen ends the previous poll loop
  var clockBase = 0;        // performance.now() when state.timer arrived

  function startBoard() {
    showScreen('board');
    var mine = ++generation;
    poll(mine);
  }

  async function poll(mine) {
    var delay = 1000;
    while (mine === generation) {
      var since = state ? '?since=' + encodeURIComponent(state.revision) : '';
      var began = Date.now();
      var r = await api('GET', '/api/v1/state' + since, undefined, 35000);
      if (mine !== generation) return;
      if (r.status === 200) {
        setOnline(true);
        delay = 1000;
        var same = state && r.data.revision === state.revision;
        applyState(r.data);
        // A server that answers at once with nothing new must not make this a busy loop.
        if (same && Date.now() - began < 1000) await sleep(1000);
        continue;
      }
      if (r.status === 401) { saveKey(null); state = null; showJoin(t('phone.error.key')); return; }
      setOnline(false, r.status === 0 ? '' : errorText(r));
      await sleep(r.retry ? r.retry * 1000 : delay);
      delay = Math.min(delay * 2, 15000);
    }
  }

  function applyState(s) {
    state = s;
    state.can = s.can || {};
    clockBase = performance.now();
    var me = s.me || {};
    var meNode = $('me');
    clear(meNode);
    meNode.appendChild(swatch(me.color));
    meNode.appendChild(el('span', { class: 'tname' }, [el('span', { class: 'tlabel', text: me.label || '' }),
      el('span', { class: 'ticon', text: iconName(me.icon) })]));
    setText('phase', S['phone.phase.' + s.phase] ? t('phone.phase.' + s.phase) : (s.phase_label || s.phase || ''));
    setText('board-title', s.title || '');
    document.title = (s.title ? s.title + ' · ' : '') + 'JourneyBoard';
    setText('locked', t('phone.locked'));
    show('locked', !!s.locked);
    tick();
    renderNoteForm();
    renderVotes();
    renderDots();
    renderMine();
    var any = state.can.add_note || state.can.vote || state.can.dot;
    setText('idle', t('phone.idle'));
    show('idle', !any);
  }

  function fmtTime(sec) {
    sec = Math.max(0, Math.ceil(sec));
    var mm = Math.floor(sec / 60), ss = sec % 60;
    return mm + ':' + (ss < 10 ? '0' : '') + ss;
  }
  // The countdown runs on the phone between two answers from the board.
  function tick() {
    var timer = state && state.timer;
    if (screen !== 'board' || !timer) { show('clock', false); return; }
    var left = timer.remaining;
    if (timer.state === 'running') left -= (performance.now() - clockBase) / 1000;
    var text = fmtTime(left);
    if (timer.state === 'paused') text = t('phone.timer.paused', text);
    else if (left <= 0) text = t('phone.timer.over');
    setText('clock', text);
    $('clock').className = 'clock' + (timer.state === 'running' && left <= 30 ? ' soon' : '');
    show('clock', true);
  }
  setInterval(tick, 250);

  function byId(list, id) { for (var i = 0; i < (list || []).length; i++) if (list[i].id === id) return list[i]; return null; }
  function placeOf(n) {
    var st = byId(state.stages, n.stage), ln = byId(state.lanes, n.lane);
    return (st ? st.name : n.stage) + ' · ' + (ln ? ln.name : n.lane);
  }

  // [SECTION] notes -----------------------------------------------------------------------
  // Options change only when the board's stages or lanes do, so a pick is kept.
  function fillSelect(id, items) {
    var sel = $(id), before = sel.value;
    var sig = JSON.stringify(items.map(function (i) { return [i.id, i.name]; }));
    if (sel.getAttribute('data-sig') === sig) return;
    sel.setAttribute('data-sig', sig);
    clear(sel);
    items.forEach(function (i) { sel.appendChild(el('option', { value: i.id, text: i.name || i.id })); });
    if (byId(items, before)) sel.value = before;
  }

  function renderNoteForm() {
    var on = !!state.can.add_note;
    show('sec-note', on);
    if (!on) return;
    fillSelect('note-stage', state.stages || []);
    fillSelect('note-lane', (state.lanes || []).filter(function (l) { return l.notes; }));
    updateCount();
  }

  function updateCount() {
    var text = $('note-text').value.trim();
    var n = chars(text);
    setText('note-count', t('phone.note.count', n, 500));
    $('note-count').className = n > 500 ? 'count over' : 'count';
    $('note-send').disabled = sending || n < 1 || n > 500 || !$('note-stage').value || !$('note-lane').value;
  }

  var sending = false;
  async function sendNote() {
    var text = $('note-text').value.trim();
    if (sending || !text) return;
    sending = true;
    updateCount();
    var r = await api('POST', '/api/v1/notes', { stage: $('note-stage').value, lane: $('note-lane').value, text: text });
    sending = false;
    if (r.status === 201) {
      $('note-text').value = '';
      message('note-msg', state && state.phase === 'silent_writing' ? t('phone.note.sent_hidden') : t('phone.note.sent'), true);
    } else {
      message('note-msg', errorText(r));
      if (r.status === 401) { saveKey(null); showJoin(t('phone.error.key')); }
    }
    updateCount();
  }

  // [SECTION] votes -----------------------------------------------------------------------
  var FACE_NAME = { '-2': 'very_bad', '-1': 'bad', '0': 'neutral', '1': 'good', '2': 'very_good' };
  var FACE_FILL = { '-2': '#c62828', '-1': '#ef6c00', '0': '#757575', '1': '#558b2f', '2': '#1b5e20' };
  function face(value) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    function part(tag, attrs) {
      var p = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { p.setAttribute(k, attrs[k]); });
      svg.appendChild(p);
    }
    part('circle', { cx: 12, cy: 12, r: 11, fill: FACE_FILL[String(value)] });
    part('circle', { cx: 8, cy: 9.5, r: 1.6, fill: '#fff' });
    part('circle', { cx: 16, cy: 9.5, r: 1.6, fill: '#fff' });
    var y = 16 - value * 0.5, bend = 16 + value * 2.2;
    part('path', { d: 'M6.5 ' + y + ' Q12 ' + bend + ' 17.5 ' + y, fill: 'none', stroke: '#fff', 'stroke-width': 2, 'stroke-linecap': 'round' });
    return svg;
  }

  function renderVotes() {
    var on = !!state.can.vote;
    show('sec-vote', on);
    if (!on) return;
    var emo = state.emotion || {};
    var votes = emo.votes || {};
    setText('vote-title', emo.curve === 'to_be' ? t('phone.vote.title_to_be') : t('phone.vote.title_as_is'));
    setText('vote-hint', t('phone.vote.hint'));
    var list = $('vote-list');
    var sig = JSON.stringify((state.stages || []).map(function (s) { return [s.id, s.name, s.prompt]; })) + emo.curve;
    if (list.getAttribute('data-sig') !== sig) {
      list.setAttribute('data-sig', sig);
      clear(list);
      (state.stages || []).forEach(function (st) {
        var faces = el('div', { class: 'faces' });
        [-2, -1, 0, 1, 2].forEach(function (v) {
          var b = el('button', {
            class: 'face', type: 'button', 'data-stage': st.id, 'data-value': v,
            'aria-label': st.name + ': ' + t('phone.vote.value.' + FACE_NAME[String(v)]),
            onclick: function () { vote(st.id, v); }
          }, [face(v)]);
          faces.appendChild(b);
        });
        list.appendChild(el('div', { class: 'vrow', 'data-stage': st.id }, [
          el('div', { class: 'vname', text: st.name || st.id }),
          st.prompt ? el('div', { class: 'vprompt', text: st.prompt }) : null, faces]));
      });
    }
    Array.prototype.forEach.call(list.querySelectorAll('button.face'), function (b) {
      var mineV = votes[b.getAttribute('data-stage')];
      var on = mineV !== undefined && mineV !== null && String(mineV) === b.getAttribute('data-value');
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  async function vote(stage, value) {
    var votes = (state.emotion && state.emotion.votes) || {};
    var next = votes[stage] === value ? null : value;  // the same face again clears the vote
    var body = { stage: stage, value: next };
    if (state.emotion && state.emotion.curve) body.curve = state.emotion.curve;
    var r = await api('POST', '/api/v1/votes', body);
    if (r.status === 200) {
      if (state.emotion) {
        state.emotion.votes = state.emotion.votes || {};
        if (next === null) delete state.emotion.votes[stage]; else state.emotion.votes[stage] = next;
      }
      renderVotes();
      message('vote-msg', next === null ? t('phone.vote.cleared') : t('phone.vote.saved'), true);
    } else {
      message('vote-msg', errorText(r));
    }
  }

  // [SECTION] dots ------------------------------------------------------------------------
  function renderDots() {
    var on = !!state.can.dot;
    show('sec-dot', on);
    if (!on) return;
    var d = state.dots || { budget: 0, left: 0 };
    setText('dot-title', d.type === 'opportunity' ? t('phone.dot.title_opportunity') : t('phone.dot.title_pain'));
    setText('dot-left', t('phone.dot.left', d.left, d.budget));
    var list = $('dot-list');
    clear(list);
    var eligible = (state.notes || []).filter(function (n) { return n.dot_eligible; });
    if (!eligible.length) list.appendChild(el('p', { class: 'sub', text: t('phone.dot.none') }));
    eligible.forEach(function (n) {
      var pips = el('span', { class: 'pips', 'aria-label': t('phone.dot.mine', n.my_dots || 0) });
      for (var i = 0; i < (n.my_dots || 0); i++) pips.appendChild(el('span', { class: 'pip' }));
      list.appendChild(el('div', { class: 'drow', 'data-note': n.id }, [
        el('div', { class: 'dtext' }, [stackHead(n), el('div', { class: 'ntext', text: n.text || '' }),
          stackOthers(n), el('div', { class: 'nplace', text: placeOf(n) }), pips]),
        el('button', { class: 'btn round', type: 'button', text: '−', 'aria-label': t('phone.dot.remove'),
          disabled: !(n.my_dots > 0), onclick: function () { dot(n, false); } }),
        el('span', { class: 'dcount', text: String(n.my_dots || 0) }),
        el('button', { class: 'btn round primary', type: 'button', text: '+', 'aria-label': t('phone.dot.add'),
          disabled: !(d.left > 0), onclick: function () { dot(n, true); } })]));
    });
  }

  // A stack is one item, as on the glass: its name (or its size) above the top note,
  // the other notes' texts under it.
  function stackHead(n) {
    if (!n.stack) return null;
    var size = t('phone.dot.stack', n.stack.size);
    return el('div', { class: 'stack-head', text: n.stack.name ? n.stack.name + ' \u00b7 ' + size : size });
  }
  function stackOthers(n) {
    if (!n.stack || !(n.stack.others || []).length) return null;
    return el('ul', { class: 'stack-others' }, n.stack.others.map(function (text) {
      return el('li', { class: 'ntext', text: text || '' });
    }));
  }

  async function dot(note, add) {
    var r = add ? await api('POST', '/api/v1/dots', { note: note.id })
                : await api('DELETE', '/api/v1/dots/' + encodeURIComponent(note.id));
    if (r.status === 200 || r.status === 201) {
      note.my_dots = Math.max(0, (note.my_dots || 0) + (add ? 1 : -1));
      if (state.dots && typeof r.data.left === 'number') state.dots.left = r.data.left;
      renderDots();
    } else {
      message('dot-msg', errorText(r));
    }
  }

  // [SECTION] my notes --------------------------------------------------------------------
  function renderMine() {
    setText('mine-title', t('phone.mine.title'));
    var list = $('mine-list');
    clear(list);
    var mine = (state.notes || []).filter(function (n) { return n.mine; });
    if (!mine.length) list.appendChild(el('li', { class: 'sub', text: t('phone.mine.none') }));
    mine.forEach(function (n) {
      list.appendChild(el('li', { class: 'note' + (n.hidden ? ' hidden-note' : '') }, [
        el('div', { class: 'ntext', text: n.text || '' }),
        el('div', { class: 'nplace' }, [placeOf(n), n.hidden ? el('span', { class: 'badge', text: t('phone.mine.face_down') }) : null])]));
    });
    var others = state.hidden_notes || 0;
    setText('mine-hidden', others > 0 ? t('phone.mine.others_hidden', others) : '');
    show('mine-hidden', others > 0);
  }

  // [SECTION] start -----------------------------------------------------------------------
  setText('join-title', t('phone.join.title'));
  setText('join-pick', t('phone.join.pick'));
  setText('join-new-title', t('phone.join.new_title'));
  setText('join-name-label', t('phone.join.name'));
  $('join-name').placeholder = t('phone.join.name_placeholder');
  setText('join-new', t('phone.join.new'));
  setText('note-title', t('phone.note.title'));
  setText('note-stage-label', t('phone.note.stage'));
  setText('note-lane-label', t('phone.note.lane'));
  setText('note-text-label', t('phone.note.text'));
  $('note-text').placeholder = t('phone.note.placeholder');
  setText('note-send', t('phone.note.send'));
  $('join-new').addEventListener('click', function () {
    var name = $('join-name').value.trim();
    var body = { token: token };
    if (name) body.name = name;
    join(body);
  });
  $('join-name').addEventListener('keydown', function (e) { if (e.key === 'Enter') $('join-new').click(); });
  $('note-text').addEventListener('input', updateCount);
  $('note-stage').addEventListener('change', updateCount);
  $('note-lane').addEventListener('change', updateCount);
  $('note-send').addEventListener('click', sendNote);

  if (!token) { linkDead(); return; }
  if (key && key.key) rejoin(); else showJoin('');
})();
