"""Round 24 (lead): sarcasm as constructions, said in words of our own, and their kind twins,
rules alone. Read by tests/test_coach_construction_rules.py.

- The opening construction (r23_sarcasm-praise-opening-hard-scene) read more openings
  ("Bravo on…", "How thoughtful of you to…", "Thanks a lot for…", "Glad you…", "MVP of…") and
  more of the domain's hard scenes (`R24_SCENE`: the law, using, the states, money lost).
- An excuse in scare quotes ("your 'one glass'", "it's all 'totally under control'"), unless the
  quote is someone's own words ("you said 'I'm fine'") or a name (r24_sarcasm-scare-quoted-excuse).
- Care the reader gave quiets sarcasm as a whole (`R24_CARE_GIVEN` in `QUIET_SARCASM`): "such a
  good brother, you sat up with me all night".

A third rule, a praise tag at a sentence's end ("…, real classy", "…, what a godfather"), was
cut at merge: on round 24's fifteen unread writers every label it caught another rule caught
too. Its kind twins stay.

Not named coach_dev*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND24_PROBES: list[tuple[str, set[str]]] = [
    # the opening, wider
    ("Congrats on getting pulled over twice in one month, Dad.", {"sarcasm"}),
    ("Bravo on showing up to the recital reeking of scotch.", {"sarcasm"}),
    ("How thoughtful of you to pawn the ring Grandma left me.", {"sarcasm"}),
    (
        "Real proud moment watching the deputies put you in handcuffs at the block party.",
        {"sarcasm"},
    ),
    ("Thanks a bunch for the overdraft fees on our joint account.", {"sarcasm"}),
    ("Glad the Klonopin keeps you so calm while the mortgage goes unpaid.", {"sarcasm"}),
    ("MVP of the reunion, face down on the picnic table by two.", {"sarcasm"}),
    ("Good on ya for making it to Sunday lunch only an hour late and bloodshot.", {"sarcasm"}),
    ("Really elegant, showing up to the christening glassy-eyed and wired.", {"sarcasm"}),
    ("So impressive how you found a dealer open on Christmas morning.", {"sarcasm"}),
    # an excuse in scare quotes
    ("You had it all 'totally under control' until the tow truck came.", {"sarcasm"}),
    ("Driving the twins home after your 'just one glass' at the barbecue.", {"sarcasm"}),
]

ROUND24_KIND: list[str] = [
    # sincere praise of a step the reader took, with a scene word
    "Congrats on three months without drinking, I am so proud of you.",
    "Glad you told me about the relapse instead of hiding it.",
    "Bravo on quitting the vaping, your lungs will thank you.",
    "Real proud moment when you handed me the flask and said you were done.",
    # care the reader gave, with a scene word
    "Thanks a ton for getting the car out of the ditch in the snowstorm last winter.",
    "You pulled me out of the ditch in that snowstorm, real hero.",
    "You stayed with Mom in the ambulance the whole way, what a son.",
    "Kudos to you for calling the paramedics when Uncle Joe collapsed.",
    "Such a good brother, you sat up with me all night when I was sick with the flu.",
    "You drove Gran to every chemo appointment, truly a saint.",
    "So impressive how you kept the pharmacy running the year Dad was sick.",
    "Amazing how you fixed the smoke detector in ten minutes flat.",
    "Really impressive how you stood up in court and told the truth.",
    "So sweet how you stayed up for days sewing the costumes for the school play.",
    # a quote of the reader's own words, or a name
    "When you said 'I'm fine' I wanted so badly to believe you.",
    "Our first band was called 'Lost Track of Time' and we played two gigs.",
    "You signed every card 'your favourite nap buddy' when I was little.",
    # the praise without a hard scene, or the word in its everyday sense
    "So glad you skipped the office party and came home to us instead.",
    "Hell of a fisherman you were, out on the lake at dawn with your thermos of coffee.",
    "Heck of a season you had coaching the Little League team, the kids adored you.",
    "How brave of you to call me from the ambulance that night.",
]

ROUND24_KIND_FLAGGED_BY_OLDER_RULES: set[str] = set()

# Each rule alone (tests/test_coach_guards.py): the opening reads its new openings and scenes,
# and declines where the reader gave care; the scare quotes are read unless they quote someone's
# own words or a name.
OPENING = "r23_sarcasm-praise-opening-hard-scene"
SCARE = "r24_sarcasm-scare-quoted-excuse"
ROUND24_SPANS: list[tuple[str, str, bool]] = [
    (OPENING, "Bravo on showing up to the recital reeking of scotch.", True),
    (OPENING, "How thoughtful of you to pawn the ring Grandma left me.", True),
    (OPENING, "Bravo on showing up to the recital in your good suit.", False),
    (OPENING, "How thoughtful of you to sit with me in the ambulance.", False),
    (SCARE, "You had it all 'totally under control' until the tow truck came.", True),
    (SCARE, "Your \u201cone beer\u201d turned into a twelve-pack and a night in the truck.", True),
    (SCARE, "When you said 'I'm fine' I wanted so badly to believe you.", False),
    (SCARE, "Our first band was called 'Lost Track of Time' and we played two gigs.", False),
]
