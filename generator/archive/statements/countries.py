"""The country tables: each country's adjectives and names, and the words for its leader.

A mention such as "the Chinese president", "the U.S. side", "the President of Kenya"
or "Kenya's leader" is a country's adjective, name or possessive with a leader word.
pycountry has no demonyms and few of the names texts use, so both are written here;
pycountry's own names (those without a comma) come after ours.
"""

from __future__ import annotations

import functools
import gettext

import pycountry

# ISO alpha-2 -> adjectives (and adjective-like names) used before a leader word:
# "the Chinese president", "the U.S. side". pycountry has no demonyms.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AE": ("Emirati", "UAE"), "AR": ("Argentine", "Argentinian"), "AT": ("Austrian",),
    "AU": ("Australian",), "BD": ("Bangladeshi",), "BE": ("Belgian",), "BR": ("Brazilian",),
    "CA": ("Canadian",), "CH": ("Swiss",), "CL": ("Chilean",), "CN": ("Chinese",),
    "CO": ("Colombian",), "CU": ("Cuban",), "CZ": ("Czech",), "DE": ("German",),
    "DK": ("Danish",), "DZ": ("Algerian",), "EG": ("Egyptian",), "ES": ("Spanish",),
    "ET": ("Ethiopian",), "FI": ("Finnish",), "FR": ("French",), "GB": ("British", "U.K.", "UK"),
    "GH": ("Ghanaian",), "GR": ("Greek",), "HU": ("Hungarian",), "ID": ("Indonesian",),
    "IE": ("Irish",), "IL": ("Israeli",), "IN": ("Indian",), "IQ": ("Iraqi",), "IR": ("Iranian",),
    "IT": ("Italian",), "JP": ("Japanese",), "KE": ("Kenyan",), "KP": ("North Korean", "DPRK"),
    "KR": ("South Korean", "ROK"), "KZ": ("Kazakh", "Kazakhstani"), "MA": ("Moroccan",),
    "MX": ("Mexican",), "MY": ("Malaysian",), "NG": ("Nigerian",), "NL": ("Dutch",),
    "NO": ("Norwegian",), "NZ": ("New Zealand",), "PE": ("Peruvian",),
    "PH": ("Philippine", "Filipino"), "PK": ("Pakistani",), "PL": ("Polish",),
    "PT": ("Portuguese",), "QA": ("Qatari",), "RU": ("Russian",), "SA": ("Saudi", "Saudi Arabian"),
    "SE": ("Swedish",), "SG": ("Singaporean",), "SN": ("Senegalese",), "TH": ("Thai",),
    "TR": ("Turkish",), "UA": ("Ukrainian",), "US": ("American", "U.S.", "US", "United States"),
    "UY": ("Uruguayan",), "VE": ("Venezuelan",), "VN": ("Vietnamese",), "ZA": ("South African",),
}
# Names texts use besides pycountry's (whose names with a comma are skipped).
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "United States of America", "America", "U.S."),
    "GB": ("United Kingdom", "Britain", "U.K."), "RU": ("Russia",), "KR": ("South Korea", "Republic of Korea"),
    "KP": ("North Korea",), "VN": ("Vietnam", "Viet Nam"), "TR": ("Turkey", "Türkiye"), "IR": ("Iran",),
    "SY": ("Syria",), "VE": ("Venezuela",), "BO": ("Bolivia",), "TZ": ("Tanzania",), "LA": ("Laos",),
    "MD": ("Moldova",), "CZ": ("Czech Republic", "Czechia"), "CD": ("Democratic Republic of the Congo", "DRC"),
    "CG": ("Republic of the Congo",), "PS": ("Palestine",), "BN": ("Brunei",), "TW": ("Taiwan",),
    "NL": ("Netherlands",), "AE": ("United Arab Emirates", "UAE"), "CN": ("China", "People's Republic of China"),
}
# Words for a country's leader or delegation; WIDE ones mean every participant of that country.
LEADER_WORDS = (
    "president", "vice president", "prime minister", "premier", "chancellor", "leader", "head of state",
    "head of government", "king", "queen", "emir", "crown prince", "sultan", "foreign minister", "minister",
    "secretary of state", "general secretary", "state councilor", "chairman", "side", "delegation",
    "government", "counterpart", "leadership", "ambassador", "envoy", "spokesperson", "official",
)
WIDE_WORDS = frozenset({"side", "delegation", "government", "leader", "counterpart", "leadership",
                        "head of state", "head of government"})
# Chinese: a country's name (pycountry's translations, then these short names) with a leader word,
# no space between: "美国总统", "中方" (the Chinese side). The short names only where one country uses it.
CJK_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "CN": ("中",), "US": ("美",), "RU": ("俄",), "JP": ("日",), "DE": ("德",), "FR": ("法",), "GB": ("英",),
    "KR": ("韩",), "KP": ("朝",), "IN": ("印",), "VN": ("越",), "AU": ("澳",), "IT": ("意",), "PT": ("葡",),
    "NL": ("荷",), "CA": ("加",), "TR": ("土",), "SG": ("新",), "NZ": ("新西兰",), "ZA": ("南非",),
}
# each Chinese leader word and the English words it stands for (one office word has several: 总理 is a
# prime minister, a premier or a chancellor)
CJK_LEADER_WORDS: dict[str, tuple[str, ...]] = {
    "总统": ("president",), "国家主席": ("president",), "主席": ("president", "chairman"),
    "副总统": ("vice president",), "总理": ("prime minister", "premier", "chancellor"),
    "首相": ("prime minister",), "外长": ("foreign minister",), "外交部长": ("foreign minister",),
    "国务卿": ("secretary of state",), "国王": ("king",), "总书记": ("general secretary",),
    "领导人": ("leader",), "元首": ("head of state",), "国家元首": ("head of state",), "方": ("side",),
    "方面": ("side",), "政府": ("government",), "代表团": ("delegation",),
}
# those that name a person alone ("总统表示": the one participant who is a president), or after a name
# ("特朗普总统表示")
CJK_OFFICE_WORDS = ("总统", "国家主席", "主席", "副总统", "总理", "首相", "外长", "外交部长", "国务卿", "国王",
                    "总书记")
# Office words that name a person on their own ("the Chancellor said").
OFFICE_WORDS = ("president", "vice president", "prime minister", "premier", "chancellor", "king", "queen",
                "emir", "crown prince", "sultan", "foreign minister", "secretary of state",
                "general secretary", "chairman")


def list_country_names(code: str) -> tuple[str, ...]:
    """A country's names: ours (COUNTRY_NAMES) first, then pycountry's without a comma."""
    names = list(COUNTRY_NAMES.get(code, ()))
    country = pycountry.countries.get(alpha_2=code)
    if country is not None:
        for attribute in ("common_name", "name", "official_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name and name not in names:
                names.append(name)
    return tuple(names)


@functools.cache
def _chinese_names() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)


def list_cjk_country_names(code: str) -> tuple[str, ...]:
    """A country's names in Chinese: pycountry's translations of its names, then its short names."""
    names: list[str] = []
    country = pycountry.countries.get(alpha_2=code)
    if country is not None:
        for attribute in ("common_name", "name", "official_name"):
            name = getattr(country, attribute, None)
            translated = _chinese_names().gettext(name) if name else ""
            if translated and translated != name and translated not in names:
                names.append(translated)
    names += [short for short in CJK_SHORT_NAMES.get(code, ()) if short not in names]
    return tuple(names)
