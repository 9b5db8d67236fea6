/* figlint HTML report: renders the texts with render.js, filters the findings, highlights. */
(function () {
  'use strict';
  var F = window.Figlint;
  var data = JSON.parse(document.getElementById('figlint-data').textContent);
  var docs = data.documents || [];
  var files = {};
  var texts = [];
  docs.forEach(function (d, i) {
    files[d.file] = i;
    texts.push(d.text);
  });
  var toggle = document.getElementById('show-suppressed');

  function shownFindings() {
    var out = [];
    data.findings.forEach(function (f, i) {
      if (toggle.checked || !f.suppressed) {
        var copy = Object.assign({}, f);
        copy.index = i;
        out.push(copy);
      }
    });
    return out;
  }

  function renderTexts() {
    var findings = shownFindings();
    docs.forEach(function (doc, i) {
      var el = document.getElementById('text-' + i);
      if (el) {
        el.innerHTML = F.renderText(doc, data.mentions, findings,
          { docIndex: i, files: files, texts: texts, messages: true });
      }
    });
  }

  function checkedValues(kind) {
    var set = {};
    document.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (box) {
      if (box.checked) {
        set[box.value] = true;
      }
    });
    return set;
  }

  function applyFilters() {
    var rules = checkedValues('rule');
    var severities = checkedValues('severity');
    var suppressed = toggle.checked;
    document.body.classList.toggle('show-suppressed', suppressed);
    var shown = 0;
    var total = 0;
    document.querySelectorAll('tr[data-f], .msg[data-f]').forEach(function (el) {
      var f = data.findings[Number(el.getAttribute('data-f'))];
      var visible = !!rules[f.ruleId] && !!severities[f.severity] && (suppressed || !f.suppressed);
      el.hidden = !visible;
      if (el.tagName === 'TR') {
        total++;
        if (visible) {
          shown++;
        }
      }
    });
    var count = document.getElementById('shown-count');
    if (count) {
      count.textContent = shown + '\u00a0constat' + (shown > 1 ? 's' : '') + ' affiché'
        + (shown > 1 ? 's' : '') + ' sur ' + total;
    }
  }

  function spansOf(index) {
    var f = data.findings[index];
    var ids = [];
    [f].concat(f.related || []).forEach(function (loc) {
      var d = files[loc.file];
      if (d === undefined) {
        return;
      }
      var starts = F.lineStarts(texts[d]);
      var n = texts[d].length;
      ids.push(F.anchorId('', d, F.offset(starts, n, loc.line, loc.column),
        F.offset(starts, n, loc.endLine, loc.endColumn)));
    });
    return ids.map(function (id) { return document.getElementById(id); })
      .filter(function (el) { return el; });
  }

  var lit = [];
  function highlight(index) {
    lit.forEach(function (el) { el.classList.remove('hl'); });
    lit = index === null ? [] : spansOf(index);
    lit.forEach(function (el) { el.classList.add('hl'); });
  }

  document.addEventListener('mouseover', function (e) {
    var el = e.target.closest && e.target.closest('tr[data-f], .msg[data-f]');
    highlight(el ? Number(el.getAttribute('data-f')) : null);
  });
  document.querySelectorAll('input[data-filter]').forEach(function (box) {
    box.addEventListener('change', applyFilters);
  });
  toggle.addEventListener('change', function () {
    renderTexts();
    applyFilters();
  });
  renderTexts();
  applyFilters();
  document.body.classList.add('scripted');
})();
