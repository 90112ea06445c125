"""Text for print: Arabic shaping and visual order, logical-order wrapping, shrink-to-fit."""

from __future__ import annotations

from desktop.services.flyers.fonts import font_chain, missing_characters
from desktop.services.flyers.labels import LANGUAGES, all_print_texts
from desktop.services.flyers.text import (
    ELLIPSIS,
    LTR,
    RTL,
    clean,
    fit,
    runs,
    shape,
    to_visual,
    width,
    wrap,
)

ARABIC = font_chain(True, False)
LATIN = font_chain(False, False)


def test_known_arabic_sentence_is_joined_and_reversed_for_display() -> None:
    # "مرحبا بكم" (welcome): meem initial, reh final, hah initial, beh medial, alef final;
    # beh initial, kaf medial, meem final. Drawn left to right, the first word is on the right.
    expected = "\uFEE2\uFEDC\uFE91 \uFE8E\uFE92\uFEA3\uFEAE\uFEE3"
    assert to_visual(shape("مرحبا بكم"), RTL) == expected


def test_latin_name_inside_arabic_keeps_its_own_order() -> None:
    visual = to_visual(shape("اتصلوا بـ Ana Popescu اليوم"), RTL)
    assert "Ana Popescu" in visual  # not "ucsepoP anA"
    # The Arabic first word (اتصلوا) ends the display line on the right.
    assert visual.endswith(to_visual(shape("اتصلوا"), RTL))
    assert visual.startswith(to_visual(shape("اليوم"), RTL))


def test_wrapping_happens_in_logical_order_before_reordering() -> None:
    sentence = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"
    words = sentence.split()
    shaped = shape(sentence)
    size = 12.0
    limit = width(shape(" ".join(words[:4])), ARABIC, size) + 1
    lines = wrap(shaped, ARABIC, size, limit)
    assert len(lines) >= 3
    # The first line holds the first words of the sentence …
    assert lines[0] == shape(" ".join(words[:4]))
    # … and, once reordered for display, the very first word sits at its right end.
    first_visual = to_visual(lines[0], RTL)
    assert first_visual.endswith(to_visual(shape(words[0]), RTL))
    assert first_visual.startswith(to_visual(shape(words[3]), RTL))
    # No word is lost or duplicated across lines.
    assert " ".join(lines).split() == shaped.split()


def test_lam_alef_ligature_and_digits_stay_drawable() -> None:
    shaped = shape("لا 2026")
    assert "\uFEFB" in shaped  # lam-alef ligature
    assert missing_characters(shaped, ARABIC) == []


def test_every_print_label_and_default_text_has_glyphs() -> None:
    for language in LANGUAGES:
        chain = font_chain(language == "ar", False)
        bold = font_chain(language == "ar", True)
        for text in all_print_texts(language):
            shaped = shape(clean(text))
            assert missing_characters(shaped, chain) == [], (language, text)
            assert missing_characters(shaped, bold) == [], (language, text)


def test_romanian_comma_below_and_cyrillic_use_noto_sans() -> None:
    fonts = {font for font, _ in runs("ș ț Ș Ț ă â î Жж", LATIN)}
    assert fonts == {"DD-NotoSans"}


def test_combining_comma_is_composed_and_invisible_marks_dropped() -> None:
    assert clean("s\u0326") == "ș"
    assert clean("a\u200bb\u200f c\t d") == "ab c d"


def test_unknown_character_prints_as_question_mark_never_a_box() -> None:
    pieces = list(runs("A漢B", LATIN))
    assert "".join(text for _font, text in pieces) == "A?B"
    assert missing_characters("A漢B", LATIN) == ["漢"]


def test_fit_shrinks_before_it_overflows() -> None:
    text = "Stay connected with home " * 6
    roomy = fit(text, LATIN, 400, 400, 20, 10, 1.3, LTR)
    tight = fit(text, LATIN, 400, 60, 20, 10, 1.3, LTR)
    assert roomy.size == 20 and not roomy.overflows
    assert 10 <= tight.size < 20 and not tight.overflows
    assert tight.height <= 60.01


def test_fit_reports_what_is_left_out_and_marks_it() -> None:
    text = " ".join(f"word{i}" for i in range(300))
    block = fit(text, LATIN, 200, 50, 14, 10, 1.3, LTR)
    assert block.size == 10
    assert block.overflows and block.overflow_lines == block.total_lines - len(block.lines)
    assert block.lines[-1].endswith(ELLIPSIS)
    assert block.height <= 50.01


def test_long_address_is_broken_inside_the_word() -> None:
    url = "diaspora.example.org/very/long/path/to/the/registration/form/for/people"
    lines = wrap(url, LATIN, 12, 120)
    assert len(lines) > 1
    assert "".join(lines) == url
    assert all(width(line, LATIN, 12) <= 120 for line in lines)
