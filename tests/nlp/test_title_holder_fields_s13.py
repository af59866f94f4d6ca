"""A title's field adjective (الرسمي / الإعلامي) does not tell two holders apart; a nationality does (session 13)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

HOLDER: Ent = ("محمد الصفيان", "person", "محمد الصفيان", ("المتحدث الرسمي باسم الأمانة",))
FRENCH: Ent = ("جان لودريان", "person", "جان لودريان", ("وزير الخارجية الفرنسي",))


def test_a_spokesman_named_official_is_the_media_spokesman_later() -> None:
    text = (
        "أعلن المتحدث الرسمي باسم الأمانة محمد الصفيان بدء الحملة. "
        "وأكد المتحدث الإعلامي في الأمانة أن الحملة تشمل الأحياء كلها."
    )
    claims, mentions = run(text, [HOLDER])
    assert [speaker_name(c, mentions) for c in claims][-1] == "محمد الصفيان"


def test_another_nationality_still_tells_holders_apart() -> None:
    text = "وصل وزير الخارجية الفرنسي جان لودريان إلى بغداد. وقال وزير الخارجية العراقي إن الزيارة مهمة."
    claims, mentions = run(text, [FRENCH])
    assert [speaker_name(c, mentions) for c in claims][-1] != "جان لودريان"
