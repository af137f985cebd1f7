"""The coach reads a word in its sentence: whose words, about whom, negated or not, in
which part of the letter, however informally spelled; and its suggestions read well."""

from __future__ import annotations

import json
import re

import coach_corpus as dev
import pytest
from coach_scores import categories as cats

from interventionplanner import paths
from interventionplanner.domain.coach import apply
from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


# --- quotations: the loved one's own words are not the writer's label --------------------


@pytest.mark.parametrize("text", dev.QUOTED_LABEL_TRAPS)
def test_words_inside_a_quotation_are_not_flagged(coach, text):
    assert coach.find(text) == []


def test_the_same_words_outside_the_quotation_are(coach):
    assert "label" in cats(coach, "You're just a junkie, leave me alone.")


def test_scare_quotes_are_sarcasm(coach):
    assert cats(coach, "Oh sure, you're 'fine', like every other night.") >= {"sarcasm"}


# --- whom a word is about ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My father was an alcoholic, and I see how hard this is for you.",
        "Uncle Pete was a drunk until the day he died.",
        "He's a junkie, the man who sold you those pills.",
        "Grandma was depressed after Grandpa died, and you sat with her every day.",
        "The weather was hopeless for fishing, so we stayed in and played cards.",
    ],
)
def test_a_third_person_is_not_the_reader(coach, text):
    assert cats(coach, text) & {"label", "insult", "diagnosis"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "I'm a recovering alcoholic myself, so I know.",
        "I was a mess after the divorce.",
        "I felt pathetic standing in the parking lot.",
        "I'm in denial about a lot of things too.",
        "I was so stupid not to see it sooner.",
    ],
)
def test_the_writer_speaking_of_themself(coach, text):
    assert coach.find(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("You're a junkie.", "label"),
        ("You are such a loser.", "insult"),
        ("You're a narcissist.", "diagnosis"),
        ("I think you're bipolar.", "diagnosis"),
        ("Mom, you're an alcoholic.", "label"),
        ("I can't keep watching my brother turn into a junkie.", "label"),
    ],
)
def test_the_reader_is_who_it_is_about(coach, text, category):
    assert category in cats(coach, text)


@pytest.mark.parametrize(
    "text",
    [
        "You're not an addict to me, you're my son.",
        "You aren't weak for needing help.",
        "Nobody here thinks you're lazy.",
        "I'm not saying you're a bad person.",
        "None of this is your fault.",
    ],
)
def test_negation(coach, text):
    assert coach.find(text) == []


# --- idioms and kind contexts --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You were an adrenaline junkie as a kid, always up a tree.",
        "You've been a news junkie since college.",
        "Let's wipe the slate clean.",
        "You came clean about the money, and I respect that.",
        "You gave me a dirty look and then we both laughed.",
        "You never slept through the night as a baby, Mom still jokes about it.",
        "You always made me laugh.",
        "We love you so much.",
        "We went to the lake every summer.",
        "Thank you for teaching me to drive.",
        "Great job on the garden last spring.",
        "That was a crazy road trip.",
    ],
)
def test_idioms_and_kind_contexts(coach, text):
    assert coach.find(text) == []


# --- constructions, not phrases (round 3) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a vocative "you" and an imperative are the reader too
        ("Thanks for nothing, you narcissist.", "diagnosis"),
        ("You manipulative addict, you lied again.", "diagnosis"),
        ("Stop being so paranoid about everyone.", "diagnosis"),
        ("Keep hiding in denial, then.", "diagnosis"),
        ("You're a hypochondriac and a narcissist.", "diagnosis"),
        # a frequency in the reader's own clause, when that clause says something hard
        ("Honestly, you lie to me constantly.", "absolute"),
        ("You've been lying to all of us for years.", "absolute"),
        ("You're glued to that bottle day and night.", "absolute"),
        ("You show up late and hungover, same as always.", "absolute"),
        ("Everything you touch falls apart.", "absolute"),
        # causes, whatever the wording
        ("Mom has panic attacks now cuz of you.", "blame"),
        ("Your gambling is the reason we lost the house.", "blame"),
        ("Because you were high, Nana had to call an ambulance.", "blame"),
        ("I had to take a second job because you drank away your wages.", "blame"),
        ("You've put us through hell.", "blame"),
        ("If it weren't for your drinking, we'd still be a family.", "blame"),
        # hearsay from a named speaker, however far the "you" is
        ("Carla said the cops found pills in your glovebox.", "hearsay"),
        ("According to your roommate, you haven't paid rent in months.", "hearsay"),
        # sarcasm without a stock phrase
        ("Your 'business trips' sure ended up at the casino a lot.", "sarcasm"),
        ("I just love finding empty bottles behind the dryer.", "sarcasm"),
        ("Clearly the pub needs you more than we do.", "sarcasm"),
    ],
)
def test_constructions_in_new_words(coach, text, category):
    assert category in cats(coach, text)


@pytest.mark.parametrize(
    "text",
    [
        "You crazy kid, you made me laugh until I cried.",
        "I think about you constantly.",
        "You worked around the clock to keep the shop open.",
        "You coached Tyler's team for years, and the boys still talk about it.",
        "Every night I lie awake and wonder if you're safe.",
        "Because of you, I learned to love baseball.",
        "Because you were so patient with me, I finished school.",
        "You made me a better person.",
        "Your sister said your garden looks beautiful this year.",
        "According to the counselor, the first week is the hardest.",
        "Your 'famous' lasagna is the first thing Lily asks for.",
        "Keep going to meetings and you'll be amazed at what changes.",
        "You were never a narcissist; you were scared.",
        "I'm not ashamed of you, and I never will be.",
    ],
)
def test_the_same_constructions_said_kindly(coach, text):
    assert coach.find(text) == []


# --- the letter part -------------------------------------------------------------------------


def test_a_consequence_is_a_threat_in_the_letter_but_expected_in_the_bottom_line(coach):
    text = "If you say no today, I will no longer give you money."
    assert "threat" in cats(coach, text, "letter")
    assert coach.find(text, "bottom_line") == []


def test_cruel_words_are_flagged_in_the_bottom_line_too(coach):
    assert "threat" in cats(coach, "If you refuse, you're dead to me.", "bottom_line")
    assert "insult" in cats(coach, "If you refuse, you are a waste of space.", "bottom_line")


def test_an_unknown_part_is_a_usage_error_not_a_silent_pass(coach):
    with pytest.raises(ValueError, match="letter part"):
        coach.find("You're a junkie.", "bottom line")
    assert {p for r in coach.rules for p in r.not_in_parts} == {"bottom_line"}


# --- informal spellings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("your always drunk when I call", "absolute"),
        ("u never answer", "absolute"),
        ("ur a junkie", "label"),
        ("Your a drunk, Kevin.", "label"),
        ("you dont care about anyone", "blame"),
        ("its all ur fault", "blame"),
        ("we r worried sick", "we"),
        ("Youre so stupid sometimes.", "insult"),
        ("Are u clean rn?", "clean"),
    ],
)
def test_informal_spellings(coach, text, category):
    assert category in cats(coach, text)


# --- one paragraph at a time -----------------------------------------------------------------


def test_a_paragraph_is_analysed_with_offsets_into_the_whole_text(coach):
    text = "I love you.\n\nYou're a junkie now.\n\nI miss you."
    start = text.index("You're")
    end = text.index("\n\nI miss")
    whole = [f for f in coach.find(text) if start <= f.start < end]
    part = coach.find(text, start=start, end=end)
    assert part == whole
    assert [text[f.start : f.end] for f in part] == ["You're a junkie"]


# --- suggestions, substituted into their sentences ---------------------------------------------

# Every rule that offers words, with a sentence and how it reads after the change.
SUBSTITUTED = {
    "label-you-alcohol": (
        "Face it, you're an alcoholic.",
        "Face it, you're struggling with alcohol.",
    ),
    "label-you-the-pills": ("You are a pill head, Mom.", "You are struggling with the pills, Mom."),
    "label-you-drugs": ("Your a junkie now.", "You're struggling with drugs now."),
    "label-you-heroin": ("You're a heroin addict.", "You're struggling with heroin."),
    "label-you-meth": ("You are a meth head now.", "You are struggling with meth now."),
    "label-you-cocaine": ("You were a crackhead.", "You were struggling with cocaine."),
    "label-you-weed": ("You're such a pothead.", "You're struggling with weed."),
    "label-habit": ("Your drug habit scares me.", "Your drug use scares me."),
    "label-drinking-habit": ("Your drinking problem scares me.", "Your drinking scares me."),
    "abuse-noun": ("Drug abuse runs in our family.", "Drug misuse runs in our family."),
    "abuse": ("Your abuse of Xanax scares me.", "Your misuse of Xanax scares me."),
    "abuses": ("He abuses his painkillers.", "He misuses his painkillers."),
    "abusing": ("You keep abusing your prescription.", "You keep misusing your prescription."),
    "abused": ("You abused those pills for years.", "You misused those pills for years."),
    "clean-sober": ("We all want you clean and sober.", "We all want you sober."),
    "clean-stay": ("Please stay clean for the baby.", "Please stay sober for the baby."),
    "clean-get": ("I just want you to get clean.", "I just want you to get well."),
    "clean-be": ("Are you clean today?", "Are you sober today?"),
    "clean-test": ("Your clean test made me cry.", "Your negative test made me cry."),
    "clean-tested": ("Your test came back clean.", "Your test came back negative."),
    "dirty-test": ("There was a dirty urine test.", "There was a positive urine test."),
    "dirty-tested": ("Your test came back dirty.", "Your test came back positive."),
    "dirty-person": ("You were dirty at Christmas.", "You were using at Christmas."),
    "clean-you": ("I want you clean and home.", "I want you sober and home."),
    "dirty-arrived": ("You showed up to the wedding dirty.", "You showed up to the wedding high."),
    "we-speak": ("We all know how hard this is.", "I know how hard this is."),
    "we-are": ("We are so worried about you.", "I am so worried about you."),
    "we-re": ("We're scared for you.", "I'm scared for you."),
    "we-were": ("We were so frightened that night.", "I was so frightened that night."),
    "we-ve-all": ("We've all seen the changes.", "I've seen the changes."),
    "we-have-all": ("We have all seen it.", "I have seen it."),
    # Round 8 (h72): "clean" after a release, a question, a wish for the old self.
    "r8_clean-sent-home-clean": (
        "The rehab sent you home clean and it lasted nine days.",
        "The rehab sent you home sober and it lasted nine days.",
    ),
    "r8_clean-are-you-actually-clean": (
        "I could tell you weren't clean anymore.",
        "I could tell you weren't sober anymore.",
    ),
    "r8_clean-the-clean-one": (
        "I want my sister back, the clean one who laughed at my jokes.",
        "I want my sister back, the sober one who laughed at my jokes.",
    ),
    "r8_clean-just-clean": (
        "Nobody's asking you to be perfect, just clean.",
        "Nobody's asking you to be perfect, just sober.",
    ),
}


def test_every_rule_with_a_suggestion_is_shown_substituted():
    data = json.loads(paths.resource("coach_rules.json").read_text("utf-8"))
    offering = {r["id"] for r in data["rules"] if r.get("suggestion")}
    assert offering == set(SUBSTITUTED)


@pytest.mark.parametrize(("rule_id", "case"), sorted(SUBSTITUTED.items()))
def test_a_suggestion_substituted_reads_correctly(coach, rule_id, case):
    text, expected = case
    findings = [f for f in coach.find(text) if f.rule_id == rule_id]
    assert len(findings) == 1, [(f.rule_id, f.text) for f in coach.find(text)]
    after = apply(text, findings[0])
    assert after == expected
    assert findings[0].category not in cats(coach, after)


def test_no_suggestion_leaves_broken_grammar_anywhere_in_the_corpus(coach):
    """Across every sentence of the development corpus: no "a a"/"an a", no doubled
    words or spaces, and the change leaves nothing of its own kind behind."""
    broken = re.compile(r"\b(a|an) (a|an|struggling|sober|using|misuse|I)\b|\b(\w+) \3\b|  ")
    texts = [t for t, _ in dev.FLAG] + dev.GOOD + dev.TRAPS
    checked = 0
    for text in texts:
        for finding in coach.find(text):
            if finding.suggestion is None:
                continue
            after = apply(text, finding)
            assert not broken.search(after), (text, after)
            checked += 1
    assert checked >= 30


def test_no_suggestion_about_another_person_or_inside_quotes(coach):
    for text in (
        'You said "I\'m a junkie" and laughed.',
        "Uncle Pete was an alcoholic.",
        "His drug habit cost him the farm.",
    ):
        assert [f for f in coach.find(text) if f.suggestion and f.category == "label"] == [], text


# --- round 5: whole families of wording, not single phrases --------------------------------


@pytest.mark.parametrize(("text", "expected"), dev.ROUND5_FAMILIES_FLAG)
def test_round_five_families(coach, text, expected):
    assert expected <= cats(coach, text)


@pytest.mark.parametrize("text", dev.ROUND5_FAMILIES_GOOD)
def test_round_five_families_said_kindly(coach, text):
    assert coach.find(text) == [], [(f.rule_id, f.text) for f in coach.find(text)]


# --- round 7: a label refused, named by its owner, or a recovery term; the reader's kin ----


@pytest.mark.parametrize(
    "text",
    [
        "I won't call you a junkie or an addict, not today and not ever.",
        "You once called yourself a useless old drunk, and I told you that wasn't true.",
        "She calls herself a grumpy old alcoholic at meetings and laughs.",
        "I grew up an adult child of an alcoholic, so I know what that house feels like.",
        "People used to call guys like me drunks, and I got sober anyway.",
        "His father was an alcoholic too, and he still turned out kind.",
    ],
)
def test_a_label_refused_or_named_by_its_owner_is_not_the_writers(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "My grandson is a pillhead and I can't pretend otherwise.",
        "Their father is a drunk, and the kids can see it.",
        "I'm done pretending my husband isn't an alcoholic.",
    ],
)
def test_the_readers_kin_in_the_present_and_a_denial_given_up(coach, text):
    assert "label" in {f.category for f in coach.find(text, second_opinion=False)}


@pytest.mark.parametrize(
    "text",
    [
        "They told me your oxygen numbers were stable, and I cried with relief.",
        "Your aunt said you have your grandpa's hands.",
        "Mama always said you had the kindest eyes in the family.",
        "You never, ever forgot to send me a birthday card.",
        "You always had a fresh pot of coffee waiting when I came home.",
        "Great job on your graduation speech; you had the whole room in tears.",
        "Your job will be here when you finish the program, and I'll make sure of it.",
        "You came clean about the money, and I respect that.",
    ],
)
def test_good_news_likeness_and_praise_are_not_flagged(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Please come home clean, for the kids.", "clean"),
        ("The screen the clinic ran on Monday was dirty again.", "clean"),
        ("My ulcer is back, and I lay it squarely at your feet.", "blame"),
        ("I'd hate for your boss to hear about the casino from me.", "threat"),
        ("Your little 'business lunches' don't fool anyone.", "sarcasm"),
        ("The whole street is talking about the ambulance.", "hearsay"),
        ("Every last one of us in this room thinks you have lost your way.", "we"),
        ("You've got that addictive personality, just like your uncle.", "diagnosis"),
    ],
)
def test_round_seven_constructions(coach, text, category):
    assert category in {f.category for f in coach.find(text, second_opinion=False)}


# --- round 7 (h67): innocent words read in their innocent sense, by their cause -----------
# Kind twins of the trap sentences dev 10-14 caught, in other words: the writer's own
# recovery, "pathetic as it sounds", a thing (the trash, a lift), reassurance, a hobby idiom,
# a feat remembered, praise in "never", a period of someone's past, a word mentioned, a
# belief let go, a plural naming itself, "I mean it", "high school", a fence someone built,
# "thank you for always", nobody as the speaker, the reader's own text, "I heard you", a
# good outcome "because of you", support, "we're both" as writer and reader, "you came".


@pytest.mark.parametrize(
    "text",
    [
        "I'm in recovery myself, four years clean in June.",
        "Pathetic as it may sound, I kept every voicemail you ever left me.",
        "I'm the one who's pathetic with feelings, so be patient with me.",
        "I found the pills in the trash by the back door.",
        "I threw the empty cans in the kitchen trash this morning.",
        "Coach Ray taught you the clean and jerk when you were twelve.",
        "You're not a hopeless case, and you never were.",
        "You were always such a history buff, reading at the dinner table.",
        "You always found the prettiest shells on that beach in Maine.",
        "You were never a quitter at anything you loved.",
        "My uncle was a cruel drunk; you were never that.",
        "You never once made me feel like an outsider in this family.",
        "My cousin was a junkie in her twenties and she's a nurse now.",
        "I know you hate the word junkie, so I won't use it.",
        "We used to believe addicts just lacked willpower.",
        "The men at the mission call themselves drunks and grin about it.",
        "Great job on the deck, I mean it, the stain looks perfect.",
        "Every time I sang in the high school choir, you showed up.",
        "Good work on the fence you put up for Mom after the flood.",
        "Thank you for always picking up when I rang, even at 3 a.m.",
        "I'm sorry no one ever told you that it wasn't your fault.",
        "You messaged me at midnight that you were scared of the pills, and I'm glad you did.",
        "When you said you were tired of the drinking, I heard you.",
        "Because of you, I graduated from nursing school.",
        "Thanks to you, I didn't give up on the team when I got cut.",
        "You're the reason I kept going at uni when I was homesick.",
        "No one in this room wants to judge you tonight.",
        "I'm not angry and you're not a villain; we're both just scared.",
        "Every single time I struck out, you were the one texting me to keep my head up.",
        # the helper's own probe sentences (not from any batch), each once flagged:
        "Mom told me you used to sing to me when I was a baby.",
        "We're all rooting for you, every one of us.",
        "The addicts I met at the clinic were some of the kindest people I've known.",
        "You made me crazy proud at your graduation.",
        "Nobody throws a party like you do, and everyone says so.",
        "I heard from Coach Miller that you were the best player he ever had.",
        "You were never lazy; you worked two jobs to put me through school.",
        "I used to be the jealous one, and you never held it against me.",
        "Some days I'm a basket case myself, so I get it.",
        "People say you're your father's son, and I mean that as a compliment.",
        "I know what it is to be called a drunk; my father heard it all his life.",
        "Every week without fail you sent your daughter a postcard.",
        "You never had to earn my love; you always had it.",
        "My grandfather, an alcoholic his whole life, died when I was six.",
        "Your fault or mine, it doesn't matter anymore; I just want you home.",
        "The pharmacy called to say your allergy pills were ready.",
        "The neighbors said you shoveled their walk every morning last winter.",
        "She said you're welcome back any time, and she meant it.",
        "You were always the first to volunteer at the food bank.",
        "Way to keep your cool at the funeral, that took strength.",
    ],
)
def test_innocent_words_in_their_innocent_sense(coach, text):
    assert coach.find(text, second_opinion=False) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Because of you, I never finished college.", "blame"),
        ("You're a lost cause.", "insult"),
        ("You always make a mess of every holiday.", "absolute"),
        ("Great job getting drunk at the wedding.", "sarcasm"),
        ("Aunt Sue told me you were drunk again.", "hearsay"),
        ("You were never there for the kids.", "absolute"),
        ("We're all fed up with the drinking.", "we"),
        ("Every single time you drink, you get mean.", "absolute"),
    ],
)
def test_the_same_words_said_hard_are_still_flagged(coach, text, category):
    assert category in {f.category for f in coach.find(text, second_opinion=False)}


# --- round 8 (h73): kind contexts read for a whole category, the second opinion included ---
# Written here in other voices (not from any batch): the writer in a relative clause ("I'm
# the one who…"), a belief let go, someone else called the word, a third person named by a
# title or a noun and its place, a shared memory told in the past, what the writer heard or
# saw happen, praise or good news retold, support promised, "never" + a harm to the writer,
# "always" + a good deed. Each is read by a macro every rule of the category (and the model)
# respects, so a rule added later inherits it.


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I'm the one who's been a nightmare to live with lately.",
        "Me, I was the one who was useless in a crisis; you kept your head.",
        "I'm the only one who's been an idiot about money this year.",
        "I used to think people who drank every day were just weak-willed, and then I met you.",
        "I used to say drunks had no willpower; I know better now.",
        "Your nan called me a useless lump once, and you stuck up for me.",
        "The kids in my class called me a loser, and you walked me home every day.",
        "My old boss from the warehouse was a functioning alcoholic, and nobody knew for years.",
        "The lady across the road was a crackhead once, and now she fosters kids.",
        "Grandpa Joe was a mean drunk, and you were the one who protected me from him.",
        "My brother Mike, who's your uncle, was an addict before he got sober.",
        "We spent every summer at the caravan in Whitby and you always found the best rock pools.",
        "We drove to the lake every summer and you always caught the first fish.",
        "The three of us baked cookies every Christmas Eve and you always ate the dough.",
        "That summer in Wales we camped every night and you always found the best spot.",
        "We went to Grandma's every Sunday and we all played cards till late.",
        "I heard you whistling in the garage yesterday and it felt like old times.",
        "I heard you singing in the shower this morning and it made me smile.",
        "Your teacher told me you were the brightest student she ever had.",
        "Your aunt said you were the bravest kid she ever knew.",
        "Your manager said he'll keep your job open until you're back.",
        "I'll be the first person you see when you come out of there.",
        "I promise I'll be right there when you walk out of that place.",
        "It's not your last chance, it never will be, because I'm not going anywhere.",
        "This isn't your last chance, and I'll keep visiting whatever happens.",
        "You never once yelled at me, even when I crashed your car.",
        "I was the biggest idiot in my class at school, and you never once laughed at me.",
        "The man in the flat upstairs is a heroin addict and you always checked on him.",
        "You always looked after Nana when she was sick.",
        "None of us thinks you're a lost cause.",
        "No one here thinks you're a hopeless case.",
        "Because of you, I'm not afraid of the water anymore.",
        "Because of you, Grandma got to see the ocean one last time.",
        "It's because of you that I went back to school at forty.",
        "You are the reason our family still has Sunday dinners.",
    ],
)
def test_kind_contexts_of_a_whole_category_rules_and_model(coach, text):
    assert coach.find(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("You were the one who was pathetic at the wedding, not me.", "insult"),
        ("I used to think you were strong, but you're pathetic now.", "insult"),
        ("The kids called you a loser because of the drinking.", "insult"),
        ("Your friend from work told me you were drunk at the party.", "hearsay"),
        ("Your aunt said you were the worst father she ever saw.", "hearsay"),
        ("I heard you were drinking again.", "hearsay"),
        ("We went to the lake every summer and you always got drunk by noon.", "absolute"),
        ("We all agreed you need help, and we went to see a counselor.", "we"),
        ("We had the best time, but now we all think you need to go.", "we"),
        ("This is your last chance: go or get out.", "threat"),
        ("You never once said sorry to me.", "absolute"),
        ("Everyone thinks you're a lost cause.", "insult"),
        ("Because of you, we never got to see Grandma before she died.", "blame"),
        ("You're the reason Mom is scared and alone.", "blame"),
    ],
)
def test_outside_those_contexts_the_words_are_still_flagged(coach, text, category):
    assert category in {f.category for f in coach.find(text)}


def test_a_category_context_quiets_every_rule_of_it_and_no_other():
    from interventionplanner.domain.coach import Coach, CoachRule

    def rule(rule_id: str, category: str, pattern: str) -> CoachRule:
        return CoachRule(rule_id, category, (pattern,), "A reason.", ("s",))

    macros = {"QUIET_INSULT": "as a joke", "QUIET_BEFORE_INSULT": "called me an?"}
    rules = [rule("i1", "insult", "idiot"), rule("i2", "insult", "moron")]
    rules.append(rule("a1", "absolute", "always"))
    coach = Coach(rules, macros=macros)
    found = coach.find("You always say idiot and moron as a joke.", second_opinion=False)
    assert [f.rule_id for f in found] == ["a1"]
    assert coach.verdicts("You always say idiot and moron as a joke.")[1] == {"insult"}
    assert [f.rule_id for f in coach.find("He called me an idiot, you moron.")] == ["i2"]
