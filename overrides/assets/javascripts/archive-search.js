/* The archive's search box: Material's markup, Pagefind's index.
   Pagefind (written into the site by the build) loads only the index chunks
   a query needs. Results show the readout's date, kind and issuer (with its
   side); they can be sorted by date and filtered by kind, year and issuer,
   with counts. A filter the index has no values for (no readout names an
   issuer) is not offered. Of the index's filters, only those counted here are
   downloaded (kind, year, issuer, side), not the topics', people's or
   countries'. Links are relative to the page (the site may live under a
   sub-path).
   Above the results, the phrase's trend (archive-trend.js): the matching
   readouts per year, from the counts Pagefind gives for the year filter (no
   result is downloaded for it), and per side where the index has sides.
   Every readout, whatever its language, is in one index built as Chinese
   (generator/serve/indexer.py), so one box finds both from any page: its
   Chinese text is cut into words, and none of its words is stemmed.
   `terms` prepares a query for it: Chinese runs are cut into words as the
   index was, and English words are cut back to a stem (Pagefind matches a
   query word as the start of an indexed word, so "discussed" finds
   "discussion"). A result's title and excerpt carry the readout's language.
   A large archive's index is in parts (generator/outputs/searchdocs.py), listed
   newest first in pagefind/parts.json: the first part is Pagefind's main bundle.
   A search first shows the first part's results (its newest readouts: what a
   reader downloads before a result is then one part's index, not every part's),
   then those of every part: a second copy of Pagefind's module, into which the
   other parts are merged, so its results and counts cover them all. Pagefind
   orders by date within one part only, so "Newest first" and "Oldest first" list
   the parts' results one part after the other (each document names its part as
   a filter). */
(function () {
  "use strict";
  var root = document.querySelector("[data-ra-search]");
  if (!root) return;
  root.innerHTML = dialog();
  var toggle = document.getElementById("__search");
  var input = root.querySelector("[data-ra-query]");
  var meta = root.querySelector("[data-ra-meta]");
  var list = root.querySelector("[data-ra-results]");
  var more = root.querySelector("[data-ra-more]");
  var controls = root.querySelector("[data-ra-controls]");
  var sort = root.querySelector("[data-ra-sort]");
  var selects = Array.prototype.slice.call(root.querySelectorAll("[data-ra-filter]"));
  var yearSelect = root.querySelector('[data-ra-filter="year"]');
  var trend = window.archiveTrend(root.querySelector("[data-ra-trend]"), yearSelect, run);
  var base = root.getAttribute("data-base") || ".";
  var BUNDLE = new URL(root.getAttribute("data-pagefind"), document.baseURI).href;  /* pagefind.js */
  var PAGE = 10;
  var COUNTED = selects.map(function (s) { return s.getAttribute("data-ra-filter"); }).concat("side");
  var pagefind = null, merged = null, parts = [], current = null, shown = 0, generation = 0;
  /* Result URLs from the site root ("/readouts/..."); href() makes them relative. */
  var SETTINGS = { excerptLength: 24, baseUrl: "/" };
  var CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
  var words = window.Intl && Intl.Segmenter ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
  /* [ending, letters the stem keeps at least]: the first that fits is cut off. */
  var ENDINGS = [[/ies$/, 5], [/(?:ss|sh|ch|x|z)es$/, 4, 2], [/ions?$/, 5], [/ings?$/, 4], [/ed$/, 4], [/[^su]s$/, 4, 1]];

  function stem(word) {
    if (!/^[a-z]+$/.test(word)) return word;
    for (var i = 0; i < ENDINGS.length; i++) {
      var found = ENDINGS[i][0].exec(word);
      if (!found) continue;
      var cut = ENDINGS[i][2] || found[0].length;
      return word.length - cut >= ENDINGS[i][1] ? word.slice(0, word.length - cut) : word;
    }
    return word;
  }

  /* A Chinese or Japanese excerpt without the spaces Pagefind puts between the words it cut
     (around a match, after a sentence): between characters of those scripts they are not text. */
  var GAP = new RegExp("([\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]|</?mark>)\\s+" +
                       "(?=[\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]|</?mark>)", "g");
  function unspaced(data) {
    return /^(zh|ja)$/.test(data.meta.language || "") ? data.excerpt.replace(GAP, "$1") : data.excerpt;
  }

  function terms(query) {
    if (/"/.test(query)) return query;  /* an exact phrase: as typed */
    return query.toLowerCase().split(/\s+/).map(function (word) {
      if (!CJK.test(word) || !words) return stem(word);
      return Array.from(words.segment(word)).filter(function (s) { return s.isWordLike; })
        .map(function (s) { return s.segment; }).join(" ");
    }).join(" ").trim();
  }

  /* The index's parts (none listed when parts.json is missing: an index in one part). */
  function listParts(url) {
    return fetch(new URL("parts.json", url)).then(function (response) {
      return response.ok ? response.json() : { parts: [] };
    }).then(function (found) { return found.parts || []; }, function () { return []; });
  }

  /* Pagefind's bundle, and the parts listed beside it; `pagefind` searches the first part only
     until `whole` has merged the others into a second copy of the module. */
  function load() {
    if (!pagefind) {
      pagefind = Promise.all([import(BUNDLE), listParts(BUNDLE)]).then(function (loaded) {
        parts = loaded[1];
        return loaded[0].options(SETTINGS).then(function () { return loaded[0]; });
      });
    }
    return pagefind;
  }

  /* Every part: the same bundle imported again (a module of its own, whose index is the first
     part's; its files come from the browser's cache) with the other parts merged into it. */
  function whole() {
    if (parts.length < 2) return load();
    if (!merged) {
      merged = import(BUNDLE + "?parts").then(function (module) {
        return module.options(SETTINGS).then(function () {
          return Promise.all(parts.filter(function (part) { return part.path; }).map(function (part) {
            return module.mergeIndex(new URL(part.path, BUNDLE).href, SETTINGS);
          }));
        }).then(function () { return module; });
      });
    }
    return merged;
  }

  /* Sorted by date, a divided index's results: each part's own, in date order, one part after
     the other (the parts are runs of time, newest first); the chunks are loaded already. */
  function inDateOrder(pf, query, search) {
    if (parts.length < 2 || !sort.value) return Promise.resolve(search);
    var order = sort.value === "asc" ? parts.slice().reverse() : parts;
    return Promise.all(order.map(function (part) {
      var found = options();
      found.filters.part = String(part.part);
      return pf.search(terms(query), found);
    })).then(function (each) {
      search.results = [].concat.apply([], each.map(function (s) { return s.results; }));
      return search;
    });
  }

  function href(url) {
    return base.replace(/\/$/, "") + "/" + url.replace(/^\/+/, "");
  }

  /* Matching readouts per year under every other filter: the search's own counts, or, once a
     year is chosen (they then count that year alone), those of the same search without it
     (the index chunks are loaded already: it downloads nothing). */
  function yearCounts(pf, query, search) {
    if (!yearSelect.value) return Promise.resolve(search.filters.year || {});
    return pf.search(terms(query), options("year")).then(function (all) { return all.filters.year || {}; });
  }

  function fillSelect(select, counts) {
    var chosen = select.value;
    var keys = Object.keys(counts || {}).sort();
    if (select.getAttribute("data-ra-filter") === "year") keys.reverse();
    select.length = 1;
    keys.forEach(function (key) {
      if (!counts[key] && key !== chosen) return;
      select.add(new Option(key + " (" + counts[key] + ")", key));
    });
    select.value = chosen;
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = href(data.url);
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h1");
    title.textContent = data.meta.title || data.url;
    if (data.meta.language) title.lang = data.meta.language;
    var when = document.createElement("p");
    when.className = "ra-search-date";
    var issuer = data.meta.issuer && (data.meta.side ? data.meta.issuer + " (" + data.meta.side + ")" : data.meta.issuer);
    when.textContent = [data.meta.date, data.meta.kind, issuer].filter(Boolean).join(" · ");
    var excerpt = document.createElement("p");
    excerpt.innerHTML = unspaced(data);  /* Pagefind's escaped text with <mark> around the matches */
    if (data.meta.language) excerpt.lang = data.meta.language;
    article.append(title, when, excerpt);
    a.append(article);
    li.append(a);
    return li;
  }

  /* The next results; `early`: the first part's, shown while the others load (no "More" yet). */
  function showMore(early) {
    var batch = current.results.slice(shown, shown + PAGE);
    var mine = generation, shownFor = current;
    shown += batch.length;
    more.hidden = true;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (items) {
      if (mine !== generation || shownFor !== current) return;
      items.forEach(function (data) { list.append(item(data)); });
      more.hidden = early === true || shown >= current.results.length;
    });
  }

  /* Every counted filter is named in the search, as {none: []} (nothing left out) when no value
     is chosen: Pagefind then loads those filters' index, and only those, and counts their values. */
  function options(except) {
    var filters = {};
    COUNTED.forEach(function (name) { filters[name] = { none: [] }; });
    selects.forEach(function (s) {
      var name = s.getAttribute("data-ra-filter");
      if (s.value && name !== except) filters[name] = s.value;
    });
    var found = { filters: filters };
    if (sort.value) found.sort = { date: sort.value };
    return found;
  }

  function count(n) {
    return n === 0 ? "No matching readouts" : n === 1 ? "1 matching readout" : n.toLocaleString("en") + " matching readouts";
  }

  function years(part) {
    var from = (part.from || "").slice(0, 4), to = (part.to || "").slice(0, 4);
    return from === to ? from : from + " to " + to;
  }

  /* A divided index, by best match or newest first: the first part's results (its newest
     readouts) as soon as they are found, while the other parts load; then every part's. */
  function first(query, mine) {
    if (parts.length < 2 || sort.value === "asc") return Promise.resolve();
    return load().then(function (pf) {
      return pf.debouncedSearch(terms(query), options(), 150);
    }).then(function (search) {
      if (!search || mine !== generation) return;
      current = search;
      shown = 0;
      list.textContent = "";
      meta.textContent = count(search.results.length) + " from " + years(parts[0]) + "; searching the years before…";
      return showMore(true);
    });
  }

  function run() {
    var query = input.value.trim();
    var mine = ++generation;
    if (!query) {
      list.textContent = "";
      meta.textContent = "Type to search the readouts";
      more.hidden = true;
      trend.hide();
      return;
    }
    var pf;
    load().then(function () {
      return first(query, mine);
    }).then(function () {
      return mine === generation ? whole() : null;
    }).then(function (module) {
      if (!module) return null;
      pf = module;
      return parts.length < 2 ? pf.debouncedSearch(terms(query), options(), 150) : pf.search(terms(query), options());
    }).then(function (search) {
      return search && mine === generation ? inDateOrder(pf, query, search) : null;
    }).then(function (search) {
      if (!search || mine !== generation) return;
      return yearCounts(pf, query, search).then(function (years) {
        if (mine !== generation) return;
        current = search;
        shown = 0;
        list.textContent = "";
        var n = search.results.length;
        meta.textContent = count(n);
        controls.hidden = false;
        selects.forEach(function (s) {
          var counts = s === yearSelect ? years : search.filters[s.getAttribute("data-ra-filter")] || {};
          var label = s.closest("[data-ra-optional]");
          if (label) label.hidden = !Object.keys(counts).length;
          fillSelect(s, counts);
        });
        trend.draw(query, years, n, search.filters.side || {});
        return showMore();
      });
    }).catch(function () {
      meta.textContent = "Search is not available: the search index was not found.";
    });
  }

  input.addEventListener("focus", function () { toggle.checked = true; load(); });
  input.addEventListener("input", run);
  sort.addEventListener("change", run);
  selects.forEach(function (s) { s.addEventListener("change", run); });
  more.addEventListener("click", function () { if (current) showMore(false); });
  root.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) window.location.href = first.href;
  });
  root.querySelector("form").addEventListener("reset", function () {
    setTimeout(function () { run(); input.focus(); }, 0);
  });
  toggle.addEventListener("change", function () { if (toggle.checked) input.focus(); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      input.blur();
    } else if (event.key === "/" && document.activeElement !== input &&
               !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      event.preventDefault();
      input.focus();
    }
  });

  /* The dialog's inside: Material's search markup (its classes give it Material's look),
     with the archive's sort, filters, trend and "More results". The magnifier is the
     header's own icon. */
  function dialog() {
    var icon = function (path) {
      return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="' + path + '"/></svg>';
    };
    var magnifier = document.querySelector('label.md-header__button[for="__search"] svg');
    return '<label class="md-search__overlay" for="__search"></label>' +
      '<div class="md-search__inner" role="search">' +
      '<form class="md-search__form" name="search">' +
      '<input type="text" class="md-search__input" name="query" aria-label="Search readouts" placeholder="Search readouts" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" required data-ra-query>' +
      '<label class="md-search__icon md-icon" for="__search">' + (magnifier ? magnifier.outerHTML : "") +
      icon("M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11z") + '</label>' +
      '<nav class="md-search__options" aria-label="Search">' +
      '<button type="reset" class="md-search__icon md-icon" title="Clear" aria-label="Clear" tabindex="-1">' +
      icon("M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z") +
      '</button></nav></form>' +
      '<div class="md-search__output"><div class="md-search__scrollwrap" tabindex="0"><div class="md-search-result">' +
      '<div class="ra-search-controls" data-ra-controls hidden>' +
      '<label>Sort <select data-ra-sort><option value="">Best match</option>' +
      '<option value="desc">Newest first</option><option value="asc">Oldest first</option></select></label>' +
      '<label>Kind <select data-ra-filter="kind"><option value="">All</option></select></label>' +
      '<label>Year <select data-ra-filter="year"><option value="">All</option></select></label>' +
      '<label data-ra-optional>Issuer <select data-ra-filter="issuer"><option value="">All</option></select></label>' +
      '</div>' +
      '<div class="md-search-result__meta" data-ra-meta>Type to search the readouts</div>' +
      /* The phrase's trend: matching readouts per year, from the index's year filter counts
         (archive-trend.js, assets/trends.css). Each bar is a button narrowing the results to its year. */
      '<figure class="ra-trend" data-ra-trend hidden>' +
      '<figcaption class="ra-trend-caption" id="ra-trend-caption" data-ra-trend-caption></figcaption>' +
      '<div class="ra-trend-bars" role="toolbar" aria-labelledby="ra-trend-caption" data-ra-trend-bars></div>' +
      '<p class="ra-trend-note"><span data-ra-trend-summary></span> ' +
      '<button type="button" class="ra-trend-clear" data-ra-trend-clear hidden>Show all years</button></p>' +
      '<p class="ra-trend-sides" data-ra-trend-sides hidden></p>' +
      '</figure>' +
      '<ol class="md-search-result__list" role="presentation" data-ra-results></ol>' +
      '<button type="button" class="md-button ra-search-more" data-ra-more hidden>More results</button>' +
      '</div></div></div></div>';
  }
})();
