"""Reading HTML pages: article text without boilerplate, and the metadata the page carries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading import ReadFailure, iter_documents
from claimtrack.reading.html_text import extract_html
from claimtrack.records import SourceDocument

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Bridge reopens after repairs | The Example Herald</title>
<meta property="og:site_name" content="The Example Herald">
<meta property="article:published_time" content="2025-02-11T07:30:00+02:00">
<link rel="canonical" href="https://herald.example/bridge-reopens">
<style>body { font-family: serif }</style>
<script>window.tracking = "<p>not article text</p>";</script>
</head>
<body class="page has-cookie-notice">
<header class="site-header"><a href="/">The Example Herald</a>
<nav><ul><li>World</li><li>Sport</li></ul></nav></header>
<div id="cookie-consent">We use cookies. <button>Accept</button></div>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/world">World</a></nav>
<main>
<article>
<header><h1>Bridge reopens &amp; traffic resumes</h1>
<p class="byline">By A. Writer</p><time datetime="2025-02-10">10 February</time></header>
<p>Engineers   finished
   repairs on the eastern span on Tuesday,&nbsp;officials said.</p>
<p>The bridge had been closed for &quot;three weeks&quot;, the mayor&#8217;s office added.
<figure><img src="bridge.jpg" alt="">
<figcaption>Photo: Sam Lens / Example Agency via Getty Images</figcaption></figure>
<figure><img src="crowd.jpg" alt=""><figcaption>Residents gathered at the crossing.</figcaption></figure>
<h2>What comes next</h2>
<ul><li>Night closures for painting<li>A weight limit for lorries</ul>
<blockquote>We are relieved, said one driver.</blockquote>
<div class="share-buttons">Share on social media</div>
<div class="newsletter-signup"><form><input name="email"> Subscribe to our newsletter</form></div>
<aside class="related-stories"><h3>Related</h3><p>Another story</p></aside>
<section id="comments"><p>First!</p></section>
<div class="advert-slot">Buy now</div>
<iframe src="video.html">Video</iframe>
<noscript>Enable JavaScript</noscript>
<svg><text>icon</text></svg>
</article>
</main>
<footer><p>&copy; 2025 The Example Herald</p><div class="menu">About</div></footer>
</body></html>
"""

EXPECTED_TEXT = """Bridge reopens & traffic resumes

By A. Writer

10 February

Engineers finished repairs on the eastern span on Tuesday, officials said.

The bridge had been closed for "three weeks", the mayor’s office added.

Residents gathered at the crossing.

What comes next

Night closures for painting

A weight limit for lorries

We are relieved, said one driver."""


def test_article_text_without_boilerplate() -> None:
    article = extract_html(PAGE)
    assert article.text == EXPECTED_TEXT


def test_page_metadata() -> None:
    article = extract_html(PAGE)
    assert article.title == "Bridge reopens & traffic resumes"  # the first <h1>
    assert article.outlet == "The Example Herald"
    assert article.url == "https://herald.example/bridge-reopens"
    assert article.published == dt.date(2025, 2, 11)  # article:published_time, as written


def test_html_file_becomes_a_document(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = iter_documents([path])
    assert isinstance(doc, SourceDocument)
    assert doc.name == "bridge.html"
    assert doc.text == EXPECTED_TEXT
    assert doc.title == "Bridge reopens & traffic resumes"
    assert doc.outlet == "The Example Herald"
    assert doc.published == dt.date(2025, 2, 11)
    assert doc.source_path == str(path)


def test_og_title_wins_and_title_is_shown_first_without_h1() -> None:
    page = """<html><head><meta property="og:title" content="Clean headline">
    <title>Clean headline - Site</title></head><body><div>Body sentence one.</div></body></html>"""
    article = extract_html(page)
    assert article.title == "Clean headline"
    assert article.text == "Clean headline\n\nBody sentence one."


def test_title_element_without_site_suffix() -> None:
    page = """<html><head><title>Ceasefire talks resume | Example Post</title>
    <meta property="og:site_name" content="Example Post"></head><body><p>Talks resumed.</p></body></html>"""
    article = extract_html(page)
    assert article.title == "Ceasefire talks resume"
    assert article.outlet == "Example Post"


def test_published_from_json_ld() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
     {"@type": "NewsArticle", "datePublished": "2024-12-01T09:00:00Z", "publisher": {"name": "LD News"}}]}
    </script></head><body><p>Text.</p></body></html>"""
    article = extract_html(page)
    assert article.published == dt.date(2024, 12, 1)
    assert article.outlet == "LD News"
    assert article.text == "Text."


def test_published_from_meta_date_and_time_element() -> None:
    meta = '<html><head><meta name="date" content="2023-05-06"></head><body><p>A.</p></body></html>'
    assert extract_html(meta).published == dt.date(2023, 5, 6)
    time = '<p>A.</p><aside><time datetime="2020-01-01">old</time></aside><time datetime="2023-07-08">x</time>'
    assert extract_html(time).published == dt.date(2023, 7, 8)  # the related-stories <time> is ignored


def test_bad_meta_date_is_ignored() -> None:
    page = '<meta property="article:published_time" content="last Tuesday"><p>Text.</p>'
    assert extract_html(page).published is None


def test_credit_only_captions_are_dropped_but_descriptive_ones_kept() -> None:
    page = """<figure><figcaption>© Example Agency</figcaption></figure>
    <figure><figcaption>(Jo Snap / AFP)</figcaption></figure>
    <figure><figcaption>A convoy on the road to the border at dawn.</figcaption></figure>
    <p class="image-credit">Image: someone</p><p>Body.</p>"""
    assert extract_html(page).text == "A convoy on the road to the border at dawn.\n\nBody."


def test_entities_are_unescaped_and_whitespace_collapsed() -> None:
    page = "<p>  Tom &amp; Jerry&#39;s   &lt;tag&gt;\n\n  &eacute;t&eacute;  </p>"
    assert extract_html(page).text == "Tom & Jerry's <tag> été"


def test_malformed_html_does_not_raise() -> None:
    pages = [
        "<p>unclosed <b>bold <i>italic <div>block</span></span></p></p></div>",
        "<html><body><p>One<p>Two<li>Three</ul></table></body></body></html>",
        "<p attr='never closed>text",
        "<!-- comment never closed <p>text",
        "<scr<script>ipt>alert(1)</script><p>after</p>",
        "</div></div></p>stray ends<p>",
        "<p>&#xZZZ; &unknown; &#99999999999;</p>",
        "<div class=cookie>",
        "",
    ]
    for page in pages:
        extract_html(page)
    assert extract_html("<html><body><p>One<p>Two<li>Three</ul>").text == "One\n\nTwo\n\nThree"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' &;#abcdiprstyl!-\n")), max_size=200))
def test_arbitrary_markup_never_raises(page: str) -> None:
    extract_html(page)


def test_malformed_html_file_still_gives_its_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.htm"
    path.write_text("<html><body><div><p>Shelling reported overnight.<p>Two injured</div></span>", encoding="utf-8")
    (doc,) = iter_documents([path])
    assert isinstance(doc, SourceDocument)
    assert doc.text == "Shelling reported overnight.\n\nTwo injured"


def test_html_with_no_readable_text_fails(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_text("<html><head><script>app()</script></head><body><nav>Menu</nav></body></html>", encoding="utf-8")
    (failure,) = iter_documents([path])
    assert isinstance(failure, ReadFailure)
    assert "no readable text" in failure.message


def test_html_in_cp1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    path.write_bytes("<p>“Smart” quotes – from a legacy site</p>".encode("cp1252"))
    (doc,) = iter_documents([path])
    assert isinstance(doc, SourceDocument)
    assert doc.text == "“Smart” quotes – from a legacy site"


def test_html_byline_date_when_no_metadata(tmp_path: Path) -> None:
    path = tmp_path / "plain.html"
    path.write_text(
        "<h1>Grain ship leaves port</h1><p>By Port Reporter</p><p>Published: 05.09.2024</p><p>The ship left.</p>",
        encoding="utf-8",
    )
    (doc,) = iter_documents([path])
    assert isinstance(doc, SourceDocument)
    assert doc.published == dt.date(2024, 9, 5)
    assert doc.title == "Grain ship leaves port"
