"""User text on its way into reportlab: escaping, cleaning, scripts, chunking."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from app.documents import fonts
from app.documents.layout import Styles, fill, theme_for
from app.documents.text import BidiParagraph, clean_text, para_text, user_flowables


def test_register_fonts_is_idempotent():
    fonts.register_fonts()
    fonts.register_fonts()
    from reportlab.pdfbase import pdfmetrics

    assert fonts.LATIN.regular in pdfmetrics.getRegisteredFontNames()
    assert fonts.ARABIC.bold in pdfmetrics.getRegisteredFontNames()


def test_para_text_escapes_markup():
    assert para_text("AT&T <i>") == "AT&amp;T &lt;i&gt;"
    assert para_text("&amp;") == "&amp;amp;"
    assert para_text("</para><font size=40>") == "&lt;/para&gt;&lt;font size=40&gt;"
    # and reportlab accepts the result
    Paragraph(para_text("<b <<>> & </para>"), Styles(theme_for("A5")).body)


def test_para_text_newlines_and_controls():
    assert para_text("a\nb") == "a<br/>b"
    assert para_text("a\r\nb\rc") == "a<br/>b<br/>c"
    assert para_text("a\x00b\x1bc\x7fd") == "abcd"
    assert para_text("tab\there") == "tab here"
    assert para_text(None) == ""


def test_clean_text_keeps_words_and_drops_invisibles():
    assert clean_text("zacht\u00adje") == "zachtje"  # soft hyphen would print as "-"
    assert clean_text("a\U000e0100b") == "ab"  # a variation selector no font knows
    assert clean_text("\u2764\ufe0f") == "\u2764\ufe0f"  # the emoji one is kept: the emoji font has it (zero width)
    assert clean_text("\ud800x") == "\ufffdx"  # lone surrogate becomes visible
    assert clean_text("plain ascii") == "plain ascii"


def test_font_runs_by_script():
    markup = para_text("Hallo שלום en مرحبا 12")
    assert '<font name="NabijSansHebrew">' in markup
    assert '<font name="NabijSansArabic">' in markup
    assert markup.startswith("Hallo ")


def test_rtl_is_shaped_and_in_visual_order():
    visual = fonts.visual_line("مرحبا")
    # reshaped into presentation forms, drawn right-to-left (reversed)
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in visual)
    assert fonts.visual_line("שלום") == "םולש"
    assert fonts.visual_line("plain") == "plain"


def test_font_markup_is_added_after_escaping():
    markup = para_text("<b>שלום</b>")
    assert markup == '&lt;b&gt;<font name="NabijSansHebrew">םולש</font>&lt;/b&gt;'


def test_fill_escapes_template_and_values():
    assert fill("Dit doe ik ({name})", name="<b>Jan</b>") == "Dit doe ik (&lt;b&gt;Jan&lt;/b&gt;)"
    assert fill("A & B {x}", x="&") == "A &amp; B &amp;"


def test_user_flowables_chunks_long_text_without_losing_any():
    st = Styles(theme_for("A5")).body
    text = "Een zin van tekst. " * 2000
    parts = user_flowables(text, st)
    assert len(parts) > 10
    assert all(isinstance(p, Paragraph) for p in parts)
    rebuilt = "".join(p.getPlainText() for p in parts).replace(" ", "")
    assert rebuilt == text.replace(" ", "")


def test_rtl_lines_become_bidi_paragraphs():
    st = Styles(theme_for("A5")).body
    parts = user_flowables("Nederlands\nمرحبا بك\nשלום", st)
    assert [type(p) for p in parts] == [Paragraph, BidiParagraph, BidiParagraph]


def test_bidi_paragraph_wraps_in_logical_order_and_splits():
    st = Styles(theme_for("A5")).body
    words = [f"كلمة{i}" for i in range(200)]
    para = BidiParagraph(" ".join(words), st)
    _, h = para.wrap(300, 10_000)
    lines = para._lines
    assert len(lines) > 5
    assert " ".join(lines).split() == words  # nothing lost, order kept
    head, tail = para.split(300, h / 2)
    assert head._lines + tail._lines == lines
