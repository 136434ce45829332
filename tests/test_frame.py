"""The frame Material draws around every page, as the archive trims it: what is the same on
every page is a file fetched once, and what works only with JavaScript is made by it."""

from __future__ import annotations

import re
from pathlib import Path

import material

from tests.conftest import ROOT, SEED_SLUG

MATERIAL = Path(material.__file__).parent / "templates"


def script_of(text: str) -> str:
    """A script without its leading comment."""
    return re.sub(r"\A/\*.*?\*/\s*", "", text, flags=re.S).strip()


def test_the_palette_script_is_materials_own():
    """archive-palette.js is Material's inline palette script: after an upgrade of Material that
    changes it, this fails until the file is copied again."""
    inline = (MATERIAL / "partials/javascripts/palette.html").read_text(encoding="utf-8")
    material_script = re.search(r"<script>(.*)</script>", inline, re.S).group(1).strip()
    ours = (ROOT / "overrides/assets/javascripts/archive-palette.js").read_text(encoding="utf-8")
    assert script_of(ours) == material_script


def test_a_page_holds_the_palette_script_and_the_search_dialog_by_reference(real_site):
    page = (real_site / f"readouts/2026/{SEED_SLUG}/index.html").read_text(encoding="utf-8")
    assert '<script src="../../../assets/javascripts/archive-palette.js"></script>' in page
    assert "__md_get(\"__palette\")" not in page  # not inline as well
    assert (real_site / "assets/javascripts/archive-palette.js").is_file()
    dialog = re.search(r'<div class="md-search ra-search"[^>]*>(.*?)</div>', page, re.S)
    assert dialog and dialog.group(1) == ""  # filled by archive-search.js (tests/browser drive it)
    assert "data-ra-query" not in page


def test_the_language_partial_falls_back_to_materials_own():
    """overrides/partials/language.html keeps Material's partial, as it is, for a build that does
    not reuse the frame's parts: after an upgrade of Material that changes it, this fails."""
    material_partial = re.sub(r"\A\{#-.*?-#\}\s*", "", (MATERIAL / "partials/language.html").read_text(encoding="utf-8"),
                              flags=re.S).strip()
    ours = (ROOT / "overrides/partials/language.html").read_text(encoding="utf-8")
    fallback = re.search(r"\{% else %\}\n(.*)\n\{% endif %\}", ours, re.S).group(1).strip()
    assert fallback == material_partial


def test_each_interface_text_is_materials_in_the_theme_language():
    """`translate` gives what Material's `lang.t` gives: the theme language's text, else English's,
    else the key; the partial calls it only while the frame's parts are reused."""
    from types import SimpleNamespace

    from mkdocs.theme import Theme

    from generator.serve.fragments import Fragments

    env = Theme(name="material", language="de", custom_dir=str(ROOT / "overrides")).get_env()
    page = '{% import "partials/language.html" as lang with context %}' + "|".join(
        f'{{{{ lang.t("{key}") }}}}' for key in ("action.skip", "search.placeholder", "footer.next", "no.such.key"))
    template = env.from_string(page)
    config = SimpleNamespace(theme={"language": "de"})
    material = template.render(config=config)
    assert material == "Zum Inhalt|Suche|Weiter|no.such.key"
    reused = Fragments(SimpleNamespace(pages=[]), env=env, language="de")
    assert reused.translating and template.render(config=config, archive_fragment=reused) == material
    assert set(reused.texts) == {"action.skip", "search.placeholder", "footer.next", "no.such.key"}  # looked up once
    off = Fragments(SimpleNamespace(pages=[]), enabled=False, env=env, language="de")
    assert not off.translating and template.render(config=config, archive_fragment=off) == material
    assert off.texts == {}
