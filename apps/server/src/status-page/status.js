/*
 * The visitor's phone page: one ticket, kept live by the server's event
 * stream (/t/<id>/events; EventSource reconnects by itself). The id in the
 * address is the only thing it knows or sends. Text only (textContent): no
 * markup from the server or the address ever reaches the page.
 */
'use strict';

(function statusPage() {
  const id = location.pathname
    .split('/')
    .pop()
    .replace(/[^A-Za-z0-9_-]/g, '')
    .slice(0, 64);
  const $ = (name) => document.getElementById(name);
  const FINAL = ['done', 'cancelled', 'expired'];

  /** 5–8 for a run of three or more, else 24、26 (as protocol windowRange). */
  function windowRange(numbers) {
    const sorted = Array.from(new Set(numbers)).sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      if (j - i >= 2) parts.push(sorted[i] + '–' + sorted[j]);
      else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
      i = j + 1;
    }
    return parts.join('、');
  }

  function minutes(ms) {
    const m = Math.max(1, Math.round(ms / 60000));
    const h = Math.floor(m / 60);
    return h ? h + '小时' + (m % 60) + '分钟' : m + '分钟';
  }

  function clock(at, timeZone) {
    try {
      return new Intl.DateTimeFormat('zh-CN', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hour12: false,
      }).format(new Date(at));
    } catch {
      return new Date(at).toLocaleTimeString();
    }
  }

  /** "A区 5–8 号窗口" for the ticket's windows today. */
  function whereText(t) {
    const numbers = t.windowNumbers || [];
    if (numbers.length === 0) return t.zone || '';
    return (t.zone ? t.zone + ' ' : '') + windowRange(numbers) + ' 号窗口';
  }

  function helpText(s) {
    const t = s.ticket;
    const places = [];
    if ((t.windowNumbers || []).length) places.push(whereText(t));
    for (const d of s.helpDesks) places.push(d.number + ' 号咨询导办窗口（' + d.zone + '）');
    return places.length
      ? '请到 ' + places.join('或 ') + '说明情况，工作人员可为您恢复排队。'
      : '请到咨询导办窗口说明情况，工作人员可为您恢复排队。';
  }

  /** The headline and what to do, for each state. */
  function says(s) {
    const t = s.ticket;
    switch (t.status) {
      case 'waiting':
        return t.transferCount > 0
          ? {
              state: '已转至' + (t.unitName || '其他部门'),
              todo: '请到 ' + whereText(t) + '等候叫号。',
            }
          : { state: '等候中', todo: '请到 ' + whereText(t) + '等候叫号。' };
      case 'called':
        return {
          state: '请到 ' + t.windowNumber + ' 号窗口办理',
          todo: '已叫到您的号，请尽快前往。',
        };
      case 'serving':
        return { state: '正在 ' + t.windowNumber + ' 号窗口办理', todo: '' };
      case 'done':
        return { state: '已办结', todo: '感谢您的耐心等候，欢迎对本次服务进行评价。' };
      case 'noShow':
        return { state: '您的号已过号', todo: helpText(s) };
      case 'cancelled':
        return { state: '已取消', todo: '如需办理，请重新取号。' };
      case 'expired':
        return { state: '本号已过期', todo: '当日业务已结束。如需办理，请在办公时间重新取号。' };
      default:
        return { state: '', todo: '' };
    }
  }

  const FORMS = { original: '原件', copy: '复印件', both: '原件及复印件' };

  /** The item's 办事指南: conditions, what to bring, where to ask (while the visit is on). */
  function renderGuide(g, live) {
    $('guide-card').hidden = !g || !live;
    if (!g) return;
    $('conditions').textContent = g.conditions ? '受理条件：' + g.conditions : '';
    const list = $('materials');
    list.replaceChildren();
    for (const m of g.materials) {
      const li = document.createElement('li');
      const name = document.createElement('b');
      name.textContent = m.name;
      const how = document.createElement('span');
      how.textContent =
        ' ' + (FORMS[m.form] || '') + ' ' + m.copies + '份' + (m.required ? '' : '（如有请带）');
      li.append(name, how);
      if (m.notes) {
        const note = document.createElement('small');
        note.textContent = m.notes;
        li.append(note);
      }
      list.append(li);
    }
    $('phone').textContent = g.consultPhone ? '咨询电话：' + g.consultPhone : '';
  }

  function render(s) {
    const t = s.ticket;
    document.body.className = t.status;
    document.title = t.number + ' 排队进度';
    $('hall').textContent = s.hallName;
    $('n').textContent = t.number;
    const said = says(s);
    $('state').textContent = said.state;
    $('todo').textContent = said.todo;

    $('where-card').hidden = false;
    $('unit').textContent = t.unitName || '';
    $('item').textContent = t.itemName || '';
    $('where').textContent = whereText(t) || '—';

    const waiting = t.status === 'waiting';
    $('wait-card').hidden = !waiting;
    if (waiting) {
      $('ahead').textContent = t.ahead === 0 ? '下一位就是您' : '前面还有 ' + t.ahead + ' 人';
      $('wait').textContent = t.noWindowOpen
        ? '窗口暂未开放'
        : t.ahead === 0
          ? '即将叫号，请留意'
          : '预计等候约 ' + minutes(t.estimatedWaitMs);
    }

    const list = $('windows');
    list.replaceChildren();
    const live = !FINAL.includes(t.status);
    $('windows-card').hidden = !live || s.windows.length === 0;
    for (const w of s.windows) {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = w.number + ' 号窗口';
      const now = document.createElement('span');
      now.className = w.serving ? 'now' : 'now off';
      now.textContent =
        w.status === 'signedOut'
          ? '暂未开放'
          : w.status === 'paused'
            ? '暂停服务'
            : w.serving || '空闲';
      li.append(name, now);
      list.append(li);
    }
    renderGuide(s.guide, live);
    $('updated').textContent = '更新于 ' + clock(s.at, s.timeZone);
  }

  async function explain() {
    // The stream was refused: the open ticket route says why (e.g. not found).
    try {
      const res = await fetch('/api/v1/tickets/' + encodeURIComponent(id));
      const body = await res.json();
      if (!res.ok) {
        $('n').textContent = '—';
        $('state').textContent = (body.error && body.error.message) || '查询失败';
      }
    } catch {
      $('updated').textContent = '网络中断，正在重试…';
    }
  }

  /*
   * 好差评 from the phone (core R4): after 办结, for 7 days, if the window's
   * pad did not take one. 不满意 and 非常不满意 need a reason.
   */
  const LEVELS = [
    [5, '非常满意'],
    [4, '满意'],
    [3, '基本满意'],
    [2, '不满意'],
    [1, '非常不满意'],
  ];
  let offered = false;

  function rateMessage(text, done) {
    $('rate-msg').textContent = text;
    if (done) {
      $('levels').hidden = true;
      $('reasons').hidden = true;
    }
  }

  async function sendRating(level, tags) {
    const comment = $('comment').value.trim();
    const body = { level };
    if (tags.length) body.tags = tags;
    if (comment) body.comment = comment;
    try {
      const res = await fetch('/api/v1/tickets/' + encodeURIComponent(id) + '/rating', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const reply = await res.json();
      if (res.ok) rateMessage('感谢您的评价！', true);
      else rateMessage((reply.error && reply.error.message) || '评价提交失败', res.status === 409);
    } catch {
      rateMessage('网络中断，请稍后再试', false);
    }
  }

  function showReasons(level, badTags) {
    const chosen = new Set();
    const tags = $('tags');
    tags.replaceChildren();
    for (const tag of badTags) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'tag';
      b.textContent = tag;
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => {
        if (chosen.has(tag)) chosen.delete(tag);
        else chosen.add(tag);
        b.setAttribute('aria-pressed', String(chosen.has(tag)));
        $('send').disabled = chosen.size === 0;
      });
      tags.append(b);
    }
    $('send').disabled = true;
    $('send').onclick = () => void sendRating(level, Array.from(chosen));
    $('reasons').hidden = false;
  }

  /** 整改 of the visitor's 差评 (core R14): once its case is closed, rated once. */
  function offerRectification(fix) {
    if (!fix || fix.status === 'notYet') return;
    $('fix-card').hidden = false;
    const levels = $('fix-levels');
    levels.replaceChildren();
    if (fix.status === 'rated')
      return void ($('fix-msg').textContent = '您已对整改结果评价，谢谢。');
    if (fix.status === 'closed') return void ($('fix-msg').textContent = '整改评价时间已过。');
    for (const [level, name] of LEVELS) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'level level-' + level;
      b.textContent = name;
      b.addEventListener('click', async () => {
        try {
          const res = await fetch(
            '/api/v1/tickets/' + encodeURIComponent(id) + '/rating/rectification',
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ level }),
            },
          );
          const reply = await res.json();
          if (res.ok || res.status === 409) levels.hidden = true;
          $('fix-msg').textContent = res.ok
            ? '感谢您对整改结果的评价！'
            : (reply.error && reply.error.message) || '评价提交失败';
        } catch {
          $('fix-msg').textContent = '网络中断，请稍后再试';
        }
      });
      levels.append(b);
    }
  }

  async function offerRating() {
    if (offered) return;
    offered = true;
    try {
      const res = await fetch('/api/v1/tickets/' + encodeURIComponent(id) + '/rating');
      const offer = await res.json();
      if (!res.ok || offer.status === 'notFinished') return;
      offerRectification(offer.rectification);
      $('rate-card').hidden = false;
      if (offer.status === 'rated') return rateMessage('您已评价，感谢您的参与。', true);
      if (offer.status === 'closed') return rateMessage('评价时间已过。', true);
      const levels = $('levels');
      levels.replaceChildren();
      for (const [level, name] of LEVELS) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'level level-' + level;
        b.textContent = name;
        b.addEventListener('click', () => {
          for (const other of levels.children) other.setAttribute('aria-pressed', 'false');
          b.setAttribute('aria-pressed', 'true');
          if (level <= 2) showReasons(level, offer.badTags);
          else {
            $('reasons').hidden = true;
            void sendRating(level, []);
          }
        });
        levels.append(b);
      }
    } catch {
      offered = false;
    }
  }

  /*
   * A 代办 (全程代办, id px_…): no queue, no event stream. Its state is read
   * from GET /api/v1/tickets/<id> (the villager masked) every half minute.
   */
  const PROXY_STATES = {
    submitted: ['已提交，待受理', '代办员已将材料交至办理单位。'],
    accepted: ['已受理，办理中', '办理单位正在办理。'],
    materialsMissing: ['需补充材料', '请与代办员联系，补充以下材料：'],
    done: ['已办结', '您的事项已办结，请与代办员联系领取结果。'],
  };
  async function followProxy() {
    document.title = '代办进度';
    document.querySelector('.title').textContent = '代办进度';
    $('n').textContent = '代办';
    try {
      const res = await fetch('/api/v1/tickets/' + encodeURIComponent(id));
      const reply = await res.json();
      const p = reply.ticket && reply.ticket.proxy;
      if (!res.ok || !p) {
        $('state').textContent = '找不到该代办';
        return;
      }
      const [state, todo] = PROXY_STATES[p.status] || ['', ''];
      $('state').textContent = state;
      $('state').dataset.status = p.status;
      $('todo').textContent = todo + (p.status === 'materialsMissing' ? p.missing.join('、') : '');
      $('hall').textContent = p.agentSiteName + ' 代办';
      $('where-card').hidden = false;
      $('unit').textContent = reply.ticket.unitName || '';
      $('item').textContent = p.itemName;
      $('where').textContent =
        '承诺 ' +
        p.dueDay +
        ' 前办结' +
        (p.overdue ? '（已超期）' : '') +
        ' · 跑动 ' +
        p.trips +
        ' 次';
      document.querySelector('#where-card dt:nth-of-type(3)').textContent = '承诺时限';
      $('updated').textContent = '更新于 ' + clock(Date.now(), 'Asia/Shanghai');
      if (p.status !== 'done') setTimeout(followProxy, 30_000);
    } catch {
      $('updated').textContent = '网络中断，稍后自动重试';
      setTimeout(followProxy, 30_000);
    }
  }
  if (id.startsWith('px_')) {
    void followProxy();
    return;
  }

  let last;
  const source = new EventSource('/t/' + encodeURIComponent(id) + '/events');
  source.addEventListener('status', (e) => {
    last = JSON.parse(e.data);
    document.documentElement.classList.remove('offline');
    render(last);
    if (last.ticket.status === 'done') void offerRating();
    // A finished ticket changes no more (a 过号 may still be restored).
    if (FINAL.includes(last.ticket.status)) source.close();
  });
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) {
      if (!last) void explain();
      return;
    }
    document.documentElement.classList.add('offline');
    if (last)
      $('updated').textContent =
        '连接中断，正在重连…（' + clock(last.at, last.timeZone) + ' 的信息）';
  });
})();
