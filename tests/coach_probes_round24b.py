"""Round 24 (b47): the English blame constructions the r24b_ rules read, said in words of
our own, and their kind twins, rules alone. Read by tests/test_coach_construction_rules.py.

- a harm, then a cause that points at the reader ("… moved out because of the scene you
  made", "… went under because you were too high to open up");
- the substance or the party picked over a person or an occasion ("You picked the casino
  over your daughter's recital", "the bottle matters more to you than your own kids");
- a harm, then a tail that lays it at the reader's door ("…, and that one's on you", "…,
  and I know exactly who to thank for that").

b47 wrote three more (the writer's ledger then a betrayal; "fine until you started"; the
reader who took or turned the family's own thing); the lead cut them at merge, since none
caught a label of round 24's fifteen unread writers that no other rule gave. Their kind twins
stay, as sentences the coach must leave alone.

Not named coach_dev*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND24B_PROBES: list[tuple[str, set[str]]] = [
    # a harm, then a cause that points at the reader
    ("Aunt Carol stopped hosting Easter because of the scene you made last spring.", {"blame"}),
    ("The bakery went under because you were too high to open it up most mornings.", {"blame"}),
    ("My sister moved away because of what you turned this house into.", {"blame"}),
    ("Dad's blood pressure got worse on account of you, and the doctor agrees.", {"blame"}),
    # the substance picked over a person or an occasion
    ("You picked the casino over your daughter's dance recital.", {"blame"}),
    ("The vodka matters more to you than your own kids, and they can see it.", {"blame"}),
    ("You traded our anniversary for a night at the bar with your buddies.", {"blame"}),
    # a harm, then the tail
    ("The twins cry at bedtime now, and that one's on you.", {"blame"}),
    ("My credit is wrecked, and I know exactly who to thank for that.", {"blame"}),
    ("Mom hasn't slept a full night since March, and that's all you.", {"blame"}),
]

ROUND24B_KIND: list[str] = [
    # a cause that points at the reader, said with thanks or in the writer's own feelings
    "Because of you I finished my nursing degree, and I want you at the pinning ceremony.",
    "I moved back home because you were sick, and I would do it again.",
    "I lie awake because I love you and I'm scared for you.",
    # the ledger without a betrayal
    "After all the nights you sat up with me when I was sick, I want to sit up with you now.",
    "I paid for your first car and you drove Grandma to every appointment in it.",
    # a choice that is a step, or a choice the writer's own father made
    "You picked recovery over the bottle last spring, and I have never been prouder.",
    "My father chose the bar over me, and I don't want that for your kids.",
    # fine until, said of a shared hardship
    "We were doing fine until the plant closed, and then we all struggled together.",
    # the tail after something good
    "You got your job back and you're sober, and that's all you.",
    "Our house went into foreclosure when Dad got sick, and none of that was on you.",
    # took and turned, kind
    "You turned the garage into a workshop for the boys, and they love it.",
    "You took the kids to the lake every Sunday and taught them to fish.",
    "I felt hurt when you took money from my purse, and I want us to talk about it.",
]

# Kind twins that rules older than this block flag (none).
ROUND24B_KIND_FLAGGED_BY_OLDER_RULES: set[str] = set()
