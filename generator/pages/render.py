"""Render the site's pages from the page-kind registry (registry.py), one Jinja template per kind.

Every metadata value printed by a template is escaped by `escape.finalize`,
so nothing from front matter can become markup or a link. A page is written
as markdown (`build --out`, and the kinds MkDocs gets as markdown) or, for the
MkDocs plugin, as the HTML its markdown becomes (markup.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import jinja2
import pycountry
from markupsafe import Markup, escape

from generator.archive.events import JOINT
from generator.archive.index import Indexes, date_range, group_by_month, group_by_year
from generator.dates import long_date, month_name
from generator.model import KIND_LABELS, Archive, Readout
from generator.outputs.citation import cite_readout
from generator.pages import urls
from generator.pages.escape import escape_markdown, finalize
from generator.pages.languages import in_language, lang_attribute, own_name, text_length, version_groups
from generator.pages.markup import HtmlPage, HtmlSyntax, MarkdownSyntax
from generator.pages.registry import Options, Page, Site, all_pages, page_kinds
from generator.pages.timeline import draw_months, draw_years, year_table

__all__ = ["Options", "render_site", "render_pages", "page_order", "long_date"]


def language_name(code: str) -> str:
    language = pycountry.languages.get(alpha_2=code)
    return language.name if language else code


def flag(code: str, archive: Archive) -> Markup:
    """A country's flag, hidden from screen readers (its name is beside it)."""
    return Markup('<span class="ra-flag" aria-hidden="true">{}</span>').format(archive.countries[code].flag)


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
    return f"{month_name(month).lower()}-{year}"


def year_timeline(here: str, indexes: Indexes, options: Options) -> Markup:
    counts = {year: len(items) for year, items in indexes.by_year.items()}
    return draw_years(counts, lambda year: urls.href(here, urls.year_uri(year), options.directory_urls))


def listing_anchor(here: str, first: str, position: int, anchor: str, options: Options) -> str:
    """A link to the heading `anchor` on the page of the listing starting at `first` that holds item `position`."""
    page = urls.page_uri(first, position // options.page_size + 1)
    where = "" if page == here else urls.href(here, page, options.directory_urls)
    return f"{where}#{anchor}"


def month_timeline(here: str, year: int, all_items: tuple, options: Options) -> Markup:
    """Bars for the months of one year; each links to its heading, on whichever page it falls."""
    first_at: dict[int, int] = {}
    for position, readout in enumerate(all_items):
        first_at.setdefault(readout.date.month, position)

    def href_of(month: int) -> str:
        return listing_anchor(here, urls.year_uri(year), first_at[month], month_anchor(year, month), options)

    counts = {month: sum(1 for r in all_items if r.date.month == month) for month in first_at}
    return draw_months(year, counts, href_of)


def years_chart(here: str, first: str, years: dict[int, tuple[int, int]], options: Options, noun: str = "readout") -> Markup:
    """Bars for the years of a listing (`years`: index.year_positions), each linking to its year's
    heading on whichever page it falls, with the counts as a table for a text alternative.
    Nothing for a single year: the page's count says it all."""
    if len(years) < 2:
        return Markup("")
    counts = {year: count for year, (_, count) in sorted(years.items())}
    chart = draw_years(counts, lambda year: listing_anchor(here, first, years[year][0], str(year), options), noun)
    return chart + year_table(counts, noun)


def speaker_name(who: str | None, people) -> str:
    """A row of the who-said-what grid: a participant, the participants together, or narration."""
    if who is None:
        return "Narration"
    return "Jointly" if who == JOINT else people[who].name


def account_sides(event, archive: Archive) -> str:
    """'China · United States': the sides whose accounts of an event the archive holds."""
    vocab = archive.vocabulary
    sides = [archive.countries[vocab.side_of(r)].name if r.issuer else "issuer not recorded" for r in event.accounts]
    return " · ".join(dict.fromkeys(sides))


def account_name(readout: Readout, archive: Archive) -> str:
    """'China's account (Ministry of Foreign Affairs ...)', or its date when its issuer is not recorded."""
    if not readout.issuer:
        return f"the account of {long_date(readout.date)}"
    issuer = archive.vocabulary.issuers[readout.issuer]
    return f"{archive.countries[issuer.country].name}’s account ({issuer.name})"


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
        loader=jinja2.ChoiceLoader([jinja2.PackageLoader("generator.pages", "templates"), jinja2.DictLoader(
            {kind.template: kind.template_source for kind in page_kinds() if kind.template_source})]),
        bytecode_cache=COMPILED,
        autoescape=True, finalize=finalize, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    people = archive.vocabulary.participants
    env.globals.update(row=make_row(people, options.directory_urls))
    env.globals.update(
        rel=rel, urls=urls, long_date=long_date, month_name=month_name,
        kind_label=lambda kind: KIND_LABELS.get(kind, kind), safe_url=safe_url,
        people=people, topics=archive.vocabulary.topics, countries=archive.countries,
        names=lambda keys: ", ".join(people[k].name for k in keys),
        topic_label=lambda key: archive.vocabulary.topics[key].label,
        person_name=lambda key: people[key].name,
        country_label=lambda code: archive.countries[code].name,
        flag=lambda code: flag(code, archive),
        language_name=language_name,
        href=lambda here, there: urls.href(here, there, options.directory_urls),
        speaker_name=lambda who: speaker_name(who, people),
        account_sides=lambda event: account_sides(event, archive),
        issuers=archive.vocabulary.issuers,
        account_name=lambda readout: account_name(readout, archive),
        date_range=date_range, group_by_year=group_by_year, group_by_month=group_by_month,
        escape_markdown=escape_markdown, month_anchor=month_anchor, year_timeline=year_timeline, month_timeline=month_timeline,
        years_chart=years_chart, in_language=in_language, lang_attribute=lang_attribute, own_name=own_name,
        version_groups=version_groups, text_length=text_length,
    )
    return env


def make_row(people, directory_urls: bool = True) -> callable:
    """`row(readout, here)`: one readout's row in a listing table, as HTML, made once per folder.

    Listings are raw HTML, not markdown tables: Python-Markdown stores an HTML block
    as it is, where a table of links costs an inline-pattern pass per cell (most of
    the build's time at 10,000 readouts). Links are therefore final URLs (urls.href).
    """
    cache: dict[tuple[str, str], Markup] = {}
    cells: dict[str, tuple[str, str]] = {}  # per readout: (date cell, the cells after the link)

    def row(readout: Readout, here: str) -> Markup:
        folder = urls.published_folder(here, directory_urls)
        uri = readout.src_uri
        found = cache.get((folder, uri))
        if found is None:
            if uri not in cells:
                names = escape_markdown(", ".join(people[key].name for key in readout.participants))
                kind = escape_markdown(KIND_LABELS.get(readout.kind, readout.kind))
                cells[uri] = (f'<tr><td class="ra-nowrap">{readout.date.isoformat()}</td><td><a href="',
                              f'"{lang_attribute(readout.language)}>{escape_markdown(readout.title)}</a></td>'
                              f'<td>{kind}</td><td>{names}</td></tr>')
            before, after = cells[uri]
            link = urls.relative_from(folder, urls.published(uri, directory_urls))
            found = cache[folder, uri] = Markup(f"{before}{escape(link)}{after}")
        return found
    return row




def site_environment(archive: Archive, options: Options) -> jinja2.Environment:
    env = make_environment(archive, options)
    last: list = [None, None]  # the readout cited last, and its citation: its page's <head> asks next

    def cite(readout: Readout):
        if last[0] is not readout:
            last[:] = readout, cite_readout(readout, archive.vocabulary, options.site_name, options.site_url,
                                            options.directory_urls)
        return last[1]

    env.globals.update(code_block=code_block, cite=cite)
    return env


def render_page(env: jinja2.Environment, page: Page, site: Site) -> str | HtmlPage:
    """One page: markdown, or an `HtmlPage` when the plugin asked for HTML and the kind is written so."""
    options = site.options
    if page.kind.html and options.html is not None:
        syntax = HtmlSyntax(page.uri, options.directory_urls, options.html)
    else:
        syntax = MarkdownSyntax(page.uri, options.directory_urls)
    text = env.get_template(page.kind.template).render(
        syntax=syntax, here=page.uri, options=options, archive=site.archive, indexes=site.indexes,
        **page.context())
    meta, description = page.meta(), page.description()
    if description:  # Material prints it unescaped
        meta = {**meta, "description": str(escape(description))}
    return syntax.finish(text, meta)


def render_pages(site: Site, only: set[str] | None = None, html: bool | None = None,
                 env: jinja2.Environment | None = None) -> Iterator[tuple[str, str | HtmlPage]]:
    """The pages (those in the set `only`, of the kinds written as HTML or not if `html` is given),
    one by one in `page_order`."""
    env = env or site_environment(site.archive, site.options)
    for page in all_pages(site, html):
        if only is None or page.uri in only:
            yield page.uri, render_page(env, page, site)


def page_order(site: Site) -> list[str]:
    """The pages of the kinds written as HTML, in the order `render_pages` makes them (the page worker's list)."""
    return [page.uri for page in all_pages(site, html=True)]


def render_site(site: Site, only: set[str] | None = None) -> dict[str, str | HtmlPage]:
    """Every page (or those in the set `only`), keyed by its source path, in a stable order:
    markdown text, or with `options.html` an `HtmlPage` for the kinds written as HTML."""
    return dict(sorted(render_pages(site, only)))
