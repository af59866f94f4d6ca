"""A speech verb whose object points back, session 26 (NMD1; issue 13): «أوضح ذلك أمس وكيل الوزارة X، مشيرا …».
ذلك (or بذلك) right after the verb points at the sentences before; the verb says nothing new (no claim of its own) and
the name or title after it is its subject, whom the participle after goes on with (`continuing.pointed_subject`).
Each test fails without the rule: the verb read «ذلك …» as its nominal object and the participle went to the body
named before."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

WIZARA: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())
SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ("وكيل وزارة الصحة",))
NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ())


def test_a_name_after_dhalika_is_the_subject_of_the_participle_after_it() -> None:
    """«أوضح ذلك أمس سامي العلي، مشيرا إلى أن …»: the participle is his, and «ذلك سامي العلي» is no claim."""
    text = (
        "أعلنت وزارة الصحة إطلاق برنامج جديد لتطعيم الأطفال في المدارس. أوضح ذلك أمس سامي العلي، مشيرا إلى أن "
        "البرنامج يشمل جميع المناطق."
    )
    claims, mentions = run(text, [WIZARA, SAMI])
    said = next(c for c in claims if "يشمل جميع المناطق" in c.text)
    assert speaker_name(said, mentions) == "سامي العلي"
    assert not any(c.text.startswith("ذلك") for c in claims)


def test_a_title_after_dhalika_gives_the_participle_to_its_holder() -> None:
    """«أوضح ذلك وكيل وزارة الصحة أحمد نجم، مشيرا»: the title and the name after ذلك are the verb's subject."""
    text = (
        "أعلنت وزارة الصحة إطلاق برنامج جديد لتطعيم الأطفال في المدارس. أوضح ذلك وكيل وزارة الصحة أحمد نجم، "
        "مشيرا إلى أن البرنامج يشمل جميع المناطق."
    )
    claims, mentions = run(text, [WIZARA, NAJM])
    said = next(c for c in claims if "يشمل جميع المناطق" in c.text)
    assert speaker_name(said, mentions) == "أحمد نجم"
    assert not any(c.text.startswith("ذلك") for c in claims)


def test_dhalika_before_a_complement_is_no_pointing_object() -> None:
    """«وأكد أحمد نجم ذلك، مضيفا أن …» and «مشيرا بذلك إلى أن»: ذلك not followed by a name or title leaves the
    reading as it was."""
    text = "وقال أحمد نجم إن البرنامج يشمل جميع المناطق، مشيرا بذلك إلى أن التطعيم مجاني."
    claims, mentions = run(text, [NAJM])
    said = next(c for c in claims if "مجاني" in c.text)
    assert speaker_name(said, mentions) == "أحمد نجم"
