"""`python -m generator review --base REF`: the markdown a pull request's job summary shows,
on a temporary git repository with a base branch and a branch that changes the archive."""

from __future__ import annotations

import subprocess

import pytest

from conftest import HOSTILE_TITLE, copy_corpus, write_hostile, write_readout
from generator.cli.commands import main

GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main",
       "-c", "commit.gpgsign=false"]
NEW = "readouts/2026/2026-03-05-berg-ferreira-call.md"
NEW_TEXT = ("---\ntitle: Berg and Ferreira speak about trade\ndate: 2026-03-05\nevent_date: 2026-03-04\nkind: call\n"
            "participants: [jonas-berg, ana-ferreira]\ntopics: [trade]\nissuer: pt-pmo\nsource:\n"
            "  url: https://example.org/berg-ferreira\n  archived_url: https://web.archive.org/web/2026/https://example.org/berg-ferreira\n"
            "---\n\nThe two leaders spoke about trade.\n")


def git(repo, *args) -> str:
    return subprocess.run([*GIT, "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository whose main branch holds the basic corpus, on a branch 'work'."""
    content = copy_corpus("basic", tmp_path / "content")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "content")
    git(tmp_path, "commit", "-q", "-m", "base")
    git(tmp_path, "checkout", "-q", "-b", "work")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return content


def review(capsys, *args):
    code = main(["--content", "content", "review", "--base", "main", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_nothing_changed(repo, capsys):
    code, out, err = review(capsys)
    assert (code, err) == (0, "")
    assert out.startswith("## Readouts this pull request adds or changes\n\nAgainst main (merge base ")
    assert "0 added, 0 changed, 0 renamed, 0 removed." in out
    assert "> Checked all readouts and the vocabularies: 0 error(s), 0 warning(s).\n" in out
    assert out.endswith("## Vocabulary entries\n\nNo topic, participant or issuer added, changed or removed.\n")


def test_a_branch_that_adds_changes_renames_and_removes(repo, capsys):
    write_readout(repo, NEW, NEW_TEXT)  # untracked: a contributor's work counts before it is committed
    meeting = repo / "readouts/2026/2026-01-16-berg-mori-meeting.md"
    meeting.write_text(meeting.read_text().replace("topics: [security, climate]", "topics: [security]  # review")
                       .replace("undersea cables.", "undersea cables and fisheries."))
    git(repo.parent, "mv", "content/readouts/2026/2026-02-05-ferreira-mori-call.md", "content/readouts/2026/2026-02-05-ferreira-mori-climate-call.md")
    git(repo.parent, "rm", "-q", "content/readouts/2025/2025-03-10-ferreira-berg-call.md")
    with (repo / "participants.yml").open("a") as people:
        people.write("- key: lena-hartmann\n  name: Lena Hartmann\n  country: DE\n  roles:\n    - title: Chancellor of Germany\n      from: 2025-05-06\n")
    git(repo.parent, "commit", "-q", "-am", "work")
    code, out, _ = review(capsys, "--artifact", "site")
    assert code == 0
    assert "1 added, 1 changed, 1 renamed, 1 removed." in out
    added = out.split(f"### Added: content/{NEW}\n", 1)[1].split("###", 1)[0]
    assert "| Title | Berg and Ferreira speak about trade |\n" in added
    assert "| Date | 5 March 2026 &#40;the phone call: 4 March 2026&#41; |\n" in added
    assert "| Participants | Jonas Berg, Prime Minister of Norway; Ana Ferreira, Prime Minister of Portugal |\n" in added
    assert "| Issued by | Office of the Prime Minister of Portugal (PT) |\n" in added
    assert ("| Source | https://example.org/berg-ferreira; archived copy: "
            "https://web.archive.org/web/2026/https://example.org/berg-ferreira |\n") in added
    assert "| Address | readouts/2026/2026-03-05-berg-ferreira-call/ |\n" in added
    changed = out.split("### Changed: content/readouts/2026/2026-01-16-berg-mori-meeting.md\n", 1)[1].split("###", 1)[0]
    assert "| What changed | topics; **the text** (it must stay word for word as published) |\n" in changed
    renamed = ("### Renamed: content/readouts/2026/2026-02-05-ferreira-mori-climate-call.md "
               "(was content/readouts/2026/2026-02-05-ferreira-mori-call.md)\n")
    assert renamed in out
    assert "| What changed | nothing in the front matter or the text |" in out.split(renamed, 1)[1].split("###", 1)[0]
    assert "### Removed: content/readouts/2025/2025-03-10-ferreira-berg-call.md\n\nIts address must keep working" in out
    assert ("> Checked all readouts and the vocabularies: 0 error(s), 1 warning(s); the warnings will stop the "
            "published build (make site, mkdocs build --strict): review-mark (1).\n") in out
    assert "\n```text\ncontent/readouts/2026/2026-01-16-berg-mori-meeting.md:8: WARNING: 'topics' is still marked" in out
    assert ("- content/participants.yml: added lena-hartmann: Lena Hartmann; DE; Chancellor of Germany from 2025-05-06\n"
            in out)
    assert out.endswith("the artifact site: download it, unzip it, run `python3 -m http.server --directory site` "
                        "in the folder you unzipped it to, and open http://localhost:8000/.\n")


def test_content_is_escaped_and_a_broken_readout_is_named(repo, capsys):
    write_hostile(repo)
    write_readout(repo, "readouts/2026/2026-03-06-broken.md", (
        '---\ntitle: A\ndate: 2026-03-06\nkind: call\nparticipants: [jonas-berg]\ntopics: ["```"]\n---\nText.\n'))
    code, out, _ = review(capsys)
    assert code == 0
    assert HOSTILE_TITLE not in out and "<script>" not in out and "[l](javascript:x)" not in out
    assert "| Title | &#60;/script&#62;&#60;script&#62;alert" in out
    assert "### Added: content/readouts/2026/2026-03-06-broken.md\n\nNot a valid readout yet: see the check results below.\n" in out
    fence = out.split("## Check results", 1)[1].split("\n")[4]
    assert fence == "````text"  # longer than the ``` a message quotes
    assert "- content/issuers.yml: added hostile-ministry: Ministry of &#60;i&#62;Tests&#60;/i&#62;" in out


def test_a_base_that_is_not_there_is_explained(repo, capsys):
    code, out, err = review(capsys, "--base", "origin/nope")
    assert (code, out) == (2, "")
    assert err == ("error: --base origin/nope: no common history with HEAD; fetch it first (git fetch origin, "
                   "or actions/checkout with fetch-depth: 0)\n")


def test_outside_a_repository(basic, monkeypatch, capsys):
    monkeypatch.chdir(basic.parent)
    code = main(["--content", "content", "review", "--base", "main"])
    assert code == 2 and capsys.readouterr().err.endswith("is not inside a git repository; run review in a clone\n")
