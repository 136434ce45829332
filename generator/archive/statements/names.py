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

from generator.archive.statements.countries import DEMONYMS, LEADER_WORDS, OFFICE_WORDS, list_country_names
from generator.archive.statements.cues import ADVERBS, CJK_ADVERBS, CLAUSES
from generator.archive.statements.trie import BOUND, clean_term, compile_both_ways, fold_text


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
    meanings: dict[str, tuple] = {}
    for folded, info in exact:  # the first meaning of a text wins: names, surnames, titles, offices
        meanings.setdefault(folded, info)
    return meanings, as_written, any_case


def _compile_gap() -> str:
    """What may stand between a subject and its verb, read backwards: adverbs, an aside, CJK adverbs."""
    adverbs_r = "|".join(re.escape(a[::-1]) for a in sorted(ADVERBS, key=len, reverse=True))
    clauses_r = "|".join(re.escape(c[::-1]) for c in CLAUSES)
    cjk_r = "|".join(re.escape(a[::-1]) for a in CJK_ADVERBS)
    return rf"(?: (?:(?:{adverbs_r}) )*(?:,[^,\n]{{0,120}}?(?:{clauses_r}) ,)?|(?:{cjk_r})*)"


def compile_mentions(codes: list[str], as_written: list[str],
                     any_case: list[str]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a mention forwards, a mention backwards, a verb's subject backwards with `who` the mention)."""
    names_f, names_r = compile_both_ways(as_written, fold=False, bound=True)
    folded_f, folded_r = compile_both_ways(any_case, fold=True, bound=True)
    adjectives_f, adjectives_r = compile_both_ways(
        [a for code in codes for a in (DEMONYMS.get(code) or list_country_names(code))], fold=False, bound=False)
    countries_f, countries_r = compile_both_ways(
        [n for code in codes for n in list_country_names(code)], fold=False, bound=False)
    leaders_f, leaders_r = compile_both_ways(LEADER_WORDS, fold=True, bound=False)
    b = BOUND
    forward = (f"{names_f}|{leaders_f} of (?:[Tt]he )?{countries_f}{b}|{adjectives_f} {leaders_f}{b}"
               f"|{countries_f}['’]s {leaders_f}{b}|{folded_f}")
    backward = (f"{names_r}|{countries_r}(?: eh[tT])? fo {leaders_r}{b}|{leaders_r} {adjectives_r}{b}"
                f"|{leaders_r} s['’]{countries_r}{b}|{folded_r}")
    return re.compile(forward), re.compile(backward), re.compile(f"(?:{_compile_gap()})(?P<who>{backward})")
