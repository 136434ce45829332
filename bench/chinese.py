"""Search at 10,000 readouts with a tenth of them in Chinese: bytes before the first result
for a Chinese and an English query, and the indexer's peak memory.

    .venv/bin/python -m bench.chinese [--count 10000] [--work /tmp/bench-zh]

The corpus is `generator synth`'s, whose Chinese readouts are measured when it writes
some; otherwise every tenth readout (by path) is rewritten in Chinese here: a title
and paragraphs from sentences of our own (never a real readout's), `language: zh`,
the same participants, topics, issuer and event.
Deterministic for a count. Builds the site once (bench.buildone) and opens it in
Chromium (bench.searchbytes). Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

from bench.run import PYTHON, ROOT, archive_config, build
from bench.searchbytes import measure_search

TOPICS = ["渔业", "半导体", "贸易", "气候变化", "港口建设", "航运安全", "能源合作", "粮食安全", "数字经济",
          "公共卫生", "人文交流", "海洋治理", "基础设施", "金融稳定", "农业合作", "科技创新"]
KINDS = {"call": "通电话", "video-call": "举行视频通话", "meeting": "会见", "talks": "举行会谈", "visit": "进行访问",
         "summit": "出席峰会", "conference": "出席会议", "statement": "发表声明", "joint-statement": "发表联合声明",
         "letter": "致信", "message": "致电"}
SAID = ["表示", "指出", "强调", "说", "介绍"]
VIEWS = ["两国关系保持稳定发展势头，双方应当珍惜来之不易的成果",
         "双方应当加强在{t}领域的务实合作，推动{u}取得新的进展",
         "愿同对方一道维护地区和平与稳定，妥善处理{t}问题",
         "将继续扩大{t}和{u}方面的交流，为两国人民带来更多福祉",
         "当前国际形势复杂多变，双方在{t}问题上有着广泛的共同利益",
         "欢迎对方企业参与{t}项目，期待在{u}领域开展联合研究"]
AGREED = ["双方同意保持各层级交往，年内举行新一轮{t}磋商。", "双方同意建立{t}工作机制，定期交换意见。",
          "双方还就{t}和{u}等共同关心的问题交换了看法。"]
QUERY_ZH = "渔业"
QUERY_EN = "fisheries"


def chinese_text(rng: random.Random, names: list[str], kind: str, date: str) -> tuple[str, str]:
    """A made-up Chinese title and text of about five hundred characters."""
    year, month, day = (int(part) for part in date.split("-"))
    pick = lambda: rng.sample(TOPICS, 2)
    title = f"{names[0]}同{'、'.join(names[1:]) or '各方'}{KINDS.get(kind, '会谈')}"
    paragraphs = [f"{year}年{month}月{day}日，{title}。"]
    for _ in range(rng.randint(4, 7)):
        t, u = pick()
        who = rng.choice(names + ["双方"])
        verb = "一致认为" if who == "双方" else rng.choice(SAID)
        paragraphs.append(f"{who}{verb}，{rng.choice(VIEWS).format(t=t, u=u)}。")
    t, u = pick()
    paragraphs.append(rng.choice(AGREED).format(t=t, u=u))
    return title, "\n\n".join(paragraphs)


def to_chinese(path: Path, rng: random.Random) -> None:
    text = path.read_text(encoding="utf-8")
    _, head, _ = text.split("---\n", 2)
    lines = head.splitlines()
    meta = {line.split(":", 1)[0]: line.split(":", 1)[1].strip() for line in lines if ":" in line}
    names = [key.replace("-", " ").title() for key in meta["participants"].strip("[]").split(", ")]
    title, body = chinese_text(rng, names, meta["kind"], meta["date"])
    kept = [line for line in lines if not line.startswith(("title:", "language:"))]
    path.write_text("---\n" + "\n".join([f"title: {title}", *kept, "language: zh"]) + "\n---\n\n" + body + "\n",
                    encoding="utf-8")


def make_corpus(count: int, content: Path) -> int:
    subprocess.run([PYTHON, "-m", "generator", "synth", "--count", str(count), "--out", str(content)], cwd=ROOT, check=True)
    files = sorted((content / "readouts").rglob("*.md"))
    written = [path for path in files if "\nlanguage: zh\n" in path.read_text(encoding="utf-8")]
    if written:  # synth writes Chinese readouts itself now: measure those
        return len(written)
    rng = random.Random(count)
    for path in files[::10]:
        to_chinese(path, rng)
    return len(files[::10])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.chinese")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-zh"))
    args = parser.parse_args(argv)
    folder = args.work / f"c{args.count}"
    content = folder / "content"
    chinese = make_corpus(args.count, content) if not content.exists() else None
    found = {"count": args.count, "chinese": chinese, **build(archive_config(folder))}
    for name, query in (("zh", QUERY_ZH), ("en", QUERY_EN)):
        found[name] = {"query": query, **measure_search(str(folder / "site"), query, "pagefind")}
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
