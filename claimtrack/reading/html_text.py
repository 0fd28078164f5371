"""Readable article text from HTML, with page boilerplate removed, plus the metadata the page carries.

Standard library only (html.parser). Never raises on malformed HTML: unclosed and stray tags are
tolerated, and whatever was read before a parser error is kept.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from claimtrack.reading.dates import parse_published
from claimtrack.reading.metadata import Metadata

# Elements whose content is never article text.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button",
        "template", "select", "textarea", "canvas", "video", "audio", "object", "embed", "dialog", "menu",
        "head",
    }
)  # fmt: skip
# <header> is page boilerplate at page level, but an article's own header holds its headline and byline.
PAGE_LEVEL_SKIP_TAGS = frozenset({"header"})
# An element whose class or id contains one of these is boilerplate.
BOILERPLATE_MARKERS = (
    "cookie", "newsletter", "subscribe", "share", "social", "related", "promo", "advert", "comment",
    "menu", "breadcrumb", "credit",
)  # fmt: skip
BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "search"})
# Containers never dropped for their class (a <body class="has-cookie-banner"> is still the page).
NEVER_DROPPED = frozenset({"html", "body", "main", "article"})
# Elements that start and end a block of text.
BLOCK_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "main",
        "header", "td", "th", "tr", "pre", "dd", "dt", "figcaption", "figure", "ul", "ol", "dl", "table",
        "address", "br", "hr", "summary", "details", "caption", "body",
    }
)  # fmt: skip
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
# An open <p> is closed by these, as browsers do.
CLOSES_P = frozenset(
    {"p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "section", "article", "header", "footer",
     "h1", "h2", "h3", "h4", "h5", "h6", "figure", "aside", "nav", "form", "hr", "address", "main"}
)  # fmt: skip
CREDIT_CAPTION = re.compile(
    r"^\W*(?:photo(?:graph)?s?|image|picture|credit|source|video)\b|©|"
    r"\b(?:getty images|afp|reuters|associated press|ap photo|shutterstock|epa|anadolu|via)\b",
    re.IGNORECASE,
)
CREDIT_CAPTION_MAX_WORDS = 12

PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publication_date", "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date",
)  # fmt: skip


@dataclass(frozen=True)
class HtmlArticle:
    """What an HTML page yields: the article text (blocks separated by blank lines) and metadata."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None

    def metadata(self) -> Metadata:
        """The page's own title, outlet, url and publication date."""
        return Metadata(title=self.title, outlet=self.outlet, url=self.url, published=self.published)


def _collapse(text: str) -> str:
    return " ".join(text.split())


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, starts a skipped region)
        self.skipping = 0
        self.in_article = 0
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.caption: list[str] | None = None  # blocks of an open <figcaption>, judged when it closes
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] | None = None
        self.title = ""
        self.first_h1: str | None = None
        self.h1_parts: list[str] | None = None
        self.times: list[tuple[bool, str]] = []  # (marked as the publication time, datetime value)
        self.json_ld: list[str] = []
        self.json_ld_parts: list[str] | None = None
        self.canonical: str | None = None

    # blocks ---------------------------------------------------------------------------------------
    def flush(self) -> None:
        block = _collapse("".join(self.current))
        self.current = []
        if block:
            (self.caption if self.caption is not None else self.blocks).append(block)

    # tags -----------------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name.lower(): (value or "") for name, value in attrs}
        if self.title_parts is not None or (tag == "body" and any(t == "head" for t, _ in self.stack)):
            # <title> holds only text and </head> is optional: a tag here closes them
            for open_tag in ("title", "head"):
                if any(t == open_tag for t, _ in self.stack):
                    self.handle_endtag(open_tag)
        self._collect_metadata(tag, attr)
        if tag in VOID_TAGS:
            if tag in BLOCK_TAGS:
                self.flush()
            return
        if tag in CLOSES_P and self.stack and self.stack[-1][0] == "p":
            self.handle_endtag("p")
        if tag == "li" and self.stack and self.stack[-1][0] == "li":
            self.handle_endtag("li")
        skip = self._drops(tag, attr)
        self.stack.append((tag, skip))
        if skip:
            self.skipping += 1
        if tag == "article":
            self.in_article += 1
        if tag in BLOCK_TAGS:
            self.flush()
        if tag == "figcaption" and self.caption is None and not self.skipping:
            self.caption = []
        if tag == "h1" and self.first_h1 is None and not self.skipping:
            self.h1_parts = []
        if tag == "title":
            self.title_parts = []
        if tag == "script" and "ld+json" in attr.get("type", "").lower():
            self.json_ld_parts = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name.lower(): (value or "") for name, value in attrs}
        self._collect_metadata(tag, attr)
        if tag in BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return  # a stray end tag
        while self.stack:
            open_tag, skip = self.stack.pop()
            self._close(open_tag, skip)
            if open_tag == tag:
                break

    def _close(self, tag: str, skip: bool) -> None:
        if tag in BLOCK_TAGS:
            self.flush()
        if skip:
            self.skipping -= 1
        if tag == "article":
            self.in_article -= 1
        if tag == "figcaption" and self.caption is not None and not self.skipping:
            caption, self.caption = self.caption, None
            text = " ".join(caption)
            credit = CREDIT_CAPTION.search(text) and len(text.split()) <= CREDIT_CAPTION_MAX_WORDS
            if not credit:
                self.blocks.extend(caption)
        if tag == "h1" and self.h1_parts is not None:
            self.first_h1 = _collapse("".join(self.h1_parts)) or None
            self.h1_parts = None
        if tag == "title" and self.title_parts is not None:
            self.title = self.title or _collapse("".join(self.title_parts))
            self.title_parts = None
        if tag == "script" and self.json_ld_parts is not None:
            self.json_ld.append("".join(self.json_ld_parts))
            self.json_ld_parts = None

    def _drops(self, tag: str, attr: dict[str, str]) -> bool:
        if tag in SKIP_TAGS:
            return True
        if tag in PAGE_LEVEL_SKIP_TAGS and not self.in_article:
            return True
        if tag in NEVER_DROPPED:
            return False
        if "hidden" in attr or attr.get("aria-hidden", "").lower() == "true":
            return True
        if attr.get("role", "").lower() in BOILERPLATE_ROLES:
            return True
        names = f"{attr.get('class', '')} {attr.get('id', '')}".lower()
        return any(marker in names for marker in BOILERPLATE_MARKERS)

    def _collect_metadata(self, tag: str, attr: dict[str, str]) -> None:
        if tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            content = attr.get("content", "").strip()
            if key and content and key not in self.meta:
                self.meta[key] = content
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self.canonical = self.canonical or attr.get("href", "").strip() or None
        elif tag == "time" and attr.get("datetime"):
            if not self.skipping:  # a <time> in a related-stories box dates another article
                marked = attr.get("itemprop", "").lower() == "datepublished" or "pubdate" in attr
                self.times.append((marked, attr["datetime"]))

    # text -----------------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.json_ld_parts is not None:
            self.json_ld_parts.append(data)
            return
        if self.skipping:
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        self.current.append(data)

    def close(self) -> None:
        start = self.rawdata.find("<!--")
        if start >= 0 and "-->" not in self.rawdata[start:]:
            self.rawdata = self.rawdata[:start]  # a comment left open at the end is a comment, not text
        try:
            super().close()
        finally:
            while self.stack:
                self._close(*self.stack.pop())
            self.flush()


def _html_date(value: str | None) -> dt.date | None:
    """A date from a page's metadata: ISO, or RFC 2822 ("Thu, 24 Oct 2024 08:57:00 GMT"); else None."""
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _json_ld_items(texts: list[str]) -> Iterator[dict[str, Any]]:
    """Every object in the page's JSON-LD, nested ones included (@graph and lists)."""
    pending: list[Any] = []
    for text in texts:
        try:
            pending.append(json.loads(text))
        except ValueError:
            continue
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            yield item
            pending.extend(value for value in item.values() if isinstance(value, list | dict))


def _strip_site_suffix(title: str, site: str | None) -> str:
    if site:
        for separator in (" | ", " - ", " – ", " — ", " :: "):
            if title.endswith(separator + site):
                return title[: -len(separator + site)].strip()
    return title


def extract_html(html: str) -> HtmlArticle:
    """The readable text of an HTML page and its title, outlet, canonical url and publication date."""
    parser = _ArticleParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # malformed beyond what html.parser tolerates: keep what was read
        parser.flush()
    meta = parser.meta
    ld_items = list(_json_ld_items(parser.json_ld))

    outlet = meta.get("og:site_name")
    if outlet is None:
        for item in ld_items:
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                outlet = publisher["name"].strip() or None
                break

    title = meta.get("og:title") or parser.first_h1 or _strip_site_suffix(parser.title, outlet) or None
    if title is None:
        title = next((i["headline"] for i in ld_items if isinstance(i.get("headline"), str)), None)

    published = _html_date(meta.get("article:published_time"))
    if published is None:
        for item in ld_items:
            value = item.get("datePublished")
            published = _html_date(value if isinstance(value, str) else None)
            if published is not None:
                break
    for key in PUBLISHED_META:
        if published is None:
            published = _html_date(meta.get(key))
    if published is None:
        times = sorted(parser.times, key=lambda marked_value: not marked_value[0])
        published = next((d for d in (_html_date(v) for _, v in times) if d is not None), None)

    blocks = parser.blocks
    if title and parser.first_h1 is None and (not blocks or blocks[0] != title):
        blocks = [title, *blocks]  # a page without an <h1> still shows its title first
    url = parser.canonical or meta.get("og:url")
    return HtmlArticle(text="\n\n".join(blocks), title=title, outlet=outlet, url=url, published=published)
