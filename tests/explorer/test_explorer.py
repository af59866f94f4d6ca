"""The explorer in a real browser: ingest through the form, read highlights and claims, follow a speaker."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

ARTICLE = (
    "بغداد 12 مارس 2023 (واع) أكد المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول، اليوم الأحد، "
    "أن القوات الأمنية العراقية تمكنت من تطهير مناطق واسعة في محافظة الأنبار.\n"
    'وقال رسول في بيان إن "العمليات مستمرة حتى القضاء على بقايا عصابات داعش الإرهابية في الصحراء الغربية".\n'
    "وأضاف أن التحالف الدولي يقدم الدعم الجوي والاستخباري للقوات العراقية في مدينة القائم."
)


def _ingest_via_form(page: Any, text: str, title: str) -> int:
    """Fill and submit the ingest form; return the id of the article view it opens."""
    page.goto("/explorer/ingest")
    page.get_by_label(re.compile("Title")).fill(title)
    page.get_by_label(re.compile("Source")).fill("e2e")
    page.locator("#f-text").fill(text)
    page.get_by_role("button", name=re.compile("Analyse")).click()
    page.wait_for_url(re.compile(r"/explorer/articles/\d+$"), timeout=120_000)
    page.wait_for_selector(".article-text")
    return int(page.url.rsplit("/", 1)[1])


def _api(page: Any, path: str) -> Any:
    res = page.request.get(path)
    assert res.ok, res.status
    return res.json()


def test_ingest_form_shows_highlights_claims_and_speaker_link(page: Any) -> None:
    article_id = _ingest_via_form(page, ARTICLE, "القوات العراقية تواصل عملياتها في الأنبار")
    stored = _api(page, f"/v1/articles/{article_id}")
    # Every mention the API returned is a highlight of its type, with the exact same text.
    shown = page.eval_on_selector_all(
        ".article-text a.ent", "els => els.map(e => [e.textContent, e.dataset.entityId, e.className])"
    )
    expected = [(m["text"], str(m["entity"]["id"]), f"ent ent-{m['entity']['type']}") for m in stored["mentions"]]
    assert sorted(map(tuple, shown)) == sorted(expected)
    for entity_type in ("person", "unit", "place"):
        assert page.locator(f".article-text .ent-{entity_type}").count() >= 1, entity_type
    # The text is shown verbatim (claim number badges aside).
    visible = page.locator(".article-text").evaluate(
        "el => Array.from(el.childNodes).map(n => n.classList && n.classList.contains('claim') ? "
        "Array.from(n.childNodes).filter(c => !(c.classList && c.classList.contains('claim-no')))"
        ".map(c => c.textContent).join('') : n.textContent).join('')"
    )
    assert visible == ARTICLE
    # Claims: marked in the text and listed beside it, with kind, cue and a linked speaker.
    assert stored["claims"], "the analyser found no claim in a sentence with قال and quotes"
    items = page.locator(".claims-list > li")
    assert items.count() == len(stored["claims"])
    assert page.locator(".article-text .claim").count() == len(stored["claims"])
    assert page.locator(".claims-list .badge.direct").count() == sum(c["kind"] == "direct" for c in stored["claims"])
    speaker = next(c["speaker"]["entity"] for c in stored["claims"] if c["speaker"]["entity"])
    page.locator(f'.claims-list .speaker a[data-entity-id="{speaker["id"]}"]').first.click()
    page.wait_for_url(f"**/explorer/entities/{speaker['id']}")
    assert page.locator("h1").text_content() == speaker["name"]
    page.wait_for_selector("ul.claims-made > li")
    made = _api(page, f"/v1/entities/{speaker['id']}/claims")["items"]
    assert page.locator("ul.claims-made > li").count() == len(made)
    # ...and back into the article, at the claim.
    page.locator(".claims-made a", has_text=str(article_id)).first.click()
    page.wait_for_url(re.compile(rf"/explorer/articles/{article_id}#claim-\d+$"))
    page.wait_for_selector(".claims-list > li.current")
    assert page.console_errors == []


def test_offsets_are_code_points_and_markup_is_text(page: Any) -> None:
    # The API refuses HTML tags; entity references and bare angle brackets still reach the page,
    # and would turn into markup (&lt;b&gt; -> <b>) if the page inserted text as HTML.
    first_line = "📰 &lt;b&gt;عاجل&lt;/b&gt; &amp; 3<5 x>2"
    article_id = _ingest_via_form(page, first_line + "\n" + ARTICLE.replace("2023", "2024"), "offsets")
    stored = _api(page, f"/v1/articles/{article_id}")
    shown = page.eval_on_selector_all(".article-text a.ent", "els => els.map(e => e.textContent)")
    assert shown == [m["text"] for m in sorted(stored["mentions"], key=lambda m: m["start"])]
    assert page.locator(".article-text b").count() == 0
    assert first_line in page.locator(".article-text").text_content()
    assert page.console_errors == []


def test_keyboard_focus_shows_canonical_name_and_type(page: Any) -> None:
    article_id = _ingest_via_form(page, ARTICLE.replace("2023", "2022"), "keyboard")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.article-text a.ent')"):
            break
    else:
        pytest.fail("no highlight reachable with Tab")
    tip = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
    entity_id = page.evaluate("document.activeElement.dataset.entityId")
    entity = _api(page, f"/v1/entities/{entity_id}")
    assert entity["name"] in json.loads(tip)
    described = page.evaluate(
        "document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent"
    )
    assert entity["name"] in described  # what a screen reader announces, not only a CSS tooltip
    ring = page.evaluate(FOCUS_RING)
    assert ring["style"] == "solid" and ring["width"] >= 2 and min(ring["ratios"]) >= 3, ring  # WCAG 2.4.11
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/explorer/entities/{entity_id}")
    assert article_id > 0


FOCUS_RING = """
() => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const lum = c => rgb(c).map(lin).reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (x, y) => (Math.max(lum(x), lum(y)) + 0.05) / (Math.min(lum(x), lum(y)) + 0.05);
  const el = document.activeElement, st = getComputedStyle(el);
  const page = getComputedStyle(document.body).backgroundColor;
  return { style: st.outlineStyle, width: parseFloat(st.outlineWidth),
           ratios: [ratio(st.outlineColor, page), ratio(st.outlineColor, st.backgroundColor)] };
}
"""

CONTRAST = """
els => els.map(el => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const lum = ([r, g, b]) => [r, g, b].map(lin)
    .reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i], 0);
  const st = getComputedStyle(el);
  const [a, b] = [lum(rgb(st.color)), lum(rgb(st.backgroundColor))];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  return [el.className, ratio, st.borderBottomStyle + '/' + st.borderTopStyle];
})
"""


def test_legend_types_differ_by_more_than_colour_and_have_contrast(page: Any) -> None:
    article_id = _ingest_via_form(page, ARTICLE.replace("2023", "2021"), "legend")
    assert article_id
    rows = page.eval_on_selector_all(".legend .ent", CONTRAST)
    assert [r[0] for r in rows] == ["ent ent-person", "ent ent-unit", "ent ent-place"]
    assert all(r[1] >= 7 for r in rows), rows  # WCAG AAA for body text
    assert len({r[2] for r in rows}) == 3, rows  # a line style per type, not colour alone


def test_search_is_arabic_insensitive_and_bad_input_shows_problem(page: Any) -> None:
    _ingest_via_form(page, ARTICLE.replace("2023", "2020"), "search")
    page.goto("/explorer/")
    page.get_by_role("searchbox").fill("الانبار")  # stored as الأنبار
    page.get_by_role("searchbox").press("Enter")
    page.wait_for_url(re.compile(r"/explorer/search\?q="))
    page.locator("section", has_text="Entities").locator("a.ent-place", has_text="الأنبار").first.wait_for()
    before = _api(page, "/v1/articles?limit=100")["items"]
    page.goto("/explorer/ingest")
    page.locator("#f-text").fill("   ")
    page.get_by_role("button", name=re.compile("Analyse")).click()
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "422" in alert.text_content()
    assert _api(page, "/v1/articles?limit=100")["items"] == before


def test_same_article_again_opens_the_stored_one(page: Any) -> None:
    first = _ingest_via_form(page, ARTICLE.replace("2023", "2019"), "dup")
    again = _ingest_via_form(page, ARTICLE.replace("2023", "2019"), "dup")
    assert again == first
    assert "already stored" in page.get_by_role("status").first.text_content()


def test_review_fix_a_speaker_and_merge_entities_with_a_write_key(page: Any) -> None:
    article_id = _ingest_via_form(page, ARTICLE.replace("2023", "2018"), "review")
    stored = _api(page, f"/v1/articles/{article_id}")
    assert page.locator(".fix-speaker").count() == 0  # no key entered: no review actions, a hint instead
    page.locator(".review-hint summary").click()
    page.locator(".review-hint #api-key").fill("any-write-key")
    page.locator(".review-hint button[type=submit]").click()
    page.wait_for_selector(".claims-list .fix-speaker")
    claim = stored["claims"][0]
    entities = {m["entity"]["id"]: m["entity"] for m in stored["mentions"]}
    other = next(e for i, e in entities.items() if i != (claim["speaker"]["entity"] or {}).get("id"))
    form = page.locator(f'.claims-list > li[data-claim-id="{claim["id"]}"] .fix-speaker')
    form.locator("select").select_option(str(other["id"]))
    form.get_by_role("button").click()
    page.get_by_role("status").filter(has_text="corrected").wait_for()
    assert _api(page, f"/v1/claims/{claim['id']}")["speaker"]["entity"]["id"] == other["id"]
    shown = page.locator(f'.claims-list > li[data-claim-id="{claim["id"]}"] .speaker a').get_attribute("data-entity-id")
    assert shown == str(other["id"])
    places = [e for e in entities.values() if e["type"] == "place"]
    gone, keep = places[0], places[1]
    page.goto(f"/explorer/entities/{gone['id']}")
    merge = page.locator("form.merge")
    merge.locator("input").fill(str(keep["id"]))
    merge.get_by_role("button").click()
    page.wait_for_url(f"**/explorer/entities/{keep['id']}")
    res = page.request.get(f"/v1/entities/{gone['id']}", max_redirects=0)
    assert res.status == 308 and res.json()["merged_into"] == keep["id"]
    audit = _api(page, "/v1/corrections")["items"]
    assert [c["action"] for c in audit] == ["merge", "edit_claim"]
    assert page.console_errors == []
