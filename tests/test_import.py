"""`python -m generator import`: a readout per text from a folder, a CSV or a JSONL file; never an
overwrite, never a half-written file, nothing on --dry-run; what it cannot place is listed."""

from __future__ import annotations

import io
import json
import os

import pytest

from generator.cli import safewrite
from generator.cli.commands import main
from generator.cli.importer import Progress
from generator.cli.inputs import Problem, parse_csv, parse_jsonl, parse_text_file

PT = ("date 2026-03-01\nPrime Minister Ana Ferreira held a phone call with Prime Minister Jonas Berg of Norway. "
      "They discussed tariffs.\n")
NO = ("date 2026-03-02\nThe Ministry of Foreign Affairs of Norway: Prime Minister Jonas Berg spoke by phone with "
      "Prime Minister Ana Ferreira about tariffs and climate change.\n")
FIRST = "readouts/2026/2026-03-01-ana-ferreira-jonas-berg-phone-call.md"
SECOND = "readouts/2026/2026-03-02-jonas-berg-ana-ferreira-phone-call.md"
EVENT = "2026-03-01-ana-ferreira-jonas-berg-call"


@pytest.fixture
def here(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    return basic


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_texts(folder, texts: dict[str, str | bytes]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return folder


def snapshot(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def check_errors(capsys) -> list[str]:
    """`check`'s lines other than the review marks and notes import leaves for a person."""
    _, out, _ = run(capsys, "check")
    return [line for line in out.splitlines() if not line.endswith("[review-mark]")]


def test_a_folder_of_texts_two_accounts_of_one_call(here, capsys):
    write_texts(here.parent / "texts", {"pt.txt": PT, "no.md": NO})
    code, out, err = run(capsys, "import", "texts")
    assert code == 0
    assert out == f"content/{SECOND}  <- texts/no.md\ncontent/{FIRST}  <- texts/pt.txt\n"
    first, second = (here / FIRST).read_text(), (here / SECOND).read_text()
    assert "# Suggested by 'import texts/pt.txt': check each line marked 'review', then delete the marks.\n" in first
    assert "kind: call  # review: suggested from the text\n" in first
    assert "participants: [ana-ferreira, jonas-berg]  # review" in first
    assert "topics: [trade]  # review" in first
    assert "issuer: no-mfa  # review: suggested from the text\n" in second  # named in the text
    assert "# issuer: a key from content/issuers.yml" in first  # none named: not guessed
    assert f"\nevent: {EVENT}  # review" in first and f"\nevent: {EVENT}  # review" in second
    assert first.endswith("---\n\n" + PT.split("\n", 1)[1])  # the text after the date line, word for word
    assert "Import: 2 text(s); 2 readout(s) written; 0 skipped." in err
    assert f"  {EVENT}: content/{SECOND}, content/{FIRST}\n" in err
    assert check_errors(capsys) == []


def test_an_account_already_in_the_archive_gives_its_event(here, capsys):
    (here / "readouts/2026/2026-03-01-portugal.md").write_text(
        "---\ntitle: A call\ndate: 2026-03-01\nkind: call\nparticipants: [ana-ferreira, jonas-berg]\ntopics: [trade]\n"
        "issuer: pt-pmo\nevent: the-call-key\n---\n\nThey spoke.\n")
    write_texts(here.parent / "texts", {"no.txt": NO})
    code, _, err = run(capsys, "import", "texts")
    assert code == 0
    assert "event: the-call-key  # review" in (here / SECOND).read_text()
    assert (f"  content/{SECOND}: event: the-call-key: the key of content/readouts/2026/2026-03-01-portugal.md, "
            "probably another account of the same phone call") in err


def test_csv_columns_and_bad_rows(here, capsys):
    rows = ('text,date,title,url,issuer,language\n'
            f'"{PT.split(chr(10), 1)[1].strip()} He said ""yes"".",2026-03-01,"Ferreira, Berg talk",https://example.org/pt-pmo/n/1,,pt\n'
            '"only two fields",2026-03-03\n'
            '"Jonas Berg spoke by phone with Ana Ferreira on tariffs.",March 3,,,,\n'
            '"Jonas Berg spoke by phone with Ana Ferreira on tariffs.",2026-03-02,,,no-mfx,\n'
            '"unclosed quote,2026-03-04\n')
    (here.parent / "in.csv").write_text(rows)
    code, out, err = run(capsys, "import", "in.csv")
    assert (code, out) == (0, f"content/{FIRST}  <- in.csv:2\n")
    text = (here / FIRST).read_text()
    assert 'title: "Ferreira, Berg talk"\n' in text  # given: not marked
    assert "date: 2026-03-01\n" in text
    assert "issuer: pt-pmo  # review" in text  # the address is on the issuer's site
    assert 'source:\n  url: "https://example.org/pt-pmo/n/1"\n' in text and "\nlanguage: pt\n" in text
    assert 'He said "yes".' in text
    skipped = err.split("Skipped:\n", 1)[1].splitlines()[:4]
    assert skipped == [
        "  in.csv:3: 2 fields where the header has 6; put a field with commas in double quotes",
        "  in.csv:4: the date column 'March 3' is not a date; write it as YYYY-MM-DD, e.g. 2026-02-05",
        "  in.csv:5: the issuer 'no-mfx' is not in content/issuers.yml (did you mean 'no-mfa'?); use one of its keys "
        "in the issuer column, or add the issuer there",
        "  in.csv:6: the row cannot be read (unexpected end of data); put a field with commas, quotes or line breaks "
        'in double quotes, doubling the quotes inside ("")',
    ]
    assert check_errors(capsys) == []


def test_a_csv_without_a_text_column_imports_nothing(here, capsys):
    (here.parent / "in.csv").write_text("body,date\nhello,2026-03-01\n")
    before = snapshot(here)
    code, out, err = run(capsys, "import", "in.csv")
    assert (code, out) == (1, "")
    assert ("  in.csv:1: no 'text' column (the header has body, date); name the column of the texts 'text' in the "
            "first line, e.g. text,date,title\n") in err
    assert "Traceback" not in err and snapshot(here) == before


def test_jsonl_and_its_bad_lines(here, capsys):
    lines = [json.dumps({"text": NO, "issuer": "Ministry of Foreign Affairs of Norway"}), "{not json}",
             json.dumps(["a list"]), json.dumps({"text": "x", "date": 20260301}), "",
             json.dumps({"text": PT, "title": "Ferreira calls Berg"})]
    (here.parent / "in.jsonl").write_text("\n".join(lines) + "\n")
    code, out, err = run(capsys, "import", "in.jsonl")
    assert (code, out) == (0, f"content/{SECOND}  <- in.jsonl:1\ncontent/{FIRST}  <- in.jsonl:6\n")
    assert "issuer: no-mfa\n" in (here / SECOND).read_text()  # given in its row: not marked
    assert ("  in.jsonl:2: not JSON (Expecting property name enclosed in double quotes at column 2); write one object "
            'a line, e.g. {"text": "...", "date": "2026-02-05"}\n') in err
    assert '  in.jsonl:3: no "text" string; write one object a line' in err
    assert '  in.jsonl:4: "date" is int; write it as a string, e.g. "date": "..."\n' in err


def test_dry_run_writes_nothing(here, capsys):
    write_texts(here.parent / "texts", {"pt.txt": PT, "new.txt": "date 2026-03-05 The German Chancellor Lena "
                                        "Hartmann spoke by phone with Prime Minister Ana Ferreira about tariffs.\n"})
    before = snapshot(here)
    code, out, err = run(capsys, "import", "texts", "--dry-run", "--add-vocabulary")
    assert code == 0
    assert out.splitlines() == ["content/readouts/2026/2026-03-05-lena-hartmann-ana-ferreira-phone-call.md  <- texts/new.txt",
                                f"content/{FIRST}  <- texts/pt.txt"]
    assert "2 readout(s) would be written (dry run: nothing was written)" in err
    assert "--add-vocabulary would append these entries to content/participants.yml" in err
    assert snapshot(here) == before


def test_never_overwrites_a_name_that_is_taken(here, capsys):
    taken = here / FIRST
    taken.parent.mkdir(parents=True, exist_ok=True)
    taken.write_text("---\ntitle: Another call\ndate: 2026-03-01\nkind: call\nparticipants: [ana-ferreira, jonas-berg]\n"
                     "topics: [climate]\nissuer: no-mfa\n---\n\nAnother text.\n")
    before = taken.read_bytes()
    write_texts(here.parent / "texts", {"pt.txt": PT})
    code, out, err = run(capsys, "import", "texts")
    renamed = FIRST[:-3] + "-2.md"
    assert (code, out) == (0, f"content/{renamed}  <- texts/pt.txt\n")
    assert f"Renamed (a readout has the name already: a number was added):\n  content/{renamed}: content/{FIRST} is taken\n" in err
    assert taken.read_bytes() == before


def test_the_same_text_twice_is_imported_once(here, capsys):
    write_texts(here.parent / "texts", {"a.txt": PT, "b.txt": PT.replace("\n", "\n\n  ")})
    code, out, err = run(capsys, "import", "texts")
    assert (code, out.count("\n")) == (0, 1)
    assert "  texts/b.txt: the same text as texts/a.txt; imported once\n" in err
    code, out, err = run(capsys, "import", "texts")  # again: both are in the archive now
    assert (code, out) == (1, "")
    assert f"  texts/a.txt: the same text as content/{FIRST}; imported once\n" in err


def test_texts_it_cannot_place_are_listed_not_guessed(here, capsys):
    write_texts(here.parent / "texts", {
        "empty.txt": "  \n", "binary.txt": b"\x00\x01", "latin1.txt": "date 2026-03-01 Ana Ferreira caf\xe9".encode("latin-1"),
        "nodate.txt": "Prime Minister Ana Ferreira spoke by phone with Jonas Berg about tariffs.",
        "nobody.txt": "date 2026-03-01 The Foreign Minister Wang Yi spoke by phone with his counterpart about tariffs.",
        "nokind.txt": "date 2026-03-01 Ana Ferreira and Jonas Berg discussed tariffs.",
        "notopic.txt": "date 2026-03-01 Ana Ferreira spoke by phone with Jonas Berg.",
        "chinese.txt": "date 2026-03-01 中国国家主席与葡萄牙总理通电话。",
        "readout.md": "---\ntitle: x\n---\n\ntext\n",
    })
    before = snapshot(here)
    code, out, err = run(capsys, "import", "texts")
    assert (code, out) == (1, "")
    skipped = err.split("Skipped:\n", 1)[1].split("\nNamed with", 1)[0].splitlines()
    assert skipped == [
        "  texts/binary.txt:1: the file contains a NUL byte; a readout is a UTF-8 text file",
        "  texts/chinese.txt: no participant of content/participants.yml is named; add them there (--add-vocabulary "
        "adds those suggested) (the text is mostly in another script: give the vocabularies' entries the names and "
        "terms it uses as aliases, such as [习近平])",
        "  texts/empty.txt: the text is empty; nothing to import",
        "  texts/latin1.txt:1: byte 0xe9 is not UTF-8; save the file as UTF-8 (your editor's 'Save with encoding')",
        "  texts/nobody.txt: no participant of content/participants.yml is named (it names Wang Yi, not in it yet: "
        "see the suggestions below); add them there (--add-vocabulary adds those suggested)",
        "  texts/nodate.txt: no date found; put 'date YYYY-MM-DD' at the start of the text, or give a date column",
        "  texts/nokind.txt: no kind found (words such as 'phone call', 'met with', 'held talks'); give --kind KIND for "
        "texts that name none, one of: call, video-call, meeting, talks, visit, summit, conference, statement, "
        "joint-statement, letter, message",
        "  texts/notopic.txt: no topic of content/topics.yml is named; give --topics KEY for texts that name none, or "
        "add the words it uses as a topic's aliases",
        "  texts/readout.md:1: the file already has front matter: it is a readout, not a text; copy it under "
        "content/readouts/YYYY/ and run check",
    ]
    assert snapshot(here) == before
    code, out, _ = run(capsys, "import", "texts", "--kind", "meeting", "--topics", "climate")
    assert code == 0 and sorted(line.split("<- ")[1] for line in out.splitlines()) == ["texts/nokind.txt", "texts/notopic.txt"]


def test_bad_command_lines(here, capsys):
    assert run(capsys, "import", "missing.csv") == (2, "", "error: no such file or folder: missing.csv\n")
    write_texts(here.parent / "texts", {"pt.txt": PT})
    code, _, err = run(capsys, "import", "texts", "--kind", "chat", "--topics", "tradee")
    assert code == 2
    assert err.startswith("error: --kind 'chat' is not a kind")
    assert "error: --topics: unknown topic 'tradee' (did you mean 'trade'?)" in err


def test_a_file_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    target = tmp_path / "a" / "new.md"
    assert safewrite.write_new_file(target, b"one") and target.read_bytes() == b"one"
    assert not safewrite.write_new_file(target, b"two") and target.read_bytes() == b"one"

    def broken_link(source, name):
        raise KeyboardInterrupt  # the run stops between writing and naming the file

    monkeypatch.setattr(os, "link", broken_link)
    with pytest.raises(KeyboardInterrupt):
        safewrite.write_new_file(tmp_path / "a" / "other.md", b"three")
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["new.md"]  # no half file, no temporary left


def test_parsers_say_where_and_how_to_fix():
    assert parse_text_file("x.txt", b"") == Problem("x.txt", "the text is empty; nothing to import")
    texts, problems = parse_csv("x.csv", "text,date\r\n\"a\r\nb\",2026-01-01\r\n,\r\n".encode("utf-8-sig"))
    assert [(t.origin, t.text, t.columns) for t in texts] == [("x.csv:2", "a\nb", {"date": "2026-01-01"})]
    assert problems == []  # an empty row is no text
    assert parse_csv("x.csv", b"text\n\xff\n") == ([], [Problem("x.csv:2", "byte 0xff is not UTF-8; save the file as UTF-8")])
    assert parse_jsonl("x.jsonl", b'{"text": ""}\n')[1] == [Problem("x.jsonl:1", "the text is empty; nothing to import")]


def test_the_progress_line_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        progress = Progress(200, stream)
        for _ in range(200):
            progress.tick()
        progress.close()
    assert hidden.getvalue() == ""
    assert "\rimport: 100/200 texts (50%)" in shown.getvalue() and shown.getvalue().endswith("\r\033[K")


def test_the_benchmarks_synthetic_texts_import_cleanly(tmp_path, monkeypatch, capsys):
    from bench.importing import make_texts, write_files
    vocabularies, texts = make_texts(40, 3)
    assert make_texts(40, 3) == (vocabularies, texts)  # deterministic
    write_files(tmp_path / "content", vocabularies)
    write_files(tmp_path, texts)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "import", "texts", "--kind", "meeting")
    count = len(texts)  # 40 readouts, less the Chinese translations among them
    assert 36 <= count <= 40 and any("，" in text for text in texts.values())  # some texts in Chinese too
    assert (code, out.count("\n")) == (0, count)
    assert f"Import: {count} text(s); {count} readout(s) written; 0 skipped." in err
    assert check_errors(capsys) == []
