"""Round 26 (i49): four English insult constructions the r26i_ rules read, said in words of
our own, and their kind twins, rules alone. Read by tests/test_coach_construction_rules.py.

- shame about owning the reader: the writer's shame whose object is the reader's name, the
  kinship or the reader as one's own ("I'm ashamed to put your name on the Christmas card",
  "It's humiliating to tell the pastor who my brother is"), the reader "become someone I'd be
  ashamed to / wouldn't let near …", someone who "would be sick to see the mess you've turned
  into";
- contempt for a scene of the reader: a verdict of disgust or contempt ("pathetic",
  "degrading", "beneath contempt") on "watching you …", "the way you …", "a grown woman …",
  "a father of three …";
- a verdict on the reader's role: "what kind of (…) son / husband …" in a sentence that holds
  a hard scene, "a grown man sulking like a toddler", "how can a grown woman be so spineless";
- the reader compared to something low: "you smell like an ashtray", "you act like an
  animal", "the dog has more sense than you".

At merge two of i49's eight rules were kept, r26i_insult-ashamed-to-own-you and
r26i_insult-what-kind-of-role: taken out alone, the round's unread writers lost a label without
each. The other six were cut, with the probes no other rule flags; the probes left are still
insults (an older rule may give the longer finding), and every kind twin stays quiet.

Not named coach_dev*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND26I_PROBES: list[tuple[str, set[str]]] = [
    # shame about owning the reader
    ("I'm ashamed to put your name on the Christmas card this year.", {"insult"}),
    ("Some mornings I'm embarrassed to admit to the nurses that you're my husband.", {"insult"}),
    ("It's humiliating to tell the pastor who my brother is.", {"insult"}),
    ("Honestly, I'm mortified to be related to you after the wedding.", {"insult"}),
    # contempt for a scene of the reader
    ("Watching you beg the bartender for one more round was honestly pathetic.", {"insult"}),
    ("The way you sponge off your mother at fifty is just disgusting.", {"insult"}),
    ("A grown woman hiding vodka in the laundry hamper, it's degrading.", {"insult"}),
    # a verdict on the reader's role
    ("What kind of grown son takes pills from his mother's nightstand?", {"insult"}),
    ("What sort of useless husband sleeps through his wife's surgery hungover?", {"insult"}),
    ("What kind of churchgoing grandfather drives the grandkids home drunk?", {"insult"}),
    ("You're a grown man sulking like a toddler every time the beer runs out.", {"insult"}),
    # compared to something low
    ("You smell like an ashtray and you look like a bum.", {"insult"}),
    ("You act like an animal when you've been drinking.", {"insult"}),
    ("You have been living like a rat in that apartment since the spring.", {"insult"}),
    ("The dog has more sense than you do when you're drunk.", {"insult"}),
    ("My six-year-old shows more self-control than you ever have.", {"insult"}),
]

ROUND26I_KIND: list[str] = [
    # the writer's own shame, and shame denied
    "I was ashamed of myself for the things I said to you that night.",
    "I'm embarrassed to admit how long it took me to call you back.",
    "I'm ashamed to say I never once visited you in rehab.",
    "I have never been ashamed to say your name, not once.",
    "I'm not embarrassed to be related to you, I'm proud of it.",
    "Don't ever be ashamed to say your name at a meeting.",
    "You have nothing to be ashamed of when you tell people who your sister is.",
    "I was mortified at myself, not at you, and I'm sorry.",
    # negated contempt, and the disease as the thing disgusting
    "You are not a disgrace, and you never were.",
    "You don't disgust me; you scare me, because I love you.",
    "I hate what the pills do to you.",
    "What the meth has done to your body is disgusting, and none of it is who you are.",
    "Watching you fight this every day is heartbreaking.",
    "The way the hospital treated you was disgusting.",
    "Watching you walk across that stage was the proudest day of my life.",
    # a third person
    "My father was a grown man who acted like a child when he drank; I don't want that for you.",
    "What kind of doctor sends a man home with sixty oxys? Yours did, and I'm furious at him.",
    "Uncle Ray would be sickened by what the lawyers have turned into.",
    # a role question that admires or asks
    "What kind of father do you want to be for Lily?",
    "What kind of mother would I be if I stayed quiet about the pills?",
    "What kind of man drives four hours to see a recital? You did.",
    "You've become someone I'm proud to call my brother.",
    "You've become someone I'd trust with my life.",
    # warm teasing in a memory
    "You ate like a pig at every Thanksgiving, and we all laughed until we cried.",
    "When you were little you slept like a baby in the back of the truck.",
    "You looked like a scarecrow in that Halloween costume, and you won first prize.",
    "You cried like a baby at my wedding, a grown man in a tux, and I loved you for it.",
    "Your grandmother says you have more sense than the rest of us put together.",
    "Nobody I know has more dignity than you.",
    "I have never met anyone with more backbone than you.",
    # the reader's own shame, a denial, a compliment, a memory
    "You used to be embarrassed to say your name at meetings, and now you lead them.",
    "Watching you at the meeting, you looked so embarrassed to say your name, and so brave.",
    "You are not a grown man acting like a child; you are sick, and I know it.",
    "He has more sense than you give him credit for.",
    "You have more backbone than you know.",
    "What kind of uncle takes his nephew fishing every Saturday? You do.",
    "You came home from the lake looking like a drowned rat.",
    "Your father would be sick with worry to see what the pills have turned you into.",
]

# Kind twins that rules older than this block flag.
ROUND26I_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "I'm ashamed to say I never once visited you in rehab.",
    "I'm not embarrassed to be related to you, I'm proud of it.",
    "You don't disgust me; you scare me, because I love you.",
    "What the meth has done to your body is disgusting, and none of it is who you are.",
    "My father was a grown man who acted like a child when he drank; I don't want that for you.",
    "What kind of father do you want to be for Lily?",
    "What kind of mother would I be if I stayed quiet about the pills?",
    "Your grandmother says you have more sense than the rest of us put together.",
    "Nobody I know has more dignity than you.",
    "I have never met anyone with more backbone than you.",
    "You are not a grown man acting like a child; you are sick, and I know it.",
    "You have more backbone than you know.",
}
