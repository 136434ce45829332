/* The phrase's trend in the search box (partials/archive-search.html, assets/trends.css):
   a bar per year, from the index's first year to its last so the gaps show, of the
   readouts matching the query; archive-search.js gives the counts (Pagefind's, for the
   year filter) and draws it after each search. A bar is a button choosing its year in
   the search's Year filter (again, or "Show all years", to clear it); the bars are one
   stop for Tab and the arrow keys move between them. A line counts the results by side
   (the issuer's country) where the index has sides.
   window.archiveTrend(figure, yearSelect, run) -> {draw(query, years, shown, sides), hide()} */
window.archiveTrend = function (figure, yearSelect, run) {
  "use strict";
  var bars = figure.querySelector("[data-ra-trend-bars]");
  var clear = figure.querySelector("[data-ra-trend-clear]");
  var LABEL = 32;  /* pixels from one year label to the next, at least */
  var SIDES = 8;  /* sides named in the line of counts per side */
  var cleared = null;

  function readouts(n, none) {
    return n === 0 ? none : n === 1 ? "1 readout" : n + " readouts";
  }

  function span(className, text) {
    var s = document.createElement("span");
    s.className = className;
    if (text !== undefined) s.textContent = text;
    return s;
  }

  function bar(year, count, peak, labelled) {
    var button = document.createElement("button");
    var pressed = String(year) === yearSelect.value;
    var name = year + ": " + readouts(count, "no readouts");
    button.type = "button";
    button.className = "ra-trend-bar" + (labelled ? " ra-trend-labelled" : "");
    button.setAttribute("data-year", year);
    button.setAttribute("aria-label", name);
    button.setAttribute("aria-pressed", String(pressed));
    button.title = name;
    button.disabled = !count && !pressed;
    button.tabIndex = -1;
    var column = span("ra-trend-column"), fill = span("ra-trend-fill");
    fill.style.height = (count ? Math.max(100 * count / peak, 4) : 0) + "%";
    column.append(fill);
    button.append(column, span("ra-trend-year", String(year)));
    return button;
  }

  /* The bars, a year label every 1, 2, 5 or 10 years (as often as they fit), and the one
     bar Tab stops at: the focused year, the chosen one, or the first with a readout. */
  function drawBars(counts, years) {
    var first = Math.min.apply(null, years), last = Math.max.apply(null, years);
    var peak = Math.max.apply(null, years.map(function (y) { return counts[y]; }));
    var room = bars.clientWidth / (last - first + 1);
    var step = [1, 2, 5, 10].filter(function (s) { return room * s >= LABEL; })[0] || 10;
    var active = document.activeElement, chosen = yearSelect.value;
    /* The focus stays on its year, or goes from "Show all years" to the year it cleared. */
    var refocus = bars.contains(active) ? active.getAttribute("data-year") : active === clear && !chosen ? cleared : null;
    bars.textContent = "";
    for (var year = first; year <= last; year++) bars.append(bar(year, counts[year] || 0, peak, year % step === 0));
    var stop = bars.querySelector('[data-year="' + (refocus || chosen) + '"]:not([disabled])') ||
      bars.querySelector("button:not([disabled])");
    stop.tabIndex = 0;
    if (refocus !== null) stop.focus();
    return peak;
  }

  /* "Which side's accounts use it": the results by the country of their issuer, most first;
     past SIDES of them, the rest in one count. A side and its count never part at a line's end. */
  function drawSides(counts, shown) {
    var line = figure.querySelector("[data-ra-trend-sides]");
    line.hidden = !Object.keys(counts).length || !shown;  /* an index without sides counts none */
    if (line.hidden) return;
    var found = Object.keys(counts).filter(function (side) { return counts[side]; })
      .sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
    var sum = function (sides) { return sides.reduce(function (n, side) { return n + counts[side]; }, 0); };
    var parts = found.slice(0, SIDES).map(function (side) { return side + " " + counts[side]; });
    var named = sum(found), rest = sum(found.slice(SIDES));
    if (rest) parts.push((found.length - SIDES) + " other sides " + rest);
    if (shown > named) parts.push("no issuer named " + (shown - named));
    line.textContent = "By side: " + parts.map(function (p) { return p.replace(/ /g, "\u00a0"); }).join(" \u00b7 ");
  }

  function draw(query, counts, shown, sides) {
    var years = Object.keys(counts).map(Number).filter(isFinite).sort(function (a, b) { return a - b; });
    var total = years.reduce(function (sum, y) { return sum + counts[y]; }, 0);
    figure.hidden = !total;
    if (!total) return;
    var peak = drawBars(counts, years), chosen = yearSelect.value;
    var most = years.filter(function (y) { return counts[y] === peak; })[0];
    figure.querySelector("[data-ra-trend-caption]").textContent =
      "Readouts matching \u201c" + query.replace(/^"(.*)"$/, "$1") + "\u201d by year";
    figure.querySelector("[data-ra-trend-summary]").textContent = chosen
      ? "Showing " + chosen + " only: " + shown + " of " + readouts(total, "") + "."
      : "Most in " + most + " (" + peak + "). Choose a year to see only its readouts.";
    clear.hidden = !chosen;
    drawSides(sides, shown);
  }

  function choose(year) {
    yearSelect.value = year;
    run();
  }

  bars.addEventListener("click", function (event) {
    var button = event.target.closest("[data-year]");
    if (button) choose(button.getAttribute("data-year") === yearSelect.value ? "" : button.getAttribute("data-year"));
  });
  bars.addEventListener("keydown", function (event) {
    var enabled = Array.prototype.slice.call(bars.querySelectorAll("button:not([disabled])"));
    var at = enabled.indexOf(document.activeElement);
    var to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: enabled.length - 1 }[event.key];
    if (to === undefined || at < 0) return;
    event.preventDefault();
    var next = enabled[Math.max(0, Math.min(to, enabled.length - 1))];
    enabled.forEach(function (b) { b.tabIndex = b === next ? 0 : -1; });
    next.focus();
  });
  clear.addEventListener("click", function () {
    cleared = yearSelect.value;
    choose("");
  });

  return { draw: draw, hide: function () { figure.hidden = true; } };
};
