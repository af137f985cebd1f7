"""Round 15 (h121): the reader named in the third person (issue 14).

A writer tells a parent or a grandmother what has become of the reader: "now his son is a
junkie", "to see her only grandson become a drunkard", "the man I married is an addict".
The aim pattern read those as someone else. These probes were written before the change
and run on main first (docs/coach.md, "Fifteenth round: the reader named in the third
person (h121)"); the rules alone are asked, so a stale second opinion decides nothing.
"""

from __future__ import annotations

import pytest

from interventionplanner.storage.coach_rules import load_coach

# The reader named in the third person: each must draw its category from a rule.
READER_THIRD_PERSON = [
    ("Your grandfather would weep to see his only grandson turn into a common drunk.", "label"),
    ("Now her son is a pill-popping junkie who steals from the collection plate.", "label"),
    ("Mom keeps asking how her little boy became a meth addict.", "label"),
    ("I never thought our boy would become a heroin addict.", "label"),
    ("My little girl is a crackhead now, and I can't pretend otherwise.", "label"),
    ("The man I married is a drunk who hides bottles in the garage.", "label"),
    ("The son I raised has become a drunk and a thief.", "label"),
    ("Your grandmother's only grandson is a junkie, and she knows it.", "label"),
    ("Grandpa can't understand how his favourite granddaughter became a pillhead.", "label"),
    ("The woman I married has turned into a raging alcoholic.", "label"),
    ("Your father can't bear that his daughter is a pothead.", "label"),
    ("Her only grandson has become a junkie who steals from her purse.", "label"),
    ("Somewhere along the way my sweet boy became an addict I don't know.", "label"),
    ("Nana lived to see her grandbaby turn into a meth head.", "label"),
    ("The man I share a bed with is a full-blown alcoholic.", "label"),
    ("The girl we adopted at two has become an alcoholic.", "label"),
    ("Dad says his only son is a drunk now, and it breaks him.", "label"),
    # A second set, written after the first change and committed before it was run.
    ("Her precious grandson has turned into a thief and a junkie.", "label"),
    ("Your dad's only daughter is a cokehead, and he can't say it out loud.", "label"),
    ("The woman I said my vows to is an alcoholic.", "label"),
    ("Our little boy has become a meth addict.", "label"),
    ("Their daughter became a pillhead in her second year of college.", "label"),
    ("Mum would be heartbroken that her baby has turned into a junkie.", "label"),
    ("I never thought my son would turn into a liar and a drunk.", "label"),
    ("The son we raised is a heroin addict who lies to us.", "label"),
]

# Someone else, or the writer: none may draw a label, an insult or a diagnosis.
THIRD_PERSON_OR_WRITER = [
    "My cousin Wade is a pothead, and he never held a job.",
    "My ex was a drunk, and I swore I'd never live like that again.",
    "Her first husband was a mean drunk who broke her arm.",
    "My own mother was an alcoholic, so I know this road.",
    "I was a drunk myself for eleven years.",
    "Grandpa's brother was a drunk who died in a ditch.",
    "My father was an alcoholic, and his father before him.",
    "The man I worked for was a drunk who fired me on a whim.",
    "The son of our neighbours became a heroin addict at sixteen.",
    "The man I dated before your father was a violent drunk.",
    "Her second husband turned into a raging alcoholic after the war.",
    "My uncle Ray was a junkie for thirty years before he got sober.",
    "My grandfather became an alcoholic after the mine closed.",
    "Your grandmother's brother was a gambler and a drunk.",
    "His son from his first marriage is an addict, and we never see him.",
    "I used to be the drunk at every party.",
    "My best friend's husband is a pill addict.",
    "The boy next door became a meth addict and died at nineteen.",
    "My first wife was an alcoholic.",
    "My friend Lisa's son is a heroin addict too.",
    "Her father was a drunk who beat her, and she still forgave him.",
    "The man I married before you was a drunk.",
    "The man I work with is a drunk, and everyone covers for him.",
    "His father became an alcoholic after the war.",
    # A second set, written after the first change and committed before it was run.
    "His daughter from his first marriage became an addict.",
    "Her late husband was a heavy drinker and a drunk.",
    "My neighbour's son is a meth addict, and she blames herself.",
    "The woman I rented from was a drunk.",
    "My ex-husband was an alcoholic, and I won't go through that again.",
    "Her brother's boy became a junkie at fifteen.",
    "I was the drunk in this family long before you were born.",
]

ASPERSIONS = {"label", "insult", "diagnosis"}


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize(("text", "category"), READER_THIRD_PERSON)
def test_the_reader_named_in_the_third_person_is_the_reader(coach, text, category) -> None:
    found = {f.category for f in coach.find(text, second_opinion=False)}
    assert category in found


@pytest.mark.parametrize("text", THIRD_PERSON_OR_WRITER)
def test_a_third_person_or_the_writer_stays_someone_else(coach, text) -> None:
    found = {f.category for f in coach.find(text, second_opinion=False)}
    assert not found & ASPERSIONS
