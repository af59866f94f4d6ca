"""The one role predicate of entities.py (_is_role) and its named options: why each caller's variant differs."""

from app.nlp.entities import _definite_role, _is_role, _role_word, _title_word
from app.nlp.normalize import normalize


def test_a_common_noun_head_is_a_title_word_but_no_definite_role() -> None:
    """الأمر (the matter) is in common_noun_roles.txt: no role head where the option drops them."""
    assert _title_word(normalize("الأمر"))
    assert not _definite_role(normalize("الأمر"))
    assert not _role_word(normalize("الأمر"))
    assert _definite_role(normalize("المتحدث"))


def test_a_definite_role_takes_no_preposition_before() -> None:
    """للرئيس (to the president) is a role word, never a definite role opening a title."""
    assert _role_word(normalize("للرئيس"))
    assert not _definite_role(normalize("للرئيس"))


def test_bare_ranks_with_or_without_the_article() -> None:
    """سماحة and الشيخ are ranks; with `bare` both forms are read, without it only the listed one."""
    assert _is_role(normalize("شيخ"), bare=True, ranks=True)
    assert _is_role(normalize("الشيخ"), ranks=True)
    assert not _is_role(normalize("شيخ"), ranks=True)


def test_feminine_role_head() -> None:
    """الممثلة is read as the role head ممثل only where `feminine` asks it."""
    assert _is_role(normalize("الممثلة"), feminine=True)
    assert not _is_role(normalize("الممثلة"))
