# ruff: noqa: E501  (one sentence a line reads best)
"""Round 21 (r43b): the constructions the r21b_ rules read, each said in words of our own (none
copied from a batch), with kind twins that must stay quiet: sincere praise of a real win, fond
teasing from happy memories, a real award, a plan that did work.

By construction: others "loved watching" the scene ("the guests just loved watching …", "I'm
sure the neighbours enjoyed the show"); "I was so proud when the school called to say …"; a
failed plan praised ("your big plan to … worked out great, didn't it", "your master plan of
switching to gin"); a praise opener then the deed over new scene words ("Genius idea, …", "Great
husband move, …", "Hell of a role model, …", "Such a wonderful wife, sleeping in the car …");
"congratulations on being the first … to get asked to leave"; a one-word cheer, then the scene
in the next sentence ("Impressive. Two DUIs …"); a mock title before a comma ("you're a real
financial wizard, …", "you were a real hit at …"); "you really know how to make an entrance";
"picked a winner"; a personal record made of the trouble; "your sobriety lasted all of …"; "gold
star for you", "somebody give you a trophy"; "brilliant, just brilliant"; "ties the room
together"; "… of the year award goes to"; "life of every party except your own kids'"; "so
impressed with how you handled …, really, bang up job"; "hope the pills were worth it"; ", you
must be so proud"; "some best man you turned out to be"; "handling it great, that's why …";
"you're 'handling it'"; "not in denial at all, right?"; insults ("a real talent for lying", "no
real father lets …", "you must be so proud of yourself, …"); "you're 'totally clean'"; "we're all
so impressed …, bang up job"; "enjoy it alone, I'll be gone"; openers such as "top effort", "good on ya", "cheers for", and
slang for drunk or high ("half-cut", "already lit", "sleep it off") and money blown as scene
words, which r20b's sarcasm rules now read too.

Not training data (the name is not coach_dev*): tests/test_coach_construction_rules.py runs them with the
rules alone.
"""

from __future__ import annotations

ROUND21B_PROBES: list[tuple[str, set[str]]] = [
    # others loved watching the scene
    ("The guests just loved watching the father of the bride fall into the fountain.", {"sarcasm"}),
    (
        "I'm sure the neighbours really enjoyed the free show in the driveway at two in the morning.",
        {"sarcasm"},
    ),
    ("Your mother had a lovely birthday, scraping you off the bathroom tiles.", {"sarcasm"}),
    # so proud when …
    ("We were so proud when the daycare called to say nobody had come for Noah.", {"sarcasm"}),
    # a failed plan praised
    (
        "Your grand plan to only drink beer on weeknights has worked out really well, hasn't it?",
        {"sarcasm"},
    ),
    ("That foolproof scheme of hiding the gin in water bottles, very clever of you.", {"sarcasm"}),
    # a praise opener, then the deed (new scene words, new openers)
    ("Genius move, driving to the school play after a six-pack.", {"sarcasm"}),
    ("Great dad move, skipping Lucy's recital for a bag.", {"sarcasm"}),
    ("Hell of an example for your nephews, passed out on the lawn chair.", {"sarcasm"}),
    ("Such a devoted wife, sleeping in the car outside the bar on our anniversary.", {"sarcasm"}),
    ("Congratulations on becoming the only uncle ever asked to leave a christening.", {"sarcasm"}),
    # the openers and scene words of the third wave (slang for drunk or high, money blown)
    ("Top effort, turning up to the christening half-cut.", {"sarcasm"}),
    ("Good on ya, showing up to the recital already lit.", {"sarcasm"}),
    ("Real proud of you, blowing the whole tax refund in a weekend.", {"sarcasm"}),
    # a one-word cheer, then the scene
    ("Terrific. Another weekend in the drunk tank.", {"sarcasm"}),
    ("Bravo. Now the landlord has an eviction notice on the door.", {"sarcasm"}),
    # a mock title before a comma
    ("You're a real financial wizard, Carl, two thousand dollars gone in one night.", {"sarcasm"}),
    ("You were quite the hit at the reunion, dancing on the bar with your shirt off.", {"sarcasm"}),
    # know how to make an entrance; picked a winner
    (
        "You sure know how to make an entrance, stumbling into the church halfway through the vows.",
        {"sarcasm"},
    ),
    (
        "My sister really found herself a keeper, a man who sleeps it off in the truck every Sunday.",
        {"sarcasm"},
    ),
    # a record of the trouble; sobriety lasted all of …
    ("A new personal best, eleven whole days without calling your mother.", {"sarcasm"}),
    ("Your New Year's resolution lasted all of six hours.", {"sarcasm"}),
    # gold star, a trophy; doubled praise
    (
        "Gold star for you, you managed twenty minutes at the barbecue before sneaking off to the garage.",
        {"sarcasm"},
    ),
    (
        "Somebody hand you a medal, you only missed the bus twice because you were hungover.",
        {"sarcasm"},
    ),
    ("Your idea of mixing the pills with wine, perfect, just perfect.", {"sarcasm"}),
    # ties the room together; of the year; life of every party
    ("That dent in the fridge door really ties the kitchen together.", {"sarcasm"}),
    (
        "The brother of the year trophy goes to the man who got arrested at his sister's shower.",
        {"sarcasm"},
    ),
    ("The soul of every party except the ones your own daughter throws.", {"sarcasm"}),
    # impressed how you handled …, bang up job; hope the pills were worth it; must be so proud
    (
        "The whole family was so impressed with how you handled the school play, truly, stellar work.",
        {"sarcasm"},
    ),
    ("Thanks for emptying the holiday jar, hope the coke was worth every penny.", {"sarcasm"}),
    ("The whole parish knows you as the town drunk now, you must be so proud.", {"sarcasm"}),
    (
        "Some godfather you turned out to be, missing the baptism because you were still drunk.",
        {"sarcasm"},
    ),
    # handling it great, that's why …; scare-quoted coping; not in denial at all
    (
        "You're clearly managing everything beautifully, that's why the water got cut off.",
        {"sarcasm"},
    ),
    ("Oh sure, you're 'doing fine.'", {"sarcasm"}),
    ("Sure, you aren't in denial at all, right?", {"sarcasm", "diagnosis"}),
    # insult
    ("You've got a rare gift for breaking promises, I'll say that.", {"insult"}),
    ("No decent father lets his son watch him crawl home drunk.", {"insult"}),
    (
        "You must be really proud of yourself, your own kids hide their piggy banks from you.",
        {"insult"},
    ),
    # clean; we; threat
    ("Right, you're 'squeaky clean' these days.", {"clean"}),
    ("We're all so blown away by how you ran the barbecue, honestly, bang up job.", {"we"}),
    (
        "Keep it up and you can have the house all to yourself, because the kids and I will be gone.",
        {"threat"},
    ),
]

ROUND21B_KIND: list[str] = [
    # others loved watching: a kind scene
    "The guests just loved watching you and Grandma dance at the fountain.",
    "I'm sure the kids will always remember the treehouse you built them.",
    # so proud when: a real win
    "I was so proud when the school called to say Noah made the honor roll.",
    "We were so proud when you called from the treatment centre to say you'd finished the program.",
    # a plan that did work
    "Your plan to walk every morning has worked out really well, you look stronger.",
    "Your master plan for Mom's surprise party was brilliant, just brilliant.",
    # praise openers, sincerely
    "Great dad move, taking the kids fishing on your day off.",
    "Congratulations on becoming a grandfather, the baby has your ears.",
    "Terrific. The new job starts on Monday.",
    "Bravo. Now the garden finally looks the way Dad wanted.",
    "Top effort at the fun run, you were grinning the whole way.",
    "Cheers for the barbecue, the ribs were perfect.",
    "You lit up the room at the wedding, great job.",
    "Real proud of you, paying off the whole credit card in a year.",
    # a mock title read sincerely
    "You were a real hero at Dad's funeral, holding Mom up when she could barely stand.",
    "You were quite the hit at the reunion, telling the story about the canoe.",
    "You always knew how to make an entrance, bursting in with balloons for the twins.",
    "My sister really found herself a keeper, a man who cooks every Sunday.",
    # a record, a real one
    "A new personal best at the 10k, and you were beaming at the finish line.",
    "Gold star for you, you finished the whole puzzle with Lily.",
    "Somebody give you a medal, ninety days sober today.",
    # real awards, fond teasing
    "The coach of the year award goes to you, and the whole team cheered.",
    "You were the life of every party when we were kids, and I loved it.",
    "That new rug really ties the room together.",
    "I was so impressed with how you handled Grandpa's memorial, you spoke beautifully.",
    "I hope the trip to Maine was worth every penny, you earned it.",
    "You must be so proud of yourself for finishing your degree at fifty.",
    "Some days you are the best friend I have.",
    "You really had it all under control the day the pipes burst, I would have panicked without you.",
    "You told me 'I'm clean now, Ma' and I want to believe you.",
    "We're all so proud of how you ran the barbecue.",
    "No real friend would let you face this alone, so here I am.",
    "You have a real talent for drawing, and the portrait of Grandpa proves it.",
    "If you need time alone, I'll be at Mom's with the kids this weekend.",
]

# Kind twins that rules older than this block already flag (listed, for the false-flag work).
ROUND21B_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "Somebody give you a medal, ninety days sober today.",  # sarcasm-medal-parade
}
