# ruff: noqa: E501  (one sentence a line reads best)
"""Round 20 (r42d): hearsay and threats said in a writer's own words, the constructions the
r20d_ rules read, each said in words of our own (none copied from a batch), with kind twins
that must stay quiet: the writer's own first-hand observation, a professional's hopeful words,
good news passed on, support promised, and calm consequences kept for the bottom line.

Hearsay without "said": "found out / heard / gather / understand from X"; "word got back to
me", "it came out at …"; "let it slip", "pulled me aside", "caught me at the mailbox";
"<person> let me know you've …"; "warned me"; "asked me whether you're using"; a post, story,
group chat or DM; "everyone at the X knows / is talking about …"; "there's talk at …", "the
story going around"; "told Dad when you …"; "got a call / a voicemail from …"; "overheard";
a child retelling "daddy sleeps all day"; a third person's opinion ("the neighbours think
you're dealing"); "says you called her crying".

Threats: disowning ("as far as I'm concerned I have no son", "you're not my daughter
anymore", "forget you ever had a sister"); "or I swear …"; "or forget about …"; "walk out
and see what happens", "try me"; "the last chance you get from me", "consider this the final
time"; "I'll have the locks changed / you trespassed"; "I'll tell your boss exactly …"; "I'm
taking the kids"; "or I'm gone", "and so am I"; "don't come crying to me", "you can kiss …
goodbye"; "none of us will open the door again"; "stop answering your calls for good"; "dead
to this family"; "you won't see them again"; "the locks get changed"; "you're cut off"; "we've
decided you're not coming"; "divorce papers"; "find your own couch"; a loss "unless you say yes".

Not training data (the name is not coach_dev*): tests/test_coach_construction_rules.py runs them with
the rules alone.
"""

from __future__ import annotations

ROUND20D_PROBES: list[tuple[str, set[str]]] = [
    # hearsay: found out / heard / gather / understand from someone
    ("I found out through your old boss that you were let go for showing up drunk.", {"hearsay"}),
    ("We gather from your roommate that you haven't paid rent since the spring.", {"hearsay"}),
    ("Dad heard at the hardware store that you'd been arrested again.", {"hearsay"}),
    # hearsay: word got back, it came out
    ("Word got back to us that you were asking the neighbours for money.", {"hearsay"}),
    ("It came out at the family reunion that you had crashed Grandpa's truck.", {"hearsay"}),
    # hearsay: let slip, pulled aside, caught me at
    ("Your coworker let it slip that you've been sleeping in your car.", {"hearsay"}),
    (
        "Your old teacher pulled me aside after Mass to say you looked high at the picnic.",
        {"hearsay"},
    ),
    (
        "Your landlord caught me in the parking lot to tell me you're two months behind on the rent.",
        {"hearsay"},
    ),
    ("Your foreman let me know you've been missing shifts since June.", {"hearsay"}),
    # hearsay: warned me; asked me whether
    ("Your first wife warned me about the drinking before we ever moved in together.", {"hearsay"}),
    (
        "The other parents have asked me, more than once, whether you're drinking again.",
        {"hearsay"},
    ),
    # hearsay: a post, a story, a group chat, a DM
    (
        "Your cousin wrote in the family group chat that you were thrown out of the bar.",
        {"hearsay"},
    ),
    ("Someone posted on Facebook that you were passed out at the fair.", {"hearsay"}),
    ("Your buddy DMed me that you'd been using again all week.", {"hearsay"}),
    # hearsay: everyone knows / is talking; there's talk; the story going around
    ("Everyone at the hardware store is talking about how you got arrested.", {"hearsay"}),
    ("There's talk at your work that you've been drinking in the truck.", {"hearsay"}),
    ("The story going around the neighbourhood is that you lost your license.", {"hearsay"}),
    # hearsay: a call, a voicemail; overheard; a child retelling; someone's opinion
    (
        "I got a voicemail from your sponsor saying you'd stopped going to meetings and were drinking again.",
        {"hearsay"},
    ),
    ("My brother overheard your friends saying you owe money all over town.", {"hearsay"}),
    ("Lucas told his teacher that his mommy sleeps all day and forgets his lunch.", {"hearsay"}),
    ("The neighbours suspect you're selling pills out of the shed.", {"hearsay"}),
    (
        "Your sister says you called her at two in the morning crying and asking for money.",
        {"hearsay"},
    ),
    # threat: disowning
    ("Say no to this and as far as I'm concerned I have no brother.", {"threat"}),
    ("If you leave today, you're not my daughter anymore.", {"threat"}),
    ("Go to treatment or forget you ever had a sister.", {"threat"}),
    # threat: or I swear; or forget about
    ("Get help or I swear you'll never set foot in this house again.", {"threat"}),
    ("Go to the clinic or you can forget about seeing the baby.", {"threat"}),
    ("Get sober or don't bother coming to my wedding.", {"threat"}),
    # threat: see what happens; last chance you get; final time
    ("Keep lying to me and see what happens.", {"threat"}),
    ("This is the last chance you get from me, Mark.", {"threat"}),
    ("Consider this the final time I pay your fines.", {"threat"}),
    # threat: I'll have the locks changed; I'll tell your boss
    ("I'll have the locks changed if you come home high one more time.", {"threat"}),
    ("Refuse and I'll tell your boss exactly why you miss Mondays.", {"threat"}),
    # threat: taking the kids; or I'm gone; and so am I
    ("One more night like that and I'm taking the kids to my sister's for good.", {"threat"}),
    ("Go tomorrow. Or I'm gone.", {"threat"}),
    ("One more bottle in the garage and the car is gone, and so am I.", {"threat"}),
    # threat: don't come crying; kiss it goodbye; none of us will; stop answering
    ("Don't come crying to me when you lose the apartment.", {"threat"}),
    ("Miss one more test and you can kiss your license goodbye.", {"threat"}),
    ("If you walk out today, none of us will open the door for you again.", {"threat"}),
    ("Keep this up and I'll stop answering your calls for good.", {"threat"}),
    # threat: dead to; won't see them again; locks get changed; cut off
    ("Walk away from this and you're dead to this whole family.", {"threat"}),
    ("Leave today and you will never see the twins again.", {"threat"}),
    ("If I find one more needle, the locks get changed.", {"threat"}),
    ("As of tonight you're cut off unless you go.", {"threat"}),
    # threat: decided you're not coming; divorce papers; find your own couch; loss unless
    ("We've all decided you're not coming to Thanksgiving until you're sober.", {"threat"}),
    ("Go to rehab or the divorce papers get filed on Monday.", {"threat"}),
    ("Go today or find your own couch to sleep on.", {"threat"}),
    ("The car, the phone and the credit card all go away unless you say yes.", {"threat"}),
    # threat: one more … and you lose; keep you away from; or the visits stop
    ("One more lie about the money and you lose your key to this house for good.", {"threat"}),
    ("Pick the clinic, or I'll keep you away from the baby, and I know how.", {"threat"}),
    ("Either you sign today or the Sunday visits stop.", {"threat"}),
    # threat: a last chance said alone; don't call me again; your officer
    ("Last chance, Robbie.", {"threat"}),
    ("If you go back to the pills after this, don't call me again.", {"threat"}),
    ("I'll call your probation officer myself.", {"threat"}),
    # threat: predictions of loss said in anger, veiled warnings
    ("Keep going like this and you'll regret it, believe me.", {"threat"}),
    ("Mark my words, one more DUI and the truck is gone.", {"threat"}),
    ("Carry on like this and you're going to lose your kids.", {"threat"}),
    ("The day you touch a bottle again is the day I move out.", {"threat"}),
    ("You'll wake up one day and we'll all be gone.", {"threat"}),
    # hearsay: I hear you're …; someone told Mum you …
    ("I hear you've been drinking at the lake house again.", {"hearsay"}),
    ("Your friend Jess told my sister you were passed out at the barbecue.", {"hearsay"}),
]

ROUND20D_KIND: list[str] = [
    # hearsay twins: the writer's own first-hand observation
    "I found out from you, that night in the kitchen, how scared you really were.",
    "I saw you asleep in the car myself, and I sat beside you until morning.",
    "I wanted you to hear it from me first: I'm stepping back from covering your bills.",
    "I let it slip to Grandma that you're coming home for Easter, and she cried happy tears.",
    "Please let me know if you need a ride to the meeting.",
    # hearsay twins: a professional's hopeful words, good news passed on
    "I found out from your counsellor that you've been doing so well in group.",
    "Word got back to me that you helped the neighbour with her groceries, and I was so proud.",
    "Your boss pulled me aside to say how much they miss you and that your job is waiting.",
    "Your sponsor let me know you've picked up your thirty-day chip.",
    "Everyone at church is talking about how wonderful you looked at the christening.",
    "Your cousin posted on Facebook a photo of you at the lake, and you looked so happy.",
    "The neighbours think you're the kindest man on the street.",
    "Grandma asks me every week whether you're eating well.",
    "Your sister says you called her on her birthday and made her whole week.",
    "I got a call from the treatment centre saying they have a bed ready for you on Monday.",
    "The weatherman warned us about the ice, so I'll drive you there myself.",
    # threat twins: support, warmth, calm plans
    "I'll drive you there myself, and I'll be waiting when you come out.",
    "I never had a brother growing up, so you're the closest thing I've got.",
    "I swear I'll be there every Sunday for family visits.",
    "Go to the meeting or call me, either is fine, I just want to hear your voice.",
    "Give the program a month and see what happens; I think you'll surprise yourself.",
    "This is the last chance to sign up for the family weekend at the clinic.",
    "I'll have the locks changed anyway, since we lost the spare key at the beach.",
    "I'm taking the kids to the zoo on Saturday so you can rest.",
    "I'll call your boss to say you're sick this week, so don't worry about work.",
    "Don't come running to me in the hallway, the floor is wet.",
    "None of us will ever give up on you.",
    "I won't pick up during work hours, but I'll call you back at lunch.",
    "You'll never be alone in this, not for a single day.",
    "My parents' divorce papers came when I was ten, and you held my hand.",
    "If you'd rather, you can find your own way to the party and I'll meet you there.",
    "One more hug and then you can go to bed.",
    "I promise you won't regret walking into that clinic.",
    "I'm so scared you're going to lose your job, and I want to help you keep it.",
    "The day you come home from treatment is the day I bake your favourite cake.",
    "You'll wake up one morning and find we're all there with pancakes.",
    "Mark my words, you're going to love the counsellor there.",
    "One more week and you'll be finished with detox, and I'll be there.",
    "Keep the baby away from the stove, please.",
    "Wear a coat or the kids will be cold on the walk.",
    "Last chance for pie, everyone!",
    "If you're tired tonight, don't come home, stay at your mom's and rest.",
    "I'll call your probation officer with you, together, so you're not alone in it.",
    "I hear you're doing so well in the program.",
    "Your friend Jess told my sister you were the best maid of honour she'd ever seen.",
]

ROUND20D_BOTTOM_LINE: list[str] = [
    # calm consequences: fine in the bottom line (a threat in the letter)
    "If you say no today, I will stop paying your phone bill.",
    "If you choose not to go, you can't keep living here, and I will help you find a room.",
    "Unless you go to treatment, I won't be giving you money anymore.",
    "If you drink again, the kids won't ride in the car with you.",
]

# Twins an older rule already flags on main (for the false-flag work; no r20d_ rule flags them);
# round 21 (f43) quieted both.
ROUND20D_KIND_FLAGGED_BY_OLDER_RULES: set[str] = set()
