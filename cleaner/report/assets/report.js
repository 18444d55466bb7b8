"use strict";
(function () {
  const IDX = window.__cleanerIndex;
  const PAGE = 50;
  const cache = {};
  const waiting = {};
  window.__cleanerChunk = function (name, data) {
    cache[name] = data;
    (waiting[name] || []).forEach((f) => f(data));
    delete waiting[name];
  };
  function chunk(prefix, n) {
    const name = prefix + "-" + String(n).padStart(5, "0");
    return new Promise((resolve) => {
      if (cache[name]) return resolve(cache[name]);
      (waiting[name] = waiting[name] || []).push(resolve);
      if (waiting[name].length === 1) {
        const s = document.createElement("script");
        s.src = "report_data/" + name + ".js";
        document.head.appendChild(s);
      }
    });
  }
  const esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  const view = document.getElementById("view");
  const storyRow = new Map(IDX.stories.map((r) => [r[0], r]));
  const docRow = new Map();
  IDX.documents.forEach((r) => { if (!docRow.has(r[0])) docRow.set(r[0], r); });

  function parse() {
    const h = location.hash.replace(/^#\/?/, "") || "overview";
    const [path, query] = h.split("?");
    const params = new URLSearchParams(query || "");
    return { parts: path.split("/").map(decodeURIComponent), params };
  }
  function link(hash, text) { return '<a href="#/' + hash + '">' + esc(text) + "</a>"; }
  function pager(kind, params, total) {
    const page = +(params.get("page") || 1);
    const pages = Math.max(1, Math.ceil(total / PAGE));
    const q = new URLSearchParams(params);
    const to = (p) => { q.set("page", p); return "#/" + kind + "?" + q.toString(); };
    return '<div class="pager">' + (page > 1 ? '<a href="' + to(page - 1) + '">‹ prev</a>' : "") +
      "<span>page " + page + " of " + pages + " (" + total + ")</span>" +
      (page < pages ? '<a class="next" href="' + to(page + 1) + '">next ›</a>' : "") + "</div>";
  }
  function slice(rows, params) { const page = +(params.get("page") || 1); return rows.slice((page - 1) * PAGE, page * PAGE); }
  function matches(q, fields) { return !q || fields.some((f) => f != null && String(f).toLowerCase().includes(q)); }

  function overview() {
    const r = IDX.report;
    const rules = Object.entries(IDX.rules).sort((a, b) => b[1] - a[1]);
    let h = "<h2>Overview</h2><p class='kv'>cleaner " + esc(r.version || "") + " · " + esc(r.files) + " files · " +
      esc(r.documents) + " documents → " + esc(r.stories) + " stories · " + esc(r.duplicates_merged) +
      " duplicates merged · " + esc(Object.values(r.rejects || {}).reduce((a, b) => a + b, 0)) + " rejects · " +
      esc(r.seconds) + " s</p>";
    h += document.getElementById("charts").innerHTML;
    h += "<h3>Removals by rule</h3><table id='rules'><tr><th>rule</th><th class='num'>lines</th></tr>" +
      rules.map(([k, v]) => "<tr><td>" + (IDX.audit ? link("documents?rule=" + encodeURIComponent(k), k) : esc(k)) +
        "</td><td class='num'>" + v + "</td></tr>").join("") + "</table>";
    if (!IDX.audit) h += "<p class='muted'>Run with --audit to see the removed lines themselves.</p>";
    return h;
  }
  function stories(params) {
    const q = (params.get("q") || "").toLowerCase();
    const rows = IDX.stories.filter((r) => matches(q, [r[0], r[1], r[2], r[3]]));
    return "<h2>Stories</h2>" + pager("stories", params, rows.length) +
      "<table id='story-list'><tr><th>id</th><th>title</th><th>site</th><th class='num'>copies</th><th class='num'>chars</th></tr>" +
      slice(rows, params).map((r) => "<tr><td>" + link("story/" + r[0], r[0]) + "</td><td>" + esc(r[1]) + "</td><td>" +
        esc(r[2]) + "</td><td class='num'>" + r[4] + "</td><td class='num'>" + r[5] + "</td></tr>").join("") + "</table>";
  }
  function marked(text, runs) {
    let out = "", at = 0;
    (runs || []).slice().sort((a, b) => a.at - b.at).forEach((r) => {
      out += esc(text.slice(at, r.at)) + '<mark class="restored" title="restored from ' + esc(r.from || "") + '">' +
        esc(text.slice(r.at, r.at + r.text.length)) + "</mark>";
      at = r.at + r.text.length;
    });
    return out + esc(text.slice(at));
  }
  function diffPair(canonical, copy) {
    const parts = Diff.diffChars(canonical, copy);
    let left = "", right = "";
    parts.forEach((p) => {
      if (p.added) right += '<ins class="diff">' + esc(p.value) + "</ins>";
      else if (p.removed) left += '<del class="diff">' + esc(p.value) + "</del>";
      else { left += esc(p.value); right += esc(p.value); }
    });
    return [left, right];
  }
  async function loadDoc(id) {
    const row = docRow.get(id);
    if (!row) return null;
    const data = await chunk("docs", row[5]);
    return data.find((d) => d.doc_id === id) || null;
  }
  async function story(id) {
    const row = storyRow.get(id);
    if (!row) return "<p>No story " + esc(id) + "</p>";
    const rec = (await chunk("stories", row[6])).find((s) => s.id === id);
    let h = "<h2>" + esc(rec.title || "(no title)") + "</h2><p class='kv'>" + esc(rec.id) + " · " + esc(rec.url || "") +
      " · " + Object.entries(rec.meta || {}).map(([k, v]) => esc(k) + "=" + esc(v)).join(" · ") + "</p>";
    h += "<h3>Canonical text" + (rec.restored.length ? " (" + rec.restored.length + " runs of words restored, marked)" : "") +
      "</h3><div class='text' id='canonical'>" + marked(rec.text, rec.restored) + "</div><h3>Copies</h3>";
    for (const [i, s] of rec.sources.entries()) {
      const head = "<h3>copy " + (i + 1) + ": " + esc(s.path) + " #" + s.record + "." + s.segment + " · similarity " +
        esc(s.similarity) + (IDX.audit ? " · " + link("doc/" + s.doc_id, "document view") : "") + "</h3>";
      const doc = IDX.audit && i > 0 ? await loadDoc(s.doc_id) : null;
      if (!doc) { h += head + (i === 0 ? "<p class='muted'>the canonical copy (the text above)</p>" : ""); continue; }
      const [left, right] = diffPair(rec.text, doc.text);
      h += head + "<div class='pair copy'><div><h3>canonical</h3><div class='text'>" + left +
        "</div></div><div><h3>this copy</h3><div class='text'>" + right + "</div></div></div>";
    }
    return h;
  }
  function documents(params) {
    if (!IDX.audit) return "<h2>Documents</h2><p class='muted'>This run has no audit trail: run cleaner with --audit.</p>";
    const q = (params.get("q") || "").toLowerCase();
    const rule = params.get("rule");
    const rows = IDX.documents.filter((r) => (!rule || r[4].includes(rule)) && matches(q, [r[0], r[1], r[2], r[3], r[6], r[4].join(" ")]));
    return "<h2>Documents" + (rule ? " where " + esc(rule) + " removed lines" : "") + "</h2>" + pager("documents", params, rows.length) +
      "<table id='doc-list'><tr><th>document</th><th>title</th><th>path</th><th>rules that removed lines</th></tr>" +
      slice(rows, params).map((r) => "<tr><td>" + link("doc/" + r[0] + (rule ? "?rule=" + encodeURIComponent(rule) : ""), r[0]) +
        "</td><td>" + esc(r[6]) + "</td><td>" + esc(r[1]) + "</td><td>" + r[4].map(esc).join(", ") + "</td></tr>").join("") + "</table>";
  }
  function verdicts(text, cuts) {  // cleaner.audit.verdicts: every input line, in order
    const lines = text ? text.split("\n") : [];
    const out = [];
    let k = 0;
    for (const [at, line, rule, repl] of cuts) {
      while (k < at && k < lines.length) out.push([lines[k++], "", null]);
      out.push([line, rule, repl]);
      if (repl != null) k++;
    }
    while (k < lines.length) out.push([lines[k++], "", null]);
    return out;
  }
  async function doc(id, params) {
    const rec = await loadDoc(id);
    if (!rec) return "<p>No document " + esc(id) + "</p>";
    const focus = params.get("rule");
    let h = "<h2>" + esc(rec.title || "(no title)") + "</h2><p class='kv'>" + esc(rec.doc_id) + " · " + esc(rec.path) + " #" +
      rec.record + "." + rec.segment + " · " + esc(rec.url || "") + "</p>";
    if (rec.extraction) h += "<h3>Extraction</h3><pre class='json' id='extraction'>" + esc(JSON.stringify(rec.extraction, null, 2)) + "</pre>";
    h += "<h3>Lines</h3><div id='lines'>" + verdicts(rec.text, rec.cuts).map(([line, rule, repl]) => {
      if (!rule) return "<div class='line kept'>" + esc(line) + "</div>";
      const cls = (repl != null ? "line changed" : "line removed") + (rule.split(",").includes(focus) ? " focus" : "");
      const shown = repl != null ? "<del>" + esc(line) + "</del> → " + esc(repl) : "<del>" + esc(line) + "</del>";
      return "<div class='" + cls + "' data-rule='" + esc(rule) + "'>" + shown + "<span class='rule'>" + esc(rule) + "</span></div>";
    }).join("") + "</div>";
    return h;
  }
  async function rejects(params) {
    const q = (params.get("q") || "").toLowerCase();
    const rows = IDX.rejects.filter((r) => matches(q, r));
    return "<h2>Rejects</h2>" + pager("rejects", params, rows.length) +
      "<table id='reject-list'><tr><th>path</th><th>reason</th><th>detail</th></tr>" +
      slice(rows, params).map((r) => "<tr><td>" + esc(r[0]) + "</td><td>" + esc(r[1]) + "</td><td>" + esc(r[2]) + "</td></tr>").join("") + "</table>";
  }
  async function render() {
    const { parts, params } = parse();
    const route = parts[0];
    document.querySelectorAll("header nav a").forEach((a) => a.classList.toggle("active", a.id === "nav-" + route ||
      (route === "story" && a.id === "nav-stories") || (route === "doc" && a.id === "nav-documents")));
    let h;
    if (route === "stories") h = stories(params);
    else if (route === "story") h = await story(parts[1]);
    else if (route === "documents") h = documents(params);
    else if (route === "doc") h = await doc(parts[1], params);
    else if (route === "rejects") h = await rejects(params);
    else h = overview();
    view.innerHTML = h;
    const focus = view.querySelector(".line.focus");
    if (focus) focus.scrollIntoView({ block: "center" });
    document.body.dataset.ready = location.hash || "#/overview";
  }
  document.getElementById("search").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = document.getElementById("q").value.trim();
    if (storyRow.has(q)) location.hash = "#/story/" + q;
    else if (docRow.has(q)) location.hash = "#/doc/" + q;
    else if (IDX.rules[q] !== undefined) location.hash = "#/documents?rule=" + encodeURIComponent(q);
    else location.hash = "#/" + (parse().parts[0] === "documents" ? "documents" : "stories") + "?q=" + encodeURIComponent(q);
  });
  window.addEventListener("hashchange", render);
  render();
})();
