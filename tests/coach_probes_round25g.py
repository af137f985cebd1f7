# ruff: noqa: E501  (the sentences stay whole)
"""Round 25 (g48): fewer flags on kind sentences, English. Kind contexts (a memory of the good
past, care the reader gave, praise of an honest step, the writer's hope, fear or longing, an
intent or a cause denied) added to a category's `QUIET_` / `QUIET_MODEL_` macros or to one
older rule's guards, and three over-broad older patterns narrowed. Each twin below is in our
own words, in the same kind of context as a flagged writer's sentence; the probes are harsh
sentences beside each fix that the rules must still flag. Read by
tests/test_coach_kind_round25.py; rules alone unless said.

Not named coach_dev*: these are the fixes' own probes, not training data."""

from __future__ import annotations

# Kind twins, each quiet with the rules alone and with the second opinion. A comment names the
# fix (the macro, or the older rule whose guard or pattern changed).
KIND_TWINS = [
    # a memory of the good past, "I used to love …" (G48_LOVED_BACK_THEN in QUIET_SARCASM)
    "I used to love watching you fix bikes in the driveway with the radio on.",
    "We used to love hearing you sing in the shower before church.",
    # laughing till one cries (insult-shame-p3's pattern)
    "You make me cry laughing every time you do your Elvis voice.",
    # the writer's own seeing is what broke a heart (r8_blame-broke-her-heart)
    "Seeing you in the hospital with tubes in your arms broke my heart.",
    "Hearing you on the phone slurring your words broke my heart.",
    # "shot" as a chance (r23_sarcasm-praise-opening-hard-scene)
    "You were so proud when you got into the welding program, and you deserve another shot at it.",
    "You looked so happy the day you got the job, and I want you to have a real shot at that life"
    " again.",
    # a cause denied before the word (insult-judgement-2-2)
    "None of this happened because you're a bad person.",
    "I don't believe for a second that this is happening because you're a bad father.",
    # a saying, not news of the reader (hearsay-phrase-p5)
    "People say grief comes in waves, and I have felt every one of them since you left.",
    "People say nurses are tough, but I cried in my car after your call.",
    # a shared memory, then the reader's fond habit (G48_WE_THEN_YOU_ALWAYS in QUIET_ABSOLUTE)
    "We spent every Christmas at the cabin and you always carved the turkey.",
    "We used to drive to the lake every summer and you always caught the biggest fish.",
    # praise of an honest step (G48_HONEST_STEP in QUIET_SARCASM)
    "Good for you for telling the judge the truth.",
    "I loved seeing you stand up in court and tell the whole truth.",
    "What a great example, you told the police the truth about the accident.",
    # praise beside the writer's own hard time, the writer's own pride (QUIET_MODEL_SARCASM)
    "Terrific work keeping the shop open while I was in the hospital.",
    "You were such a great listener when I needed you after Mom died.",
    "I was so proud when the coach called to say you made the team.",
    # care the reader gave the writer (G48_MADE_FOR_ME in QUIET_MODEL_BLAME)
    "You braided my hair every morning before school and sang to me in the car.",
    "You taught me to drive in the church parking lot and never once raised your voice.",
    # a childhood memory (absolute-always-choose)
    "You always chose us first when we were little, and I know that person is still in there.",
    # the writer's fear of the worst news (G48_FEARED_NEWS in QUIET_HEARSAY)
    "I'm terrified that one night the phone will ring and they'll tell me you're gone.",
    # the writer's hope closing the sentence (G48_HOPE_AFTER in QUIET_BLAME)
    "When you started using again my heart sank, but I still believe you can get well.",
    "When you relapsed in June I felt the ground give way, but I'm not giving up on you.",
    # the writer's longing (G48_I_MISS in QUIET_ABSOLUTE)
    "I miss our Sunday pancakes, you always made them shaped like hearts.",
    "I miss talking about old movies with you late at night.",
    # "way to" as a means (sarcasm-praise-p2)
    "I didn't know another way to tell you how scared I am.",
    "I think the pills started as a way to cope with the pain after your surgery.",
    # an intent denied (G48_NOT_MEANT_TO in QUIET_INSULT, QUIET_BLAME)
    "Nothing in this letter is meant to shame you.",
    "This letter isn't written to blame you, it's written to reach you.",
    # the writer's own times, support promised for every one (G48_MY_TIMES in QUIET_MODEL_ABSOLUTE)
    "I'm sorry for all the times I made excuses for you instead of being honest.",
    "I'll be at every family session, every single one.",
    # At merge (lead, R25_MEANT in QUIET_SARCASM): a sober stretch of ten days or more praised,
    # and thanks that say the writer could not have managed alone.
    "Thank you for the ninety days you stayed sober last year, I got my brother back for a while.",
    "That spring you went six weeks without a drink, and I loved seeing you laugh at dinner again.",
    "Thank you for driving Mom to her appointments that winter, I couldn't have done it without you.",
    # At merge (lead, we-and-i): "[you are] my son, and I want…" is not "my son and I want…".
    "You are my only daughter and I want you to see your kids grow up.",
    "I'm proud to be your mom and I need you to hear that today.",
    # After the first CI (lead): a goal scored is not a score bought (R21B_MORE_SCENE), and
    # "when we're done" is the meeting ending, not a threat or the group's feeling.
    "I was so proud when you scored two goals in the county final.",
    "Grandpa wrote you a letter too, and I'll hand it to you after we're done.",
]

# The twins main a9e90ba flagged, its rules or its second opinion (the others were quiet there
# already, and keep the fix's kind context in view).
KIND_TWINS_FLAGGED_BEFORE = {
    "I used to love watching you fix bikes in the driveway with the radio on.",
    "We used to love hearing you sing in the shower before church.",
    "You make me cry laughing every time you do your Elvis voice.",
    "Seeing you in the hospital with tubes in your arms broke my heart.",
    "Hearing you on the phone slurring your words broke my heart.",
    "None of this happened because you're a bad person.",
    "I don't believe for a second that this is happening because you're a bad father.",
    "People say grief comes in waves, and I have felt every one of them since you left.",
    "People say nurses are tough, but I cried in my car after your call.",
    "Good for you for telling the judge the truth.",
    "I loved seeing you stand up in court and tell the whole truth.",
    "What a great example, you told the police the truth about the accident.",
    "Terrific work keeping the shop open while I was in the hospital.",
    "When you started using again my heart sank, but I still believe you can get well.",
    "I didn't know another way to tell you how scared I am.",
}

# Harsh sentences beside each fix: (text, the category the rules must give).
PROBES = [
    ("I used to love watching you get drunk at every barbecue.", "sarcasm"),
    ("You make me sick, lying to the kids every weekend.", "insult"),
    ("You broke your mother's heart when you stole her ring.", "blame"),
    ("You were so excited to do another shot of tequila at the christening.", "sarcasm"),
    ("You're a bad person for what you did to Mom.", "insult"),
    ("People say you were drunk at the game on Friday.", "hearsay"),
    ("We went to the lake every summer and you always got drunk by noon.", "absolute"),
    ("Good for you, lying to the judge about the DUI.", "sarcasm"),
    ("Terrific job passing out on the couch while I was in the hospital.", "sarcasm"),
    ("You always chose the bottle over us.", "absolute"),
    ("Your sister told me you were drunk at the wedding.", "hearsay"),
    ("When you started drinking again you ruined Christmas for everyone.", "blame"),
    ("You're always drunk.", "absolute"),
    ("Way to go, passing out at the recital.", "sarcasm"),
    ("You should be ashamed of yourself.", "insult"),
    ("You always lie to me.", "absolute"),
    ("Thanks for the thirty days sober, really inspiring right up until the DUI.", "sarcasm"),
    ("Impressive, three whole days without a drink.", "sarcasm"),
    (
        "Thank you so much for showing up drunk to my wedding, couldn't have done it without you.",
        "sarcasm",
    ),
    ("Your dad and I want you to go to treatment today.", "we"),
    ("Grandma and I feel so let down by you.", "we"),
    ("I was so proud when you scored at the club and came home at four.", "sarcasm"),
    ("We're done.", "threat"),
    ("We are done covering for you.", "we"),
]

# The second opinion's kind contexts (QUIET_MODEL_ or QUIET_ of the category) must read the twin
# and must not read the harsh sentence beside it, whatever a retrained model scores: (category,
# kind twin, harsh sentence).
MODEL_QUIET = [
    (
        "sarcasm",
        "Terrific work keeping the shop open while I was in the hospital.",
        "Terrific work keeping the shop open while I was in the hospital, drunk by noon.",
    ),
    (
        "sarcasm",
        "I was so proud when the coach called to say you made the team.",
        "So proud of you for making the team and then quitting to party.",
    ),
    (
        "blame",
        "You braided my hair every morning before school and sang to me in the car.",
        "You took the best years of my childhood and poured them down the sink.",
    ),
    (
        "absolute",
        "I miss talking about old movies with you late at night.",
        "I miss the old you, but you're always high now.",
    ),
    (
        "absolute",
        "I'm sorry for all the times I made excuses for you instead of being honest.",
        "I'm sorry, but every time you drink you turn on us.",
    ),
    (
        "insult",
        "Nothing in this letter is meant to shame you.",
        "You should be ashamed of what you did to this family.",
    ),
]
