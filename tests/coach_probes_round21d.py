# ruff: noqa: E501  (one sentence a line reads best)
"""Round 21 (r43d): hearsay said in a writer's own words, the constructions the r21d_ rules
read, each said in words of our own (none copied from a batch), with kind twins that must
stay quiet: the writer's own first-hand memory, a professional's hopeful report, the loved
one's own good news passed on with joy, a fond memory someone retold.

Hearsay through a reporting verb ("mentioned / remarked / reported / informed me / let it be
known / came to me with concerns / word has reached me"); a third person's account of what
someone did ("says he pulled your truck out of the ditch", "says you've been …", "told Uncle
Ray you …", "said a man who looked just like you …", "said there were needles …"); "keep
telling me you …"; "X, who told Y, that you …"; posts, tagged photos, screenshots, comments
and stories ("posted a video of you …", "every comment said it was you", "read me the
messages you sent her"); a group talking ("the guys at the gym are all talking about how
you …"); "rang me, …, and told me …"; a bare "Heard you …"; "I'm told", "I was given to
understand", "from what the staff tell me", "word is", "rumour has it"; a school or a sitter
reporting what a child says or goes without; "keep asking me why you …"; "ask anyone there
and they'll tell you"; "you were spotted outside …".

Not training data (the name is not coach_dev*): tests/test_coach_construction_rules.py runs
them with the rules alone.
"""

from __future__ import annotations

ROUND21D_PROBES: list[tuple[str, set[str]]] = [
    # a reporting verb
    (
        "Your manager mentioned to Dad that you've been calling in sick every Monday since March.",
        {"hearsay"},
    ),
    (
        "A couple of the regulars at the diner remarked to me that you look shaky in the mornings.",
        {"hearsay"},
    ),
    (
        "Your roommate reported to your sister that you hadn't left the apartment in a week.",
        {"hearsay"},
    ),
    ("Word has reached us that you lost your job at the warehouse.", {"hearsay"}),
    (
        "Two ladies from the choir came to me with concerns about your drinking at the potluck.",
        {"hearsay"},
    ),
    # a third person's account of what someone did
    (
        "My cousin who works nights at the gas station says he sold you a bottle at six in the morning.",
        {"hearsay"},
    ),
    ("Grandpa's neighbour says she found you asleep in your car in his driveway.", {"hearsay"}),
    (
        "Your brother says you've been borrowing money from him and never paying it back.",
        {"hearsay"},
    ),
    ("Your supervisor told Aunt Lena you show up late smelling of beer.", {"hearsay"}),
    (
        "Mrs. Ortiz said a man who looked exactly like you was passed out on the bus bench.",
        {"hearsay"},
    ),
    ("The building manager said there were empties piled up outside your door.", {"hearsay"}),
    # keep telling me, a chain of tellers
    ("The boys on your crew keep telling me you aren't right after lunch.", {"hearsay"}),
    (
        "Olivia told her mom, who told me, that you were buying pills from a kid at school.",
        {"hearsay"},
    ),
    # posts, photos, messages
    ("Your cousin posted a clip of you falling down the stairs at the wedding.", {"hearsay"}),
    ("Somebody shared photos in the team chat of you stumbling out of the bar.", {"hearsay"}),
    ("Your ex read me the texts you sent her at 3am and they were cruel.", {"hearsay"}),
    ("I saw on your Instagram story that you were wasted at noon on a Tuesday.", {"hearsay"}),
    # a group talking
    ("The parents at hockey are all talking about how you were slurring at the game.", {"hearsay"}),
    # rang me, and told me
    (
        "Your landlady phoned me, because I co-signed, and told me you're two months behind on rent.",
        {"hearsay"},
    ),
    # a bare "heard", "I'm told", "word is"
    ("Heard you got kicked out of the Legion again.", {"hearsay"}),
    ("I'm told you've been driving after a few drinks.", {"hearsay"}),
    ("From what your teammates tell me, you've been missing practices.", {"hearsay"}),
    ("Rumour has it you were picked up by the police on Friday.", {"hearsay"}),
    # a school or a sitter reporting the child
    (
        "The babysitter mentioned that Noah tells her his daddy sleeps on the couch all day.",
        {"hearsay"},
    ),
    # keep asking me why
    (
        "The other dads at soccer keep asking me why you're never at the games and always hungover.",
        {"hearsay"},
    ),
    # ask anyone and they'll tell you
    ("Ask anybody at the shop and they'll tell you how much you've changed.", {"hearsay"}),
    # spotted
    ("You were spotted outside the liquor store at eight in the morning.", {"hearsay"}),
]

ROUND21D_KIND: list[str] = [
    # the writer's own first-hand memory
    "I remember the morning you drove me to my first day of school and sang the whole way.",
    "I was the one who found you on the bathroom floor, and I have never been so scared.",
    "When I mentioned the trip to Maine, you smiled for the first time in weeks.",
    # a professional's hopeful report
    "The nurse reported that you slept through the night and ate a full breakfast.",
    "Your counselor mentioned that you've been first to group every morning, and I'm so proud.",
    "The doctor said there's every reason to think your liver will heal if you stop now.",
    "The staff at detox told me you were polite and kind even on the hardest night.",
    # the loved one's own good news passed on with joy
    "Your sister posted a photo of you holding your niece, and I cried happy tears.",
    "Aunt Jo says you've been walking her dog every morning, and she's so grateful.",
    "Your boss told Dad you're the best welder he's ever had.",
    "Word is you've been cooking for the whole ward, and I love that.",
    "The guys at the gym keep telling me you're the strongest one there.",
    "I heard you got your thirty-day chip, and I can't stop smiling.",
    "The kids at church are all talking about your guitar solo at Easter.",
    "Heard you got the job at the library, and I'm so happy for you.",
    # a fond memory someone retold
    "Grandma told me you used to sing to her when she was in the hospital.",
    "Mom says you used to carry me on your shoulders to the fair.",
    # a plan, a worry, support
    "Your sister asked me if you're coming home for Thanksgiving.",
    "I'm scared that one day I'll get a phone call telling me you're gone.",
    "The treatment centre called me to say your bed is ready on Monday.",
    "I'm told to keep this letter short, so I'll just say I love you.",
    "Ask anyone at the shelter and they'll tell you how kind you were to them.",
    "You were seen by the specialist on Thursday, and she was hopeful.",
]

ROUND21D_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "The staff at detox told me you were polite and kind even on the hardest night.",  # r10c_hearsay-told-us-you
    "Aunt Jo says you've been walking her dog every morning, and she's so grateful.",  # hearsay-speaker-said
    "The treatment centre called me to say your bed is ready on Monday.",  # hearsay-speaker-said
}
