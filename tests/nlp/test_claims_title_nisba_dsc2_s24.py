"""A definite title's holder, session 24 (DSC2; GUIDELINES §6, 9.4): a description whose role head the holder's
titles lack is his only through a shared nationality («المسؤول العراقي» for the one introduced as «وزير الخارجية
العراقي»), not through a field or a region («المتحدث الرسمي للخارجية» is not «وزير الخارجية المصري»، «المتحدث
الأوروبي» not «الممثلة العليا للسياسة الخارجية الأوروبية»): the spokesman is then the unnamed description. Fails without
the `Article.national` test in `speaker.title_holder`."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run


def person(name: str, title: str) -> Ent:
    """A person mention with its title, given to run()."""
    return (name, "person", name, (title,))


def first_speaker(text: str, mentions: list[Ent]) -> tuple[str, str, str | None]:
    """The first claim's speaker: its phrase, kind and the person it names (None for a description)."""
    claims, found = run(text, mentions)
    assert claims and claims[0].speaker is not None
    sp = claims[0].speaker
    return sp.text, sp.kind, found[sp.mention].canonical if sp.mention is not None else None


def test_a_spokesman_is_not_the_minister_who_shares_a_field_or_region_word() -> None:
    """«الخارجية»، «الأوروبي»: no nationality, and the role heads differ: the description stays unnamed."""
    text = "التقى وزير الخارجية المصري سامح شكري نظيره أمس. وذكر المتحدث الرسمي للخارجية أن الزيارة ناجحة."
    assert first_speaker(text, [person("سامح شكري", "وزير الخارجية المصري")]) == (
        "المتحدث الرسمي للخارجية",
        "descriptive",
        None,
    )
    text = (
        "التقت الممثلة العليا للسياسة الخارجية الأوروبية فيديريكا موغيريني الوزير."
        " وأكد المتحدث الأوروبي أن التهديد كبير."
    )
    holder = person("فيديريكا موغيريني", "الممثلة العليا للسياسة الخارجية الأوروبية")
    assert first_speaker(text, [holder])[2] is None


def test_a_shared_nationality_still_names_the_holder() -> None:
    """Guard: «المسؤول العراقي» after «وزير الخارجية العراقي إبراهيم الجعفري» is he (a shared state's nisba)."""
    text = "التقى وزير الخارجية العراقي إبراهيم الجعفري نظيره أمس. وقال المسؤول العراقي إن الزيارة ناجحة."
    assert first_speaker(text, [person("إبراهيم الجعفري", "وزير الخارجية العراقي")])[2] == "إبراهيم الجعفري"


def test_one_of_many_holders_shares_any_nisba_with_the_holder() -> None:
    """Guard (RV10): «المسؤول الأممي» after «المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد» is he — مسؤول is no
    post of its own, so the shared «الأممي» names him though it is no state's."""
    text = "وصل المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد إلى صنعاء. وقال المسؤول الأممي إن المحادثات ستستأنف."
    holder = person("إسماعيل ولد الشيخ أحمد", "المبعوث الأممي إلى اليمن")
    assert first_speaker(text, [holder, ("صنعاء", "place", "صنعاء", ())])[2] == "إسماعيل ولد الشيخ أحمد"
