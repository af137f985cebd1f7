"""Round 20 (f42): kind sentences the rules flagged on round 20's first fresh writers (dev 76-82,
Spanish dev 14), read by the kind of context, not the sentence. Each twin below is in our own
words, in the same kind of context as a writer's sentence, and was flagged by main dcd7f37's
rules; the probes are harsh sentences beside each guard that the rules must still flag.
Rules alone (`second_opinion=False`); tests/test_coach_guards.py runs them."""

from __future__ import annotations

# Grouped by the kind of context; a comment names the guard where one reads a twin alone.
KIND_TWINS = [
    # a warm always / never
    # shared ritual: F42_WE_RITUAL
    (
        "Most Fridays we had pizza night at Nonna's and you always grabbed the burnt "
        "slice, and I want those nights back."
    ),
    # the writer's fondness: F42_LOVED_IT
    "You always left the radio on the oldies station, and I loved it.",
    # a joke
    (
        "You always told the one about the horse who walks into a bar, and Dad groaned "
        "like it was the first time."
    ),
    # care
    "You always made sure we had a packed lunch, even on the mornings you started work at five.",
    # a game; QUIET_BEFORE_HEARSAY
    (
        "Do you remember how you never lost at darts and all of us said you had a magnet "
        "up your sleeve?"
    ),
    "You were in a cast for three months and you never gave up.",  # grit
    "You never seemed prouder than when you walked Lily down the aisle.",  # a happier look
    "You have never missed calling me on my birthday.",  # a habit of care
    # the writer's own observation, someone else's repetition
    "The night you didn't come home, I heard Mum ring your phone over and over.",
    "Since the layoff I've noticed you drink in the garage most nights.",
    # support waiting, a cause in the body, the writer's own part
    "The spare room is made up and there's a bed waiting with your name on it.",
    "I know the painkillers started because of your back injury, not because you were weak.",
    (
        "I gave you money when you asked and it made it easier to keep drinking, and I'm "
        "sorry for that."
    ),
    "The pharmacy cut you off overnight, and that was cruel of them.",
    "I'm prepared to take the kids on weekends while you're getting well.",
    # hearsay that is not: an opinion denied, the reader telling, the teller's gift,
    # a doctor's finding
    "Nobody at this table thinks you're beyond help.",
    (
        "You rang me from the treatment center to tell me you'd finished your first "
        "week, and I had to pull over."
    ),
    "Your nieces told me they made you a card to open on your first night in rehab.",
    "The liver specialist told us your liver can still recover if you stop now.",
    "The surgeon who did your bypass said your heart is still weak, and I want you to rest.",
    # sincere praise
    "Bravo for your first share at the meeting, I cried all the way home.",
    "Your grandkids call you 'Captain Pancake' and they mean it.",
    # about someone else, a word denied
    "Growing up across the street from a junkie taught me not to judge people.",
    (
        "The lad on the bunk above mine in rehab was a smackhead from Leeds, and he's a "
        "counsellor now."
    ),
    "I never saw a drunk when I looked at you, I saw my big brother.",
    "This is not about you being crazy or weak, it's about an illness.",
    "Stop calling yourself a failure, you are not one to me.",
    # grooming
    "I want to see you come home clean shaven for Sunday lunch.",
    "Dad always kept you clean shaved for church.",
    # second wave, from the kind sentences older batches (dev 58-75) showed flagged:
    # a milestone praised with the writer's own tears or knowledge after it
    "Congratulations on your first month at the halfway house, I cried reading your letter.",
    "Congratulations is what I wanted to say when you rang me from rehab.",
    # the reader as the one who cared
    "You were the one who took the kids so I could rest after the funeral.",
    # the dealer, or someone else's death, called the word
    "The woman who sold you that fentanyl is disgusting, and I hope she's caught.",
    "The only shameful thing here is the dealer who kept selling to you.",
    "My aunt Rose died an addict in a shelter in Leeds, and I can't lose you the same way.",
    # the writer's own childhood
    "My grandfather was a drunk, and I made sure my children wouldn't grow up the way I did.",
    # a holiday never left willingly, a keepsake kept
    "We took you camping every summer and you never wanted to go home.",
    "You always left me notes in my lunchbox, and I still have every one of them.",
    # hearsay that is not: a program's rule, praise or a milestone heard, a nurse's good news
    "According to the intake nurse, you can have visitors on Sundays.",
    "Your boss rang me last week to say how well you'd been doing on the night shift.",
    "I heard you picked up your ninety-day keytag, and I've told everyone at work.",
    "From what the nurses tell me, you're sleeping better.",
    # blame denied, a kindness never a chore
    "The factory shut down, and none of it was your doing.",
    "Nothing we do for you will ever be a burden.",
    "It was always about you children when Mum planned Christmas.",
    # third wave: blame denied as "on you", a milestone heard from someone named, the dealer
    # or the prescriber called the word, someone else's kin in the past
    "The bank took the farm when the mill closed, and none of that was on you.",
    "None of what happened to Dad is on your shoulders.",
    "I heard from your sponsor that you picked up your sixty-day chip.",
    "The dealer behind the gas station is a pathetic excuse for a man.",
    "The doctor who kept refilling your pills was a disgrace.",
    "Uncle Ray's second wife was a pillhead who sold his tools.",
]

KIND_TWINS_ES = [
    (
        "La semana pasada perdí un día de trabajo por estar buscándote en los "
        "hospitales, y me sentí muy sola."
    ),
    "El martes perdí mi clase por estar buscándote por los bares, y me dio mucho miedo.",
]

# (harsh sentence beside a guard, its category, the guarded rule where it is the one that fires)
PROBES = [
    (
        "You always made sure you had a drink in your hand before noon.",
        "absolute",
        "absolute-always",
    ),
    (
        "You always told that joke after six beers, slurring the punchline.",
        "absolute",
        "absolute-always",
    ),
    (
        "Every Sunday we had dinner at Mum's and you always showed up drunk.",
        "absolute",
        "absolute-always",
    ),
    ("You always drank until you passed out, and I loved it.", "absolute", "absolute-always"),
    ("You never quit drinking, not once.", "absolute", "absolute-never"),
    ("You never lose at cards, you just lose the rent money.", "absolute", "absolute-never"),
    (
        "You never looked happier than when you had a bottle in your hand.",
        "absolute",
        "absolute-never",
    ),
    ("You've never missed calling your dealer on payday.", "absolute", "absolute-never"),
    ("I watched you lie to Mum over and over.", "absolute", "absolute-over-and-over-2"),
    ("You're high most nights and you think nobody notices.", "absolute", "absolute-frequency-2"),
    (
        "Every broken promise in this house has your fingerprints on it.",
        "blame",
        "blame-your-fingerprints",
    ),
    ("Mum's breakdown happened because of your lies.", "blame", "blame-because-anywhere"),
    ("Keep using, and I'm done.", "threat", "threat-refuse-and"),
    ("Keep lying to me and I will cut you off for good.", "threat", "threat-hard-p5"),
    (
        "I'm prepared to take the kids and leave if you don't go.",
        "threat",
        "r9_threat-prepared-to-walk-away",
    ),
    ("Your boss thinks you're a lost cause.", "hearsay", "r8_hearsay-third-thinks-you-hard"),
    ("Your sister called me to tell me you were drunk at her wedding.", "hearsay", None),
    ("The kids told me they saw you passed out on the couch.", "hearsay", None),
    (
        "Your neighbour said your liver must be shot from all the drinking.",
        "hearsay",
        "hearsay-speaker-said",
    ),
    ("Your teammates all said you were drunk at practice.", "hearsay", None),
    ("Your kids call you 'Sleepy Daddy' now.", "sarcasm", "sarcasm-your-scare-quotes"),
    ("Bravo, another missed recital.", "sarcasm", "sarcasm-praise-p4"),
    ("Living with a junkie has worn me out.", "label", "label-sud"),
    ("You're such a loser.", "insult", "insult-loser"),
    ("You're crazy and you know it.", "diagnosis", "diagnosis-label"),
    (
        "I want you to come home clean shaven and sober, "
        "not clean for a week and then using again.",
        "clean",
        None,
    ),
    ("I want you to come home clean.", "clean", None),
    # second wave
    ("Great job on your sixty days, and then you relapsed at the wedding.", "sarcasm", None),
    ("You were the one who drove me to my first dealer.", "blame", "blame-because-of-your"),
    ("You were the one who took the kids and left.", "threat", "threat-hard"),
    ("You'll die a drunk if you keep this up.", "label", "label-drunk"),
    ("You never wanted to come home from the pub.", "absolute", "absolute-never"),
    ("Your daughter said she saw you drunk at her recital.", "hearsay", None),
    ("According to your boss, you can't be trusted with the till.", "hearsay", None),
    ("Your cousin says you have a personality disorder.", "diagnosis", None),
    ("Your sponsor called me to say how much you've been drinking.", "hearsay", None),
    ("I heard you got your third DUI in April.", "hearsay", None),
    ("You always lied to me, and I kept every one of your notes.", "absolute", None),
    ("That was all your doing.", "blame", "blame-your-doing"),
    ("Nothing I say ever gets through to you.", "absolute", None),
    ("I can't go a single day without you calling for money.", "absolute", "absolute-not-once"),
    ("Everything that went wrong goes back to you.", "blame", "blame-traces-back"),
    ("It's always about you and your drinking.", "absolute", "r9_absolute-its-always-about-you"),
    ("From what the neighbours tell me, you're drinking again.", "hearsay", None),
    ("Grow up.", "insult", "insult-shame-p6"),
    # third wave
    ("All of that was on you.", "blame", None),
    ("I heard from Denise that you got fired again.", "hearsay", None),
    ("That doctor is right, you are a disgrace.", "insult", None),
    ("Your father was a drunk and so are you.", "label", None),
    ("Mum's boyfriend is a pillhead.", "label", None),
]

PROBES_ES = [
    (
        "Dejé la universidad por cuidarte y perdí mis mejores años.",
        "blame",
        "blame-es-por-cuidarte",
    ),
]
