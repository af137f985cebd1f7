"""Round 26 (b49): English blame constructions the r26b_ rules read, said in words
of our own, and their kind twins, rules alone. Read by tests/test_coach_construction_rules.py.

- the writer's ledger (what they gave, paid, covered, sat up through for the reader) and then
  the reader's betrayal ("I paid off your card twice and you still couldn't…", "…and you paid
  me back by…", "…and what did we get for it?");
- a loss (a job, an exam, the hospital, grey hair) from the writer's vigil for the reader
  ("…because I'd been up all night waiting for you", "…from all those nights driving around
  looking for you").

b49 also wrote "the reader alone owns a harm" ("nobody put them there but you") and "you're
the one who" + a hard verb; both were cut at merge (no unread writer lost a label without
them), with their probes. Their kind twins stay below: no rule may flag them.

Not named coach_dev*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND26B_PROBES: list[tuple[str, set[str]]] = [
    # the writer's ledger, then the reader's betrayal
    ("I paid off your credit card twice and you still couldn't keep one promise to me.", {"blame"}),
    (
        "I gave you my old truck and a place to sleep, and you paid me back by selling the truck.",
        {"blame"},
    ),
    (
        "After all the nights I drove you home from the bar, you went and stole from my purse.",
        {"blame"},
    ),
    ("We cosigned your lease and covered your fines, and what did we get for it?", {"blame"}),
    ("I took you in when nobody else would and you cleaned out my savings account.", {"blame"}),
    ("I sat with you through two detoxes and you never once said thank you.", {"blame"}),
    ("I worked double shifts to make your bail so you could go blow it at the casino.", {"blame"}),
    # a loss from the writer's vigil for the reader
    (
        "I failed my driving test because I'd been up all night waiting for you to come home.",
        {"blame"},
    ),
    (
        "Dad ended up in the hospital from all those nights driving around looking for you.",
        {"blame"},
    ),
    ("Mom lost her job at the bank from taking so many mornings off to bail you out.", {"blame"}),
]

ROUND26B_KIND: list[str] = [
    # the writer's giving, with thanks or no betrayal after it
    "I paid your rent last spring and you paid me back every penny by Christmas.",
    "I drove you to every appointment, and you still make me laugh on the way home.",
    "I gave up my weekends to help you, and I would do it again in a heartbeat.",
    "I gave you my old car, and you still drive it to work every morning.",
    "We put everything we had into your first rehab, and you went and got your GED there.",
    "After all the nights you sat up with me when I was little, I never once said thank you,"
    " so thank you now.",
    "I held you the night Dad died and you couldn't even stop shaking.",
    "I paid for the lessons and you paid me back by winning the state title.",
    "I gave you my old guitar and you blew them all away at the talent show.",
    "I lent you the truck and you cleaned out the garage for me that weekend.",
    "I worked two jobs so you could go to college and spend your summers at camp.",
    "I paid for the course and you walked away with a certificate.",
    # the writer blaming themself
    "I'm the one who threw it all away back then, not you.",
    "I gave up on you too soon, and I'm the one who owes you an apology.",
    # the reader's own choice, or a good thing that is all theirs
    "The promotion was all you, nobody else.",
    "The next step is on you, nobody else.",
    "That medal was yours, nobody else's.",
    "The reason she's alive is what you did that night, nobody else.",
    "Whether you go to treatment is your choice, not mine.",
    "The choice to get help is yours and nobody else's.",
    "Nobody can make this choice but you.",
    "You have nobody to thank but yourself for how far you've come.",
    "You built that garden from nothing, you did that, nobody else.",
    "Every rose in that garden, you put there.",
    "My love of baking started with you.",
    "Every good thing in my life started the day you came home.",
    # you're the one who, said with love
    "You were the one who brought me soup every night when I had the flu.",
    "You're the one who taught me to throw a curveball.",
    "You're the one who handed out the presents every Christmas Eve.",
    "You're the one who turned our garage into a workshop for the kids.",
    "You were the one who lost the most when Mom died.",
    "You were the one who made it so hard to say goodbye at the airport.",
    # the writer's vigil, told as their own feeling or with love
    "I sat up with you all night when you had the flu, and I'd do it again.",
    "I was up all night waiting for you, and I was so scared.",
    "I've lost sleep waiting up for you, and I still love you.",
    "Grandma went gray the year Grandpa was sick, from all the nights she sat up with him.",
    "I missed an exam once because I was at the hospital with you after your accident, and I"
    " would gladly do it all over again.",
]

# Kind twins that rules older than this block flag.
ROUND26B_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "You were the one who made it so hard to say goodbye at the airport.",
    "The next step is on you, nobody else.",
}
