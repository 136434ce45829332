"""fields: one converter per kind of value, each message exact."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.sources.fields import Checker, did_you_mean
from generator.sources.yamlnodes import parse_yaml


def check_one(text: str, method: str, key: str, *args, **kwargs):
    parsed, _ = parse_yaml(text, "f.md", 2)
    checker = Checker("f.md", parsed)
    value = getattr(checker, method)((key,), parsed.data.get(key), *args, **kwargs)
    return value, [issue.format() for issue in checker.issues]


def test_did_you_mean_suggests_what_the_mapping_says():
    assert did_you_mean("tarifs", {"trade": "trade", "tariffs": "trade"}) == " (did you mean 'trade'?)"
    assert did_you_mean("CALL", ["call", "visit"]) == " (did you mean 'call'?)"
    assert did_you_mean("zzz", ["call"]) == ""


@pytest.mark.parametrize("written, hint", [
    ("2026/02/05", "write 2026-02-05"),
    ("5 Feb 2026", "write 2026-02-05"),
    ("5 February 2026", "write 2026-02-05"),
    ("February 5, 2026", "write 2026-02-05"),
    ("2026-2-5", "write 2026-02-05"),
    ("2026-02-05T10:00:00", "write only the day: 2026-02-05"),
    ("12:30", "write it as 2026-02-05"),
])
def test_dates_in_another_form_get_the_right_form(written, hint):
    value, issues = check_one(f"date: '{written}'\n", "date", "date")
    assert value is None
    assert issues == [f"f.md:2: ERROR: 'date' is '{written}', not a date in the form YYYY-MM-DD; {hint} [bad-date]"]


@pytest.mark.parametrize("written, reason", [
    ("2026-02-30", "February 2026 has 28 days"),
    ("2024-02-30", "February 2024 has 29 days"),
    ("2026-13-01", "the month must be 01 to 12"),
])
def test_dates_that_do_not_exist(written, reason):
    value, issues = check_one(f"date: {written}\n", "date", "date")
    assert issues == [f"f.md:2: ERROR: 'date' is {written}, which does not exist ({reason}); check the day and month [bad-date]"]


def test_a_real_date():
    assert check_one("date: 2026-02-05\n", "date", "date") == (dt.date(2026, 2, 5), [])


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(1)", "'  javascript:alert(1)'", "'\tJAVASCRIPT:alert(1)'",
    "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "ftp://example.org/a", "file:///etc/passwd",
    "//example.org/a", "/readouts/a", "example.org", "https:alert(1)", "'java\tscript:alert(1)'",
])
def test_only_http_and_https_web_addresses_pass(url):
    value, issues = check_one(f"url: {url}\n", "url", "url")
    assert value is None
    assert len(issues) == 1 and issues[0].startswith("f.md:2: ERROR: 'url' ") and issues[0].endswith("[bad-url]")


def test_a_url_with_a_quote_or_space_inside():
    value, issues = check_one("url: 'https://example.org/a\"><script>'\n", "url", "url")
    assert issues == ["f.md:2: ERROR: 'url' contains a space, quote or angle bracket; copy the address from the browser's address bar [bad-url]"]


def test_a_good_url():
    assert check_one("url: HTTPS://example.org/a?b=1&c=(2)\n", "url", "url") == ("HTTPS://example.org/a?b=1&c=(2)", [])


def test_string_where_a_list_is_expected_and_the_reverse():
    assert check_one("topics: trade, climate\n", "text_list", "topics", "topics: [trade]")[1] == [
        "f.md:2: ERROR: 'topics' must be a list; write topics: [trade, climate] [not-a-list]"]
    assert check_one("title: [a, b]\n", "text", "title")[1] == [
        "f.md:2: ERROR: 'title' must be text, not a list; write it on one line, in quotes if it contains ':' or '#' [not-text]"]
    assert check_one("title:\n  a: b\n", "text", "title")[1] == [
        "f.md:2: ERROR: 'title' must be text, not a mapping; write it on one line, in quotes if it contains ':' or '#' [not-text]"]


def test_empty_lists_strings_and_items():
    assert check_one("topics: []\n", "text_list", "topics", "topics: [trade]")[1] == [
        "f.md:2: ERROR: 'topics' is an empty list; give at least one value, as in 'topics: [trade]' [empty-list]"]
    assert check_one("topics:\n", "text_list", "topics", "topics: [trade]")[1] == [
        "f.md:2: ERROR: 'topics' is empty; give a list such as 'topics: [trade]', or remove the line [empty-value]"]
    assert check_one("topics:\n  - trade\n  - ''\n", "text_list", "topics", "topics: [trade]")[1] == [
        "f.md:4: ERROR: 'topics' is empty; give it a value or remove the line [empty-value]"]
    assert check_one("title: '  '\n", "text", "title")[1] == [
        "f.md:2: ERROR: 'title' is empty; give it a value or remove the line [empty-value]"]


def test_country_codes():
    assert check_one("country: NO\n", "country", "country") == ("NO", [])
    assert check_one("country: no\n", "country", "country") == ("NO", ["f.md:2: WARNING: country codes are upper case; write 'NO' [country-case]"])
    assert check_one("country: Norway\n", "country", "country")[1] == [
        "f.md:2: ERROR: 'Norway' is not an ISO 3166-1 alpha-2 country code (did you mean 'NO' for Norway?); use two letters such as CN or US [unknown-country]"]
    assert check_one("country: USA\n", "country", "country")[1] == [
        "f.md:2: ERROR: 'USA' is not an ISO 3166-1 alpha-2 country code (did you mean 'US'?); use two letters such as CN or US [unknown-country]"]


def test_unknown_keys_warn_with_a_suggestion():
    parsed, _ = parse_yaml("titel: A\n", "f.md", 2)
    checker = Checker("f.md", parsed)
    checker.unknown_keys(parsed.data, ("title", "date"))
    assert [i.format() for i in checker.issues] == [
        "f.md:2: WARNING: unknown key 'titel' (did you mean 'title'?) is ignored; known keys: title, date [unknown-key]"]
