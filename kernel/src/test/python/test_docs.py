"""Every link in the project's Markdown leads somewhere.

Relative links must name a file or folder that exists, and an anchor (#section) must name a
heading of the target file, with GitHub's rule for turning headings into anchors. Web links
are only checked for shape: the tests run without network.
"""

import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from helpers import ROOT

DOCUMENTS = sorted([ROOT / "README.md", ROOT / "notebooks" / "README.md", ROOT / "datasets" / "README.md",
                    ROOT / "bench" / "README.md", *(ROOT / "docs").glob("*.md")])

INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+(\S+)", re.M)


def prose(markdown, inline_code=False):
    """The text outside fenced code blocks and HTML comments (and inline code, unless kept)."""
    markdown = re.sub(r"<!--.*?-->", "", markdown, flags=re.S)
    lines, fenced = [], False
    for line in markdown.splitlines():
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
            lines.append("")
            continue
        lines.append("" if fenced else line if inline_code else re.sub(r"`[^`]*`", "``", line))
    return "\n".join(lines)


def links(markdown):
    text = prose(markdown)
    return INLINE_LINK.findall(text) + REFERENCE_LINK.findall(text)


def anchor(heading):
    """GitHub's anchor for a heading: link text kept, lower case, punctuation dropped, spaces to -."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = re.sub(r"<[^>]+>", "", text).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path):
    """Every anchor a Markdown file offers, with GitHub's -1, -2 for repeated headings."""
    seen, result = {}, set()
    for line in prose(path.read_text(encoding="utf-8"), inline_code=True).splitlines():
        match = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not match:
            continue
        base = anchor(match.group(1))
        count = seen.get(base, 0)
        seen[base] = count + 1
        result.add(base if count == 0 else f"{base}-{count}")
    result.update(re.findall(r"<a\s+(?:name|id)=\"([^\"]+)\"", path.read_text(encoding="utf-8")))
    return result


def problems(document):
    found = []
    for target in links(document.read_text(encoding="utf-8")):
        parsed = urlparse(target)
        if parsed.scheme in ("http", "https"):
            if not parsed.netloc or "." not in parsed.netloc:
                found.append(f"{target}: not a web address")
            continue
        if parsed.scheme == "mailto":
            continue
        if parsed.scheme:
            found.append(f"{target}: unexpected scheme {parsed.scheme!r}")
            continue
        path = (document.parent / unquote(parsed.path)).resolve() if parsed.path else document
        if not path.exists():
            found.append(f"{target}: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} does not exist")
            continue
        if not path.is_relative_to(ROOT):
            found.append(f"{target}: points outside the repository")
            continue
        if parsed.fragment and path.suffix == ".md" and unquote(parsed.fragment) not in anchors(path):
            found.append(f"{target}: no heading #{parsed.fragment} in {path.relative_to(ROOT)}")
    return found


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_lead_somewhere(document):
    assert document.is_file()
    assert not problems(document), "\n".join(problems(document))


def test_docs_index_links_every_guide():
    index = ROOT / "docs" / "README.md"
    linked = {(index.parent / target).resolve() for target in links(index.read_text())
              if not urlparse(target).scheme}
    missing = [p.name for p in (ROOT / "docs").glob("*.md") if p.name != "README.md" and p.resolve() not in linked]
    assert not missing, f"docs/README.md does not link {missing}"


def test_checker_finds_broken_links_and_anchors(tmp_path, monkeypatch):
    """The checker itself: a broken file link, a broken anchor and a bad web link are caught,
    while links inside code are left alone."""
    monkeypatch.setattr("test_docs.ROOT", tmp_path)
    (tmp_path / "other.md").write_text("# A `code` heading: yes\n## Twice\n## Twice\n")
    page = tmp_path / "page.md"
    page.write_text("[ok](other.md#a-code-heading-yes) [ok2](other.md#twice-1) [self](#top)\n"
                    "# Top\n[gone](missing.md) [bad anchor](other.md#nope) [web](https://nodot)\n"
                    "`[in code](nothere.md)`\n```\n[fenced](nothere.md)\n```\n")
    assert [p.split(":")[0] for p in problems(page)] == ["missing.md", "other.md#nope", "https"]
