# ruff: noqa: E501  (one sentence a line reads best)
"""Round 20 (r42a): absolutes and blame said in a writer's own words. The constructions the
r20a_ rules read, each said in words of our own (none copied from a batch), with kind twins
that must stay quiet: a warm repeat ("week in, week out you drove Grandma"), a day that never
goes by without the reader in the writer's prayers, the writer's worry or promise, a loss
told without pointing at the reader, the writer's sacrifice gladly made, someone else
blamed, "put me through college", "made me a mom", sincere thanks.

By construction: a repeat phrase ("week in, week out", "night after night", "like
clockwork") beside the reader and a hard scene; "it's the same routine / ends the same way";
"there hasn't been one … when you weren't"; "not one … has gone by without you"; "all you
ever …", "the only time you ever call"; "whenever <someone> tries …, you turn it around";
"turn up hungover to every …", "skipped every single one of"; a closer ("every night, every
single one"); "in a row"; "find a way to"; "why is it always me"; "haven't … in years"; "can't
get through … without"; "never once said thank you"; "when did you last … sober"; and for
blame: "smoked away the money", "went … up your nose"; "you put your mother in the ward";
"what you've turned our home into"; "it's your X that forced me"; "robbed me of my teenage
years"; "made my brother the parent"; "how can I trust you after"; "why should I be the one";
"went with the pills over"; "cause you couldn't stay sober"; "lost … to your drinking"; "lost
their mother the summer you went back"; "I cashed in my pension … and you walked out"; "more
important to you than"; "nobody forced you"; "you broke Grandma"; "already cost this family";
"brought … down on the rest of us"; "quit her job so she could babysit you"; "tell me you
didn't cause this"; "can't forgive what you did to"; "turned every birthday into something
the kids dread". A third wave, read across the older batches (dev 3-51): "nobody here
trusts you …"; "each time you get out of detox you're back …"; "at every one of …"; "the
bottle always comes first"; "you say … and it never is"; "every time my phone buzzes after
midnight, it's you"; "all on account of you"; "the only reason … is …"; "put there by you";
"I hold you … responsible"; "has you … to thank for"; "back in our faces"; "dragged … through
hell"; "blown this family apart"; "grey before his time"; "would rather be at the bar than";
"traced back to your"; "the stress you've heaped on".

Not training data (the name is not coach_dev*): tests/test_coach_construction_rules.py runs them with
the rules alone.
"""

from __future__ import annotations

ROUND20A_PROBES: list[tuple[str, set[str]]] = [
    # absolute: repeat phrases beside the reader and a hard scene
    (
        "Week in, week out you swear it's the last bottle and by Friday there's another one in the truck.",
        {"absolute"},
    ),
    ("Night after night you stumble in at three and wake the baby.", {"absolute"}),
    ("Like clockwork, the money in your wallet is gone by Tuesday.", {"absolute"}),
    # absolute: it's the same story / ends the same
    (
        "Every Thanksgiving it's the same routine with you: a few beers in the garage, then the shouting.",
        {"absolute"},
    ),
    (
        "Each weekend at the lake ends exactly the same way, with you passed out in the boat.",
        {"absolute"},
    ),
    # absolute: no day where you don't; gone by without you
    ("There hasn't been one Sunday this year when you weren't hungover at church.", {"absolute"}),
    (
        "Not one of the twins' recitals has gone by without you slipping out for a smoke and a drink.",
        {"absolute"},
    ),
    # absolute: all you ever do is
    ("All you ever talk about these days is where to score more pills.", {"absolute"}),
    ("The only time you ever call us is when you need bail money.", {"absolute"}),
    # absolute: nothing matters except
    ("Nothing matters to you anymore except the next bottle of rum.", {"absolute"}),
    # absolute: whenever I try, you turn it around
    (
        "Whenever your father tries to talk about the vodka, you turn it around on him.",
        {"absolute"},
    ),
    ("Any time we plan a visit, you bail the night before and go drinking.", {"absolute"}),
    # absolute: shows up to every / misses every
    ("You turn up hungover to every one of Grandpa's Sunday lunches.", {"absolute"}),
    (
        "You've skipped every single one of Maya's soccer games since you started using again.",
        {"absolute"},
    ),
    # absolute: a closer
    ("You come home from the bar slurring, every night, every single one.", {"absolute"}),
    # absolute: in a row; find a way to
    ("That's the fourth family barbecue in a row you've left early to go get high.", {"absolute"}),
    ("Somehow you always find a way to sneak a drink at the kids' parties.", {"absolute"}),
    # absolute: why is it always me; like it always does
    ("Why is it always me paying off the debts your partying leaves behind?", {"absolute"}),
    # absolute: haven't ... in years; cant make it without; never even one
    ("You haven't kept a single promise to me in years.", {"absolute"}),
    ("You can't get through one family dinner without a couple of pills.", {"absolute"}),
    ("You're a grown woman who never once said thank you for the rent I covered.", {"absolute"}),
    ("When did you last come to one of my shows sober?", {"absolute"}),
    # blame: drank it away, went into your veins
    ("You smoked away the money Grandma left us for the roof.", {"blame"}),
    ("Our vacation fund went, fifty dollars at a time, up your nose.", {"blame"}),
    # blame: you put us here; what you turned this house into
    ("You put your mother in the cardiac ward with all the nights she waited up.", {"blame"}),
    ("The kids are scared to come home because of what you've turned our home into.", {"blame"}),
    # blame: it's your X that
    ("It's your gambling debts that forced me to sell the cabin.", {"blame"}),
    # blame: you stole my childhood; made me the parent
    ("You robbed me of my teenage years, Mom.", {"blame"}),
    ("You made my little brother the parent in that house before he turned ten.", {"blame"}),
    # blame: how can I trust you after; why always me
    ("How can I ever trust you again after you emptied my checking account?", {"blame"}),
    ("Why should I be the one covering your shifts while you sleep it off?", {"blame"}),
    # blame: picked the substance over; because you couldn't
    ("You went with the pills over your own wedding anniversary.", {"blame"}),
    ("Dad's raising your daughter cause you couldn't stay sober for more than a week.", {"blame"}),
    # blame: lost to your; the day you
    ("I lost two jobs and a marriage to your drinking.", {"blame"}),
    ("The kids lost their mother the summer you went back to the needle.", {"blame"}),
    # blame: I gave and you threw it away
    ("I cashed in my pension for your treatment and you walked out after three days.", {"blame"}),
    # blame: more important than; nobody forced you
    ("Is a bag of weed really more important to you than your daughter's graduation?", {"blame"}),
    ("Nobody forced you to get behind the wheel drunk that night.", {"blame"}),
    # blame: you broke Mom; cost us; brought this on
    ("You broke Grandma, plain and simple.", {"blame"}),
    ("You've already cost this family our house and our savings.", {"blame"}),
    ("You brought every bit of this trouble down on the rest of us.", {"blame"}),
    # blame: spent keeping you; even after; tell me you didn't
    ("My sister quit her job so she could babysit you through your benders.", {"blame"}),
    ("Look at your father's face and tell me you didn't cause this.", {"blame"}),
    # blame: can't forgive what you did to; turned into something we dread
    ("I can't forgive what you did to Grandpa's retirement savings.", {"blame"}),
    ("You turned every birthday in this house into something the kids dread.", {"blame"}),
    # wave 3: nobody can ... you; every time you promise ... back; at every one of them
    ("Nobody at the shop trusts you with the register anymore.", {"absolute"}),
    ("Each time you get out of detox you're back at the bar within a week.", {"absolute"}),
    ("You were hammered at every one of our anniversary dinners.", {"absolute"}),
    ("With you the bottle always comes first.", {"absolute"}),
    ("You say this is the last time and it never is.", {"absolute"}),
    ("Every time my phone buzzes after midnight, it's you needing money.", {"absolute"}),
    # wave 3 blame: on account of you; the reason is; put there by you; hold you responsible
    ("Dad's been sleeping on the couch for months, all on account of you.", {"blame"}),
    ("The only reason Grandma sold the farm is the lawyers she kept paying for you.", {"blame"}),
    ("Every worry line on Mom's face was put there by you.", {"blame"}),
    ("I hold you and your pills responsible for Dad's heart attack.", {"blame"}),
    ("My son has you and your cocaine to thank for his panic attacks.", {"blame"}),
    ("We paid off your debts twice and you threw it right back in our faces.", {"blame"}),
    ("You've dragged your poor mother through hell this year.", {"blame"}),
    ("Your drinking has blown this family apart.", {"blame"}),
    ("Grandpa went grey before his time, watching you.", {"blame"}),
    ("The kids know their mother would rather be at the bar than at home.", {"blame"}),
    ("Every sleepless night I've had can be traced back to your using.", {"blame"}),
    ("The stress you've heaped on your father put him in the hospital.", {"blame"}),
]

ROUND20A_KIND: list[str] = [
    # a warm repeat phrase, "the same story" of a good habit
    "Week in, week out you drove Grandma to her appointments, and I never thanked you enough.",
    "Time after time you came through for me when I had nothing.",
    "Every Christmas it's the same story with you: the first one up, making pancakes for everyone.",
    # a day, none, without a kind thing
    "There isn't a day that goes by that I don't think of you.",
    "Not a single day has gone by without you in my prayers.",
    # all you ever / the only thing, said warmly
    "All you ever wanted was for your kids to be happy.",
    "The only thing you care about is being a good dad, and I see it.",
    # whenever I ..., you ... warmly
    "Whenever I call, you pick up and make me laugh.",
    "Every time I lend you a book, it comes back with notes in the margins, and I love them.",
    # the writer's worry, observed
    "I noticed you missed Sunday lunch three weeks in a row, and I was worried each time.",
    # a closer that promises
    "I'll drive you to your meetings, every single time.",
    "I won't give up on you, not ever.",
    # loss told without pointing at the reader
    "We lost the house to the bank after the plant closed, and that wasn't anyone's fault.",
    "I lost my dad the year you were born.",
    # the writer's own sacrifice, gladly made
    "I gave up my Saturday to drive you to your first meeting, and I'd do it again.",
    "I quit my job to take care of you after your surgery, and I don't regret a minute.",
    # someone else blamed
    "The doctor who kept refilling your prescription put all of us in this position.",
    "My dad was a drunk who never once said sorry, so I'm saying it first.",
    # put / made / took, kindly
    "You put me through college working nights at the plant.",
    "You made me a mom twenty years ago, and it's the best thing that ever happened to me.",
    "You took my childhood photos and made them into an album for my wedding.",
    "You crushed me at Scrabble every Sunday.",
    # more important, sincerely
    "Your sobriety is more important than any job.",
    "Nobody forced you to come today, and I'm proud you did.",
    # cost, of treatment
    "The treatment has cost us a lot, and it's worth every penny.",
    # the reason, warmly
    "You've been the reason I kept going through my own dark year.",
    # thanks, sincerely
    "Thank you for making Mom cry happy tears at the wedding.",
    # a first, kindly
    "Family first, then everything else, that's what you taught me.",
    # the illness blamed, not the reader
    "None of this is your fault; the pills got their hooks in you after your knee surgery.",
    "How can I ever thank you after all you did for Grandma?",
    # wave 3 twins
    "Nobody can replace you in this family.",
    "Nobody trusts you more than I do.",
    "I was the drunk at every family party in my twenties, and you never judged me.",
    "You never once let me down when it mattered.",
    "Every time you get out of the hospital I feel like I can breathe again.",
    "The reason I came today is you.",
    "My love of music I owe to you; I have you to thank for it.",
    "I lay no blame on you for the years I stayed away.",
    "The divorce tore our family apart, and none of it was your fault.",
    "You drove me to school every morning for twelve years.",
    "The flowers on the porch were put there by you, and they still bloom.",
    "Cancer made Grandma old before her time, and you nursed her through it.",
]

# Kind twins that main's older rules already flag (none by an r20a_ rule; left for the
# false-flag work): the round's test checks only that no r20a_ rule flags them. Round 21 (f43)
# quieted all five, so the test holds every twin quiet.
ROUND20A_KIND_FLAGGED_BY_OLDER_RULES: frozenset[str] = frozenset()
