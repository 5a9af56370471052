"""Check a folder of blind gold stories written to tests/stories/BRIEF.md: front matter, gold
items (classes, explanations, counts), every phrase verbatim in its article's body.

Usage: python3 bench/check_story.py OUTDIR   (exit 1 while any story has a problem)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CLASSES = {"real": 6, "explained": 8, "agree": 5}
EXPLANATIONS = {"explained": {"period", "scope", "measure", "time"}, "agree": {"rounding", "units"}}
FRONT = re.compile(r"^---\n(.*?)\n---\n", re.S)
FIGURE = re.compile(
    r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|"
    r"billion|first|second|third|fourth|fifth|half|double|tripl|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|dozen|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|yesterday|today|last|next|ago|earlier", re.I)


def _articles(story: Path, problems: list[str]) -> dict[str, str]:
    bodies: dict[str, str] = {}
    for path in sorted(story.glob("*.md")):
        if path.name == "NOTES.md":
            continue
        text = path.read_text(encoding="utf-8")
        front = FRONT.match(text)
        if front is None:
            problems.append(f"{path.stem}: no front matter")
            continue
        for key in ("title", "outlet", "url", "published"):
            if not re.search(rf"^{key}:\s*\S", front.group(1), re.M):
                problems.append(f"{path.stem}: front matter lacks {key}")
        published = re.search(r"^published:\s*(\S+)", front.group(1), re.M)
        if published and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", published.group(1)):
            problems.append(f"{path.stem}: published is not YYYY-MM-DD")
        bodies[path.stem] = text[front.end():]
    if len(bodies) < 5:
        problems.append(f"only {len(bodies)} articles")
    return bodies


def _item(item: dict, bodies: dict[str, str], notes: str, problems: list[str], notices: list[str]) -> None:
    iid, cls = item.get("id"), item.get("class")
    if str(iid) not in notes:
        problems.append(f"{iid} not in NOTES.md")
    if cls not in CLASSES:
        problems.append(f"{iid}: bad class {cls}")
        return
    if not item.get("fact"):
        problems.append(f"{iid}: no fact")
    if "truth" not in item:
        problems.append(f"{iid}: no truth key")
    explanation = item.get("explanation")
    if cls == "real" and explanation is not None:
        problems.append(f"{iid}: real items have explanation null")
    if cls != "real" and explanation not in EXPLANATIONS[cls]:
        problems.append(f"{iid}: explanation {explanation!r} not in {sorted(EXPLANATIONS[cls])}")
    claims = item.get("claims", [])
    if len(claims) < 2:
        problems.append(f"{iid}: fewer than 2 claims")
    if cls == "real" and len({s for s, _ in claims}) < 2 and len(claims) < 3:
        problems.append(f"{iid}: a real item needs two sources (or an arithmetic item three phrases)")
    for source, phrase in claims:
        if source not in bodies:
            problems.append(f"{iid}: unknown source {source}")
        elif phrase not in bodies[source]:
            problems.append(f"{iid}: phrase not in the body of {source}: {phrase!r}")
        if not FIGURE.search(phrase):
            notices.append(f"{iid}: phrase has no figure or date (fine only for places and directions): {phrase!r}")


def check(story: Path) -> tuple[list[str], list[str], dict[str, int], int]:
    problems: list[str] = []
    notices: list[str] = []
    bodies = _articles(story, problems)
    notes_path = story / "NOTES.md"
    notes = notes_path.read_text(encoding="utf-8") if notes_path.exists() else ""
    if not notes:
        problems.append("no NOTES.md")
    try:
        items = json.loads((story / "gold.json").read_text(encoding="utf-8"))["items"]
    except (OSError, ValueError, KeyError) as exc:
        problems.append(f"gold.json: {exc}")
        items = []
    counts = dict.fromkeys(CLASSES, 0)
    ids = [item.get("id") for item in items]
    problems += [f"duplicate id {i}" for i in sorted({i for i in ids if ids.count(i) > 1}, key=str)]
    for item in items:
        counts[item.get("class")] = counts.get(item.get("class"), 0) + 1
        _item(item, bodies, notes, problems, notices)
    for cls, want in CLASSES.items():
        if abs(counts[cls] - want) > (0 if cls == "real" else 1):
            problems.append(f"{counts[cls]} {cls} items, want {want}")
    return problems, notices, counts, len(bodies)


def main(folder: str) -> int:
    ok = True
    for story in sorted(p for p in Path(folder).iterdir() if p.is_dir()):
        problems, notices, counts, articles = check(story)
        for notice in notices:
            print(f"  note {story.name} {notice}")
        if problems:
            ok = False
            print(f"{story.name}: PROBLEMS")
            for problem in problems:
                print("  -", problem)
        else:
            print(f"{story.name}: OK ({articles} articles, " + ", ".join(f"{v} {k}" for k, v in counts.items()) + ")")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
