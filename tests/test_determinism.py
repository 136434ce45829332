"""The same content builds byte-identical output."""

from pathlib import Path

from tests.conftest import mkdocs_build


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(basic, tmp_path):
    mkdocs_build(basic, tmp_path / "one")
    mkdocs_build(basic, tmp_path / "two")
    one, two = tree(tmp_path / "one"), tree(tmp_path / "two")
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []
