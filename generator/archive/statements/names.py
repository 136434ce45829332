"""The vocabulary's mentions of people, compiled: names, surnames, role titles, offices and countries.

`index_countries` gives the lookups of country adjectives, names and leader words;
`index_terms` what each mention text means (a person, a surname, a role title, an
office, first meaning wins) and the terms to match as written or in any case;
`compile_mentions` the regexes of a mention read forwards (after "according to"), read
backwards (before a reporting verb, on the reversed text) and the subject regex: a
mention read backwards past the adverbs or aside between it and its verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.archive.statements.countries import (
    CJK_LEADER_WORDS, CJK_OFFICE_WORDS, DEMONYMS, LEADER_WORDS, OFFICE_WORDS, list_cjk_country_names,
    list_country_names)
from generator.archive.statements.cues import ADVERBS, CJK_ADVERBS, CJK_PHRASE, CJK_PREPOSITIONS, CLAUSES, cjk_phrase_chars
from generator.archive.statements.trie import BOUND, clean_term, compile_both_ways, fold_text, is_cjk


def index_countries(people) -> tuple[list[str], dict[str, str], dict[str, str], dict[str, str]]:
    """(country codes, folded adjective -> code, folded name -> code, folded leader word -> word)."""
    codes = sorted(set(DEMONYMS) | {p.country for p in people.values()})
    adjectives: dict[str, str] = {}
    names: dict[str, str] = {}
    for code in codes:
        country_names = list_country_names(code)
        for name in country_names:
            names.setdefault(fold_text(name), code)
        for adjective in DEMONYMS.get(code) or country_names:
            adjectives.setdefault(fold_text(adjective), code)
    leaders = {fold_text(word): word for word in LEADER_WORDS}
    return codes, adjectives, names, leaders


def index_cjk_countries(codes: list[str]) -> dict[str, str]:
    """Chinese country name -> code ("美国", "中"), for "美国总统", "中方"."""
    names: dict[str, str] = {}
    for code in codes:
        for name in list_cjk_country_names(code):
            names.setdefault(name, code)
    return names


def _index_names(people, common: set[str]) -> tuple[list[tuple[str, tuple]], list[str], list[str]]:
    """Names, aliases, key words and unique surnames: (folded text, meaning) pairs and the terms."""
    exact: list[tuple[str, tuple]] = []
    as_written: list[str] = []  # names, aliases, surnames: case as written
    any_case: list[str] = []  # key words (and, added by the caller, role titles and office words)
    surnames: dict[str, list[str]] = {}
    for key, person in people.items():
        for term in (person.name, *person.aliases):
            term = clean_term(term)
            if term:
                as_written.append(term)
                exact.append((fold_text(term), ("person", key)))
        words = key.replace("-", " ")
        any_case.append(words)
        exact.append((fold_text(words), ("person", key)))
        last = clean_term(person.name).split(" ")[-1] if person.name.strip() else ""
        if len(last) >= 3 and last[0].isupper():
            surnames.setdefault(last, []).append(key)
    for last, keys in surnames.items():
        if len(keys) == 1 and fold_text(last) not in common:
            as_written.append(last)
            exact.append((fold_text(last), ("surname", keys[0])))
    return exact, as_written, any_case


def index_terms(people, common: set[str]) -> tuple[dict[str, tuple], list[str], list[str]]:
    """(folded mention -> meaning, terms matched as written, terms matched in any case);
    `common` are the country and leader words a surname must not be."""
    exact, as_written, any_case = _index_names(people, common)
    for person in people.values():
        for role in person.roles:
            title = clean_term(role.title)
            if title:
                any_case.append(title)
                exact.append((fold_text(title), ("title", fold_text(title))))
    for word in OFFICE_WORDS:
        any_case.append(word)
        exact.append((fold_text(word), ("bare", fold_text(word))))
    for word in CJK_OFFICE_WORDS:  # "总理表示": the office's English words (matched in Chinese texts only)
        exact.append((word, ("bare", CJK_LEADER_WORDS[word])))
    meanings: dict[str, tuple] = {}
    for folded, info in exact:  # the first meaning of a text wins: names, surnames, titles, offices
        meanings.setdefault(folded, info)
    return meanings, as_written, any_case


def _reversed(terms) -> str:
    return "|".join(re.escape(term[::-1]) for term in sorted(terms, key=len, reverse=True))


def _compile_gap() -> str:
    """What may stand between a subject and its verb, read backwards: adverbs, an aside."""
    clauses_r = "|".join(re.escape(c[::-1]) for c in CLAUSES)
    return rf"(?: (?:(?:{_reversed(ADVERBS)}) )*(?:,[^,\n]{{0,120}}?(?:{clauses_r}) ,)?)"


def _compile_cjk_gap() -> str:
    """The same in Chinese, read backwards: adverbs, a phrase ("就……", "向特朗普"), more adverbs, and
    an office after the name ("特朗普总统还就……表示")."""
    adverbs = f"(?:{_reversed(CJK_ADVERBS)})*"
    phrase = f"(?:{cjk_phrase_chars()}{{1,{CJK_PHRASE}}}?(?:{_reversed(CJK_PREPOSITIONS)}))?"
    return f"{adverbs}{phrase}{adverbs}(?:{_reversed(CJK_OFFICE_WORDS)})?"


@dataclass(frozen=True)
class Mentions:
    """The mention regexes: forwards (after "according to"), backwards (on the reversed text), and a
    verb's subject backwards (`who` the mention); the backward ones also for a Chinese text."""

    forward: re.Pattern
    backward: re.Pattern
    subject: re.Pattern
    cjk_backward: re.Pattern
    cjk_subject: re.Pattern


def compile_mentions(codes: list[str], as_written: list[str], any_case: list[str],
                     cjk_names: dict[str, str]) -> Mentions:
    """A vocabulary's mention regexes; an English text's hold no Chinese term (no Chinese name either:
    a synthetic archive's people have a Chinese alias each)."""
    chinese = {term for term in as_written if not term.isascii() and any(map(is_cjk, term))}
    names_f, names_r = compile_both_ways([term for term in as_written if term not in chinese], fold=False, bound=True)
    _, cjk_terms_r = compile_both_ways(chinese, fold=False, bound=True)
    folded_f, folded_r = compile_both_ways(any_case, fold=True, bound=True)
    adjectives_f, adjectives_r = compile_both_ways(
        [a for code in codes for a in (DEMONYMS.get(code) or list_country_names(code))], fold=False, bound=False)
    countries_f, countries_r = compile_both_ways(
        [n for code in codes for n in list_country_names(code)], fold=False, bound=False)
    leaders_f, leaders_r = compile_both_ways(LEADER_WORDS, fold=True, bound=False)
    _, cjk_countries_r = compile_both_ways(cjk_names, fold=False, bound=False)
    _, cjk_leaders_r = compile_both_ways(CJK_LEADER_WORDS, fold=False, bound=False)
    _, cjk_offices_r = compile_both_ways(CJK_OFFICE_WORDS, fold=False, bound=False)
    b = BOUND
    forward = (f"{names_f}|{leaders_f} of (?:[Tt]he )?{countries_f}{b}|{adjectives_f} {leaders_f}{b}"
               f"|{countries_f}['’]s {leaders_f}{b}|{folded_f}")
    latin = (f"|{countries_r}(?: eh[tT])? fo {leaders_r}{b}|{leaders_r} {adjectives_r}{b}"
             f"|{leaders_r} s['’]{countries_r}{b}|{folded_r}")
    backward = names_r + latin
    # in a Chinese text also a country and leader word ("美国总统"), before the office word alone ("总统")
    cjk_backward = f"{cjk_terms_r}|{names_r}|{cjk_leaders_r}{cjk_countries_r}{latin}|{cjk_offices_r}"
    return Mentions(re.compile(forward), re.compile(backward), re.compile(f"{_compile_gap()}(?P<who>{backward})"),
                    re.compile(cjk_backward), re.compile(f"{_compile_cjk_gap()}(?P<who>{cjk_backward})"))
