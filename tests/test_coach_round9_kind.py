"""Round 9 (h81): kinds of reading behind false flags on dev 24 and 26's good sentences and
traps, each probed in words of its own (not the batches' sentences) with a hard twin.

Rules alone: the second opinion is retrained by its owner, and its flags are reported
separately (docs/coach.md, "Round 9, good sentences (h81)").
"""

from __future__ import annotations

import pytest

from interventionplanner import paths
from interventionplanner.storage.coach_rules import load_coach, rules_file


@pytest.fixture(scope="module")
def rules():
    return load_coach("en", paths.resource(rules_file("en")))


KIND = [
    # "my wedding and I want…": a noun after a preposition is not the subject of "and I"
    "You gave the toast at my wedding and I want you to do the same at Sam's christening.",
    "We drove past the old school with your dad and I want you to see it again.",
    # "X and I want you to have his watch / to come for Christmas": a gift or an invitation
    "Your granddad and I want you to have his watch when you're home.",
    "My wife and I want you to come for Christmas dinner this year.",
    # a hobby or a pet's passion before "addict"/"junkie" (a compound or a pastime noun)
    "Rusty is a total squeaky-toy addict and he still sleeps on your jumper.",
    "You were always a true-crime junkie, reading in the bath until the water went cold.",
    "Grandpa was a crossword addict and you were the only one who could beat him.",
    "My brother was a coke addict in the nineties and he got well, so I know it's possible.",
    # praise that everyone agrees with (PRAISE_SAID_SO, in QUIET_HEARSAY and QUIET_WE)
    "You're a genius with engines, everyone says so.",
    "You're the kindest nurse on the ward, and everybody knows it.",
    # people asking when the reader will come back or cook again: they miss the reader
    "Nobody makes curry like you, and the kids keep asking when you'll cook again.",
    "The neighbours have been asking if you'll come to the barbecue this year.",
    # "because of you" + others now know what a good person or love looks like
    "Because of you, she knows what a real friend is.",
    "Thanks to you, the boys saw what love looks like.",
    "Because of you, our girls know what it means to keep a promise.",
    "Thanks to you, Lily knows how to ride a bike.",
    # "we" of a childhood pact (WE_AS_KIDS, in QUIET_WE): the writer and the reader as kids
    "As children we swore we'd take the boat out together when we retired.",
    "We promised each other growing up that we'd always share the last biscuit.",
    "We agreed as lads we'd never miss each other's weddings.",
    # a thing is disgusting (THING_SUBJECT), and "thick as thieves" (IDIOM_THIEVES)
    "The canteen food was absolutely disgusting, and you still made me laugh about it.",
    "Honestly that motel was disgusting, but you made it an adventure.",
    "The soup at that diner was revolting, and you laughed so hard you cried.",
    "You two were thick as thieves at school.",
    "You were happy as a pig in mud at the farm show every August.",
    "You're a hopeless optimist and I adore you for it.",
    "We were like two pigs in muck at that festival.",
    # praise for a thing made that has lasted (PRAISE_ENDURED, in QUIET_SARCASM)
    "Great job on the treehouse, it's still standing after ten winters.",
    # "… of the year" meant: said with "genuinely", or "to me when I got sick"
    "You genuinely were father of the year when I broke my leg.",
    "You were brother of the year to me when I lost my job.",
    "you were honestly brother of the year when I lost Jess",
    "Sister of the year, the day I came home from hospital and you'd filled the freezer.",
    "You were mum of the year the spring I had the twins.",
    # "without fail" about a thing the reader made or gave ("fail" is not their trouble)
    "The clock you fixed chimes at noon without fail.",
    "The roses you gave Mum bloom every June without fail.",
    # "a.m." / "p.m." is not a sentence's end, so "because you" after it opens no clause
    "In May I drove to your flat at 3 a.m. because you sent me a message, and I was so afraid.",
    "I sat by the phone till 1 a.m. because you said you'd call, and I have never been so scared.",
    # a boundary said ahead ("I won't be bailing you out"; BOUNDARY_AHEAD, QUIET_BEFORE_BLAME)
    "I'm not going to cover for you at work again, and I'm at peace with that.",
    "I will no longer pay your fines, because I want you to face this with help.",
    # "you always told the … jokes / stories": a fond habit remembered
    "You always told stories about the farm at Christmas.",
    "You were always cracking terrible puns at the dinner table.",
]

HARD = [
    ("My wife and I want you to move out by Friday.", "we"),
    ("Honestly, your mum and I agree that you need help.", "we"),
    ("My wife and I want you to have treatment before Christmas.", "we"),
    ("You're a hollow-eyed addict now.", "label"),
    ("You are a strung-out junkie.", "label"),
    ("You were always a stoner.", "absolute"),
    ("The kids keep asking when you'll stop drinking.", "hearsay"),
    ("Everyone has been asking if you're using again.", "hearsay"),
    ("Because of you, the kids know what a hangover looks like.", "blame"),
    ("Because of you, my kids never knew what a good father looks like.", "blame"),
    ("We agreed as a family that you need to go to rehab.", "we"),
    ("As kids we thought you were fun, but now we all think you're a mess.", "we"),
    ("Your behaviour at the dinner was disgusting.", "insult"),
    ("What you said to her over breakfast was disgusting.", "insult"),
    ("The way you spoke to the waiter at that diner was revolting.", "insult"),
    ("You're nothing but a thief.", "insult"),
    ("You're a pig when you drink.", "insult"),
    ("You're a hopeless drunk.", "insult"),
    ("You two are pigs.", "insult"),
    ("Because of you, the girls know what it means to be scared at night.", "blame"),
    ("Because of you, my son knows how to roll a joint.", "blame"),
    ("Because of you, my daughter never knew how to trust a man.", "blame"),
    ("You're a coke addict.", "label"),
    ("You're a disgrace to this family, everybody knows it.", "we"),
    ("Great job on the car, it survived you crashing it into the fence.", "sarcasm"),
    ("Great job crashing into the fence again.", "sarcasm"),
    ("You honestly were father of the year, passed out at her recital.", "sarcasm"),
    ("Mother of the year to me when I got sick, drunk at my bedside.", "sarcasm"),
    ("Father of the year when I needed you, passed out at the pub again.", "sarcasm"),
    ("Mum of the year the night I had the twins, you were in the pub.", "sarcasm"),
    ("You come home drunk every Friday without fail.", "absolute"),
    ("You lie to me without fail, every single time.", "absolute"),
    ("I had to move out. Because you kept drinking, the kids were afraid.", "blame"),
    ("I won't lie: I'm tired of covering for you.", "blame"),
    ("I had to cover for you at work again.", "blame"),
    ("You always told jokes at my expense in front of my friends.", "absolute"),
    ("You always told stories about where the money went when you were drinking.", "absolute"),
]


@pytest.mark.parametrize("text", KIND)
def test_a_kind_reading_is_not_flagged(rules, text):
    assert rules.find(text) == []


@pytest.mark.parametrize(("text", "category"), HARD)
def test_its_hard_twin_still_is(rules, text, category):
    assert category in {f.category for f in rules.find(text)}


# The second opinion alone (QUIET_MODEL_ABSOLUTE): devotion told with "every" before "you"
# and a contact the reader kept, "everything else can wait" (a priority, not a habit), and
# flowers the reader planted that come up every spring, and "every time I…, I think of you".
MODEL_KIND = [
    "Every birthday you baked me a lopsided cake and I loved every one.",
    "The plan is that you start on Monday; everything else can wait.",
    "the daffs you planted pop up every spring without fail",
    "Every time I hear that song I think of you.",
    "The bell you fixed at church rings every Sunday without fail.",
    # QUIET_MODEL_THREAT: people asking if the reader will come is no ultimatum
    "The kids keep asking if you'll come to sports day.",
]


@pytest.mark.parametrize("text", MODEL_KIND)
def test_the_second_opinion_is_quiet_there_too(text):
    assert load_coach("en").find(text) == []


@pytest.mark.parametrize(
    "text",
    ["Every single Sunday you rang Mum drunk from the pub.", "Every weekend you came home wasted."],
)
def test_but_not_about_trouble(rules, text):
    assert "absolute" in {f.category for f in rules.find(text)}


# Round 14 (h118): "in this room" on its own was a kind context of "we" for the second
# opinion, and silenced most sentences holding it, which speak for everyone there; love or
# support said in the room still quiets it (docs/coach.md, "Fourteenth round: what silences
# the second opinion (h118)").
def test_in_this_room_alone_leaves_we_to_the_second_opinion(rules):
    said_for_all = "All of us sitting in this room have agreed that you need to go today."
    assert "we" not in rules.verdicts(said_for_all)[1]
    assert "we" in rules.verdicts("We love you, every single one of us in this room.")[1]
