"""Render the archive into markdown pages, one Jinja template per kind of page.

Every metadata value printed by a template is escaped by `escape.finalize`,
so nothing from front matter can become markup or a link.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

import jinja2
import pycountry
from markupsafe import Markup, escape

from generator.pages import urls
from generator.outputs.citation import cite_readout
from generator.pages.escape import escape_markdown, finalize
from generator.archive.index import Indexes, co_occurring, date_range, group_by_month, group_by_year
from generator.archive.link import Links
from generator.pages.markup import HtmlPage, HtmlSyntax, MarkdownSyntax, Permalink
from generator.model import KIND_LABELS, Archive, Readout
from generator.pages.sanitize import render_body
from generator.pages.timeline import draw_months, draw_years

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")


@dataclass(frozen=True)
class Options:
    page_size: int = 200
    latest: int = 10
    site_name: str = "Readout Archive"
    site_url: str = ""  # the published address (mkdocs.yml site_url); "" for local builds
    directory_urls: bool = True  # MkDocs' use_directory_urls, for links in raw HTML (timelines)
    html: Permalink | None = None  # write readout and listing pages as HTML (the MkDocs plugin); see markup.py


def long_date(day: dt.date | None) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def language_name(code: str) -> str:
    language = pycountry.languages.get(alpha_2=code)
    return language.name if language else code


def safe_url(url: str) -> Markup:
    """An http(s) URL checked by validation, made safe inside a markdown link."""
    return Markup(quote(url, safe=":/?#@!$&'*+,;=%~-._"))


def code_block(text: str) -> Markup:
    """`text` shown as typed, in a <pre><code> block (Material gives it a copy button).

    Raw HTML, not a fenced block: nothing inside can close it early, and no highlighter runs.
    """
    return Markup('<pre class="ra-cite"><code>{}</code></pre>').format(text)


def rel(here: str, there: str) -> Markup:
    return Markup(urls.relative(here, there))


def month_anchor(year: int, month: int) -> str:
    """The id of a month's heading on a year page, e.g. february-2026."""
    return f"{MONTHS[month - 1].lower()}-{year}"


def year_timeline(here: str, indexes: Indexes, options: Options) -> Markup:
    counts = {year: len(items) for year, items in indexes.by_year.items()}
    return draw_years(counts, lambda year: urls.href(here, urls.year_uri(year), options.directory_urls))


def month_timeline(here: str, year: int, all_items: tuple, options: Options) -> Markup:
    """Bars for the months of one year; each links to its heading, on whichever page it falls."""
    first_at: dict[int, int] = {}
    for position, readout in enumerate(all_items):
        first_at.setdefault(readout.date.month, position)

    def href_of(month: int) -> str:
        page = urls.page_uri(urls.year_uri(year), first_at[month] // options.page_size + 1)
        where = "" if page == here else urls.href(here, page, options.directory_urls)
        return f"{where}#{month_anchor(year, month)}"

    counts = {month: sum(1 for r in all_items if r.date.month == month) for month in first_at}
    return draw_months(year, counts, href_of, MONTHS)


def syntax_for(here: str, options: Options) -> MarkdownSyntax | HtmlSyntax:
    """How the page `here` is written: markdown, or HTML when the plugin asked for it."""
    if options.html is None:
        return MarkdownSyntax(here, options.directory_urls)
    return HtmlSyntax(here, options.directory_urls, options.html)


def readout_meta(r: Readout) -> dict:
    """A readout page's front matter. Material prints `tags` as HTML (its search shows
    them beside the title: the kind and date), so the value is escaped."""
    label = f"{KIND_LABELS.get(r.kind, r.kind)} · {long_date(r.date)}"
    return {"template": "readout.html", "tags": [str(escape(" ".join(label.split())))],
            "language": r.language, "hide": ["navigation", "toc"]}


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory for the process: every render_site (each `serve`
    rebuild) makes a new environment. Jinja checks a template's source before reusing it."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.kept:
            bucket.bytecode_from_string(self.kept[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


COMPILED = CompiledTemplates()


def make_environment(archive: Archive, options: Options = Options()) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator.pages", "templates"), bytecode_cache=COMPILED,
        autoescape=True, finalize=finalize, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    people = archive.vocabulary.participants
    env.globals.update(row=make_row(people, options.directory_urls))
    env.globals.update(
        rel=rel, urls=urls, long_date=long_date, month_name=lambda m: MONTHS[m - 1],
        kind_label=lambda kind: KIND_LABELS.get(kind, kind), safe_url=safe_url,
        people=people, topics=archive.vocabulary.topics, countries=archive.countries,
        names=lambda keys: ", ".join(people[k].name for k in keys),
        topic_label=lambda key: archive.vocabulary.topics[key].label,
        person_name=lambda key: people[key].name,
        country_label=lambda code: archive.countries[code].name,
        flag=lambda code: Markup('<span class="ra-flag" aria-hidden="true">{}</span>').format(archive.countries[code].flag),
        language_name=language_name,
        date_range=date_range, group_by_year=group_by_year, group_by_month=group_by_month,
        escape_markdown=escape_markdown, month_anchor=month_anchor, year_timeline=year_timeline, month_timeline=month_timeline,
    )
    return env


def make_row(people, directory_urls: bool = True) -> callable:
    """`row(r, here)`: one readout's row in a listing table, as HTML, made once per folder.

    Listings are raw HTML, not markdown tables: Python-Markdown stores an HTML block
    as it is, where a table of links costs an inline-pattern pass per cell (most of
    the build's time at 10,000 readouts). Links are therefore final URLs (urls.href).
    """
    cache: dict[tuple[str, str], Markup] = {}
    cells: dict[str, tuple[str, str]] = {}  # per readout: (date cell, the cells after the link)

    def row(r: Readout, here: str) -> Markup:
        folder = urls.published_folder(here, directory_urls)
        found = cache.get((folder, r.src_uri))
        if found is None:
            if r.src_uri not in cells:
                names = escape_markdown(", ".join(people[k].name for k in r.participants))
                cells[r.src_uri] = (f'<tr><td class="ra-nowrap">{r.date.isoformat()}</td><td><a href="',
                                    f'">{escape_markdown(r.title)}</a></td>'
                                    f'<td>{escape_markdown(KIND_LABELS.get(r.kind, r.kind))}</td><td>{names}</td></tr>')
            before, after = cells[r.src_uri]
            link = urls.relative_from(folder, urls.published(r.src_uri, directory_urls))
            found = cache[folder, r.src_uri] = Markup(f"{before}{escape(link)}{after}")
        return found
    return row


def render_listing_pages(env, template: str, first_uri: str, items: tuple, options: Options, only=None,
                         **context) -> dict[str, str | HtmlPage]:
    """One page, or several of `page_size` readouts each, for one listing (those in `only`, if given)."""
    uris = urls.listing_uris(first_uri, len(items), options.page_size)
    pages = {}
    for number, uri in enumerate(uris, start=1):
        if only is not None and uri not in only:
            continue
        chunk = items[(number - 1) * options.page_size: number * options.page_size]
        s = syntax_for(uri, options)
        text = env.get_template(template).render(
            s=s, here=uri, items=chunk, all_items=items, number=number, page_uris=uris, options=options, **context)
        pages[uri] = s.finish(text, {})
    return pages


def render_readout_page(env, readout: Readout, links: Links, options: Options) -> str | HtmlPage:
    s = syntax_for(readout.src_uri, options)
    text = env.get_template("readout.md.j2").render(
        s=s, here=readout.src_uri, r=readout, links=links, body=render_body(readout.body))
    return s.finish(text, readout_meta(readout))


def listing_specs(indexes: Indexes, archive: Archive) -> Iterator[tuple[str, str, tuple, Callable[[], dict]]]:
    """Every listing: its template, its first page, its readouts, and a function giving the rest of its context."""
    vocab = archive.vocabulary
    for key, items in indexes.by_topic.items():
        yield "topic.md.j2", urls.topic_uri(key), items, lambda key=key, items=items: dict(
            topic=vocab.topics[key], related_topics=co_occurring(items, lambda r: r.topics, key),
            counterparts=co_occurring(items, lambda r: r.participants, ""))
    for key, items in indexes.by_participant.items():
        yield "person.md.j2", urls.person_uri(key), items, lambda key=key, items=items: dict(
            person=vocab.participants[key], related_topics=co_occurring(items, lambda r: r.topics, ""),
            counterparts=co_occurring(items, lambda r: r.participants, key))
    for code, items in indexes.by_country.items():
        yield "country.md.j2", urls.country_uri(code), items, lambda code=code, items=items: dict(
            country=archive.countries[code], related_topics=co_occurring(items, lambda r: r.topics, ""),
            counterparts=co_occurring(items, lambda r: r.countries, code))
    for year, items in indexes.by_year.items():
        yield "year.md.j2", urls.year_uri(year), items, lambda year=year: dict(year=year)


def page_order(archive: Archive, indexes: Indexes, options: Options) -> list[str]:
    """The readout and listing pages, in the order `render_pages` makes them."""
    order = [r.src_uri for r in archive.readouts]
    for _, first, items, _ in listing_specs(indexes, archive):
        order += urls.listing_uris(first, len(items), options.page_size)
    return order


def render_pages(archive: Archive, indexes: Indexes, links: dict[str, Links], options: Options = Options(),
                 only=None, env=None) -> Iterator[tuple[str, str | HtmlPage]]:
    """The readout and listing pages (those in the set `only`, if given), one by one in `page_order`."""
    env = env or site_environment(archive, options)
    for r in archive.readouts:
        if only is None or r.src_uri in only:
            yield r.src_uri, render_readout_page(env, r, links[r.slug], options)
    for template, first, items, context in listing_specs(indexes, archive):
        if only is None or not only.isdisjoint(urls.listing_uris(first, len(items), options.page_size)):
            yield from render_listing_pages(env, template, first, items, options, only, **context()).items()


def render_index_pages(archive: Archive, indexes: Indexes, options: Options = Options(), only=None,
                       env=None) -> dict[str, str]:
    """The home page and the indexes (those in `only`, if given): always markdown (a handful of pages)."""
    env = env or site_environment(archive, options)
    context = dict(indexes=indexes, archive=archive, options=options)
    templates = {urls.HOME: "home.md.j2", urls.TOPICS: "topics.md.j2", urls.PEOPLE: "people.md.j2",
                 urls.COUNTRIES: "countries.md.j2", urls.DATES: "dates.md.j2", urls.BROWSE: "browse.md.j2"}
    latest = archive.readouts[::-1][: options.latest]
    return {uri: env.get_template(name).render(s=MarkdownSyntax(uri, options.directory_urls), here=uri,
                                               latest=latest, **context)
            for uri, name in templates.items() if only is None or uri in only}


def site_environment(archive: Archive, options: Options) -> jinja2.Environment:
    env = make_environment(archive, options)
    env.globals.update(code_block=code_block,
                       cite=lambda r: cite_readout(r, archive.vocabulary, options.site_name, options.site_url,
                                                   options.directory_urls))
    return env


def render_site(archive: Archive, indexes: Indexes, links: dict[str, Links], options: Options = Options(),
                only=None) -> dict[str, str | HtmlPage]:
    """Every generated page (or those in the set `only`), keyed by its source path, in a stable order:
    markdown text, or with `options.html` an `HtmlPage` for each readout and listing page."""
    env = site_environment(archive, options)
    pages = dict(render_pages(archive, indexes, links, options, only, env))
    pages.update(render_index_pages(archive, indexes, options, only, env))
    return dict(sorted(pages.items()))
