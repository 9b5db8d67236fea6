/* figlint review page: lints the text as it is typed and shows the marks under it. */
(function () {
  'use strict';
  var F = window.Figlint;
  var DELAY = 300;
  var area = document.getElementById('text');
  var mirror = document.getElementById('mirror');
  var dateInput = document.getElementById('date');
  var formatInput = document.getElementById('format');
  var list = document.getElementById('findings');
  var status = document.getElementById('status');
  var none = document.getElementById('no-findings');
  var timer = null;
  var latest = 0;
  var review = null;
  var reviewedText = '';

  if (!dateInput.value) {
    var now = new Date();
    dateInput.value = new Date(now.getTime() - now.getTimezoneOffset() * 60000)
      .toISOString().slice(0, 10);
  }

  /**
   * Moves the spans of the last review onto the current text: a span before the edit stays, a
   * span after it moves by the length change, a span that the edit touches is dropped until the
   * next review. So the marks follow the text while a review is on its way.
   */
  function remapper(oldText, newText) {
    var prefix = 0;
    var max = Math.min(oldText.length, newText.length);
    while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) {
      prefix++;
    }
    var suffix = 0;
    while (suffix < max - prefix
        && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) {
      suffix++;
    }
    var changedEnd = oldText.length - suffix;
    var delta = newText.length - oldText.length;
    var oldStarts = F.lineStarts(oldText);
    var newStarts = F.lineStarts(newText);
    function position(offset) {
      var line = 0;
      while (line + 1 < newStarts.length && newStarts[line + 1] <= offset) {
        line++;
      }
      return { line: line + 1, column: offset - newStarts[line] + 1 };
    }
    return function (loc) {
      var s = F.offset(oldStarts, oldText.length, loc.line, loc.column);
      var e = F.offset(oldStarts, oldText.length, loc.endLine, loc.endColumn);
      if (oldText === newText) {
        return loc;
      }
      if (e <= prefix) {
        return loc;
      }
      if (s < changedEnd) {
        return null;
      }
      var a = position(s + delta);
      var b = position(e + delta);
      return Object.assign({}, loc, { line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
    };
  }

  /** The mirror shows the same characters as the text area, with the marks of the last review. */
  function paint() {
    var text = area.value;
    var html;
    if (review && review.file !== null) {
      var move = remapper(reviewedText, text);
      var mentions = review.mentions.map(move).filter(Boolean);
      var findings = [];
      review.findings.forEach(function (f, i) {
        var at = !f.suppressed && move(f);
        if (at) {
          var related = (f.related || []).map(function (r) {
            return r.file === review.file ? move(r) : r;
          }).filter(Boolean);
          findings.push(Object.assign({}, at, { index: i, related: related }));
        }
      });
      html = F.renderText({ file: review.file, text: text }, mentions, findings,
        { prefix: 'rv-', docIndex: 0, messages: false });
    } else {
      html = F.escape(text);
    }
    // A last line break needs a character after it to take its line, as in the text area.
    mirror.innerHTML = html + (text === '' || /[\n\r]$/.test(text) ? ' ' : '');
    syncScroll();
  }

  function syncScroll() {
    mirror.scrollTop = area.scrollTop;
    mirror.scrollLeft = area.scrollLeft;
  }

  function ruleOf(id) {
    var rules = (review && review.rules) || [];
    for (var i = 0; i < rules.length; i++) {
      if (rules[i].id === id) {
        return rules[i];
      }
    }
    return null;
  }

  function spanIds(f) {
    var text = area.value;
    var starts = F.lineStarts(text);
    var n = text.length;
    var move = remapper(reviewedText, text);
    return [f].concat(f.related || []).filter(function (loc) {
      return loc.file === review.file;
    }).map(move).filter(Boolean).map(function (loc) {
      return F.anchorId('rv-', 0, F.offset(starts, n, loc.line, loc.column),
        F.offset(starts, n, loc.endLine, loc.endColumn));
    });
  }

  function highlight(f, on) {
    spanIds(f).forEach(function (id) {
      var el = document.getElementById(id);
      if (el) {
        el.classList.toggle('hl', on);
      }
    });
  }

  function select(finding) {
    var text = area.value;
    var f = remapper(reviewedText, text)(finding);
    if (!f) {
      return;
    }
    var starts = F.lineStarts(text);
    var n = text.length;
    area.focus();
    area.setSelectionRange(F.offset(starts, n, f.line, f.column), F.offset(starts, n, f.endLine, f.endColumn));
  }

  function listFindings(data) {
    var shown = data.findings.filter(function (f) { return !f.suppressed; });
    list.innerHTML = '';
    none.hidden = shown.length > 0;
    document.getElementById('finding-count').textContent = shown.length ? '(' + shown.length + ')' : '';
    shown.forEach(function (f) {
      var li = document.createElement('li');
      li.className = 'finding sev-l-' + f.severity;
      li.tabIndex = 0;
      li.setAttribute('data-rule', f.ruleId);
      var rule = ruleOf(f.ruleId);
      var evidence = (f.related || []).map(function (r) {
        return '<li>' + (r.file === data.file ? 'ligne ' + r.line + ', colonne ' + r.column
          : F.escape(r.file + ':' + r.line + ':' + r.column)) + '\u00a0: «\u00a0'
          + F.escape(r.snippet) + '\u00a0»' + (r.message ? ' — ' + F.escape(r.message) : '') + '</li>';
      }).join('');
      li.innerHTML = '<div><span class="sev sev-' + F.escape(f.severity) + '">'
        + F.escape(F.SEVERITIES[f.severity] || f.severity) + '</span> <code>' + F.escape(f.ruleId)
        + '</code> <span class="where">ligne ' + f.line + ', colonne ' + f.column + '</span></div>'
        + '<div class="snippet">«\u00a0' + F.escape(f.snippet) + '\u00a0»</div>'
        + '<div class="message">' + F.escape(f.message) + '</div>'
        + (evidence ? '<ul class="evidence" aria-label="Éléments de preuve">' + evidence + '</ul>' : '')
        + (rule ? '<details><summary>' + F.escape(rule.summary) + '</summary>'
          + F.escape(rule.description) + '</details>' : '');
      li.addEventListener('mouseenter', function () { highlight(f, true); li.classList.add('active'); });
      li.addEventListener('mouseleave', function () { highlight(f, false); li.classList.remove('active'); });
      li.addEventListener('focus', function () { highlight(f, true); });
      li.addEventListener('blur', function () { highlight(f, false); });
      li.addEventListener('click', function (e) {
        if (!e.target.closest('details')) {
          select(f);
        }
      });
      list.appendChild(li);
    });
  }

  function summarize(data) {
    var counts = { money: 0, date: 0, percent: 0, count: 0 };
    data.mentions.forEach(function (m) { counts[m.kind] = (counts[m.kind] || 0) + 1; });
    document.getElementById('mention-count').textContent = '(' + data.mentions.length + ')';
    document.getElementById('mention-summary').textContent = Object.keys(counts).map(function (k) {
      return counts[k] + '\u00a0' + F.KINDS[k] + (counts[k] > 1 ? 's' : '');
    }).join(', ');
  }

  function lint() {
    var text = area.value;
    var id = ++latest;
    var body = JSON.stringify({ text: text, format: formatInput.value, date: dateInput.value || null });
    status.textContent = 'Analyse en cours…';
    fetch('/api/lint', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (t) { throw new Error(t || response.status); });
        }
        return response.json();
      })
      .then(function (data) {
        if (id !== latest) {
          return;
        }
        data.file = data.findings.length ? data.findings[0].file
          : (data.mentions.length ? data.mentions[0].file : null);
        review = data;
        reviewedText = text;
        paint();
        listFindings(data);
        summarize(data);
        status.textContent = 'Analysé\u00a0: ' + data.mentions.length + '\u00a0chiffre'
          + (data.mentions.length > 1 ? 's' : '') + ', ' + data.findings.filter(function (f) {
            return !f.suppressed;
          }).length + '\u00a0constat(s).';
        document.body.setAttribute('data-reviewed', String(id));
      })
      .catch(function (e) {
        if (id === latest) {
          status.textContent = 'Analyse impossible\u00a0: ' + e.message;
        }
      });
  }

  function schedule() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(lint, DELAY);
  }

  area.addEventListener('input', function () {
    paint();
    schedule();
  });
  area.addEventListener('scroll', syncScroll);
  window.addEventListener('resize', syncScroll);
  dateInput.addEventListener('change', schedule);
  formatInput.addEventListener('change', schedule);
  paint();
  if (area.value) {
    schedule();
  }
})();
