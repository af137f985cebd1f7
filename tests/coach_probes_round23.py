"""Round 23 (lead): the English construction the r23_ rule reads (a sentence that opens on
praise, thanks or a mock title and holds a hard scene: "Such a gentleman, asleep in the car
while…"), said in words of our own, and its kind twins (sincere thanks for something done for
the writer, praise of a real step, a hard scene the writer went through, the opener without a
scene), rules alone. Read by tests/test_coach_construction_rules.py.

Not named coach_dev*: these are the rule's own probes, not training data."""

from __future__ import annotations

ROUND23_PROBES: list[tuple[str, set[str]]] = [
    ("Such a devoted uncle, nodding off at the birthday table before the candles.", {"sarcasm"}),
    (
        "What a host, passed out on the porch swing while the guests let themselves out.",
        {"sarcasm"},
    ),
    (
        "Real dependable, Marcus, the only dad who misses his own son's recital for a bar stool.",
        {"sarcasm"},
    ),
    ("Quite the chef, setting the oven mitt on fire because you were that hammered.", {"sarcasm"}),
    ("Thanks so much for bringing vodka in a water bottle to the christening.", {"sarcasm"}),
    ("Thank you for the phone call from jail on my birthday, very festive.", {"sarcasm"}),
    (
        "Brilliant parenting, leaving the pills on the coffee table where the baby crawls.",
        {"sarcasm"},
    ),
    ("Wow, lovely touch, slurring your way through Grandpa's eulogy.", {"sarcasm"}),
    ("I just loved picking you up from the police station at four in the morning.", {"sarcasm"}),
    ("You're so responsible, forgot the twins at daycare twice this month.", {"sarcasm"}),
    ("Hats off to you for getting a DUI on the way to your AA sponsor's barbecue.", {"sarcasm"}),
    ("Always a pleasure to find your empty bottles behind the water heater.", {"sarcasm"}),
]

ROUND23_KIND: list[str] = [
    # sincere thanks for what the reader did for the writer, a hard scene the writer lived
    "Thank you for sitting with me in the emergency room the night I broke my wrist.",
    "Thanks for driving me home the night my car was totaled on Route 9.",
    "Thank you for the quilt you sewed for me when I was pregnant with Lily.",
    # praise of a real step, with a word the construction reads
    "Such a brave thing you did, pouring every bottle down the sink on your first day sober.",
    "What a gift it was to see you at the meetings last spring, sober and laughing.",
    "Great job on the ninety days, I know how many times you wanted a drink.",
    # the writer's own hard scene, the reader kind in it
    "I loved how you held my hand when I cried after Dad's funeral.",
    "You were so patient with me when I fell off the ladder and missed a month of work.",
    # the opener without a hard scene
    "Such a good father you were when the girls were small, every bedtime story in a new voice.",
    "Thank you for every Sunday pancake breakfast you ever made us.",
    # a hard scene without the opener
    "You were asleep in the car when I got home from the hospital, and I was scared.",
]

# Kind twins that rules older than this block flag (none).
ROUND23_KIND_FLAGGED_BY_OLDER_RULES: set[str] = set()

# The rule alone, where the praise stands (tests/test_coach_guards.py): at the sentence's
# start, after one interjection or after another sentence, with a scene; not in the middle
# of a sentence, not without a scene, not where the praise is sincere.
RULE = "r23_sarcasm-praise-opening-hard-scene"
ROUND23_SPANS: list[tuple[str, str, bool]] = [
    (RULE, "Such a host, passed out on the porch swing before the cake.", True),
    (RULE, "Oh, such a host, passed out on the porch swing before the cake.", True),
    (RULE, "We waited an hour. Such a host, passed out on the porch swing.", True),
    (RULE, "He told me such a host would be passed out on the porch swing.", False),
    (RULE, "Such a host you were at Easter, with the egg hunt and the ham.", False),
    (RULE, "Such a host you were last spring, sober and laughing on the porch.", False),
]
