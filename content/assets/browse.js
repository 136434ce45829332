/* The Browse page: filter every readout by topic, person, country, issuer, side, language, kind, years and title words.
 *
 * Loads assets/browse.json (written by generator/browse.py), builds real form controls once,
 * and on each change filters in one pass, updates the counts in place and renders one page of
 * results. The choices live in the address (?topic=taiwan&from=2020&page=2): a change adds a
 * history entry (typing in the title box adds one, then updates it), and the back button
 * restores the filters.
 * Every value from the catalog is set as text, never as HTML. No framework, no other host.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = document.getElementById("ra-browse");
  if (!root || !script) return;
  var siteRoot = new URL("../", script.src);
  var PAGE_SIZE = 50;
  var SHOWN = 8;  // values listed per facet before "Show all"
  /* Name in the address, catalog table, field of a readout, legend. A readout has many topics, people
     and countries: checking two values keeps the readouts with both. It has one issuer (`one`), and so
     one side: checking two keeps the readouts with either, and a readout without an issuer counts
     under "Not recorded" (?issuer=not-recorded). It has one language too, always known (`known`);
     the filter is offered when the archive has readouts in two languages or more. */
  var FACETS = [
    { name: "topic", table: "topics", field: 4, legend: "Topics", noun: "topics" },
    { name: "person", table: "people", field: 5, legend: "People", noun: "people" },
    { name: "country", table: "countries", field: 6, legend: "Countries", noun: "countries" },
    { name: "issuer", table: "issuers", field: 7, legend: "Published by", noun: "issuers", one: true, issued: true },
    { name: "side", table: "sides", field: 8, legend: "Side (the issuer’s country)", noun: "sides", one: true, issued: true },
    { name: "language", table: "languages", field: 9, legend: "Language", noun: "languages", one: true, known: true }
  ];
  var NONE = ["not-recorded", "Not recorded"];
  var data, items, years, ui = {}, state, typing = false;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "hidden") node.hidden = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }
  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function number(n) { return n.toLocaleString("en"); }
  function plural(n, word) { return number(n) + " " + word + (n === 1 ? "" : "s"); }

  function prepare(catalog) {
    data = catalog;
    var issuers = catalog.issuers || [], sides = catalog.sides || [], languages = catalog.languages || [];
    // an archive whose readouts name no issuer gets no issuer and side filters; one in one language no language filter
    if (!issuers.length) FACETS = FACETS.filter(function (facet) { return !facet.issued; });
    if (languages.length < 2) FACETS = FACETS.filter(function (facet) { return facet.name !== "language"; });
    var english = Math.max(0, languages.map(function (pair) { return pair[0]; }).indexOf("en"));
    items = catalog.readouts.map(function (row, index) {
      var issuer = row.length > 7 && row[7] !== null ? row[7] : issuers.length;  // none: not recorded
      return { index: index, date: row[0], year: +row[0].slice(0, 4), slug: row[1], title: row[2], folded: fold(row[2]),
               kind: row[3], 4: row[4], 5: row[5], 6: row[6], 7: issuer,
               8: issuer < issuers.length ? issuers[issuer][2] : sides.length,
               9: row.length > 8 ? row[8] : english };  // no ninth value: English
    });
    var seen = {};
    items.forEach(function (item) { seen[item.year] = true; });
    years = Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
    FACETS.forEach(function (facet) {
      var table = facet.one && !facet.known ? catalog[facet.table].concat([NONE]) : catalog[facet.table];
      var total = table.map(function () { return 0; });
      items.forEach(function (item) {
        if (facet.one) total[item[facet.field]]++;
        else item[facet.field].forEach(function (v) { total[v]++; });
      });
      facet.keys = table.map(function (pair) { return pair[0]; });
      facet.labels = table.map(function (pair) { return pair[1]; });
      facet.order = facet.keys.map(function (_, i) { return i; })
        .sort(function (a, b) { return total[b] - total[a] || a - b; });
    });
  }

  /* The address <-> the state: {q, kind, from, to, sort, page, topic: [indexes], ...} */
  function readState(search) {
    var params = new URLSearchParams(search), found = { q: params.get("q") || "", page: 1 };
    FACETS.forEach(function (facet) {  // a real key comes first, so an issuer keyed "not-recorded" still wins
      var lower = facet.keys.map(function (k) { return k.toLowerCase(); });
      found[facet.name] = params.getAll(facet.name).map(function (v) { return lower.indexOf(v.toLowerCase()); })
        .filter(function (i, at, all) { return i >= 0 && all.indexOf(i) === at; });
    });
    var kinds = data.kinds.map(function (pair) { return pair[0]; });
    found.kind = kinds.indexOf(params.get("kind"));
    found.from = years.indexOf(+params.get("from")) >= 0 ? +params.get("from") : null;
    found.to = years.indexOf(+params.get("to")) >= 0 ? +params.get("to") : null;
    found.sort = params.get("sort") === "oldest" ? "oldest" : "newest";
    found.page = Math.max(1, parseInt(params.get("page"), 10) || 1);
    return found;
  }
  function writeState(s) {
    var params = new URLSearchParams();
    if (s.q) params.set("q", s.q);
    FACETS.forEach(function (facet) {
      s[facet.name].forEach(function (i) { params.append(facet.name, facet.keys[i]); });
    });
    if (s.kind >= 0) params.set("kind", data.kinds[s.kind][0]);
    if (s.from !== null) params.set("from", s.from);
    if (s.to !== null) params.set("to", s.to);
    if (s.sort === "oldest") params.set("sort", "oldest");
    if (s.page > 1) params.set("page", s.page);
    var text = params.toString();
    return text ? "?" + text : location.pathname;
  }

  /* One pass: the results, and for every value how many readouts choosing it would leave. For the
     one-valued filters (kind, years, issuer, side) a value counts the readouts passing every other filter. */
  function filter(s) {
    var words = fold(s.q).split(/\s+/).filter(Boolean);
    var counts = { kind: data.kinds.map(function () { return 0; }), year: {} };
    FACETS.forEach(function (f) { counts[f.name] = f.keys.map(function () { return 0; }); });
    var many = FACETS.filter(function (f) { return !f.one; }), one = FACETS.filter(function (f) { return f.one; });
    var results = [];
    items.forEach(function (item) {
      for (var w = 0; w < words.length; w++) if (item.folded.indexOf(words[w]) < 0) return;
      var terms = many.every(function (f) {
        return s[f.name].every(function (v) { return item[f.field].indexOf(v) >= 0; });
      });
      if (!terms) return;
      var misses = 0, missed = null;  // the one-valued filters this readout fails
      if (s.kind >= 0 && item.kind !== s.kind) { misses++; missed = "kind"; }
      if ((s.from !== null && item.year < s.from) || (s.to !== null && item.year > s.to)) { misses++; missed = "year"; }
      for (var o = 0; o < one.length; o++) {
        var chosen = s[one[o].name];
        if (chosen.length && chosen.indexOf(item[one[o].field]) < 0) { misses++; missed = one[o].name; }
      }
      if (misses > 1) return;
      if (!misses || missed === "year") counts.year[item.year] = (counts.year[item.year] || 0) + 1;
      if (!misses || missed === "kind") counts.kind[item.kind]++;
      one.forEach(function (f) { if (!misses || missed === f.name) counts[f.name][item[f.field]]++; });
      if (misses) return;
      results.push(item);
      many.forEach(function (f) { item[f.field].forEach(function (v) { counts[f.name][v]++; }); });
    });
    if (s.sort === "oldest") results.reverse();
    return { results: results, counts: counts };
  }

  function buildFacet(facet) {
    var list = el("ul", { class: "ra-facet-values" });
    facet.boxes = [];
    facet.rows = facet.order.map(function (i) {
      var id = "ra-" + facet.name + "-" + i;
      var box = el("input", { type: "checkbox", id: id, name: facet.name, value: facet.keys[i] });
      var count = el("span", { class: "ra-count" });
      facet.boxes[i] = box;
      box.addEventListener("change", function () { toggle(facet, i, box.checked); });
      var row = el("li", {}, [box, el("label", { for: id }, [document.createTextNode(facet.labels[i] + " "), count])]);
      row.count = count;
      row.value = i;
      list.appendChild(row);
      return row;
    });
    var more = el("button", { type: "button", class: "ra-more md-button", "aria-expanded": "false" });
    more.addEventListener("click", function () {
      facet.expanded = !facet.expanded;
      update(false);
    });
    facet.more = more;
    return el("fieldset", { class: "ra-facet" }, [el("legend", { text: facet.legend }), list, more]);
  }

  function select(label, id, onChange) {
    var node = el("select", { id: id });
    node.addEventListener("change", onChange);
    return { wrap: el("p", { class: "ra-field" }, [el("label", { for: id, text: label }), node]), node: node };
  }

  function buildForm() {
    ui.q = el("input", { type: "search", id: "ra-q", autocomplete: "off", placeholder: "e.g. phone call" });
    ui.q.addEventListener("input", function () { change({ q: ui.q.value, page: 1 }, "typing"); });
    var kind = select("Kind", "ra-kind", function () { change({ kind: +kind.node.value, page: 1 }); });
    var from = select("From", "ra-from", function () { change({ from: from.node.value ? +from.node.value : null, page: 1 }); });
    var to = select("To", "ra-to", function () { change({ to: to.node.value ? +to.node.value : null, page: 1 }); });
    var sort = select("Order", "ra-sort", function () { change({ sort: sort.node.value, page: 1 }); });
    [["newest", "Newest first"], ["oldest", "Oldest first"]].forEach(function (pair) {
      sort.node.appendChild(el("option", { value: pair[0], text: pair[1] }));
    });
    ui.kind = kind.node; ui.from = from.node; ui.to = to.node; ui.sort = sort.node;
    var clear = el("button", { type: "button", class: "md-button", text: "Clear all filters" });
    clear.addEventListener("click", function () { change(readState("")); ui.q.focus(); });
    var form = el("form", { class: "ra-filters", role: "search", "aria-label": "Filter the readouts" }, [
      el("p", { class: "ra-field" }, [el("label", { for: "ra-q", text: "Words in the title" }), ui.q]),
      kind.wrap,
      el("fieldset", { class: "ra-facet ra-years" }, [el("legend", { text: "Years" }), from.wrap, to.wrap])
    ].concat(FACETS.map(buildFacet), [sort.wrap, clear]));
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    return form;
  }

  function buildResults() {
    ui.status = el("p", { class: "ra-status", role: "status", "aria-live": "polite", tabindex: "-1" });
    ui.body = el("tbody");
    ui.table = el("table", { class: "ra-results" }, [
      el("caption", { class: "ra-hidden-caption", text: "Readouts matching the filters" }),
      el("thead", {}, [el("tr", {}, ["Date", "Readout", "Kind", "Participants"].map(function (h) {
        return el("th", { scope: "col", text: h });
      }))]), ui.body]);
    ui.prev = el("button", { type: "button", class: "md-button", text: "← Newer" });
    ui.next = el("button", { type: "button", class: "md-button", text: "Older →" });
    ui.where = el("span", { class: "ra-where" });
    ui.prev.addEventListener("click", function () { turn(-1); });
    ui.next.addEventListener("click", function () { turn(1); });
    var pager = el("nav", { class: "ra-pager", "aria-label": "Result pages" }, [ui.prev, ui.where, ui.next]);
    return el("section", { class: "ra-results-area", "aria-label": "Results" }, [ui.status, ui.table, pager]);
  }

  function renderRows(page) {
    var people = data.people, kinds = data.kinds, languages = data.languages || [], rows = document.createDocumentFragment();
    page.forEach(function (item) {
      var href = new URL(data.page.replace("{year}", item.year).replace("{slug}", item.slug), siteRoot).href;
      var link = { href: href, text: item.title }, language = languages[item[9]];
      if (language && language[0] !== "en") link.lang = language[0];  // the title's language; the page's words are English
      rows.appendChild(el("tr", {}, [
        el("td", { class: "ra-nowrap", text: item.date }),
        el("td", {}, [el("a", link)]),
        el("td", { text: kinds[item.kind][1] }),
        el("td", { text: item[5].map(function (p) { return people[p][1]; }).join(", ") })
      ]));
    });
    ui.body.replaceChildren(rows);
  }

  function fillSelect(node, options, chosen) {
    if (node.options.length === options.length) {  // in place, so a focused list keeps its place
      options.forEach(function (o, i) { node.options[i].textContent = o[1]; });
    } else {
      node.replaceChildren.apply(node, options.map(function (o) { return el("option", { value: o[0], text: o[1] }); }));
    }
    node.value = String(chosen);
  }

  function updateControls(counts) {
    if (ui.q.value !== state.q) ui.q.value = state.q;
    var anyKind = counts.kind.reduce(function (a, b) { return a + b; }, 0);
    fillSelect(ui.kind, [[-1, "Any kind (" + number(anyKind) + ")"]].concat(data.kinds.map(function (pair, i) {
      return [i, pair[1] + " (" + number(counts.kind[i]) + ")"];
    })), state.kind);
    var upTo = function (lo, hi) {
      return years.reduce(function (sum, y) { return sum + (y >= lo && y <= hi ? counts.year[y] || 0 : 0); }, 0);
    };
    var hi = state.to === null ? Infinity : state.to, lo = state.from === null ? -Infinity : state.from;
    fillSelect(ui.from, [["", "Earliest"]].concat(years.map(function (y) {
      return [y, y + " (" + number(upTo(y, hi)) + ")"];
    })), state.from === null ? "" : state.from);
    fillSelect(ui.to, [["", "Latest"]].concat(years.map(function (y) {
      return [y, y + " (" + number(upTo(lo, y)) + ")"];
    })), state.to === null ? "" : state.to);
    ui.sort.value = state.sort;
    FACETS.forEach(function (facet) { updateFacet(facet, counts[facet.name]); });
  }

  function updateFacet(facet, counts) {
    var chosen = state[facet.name], shown = 0, available = 0;
    facet.rows.forEach(function (row) {
      var i = row.value, on = chosen.indexOf(i) >= 0, n = counts[i];
      facet.boxes[i].checked = on;
      row.count.textContent = "(" + number(n) + ")";
      var usable = on || n > 0;
      available += usable ? 1 : 0;
      row.hidden = !usable || (!facet.expanded && !on && shown >= SHOWN);
      if (!row.hidden) shown++;
    });
    facet.more.hidden = available <= SHOWN;
    facet.more.textContent = facet.expanded ? "Show fewer " + facet.noun : "Show all " + number(available) + " " + facet.noun;
    facet.more.setAttribute("aria-expanded", facet.expanded ? "true" : "false");
  }

  function update(focusResults) {
    var found = filter(state), total = found.results.length;
    var pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    state.page = Math.min(state.page, pages);
    var start = (state.page - 1) * PAGE_SIZE, page = found.results.slice(start, start + PAGE_SIZE);
    renderRows(page);
    updateControls(found.counts);
    ui.status.textContent = total === 0 ? "No readout matches these filters." :
      (total <= PAGE_SIZE ? plural(total, "readout") : "Readouts " + number(start + 1) + "–" +
        number(start + page.length) + " of " + number(total));
    ui.table.hidden = total === 0;
    ui.where.textContent = "Page " + number(state.page) + " of " + number(pages);
    ui.prev.disabled = state.page <= 1;
    ui.next.disabled = state.page >= pages;
    ui.prev.parentNode.hidden = pages <= 1;
    if (focusResults) ui.status.focus();
  }

  function change(patch, mode) {
    Object.keys(patch).forEach(function (key) { state[key] = patch[key]; });
    var address = writeState(state);
    if (mode === "typing" && typing) history.replaceState(null, "", address);  // one entry per spell of typing
    else history.pushState(null, "", address);
    typing = mode === "typing";
    update(false);
  }
  function toggle(facet, value, on) {
    var chosen = state[facet.name].filter(function (v) { return v !== value; });
    if (on) chosen.push(value);
    var patch = { page: 1 };
    patch[facet.name] = chosen;
    change(patch);
  }
  function turn(step) {
    state.page += step;
    typing = false;
    history.pushState(null, "", writeState(state));
    update(true);
  }

  function start(catalog) {
    prepare(catalog);
    state = readState(location.search);
    root.replaceChildren(buildForm(), buildResults());
    document.querySelectorAll(".ra-browse-plain").forEach(function (node) { node.hidden = true; });
    root.hidden = false;
    window.addEventListener("popstate", function () { state = readState(location.search); typing = false; update(false); });
    update(false);
    root.setAttribute("data-ready", "");
  }

  fetch(new URL("browse.json", script.src)).then(function (response) {
    if (!response.ok) throw new Error("HTTP " + response.status);
    return response.json();
  }).then(start).catch(function (problem) {
    root.hidden = false;
    root.replaceChildren(el("p", { class: "ra-status", role: "alert",
      text: "The list of readouts could not be loaded (" + problem.message + "). Use the links above instead." }));
  });
})();
