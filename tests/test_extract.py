import pytest

from bot.extract import NoArticleText, extract_article
from tests.news_site import PAGES


def test_the_article_is_taken_from_its_page_without_the_boilerplate():
    page = extract_article((PAGES / "gripen.html").read_bytes(), "https://courier.example/a")
    assert page.title == "Thailand buys four more Gripen fighter jets from Sweden"
    assert page.published == "2025-08-26"
    assert page.outlet == "The Bangkok Courier"
    assert page.author == "Somchai Prasert"
    assert page.paragraphs[0].startswith("The Royal Thai Air Force has signed a deal with Saab")
    text = " ".join(page.paragraphs)
    assert "eleven older Gripen C/D aircraft" in text
    for boilerplate in ("cookies", "Subscribe", "Most read", "All rights reserved", "Privacy"):
        assert boilerplate not in text


def test_a_page_without_its_outlet_named_is_named_by_its_site():
    page = extract_article((PAGES / "laos-dam.html").read_bytes(), "https://www.mekong.example/x")
    assert page.title == "Dam collapse in southern Laos floods six villages"
    assert page.outlet in ("Mekong Daily", "mekong.example")
    assert "Sign up" not in " ".join(page.paragraphs)
    assert "1,300 residents" in " ".join(page.paragraphs)


def test_a_page_with_no_article_is_refused_with_what_to_do():
    with pytest.raises(NoArticleText, match="attach the article as a .md or .txt file"):
        extract_article((PAGES / "front-page.html").read_bytes(), where="front-page.html")
