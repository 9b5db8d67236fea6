/*
 * figlint: turns a document's text, its mentions and its findings into highlighted HTML.
 * Shared by the HTML report (--format html) and the review page. Positions are those of the
 * review JSON: 1-based lines and columns, columns in UTF-16 code units, which is what string
 * indices count here. The report's static markup (HtmlRenderer) follows the same structure.
 */
(function (root) {
  'use strict';

  var KINDS = { money: 'montant', date: 'date', percent: 'pourcentage', count: 'nombre' };
  var SEVERITIES = { error: 'erreur', warning: 'avertissement', info: 'info' };
  var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

  function escape(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  /** Offsets where lines start: after \n, \r\n or a lone \r, as figlint counts lines. */
  function lineStarts(text) {
    var starts = [0];
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        starts.push(i + 1);
      }
    }
    return starts;
  }

  /** The string index of a 1-based line and column. */
  function offset(starts, length, line, column) {
    if (line < 1) {
      return 0;
    }
    if (line > starts.length) {
      return length;
    }
    return Math.max(0, Math.min(length, starts[line - 1] + column - 1));
  }

  /** A mention's value in words, for its tooltip. */
  function describe(mention) {
    var v = mention.value || {};
    var s;
    if (mention.kind === 'money') {
      s = v.amount + ' ' + v.currency + (v.qualifier && v.qualifier !== 'exact' ? ' (' + v.qualifier + ')' : '');
    } else if (mention.kind === 'date') {
      s = v.start === v.end ? String(v.start) : v.start + ' \u2192 ' + v.end;
    } else if (mention.kind === 'percent') {
      s = v.value + (v.points ? ' points' : '\u00a0%');
    } else {
      s = v.value + ' ' + v.unit;
    }
    return (KINDS[mention.kind] || mention.kind) + '\u00a0: ' + s;
  }

  /** The id of the element that marks a span of document {@code doc}. */
  function anchorId(prefix, doc, start, end) {
    return prefix + 'at-' + doc + '-' + start + '-' + end;
  }

  function compareItems(a, b) {
    return a.start - b.start || b.end - a.end || a.rank - b.rank;
  }

  /**
   * Writes text with nested spans: items are {start, end, rank, open} (open: the opening tag),
   * points are {pos, html}. An item that crosses the end of an enclosing one is cut in two.
   */
  function nest(text, items, points) {
    var length = text.length;
    var queue = items.map(function (it) {
      var start = Math.min(Math.max(0, it.start), length);
      return { start: start, end: Math.min(Math.max(start, it.end), length), rank: it.rank,
        open: it.open, cont: it.cont || it.open };
    }).sort(compareItems);
    var pts = points.slice().sort(function (a, b) { return a.pos - b.pos || a.order - b.order; });
    var out = [];
    var stack = [];
    var pos = 0;
    var qi = 0;
    var pi = 0;
    for (;;) {
      while (stack.length && stack[stack.length - 1].end <= pos) {
        stack.pop();
        out.push('</span>');
      }
      while (pi < pts.length && pts[pi].pos <= pos) {
        out.push(pts[pi++].html);
      }
      while (qi < queue.length && queue[qi].start <= pos) {
        var it = queue[qi++];
        var top = stack[stack.length - 1];
        if (top && it.end > top.end) {
          var rest = { start: top.end, end: it.end, rank: it.rank, open: it.cont, cont: it.cont };
          var k = qi;
          while (k < queue.length && compareItems(queue[k], rest) <= 0) {
            k++;
          }
          queue.splice(k, 0, rest);
          it = { start: it.start, end: top.end, rank: it.rank, open: it.open };
        }
        out.push(it.open);
        stack.push(it);
        if (it.end <= pos) {
          stack.pop();
          out.push('</span>');
        }
      }
      if (pos >= length) {
        break;
      }
      var next = length;
      if (stack.length) {
        next = Math.min(next, stack[stack.length - 1].end);
      }
      if (qi < queue.length) {
        next = Math.min(next, queue[qi].start);
      }
      if (pi < pts.length) {
        next = Math.min(next, pts[pi].pos);
      }
      out.push(escape(text.substring(pos, next)));
      pos = next;
    }
    while (stack.length) {
      stack.pop();
      out.push('</span>');
    }
    while (pi < pts.length) {
      out.push(pts[pi++].html);
    }
    return out.join('');
  }

  /**
   * The highlighted HTML of one document.
   * doc: {file, text}; mentions and findings: those of the review JSON (all files: the others
   * are skipped); findings[i].index, when set, is the finding's index in the whole list.
   * options: {docIndex, files: {file: docIndex}, texts: [text by docIndex], prefix, messages:
   * show each finding's message under its line, with links to its related locations}.
   */
  function renderText(doc, mentions, findings, options) {
    var opts = options || {};
    var prefix = opts.prefix || '';
    var d = opts.docIndex || 0;
    var files = opts.files || {};
    var text = doc.text;
    var starts = lineStarts(text);
    var items = [];
    var at = function (loc) {
      return {
        start: offset(starts, text.length, loc.line, loc.column),
        end: offset(starts, text.length, loc.endLine, loc.endColumn)
      };
    };
    mentions.forEach(function (m) {
      if (m.file !== doc.file) {
        return;
      }
      var span = at(m);
      var open = '<span class="m m-' + escape(m.kind) + '" data-kind="' + escape(m.kind)
        + '" title="' + escape(describe(m)) + '">';
      items.push({ start: span.start, end: span.end, rank: 1, open: open });
    });
    var anchors = {};
    var order = [];
    var anchor = function (span) {
      var key = span.start + '-' + span.end;
      if (!anchors[key]) {
        anchors[key] = { start: span.start, end: span.end, severity: null, findings: [] };
        order.push(key);
      }
      return anchors[key];
    };
    var points = [];
    findings.forEach(function (f, n) {
      var index = f.index === undefined ? n : f.index;
      if (f.file === doc.file) {
        var a = anchor(at(f));
        a.findings.push(index);
        if (!a.severity || SEVERITY_RANK[f.severity] > SEVERITY_RANK[a.severity]) {
          a.severity = f.severity;
        }
        if (opts.messages) {
          var end = a.end;
          while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
            end++;
          }
          if (text[end] === '\r' && text[end + 1] === '\n') {
            end++;
          }
          points.push({ pos: Math.min(text.length, end + 1), order: index,
            html: message(f, index, prefix, files, opts.texts) });
        }
      }
      (f.related || []).forEach(function (r) {
        if (r.file === doc.file) {
          anchor(at(r));
        }
      });
    });
    order.forEach(function (key) {
      var a = anchors[key];
      var cls = 'at' + (a.severity ? ' f f-' + a.severity : ' rel');
      var attrs = ' data-f="' + a.findings.join(' ') + '"';
      items.push({
        start: a.start, end: a.end, rank: 0,
        open: '<span class="' + cls + '" id="' + anchorId(prefix, d, a.start, a.end) + '"' + attrs + '>',
        cont: '<span class="' + cls + '"' + attrs + '>'
      });
    });
    return nest(text, items, points);
  }

  /** A related location's link, or its plain position when its file is not shown. */
  function locationLink(loc, prefix, files, texts) {
    var label = escape(loc.file + ':' + loc.line + ':' + loc.column);
    var d = files[loc.file];
    if (d === undefined || !texts || typeof texts[d] !== 'string') {
      return '<span class="loc">' + label + '</span>';
    }
    var text = texts[d];
    var starts = lineStarts(text);
    var id = anchorId(prefix, d, offset(starts, text.length, loc.line, loc.column),
      offset(starts, text.length, loc.endLine, loc.endColumn));
    return '<a class="loc" href="#' + id + '">' + label + '</a>';
  }

  function message(f, index, prefix, files, texts) {
    var related = (f.related || []).map(function (r) {
      return '<span class="related">' + locationLink(r, prefix, files, texts) + ' ' + escape(r.message || r.snippet) + '</span>';
    }).join('');
    return '<span class="msg msg-' + escape(f.severity) + (f.suppressed ? ' suppressed' : '')
      + '" id="' + prefix + 'msg-' + index + '" data-f="' + index + '" data-rule="' + escape(f.ruleId)
      + '" data-severity="' + escape(f.severity) + '"><b class="sev sev-' + escape(f.severity) + '">'
      + escape(SEVERITIES[f.severity] || f.severity) + '</b> ' + escape(f.message)
      + ' <code class="rule">' + escape(f.ruleId) + '</code>' + related + '</span>';
  }

  root.Figlint = {
    KINDS: KINDS,
    SEVERITIES: SEVERITIES,
    escape: escape,
    lineStarts: lineStarts,
    offset: offset,
    describe: describe,
    anchorId: anchorId,
    renderText: renderText,
    locationLink: locationLink
  };
})(this);
