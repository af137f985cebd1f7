"""The spell checker: which words it flags, what it suggests, and the writer's own words."""

from __future__ import annotations

import pytest

from interventionplanner.domain.spelling import Speller, available, plan_words, words_of
from interventionplanner.storage.user_words import add_user_word, load_user_words, words_path


@pytest.fixture(scope="module")
def speller() -> Speller:
    checker = Speller("en")
    checker.load()
    return checker


def test_a_misspelling_is_found_with_its_offsets(speller):
    text = "I recieve every leter you send."
    found = speller.misspelled(text)
    assert [(m.word, text[m.start : m.end]) for m in found] == [
        ("recieve", "recieve"),
        ("leter", "leter"),
    ]


def test_suggestions_come_from_the_dictionary_in_the_writers_case(speller):
    assert speller.suggestions("recieve")[0] == "receive"
    assert speller.suggestions("Recieve")[0] == "Receive"
    assert "don't" in speller.suggestions("dont")


@pytest.mark.parametrize(
    "text",
    [
        "I don’t know, and you’re scared.",  # curly apostrophes
        "Call 555-0100 or www.example.org or me@example.org.",
        "NASA, the ER and the ICU.",
        "a b c",
    ],
)
def test_things_that_are_not_misspellings(speller, text):
    assert speller.misspelled(text) == []


def test_known_words_are_never_flagged(speller):
    text = "Hazelden has a bed for Danny O'Brien."
    assert {m.word for m in speller.misspelled(text)} >= {"Hazelden"}
    assert speller.misspelled(text, known=words_of("Hazelden", "Danny O'Brien")) == []


def test_the_names_in_the_example_plan_are_known(speller, demo_plan):
    names = plan_words(demo_plan)
    assert {"danny", "lily"} <= names
    for person in demo_plan.participants:
        flagged = {m.word.lower() for m in speller.misspelled(person.name, names)}
        assert flagged == set(), person.name


def test_no_dictionary_for_an_unknown_language():
    with pytest.raises(ValueError, match="dictionary"):
        Speller("xx")


needs_spanish = pytest.mark.skipif(
    not available("es"), reason="no Spanish Hunspell dictionary here (apt: hunspell-es)"
)


@needs_spanish
def test_spanish_is_ready():
    spanish = Speller("es")
    flagged = {m.word for m in spanish.misspelled("Te amo mucho, hermano. Te estraño.")}
    assert "estraño" in flagged
    assert not flagged & {"amo", "mucho", "hermano"}


def test_my_words_are_kept_per_user(user_dirs):
    assert load_user_words() == set()
    add_user_word("Hazelden")
    add_user_word("Ozempic ")
    assert load_user_words() == {"hazelden", "ozempic"}
    assert str(words_path()).startswith(str(user_dirs))
    assert words_path().read_text("utf-8") == "hazelden\nozempic\n"


def test_an_unreadable_words_file_means_no_words(tmp_path):
    bad = tmp_path / "my_words.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    assert load_user_words(bad) == set()
    assert load_user_words(tmp_path / "missing.txt") == set()


def test_the_word_list_read_in_pieces_is_the_whole_list():
    import gzip
    import json
    import pkgutil

    from interventionplanner.domain.spelling import read_dictionary

    raw = pkgutil.get_data("spellchecker", "resources/en.json.gz")
    assert read_dictionary("en") == json.loads(gzip.decompress(raw))


@needs_spanish
def test_spanish_is_checked_with_a_dictionary_that_knows_its_inflections():
    checker = Speller("es")
    checker.load()
    text = "Eres mi hijo y te quiero; estoy preocupada por tu salúd, y los niños también."
    assert [(m.word, text[m.start : m.end]) for m in checker.misspelled(text)] == [
        ("salúd", "salúd")
    ]
    assert checker.misspelled("Vos sabés que te quiero. Tú eres fuerte. ¿Usted está bien?") == []
    assert checker.suggestions("salúd")[0] == "salud"
    assert checker.suggestions("Preocupda")[0].startswith("Preocupa")
    assert checker.misspelled("Mañana vamos con Guadalupe", known={"Guadalupe"}) == []


def test_spanish_is_never_checked_with_a_list_that_lacks_verb_forms(monkeypatch):
    """Without a Hunspell dictionary Spanish is not offered (the box underlines nothing),
    since pyspellchecker's own "es" list does not know "eres" or "quiero"."""
    from interventionplanner.domain import spelling

    monkeypatch.setattr(spelling, "HUNSPELL_DIRS", ())
    monkeypatch.setenv("DICPATH", "")
    assert not available("es")
    assert not available("fr")
    assert available("en")
    with pytest.raises(ValueError, match="Spanish dictionary"):
        Speller("es").load()


def test_the_dictionary_a_bundle_ships_is_read_before_the_systems(monkeypatch, tmp_path):
    """The one-folder bundle carries a Spanish dictionary in resources/hunspell, so a
    computer without hunspell-es still checks Spanish, and every copy checks alike."""
    from interventionplanner import paths
    from interventionplanner.domain import spelling

    shipped = tmp_path / spelling.BUNDLED_DIR
    shipped.mkdir()
    for ext in ("dic", "aff"):
        (shipped / f"es_MX.{ext}").write_text("1\nhola\n" if ext == "dic" else "SET UTF-8\n")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    monkeypatch.setattr(spelling, "HUNSPELL_DIRS", ())
    monkeypatch.setenv("DICPATH", "")
    assert spelling.hunspell_path("es") == (str(shipped), "es_MX")
    assert available("es")
    (shipped / "es_MX.aff").unlink()
    assert spelling.hunspell_path("es") is None
