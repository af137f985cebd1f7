"""Round 21 (f43): kind sentences the rules flagged on round 21's first fresh writers (dev 87-92,
Spanish dev 16) and the kind twins of round 20's lanes that older rules still flagged, read by
the kind of context, not the sentence. Each twin below is in our own words, in the same kind of
context as a writer's sentence, and was flagged by main 4fa7a7b's rules; the probes are harsh
sentences beside each guard that the rules must still flag. Rules alone
(`second_opinion=False`); tests/test_coach_guards.py runs them."""

from __future__ import annotations

# Grouped by the kind of context; a comment names the guard where one reads a twin alone.
KIND_TWINS = [
    # someone else, in the past, in a relative clause (F43_PAST_THIRD_WHO)
    (
        "My stepfather was a gambler who wrecked every Christmas, and you made sure my girls "
        "never had one like that."
    ),
    # a third party left the reader with nothing but
    "I'm angry at the clinic for closing and leaving you with nothing but pills.",
    # a fond skill taught, asked as a question
    "What kind of dad teaches his son to fish before he can even read?",
    # a keepsake the reader made (F43_STILL_HAVE_YOU_MADE)
    "Oh sure, roll your eyes, but I still have the birdhouse you built me.",
    # the writer agrees with the reader's boast (F43_AND_IT_WAS_TRUE)
    "Oh sure, you always said your lasagna beat Grandma's, and to be fair you were right.",
    # the writer knows the reader's own fear (F43_I_KNOW_YOU_FEARED)
    "Grandpa drank himself to death, and I know you've always been afraid of ending up like him.",
    # the writer's childhood neighbour (F43_OTHER_WE_KNEW); a walk home
    (
        "The man we lived across from was a junkie who frightened me, and you always walked me "
        "to school."
    ),
    # the writer sorry for a word once used (F43_SORRY_I_CALLED)
    "I'm sorry I called you selfish at the barbecue, it wasn't fair.",
    # "… to be your daughter and I …" is not "your X and I"
    "I'm lucky to be your daughter and I want you to come home healthy.",
    # a milestone the writer was told of (F43_MILESTONE_TOLD)
    "When your sponsor told me you'd earned your ninety-day chip, I cried in the car.",
    # praise as the best someone ever knew (F43_BEST_EVER)
    (
        "Your old coach wrote you a card saying you were the hardest working player he ever "
        "coached, and I framed it."
    ),
    # the reader's voice remembered (F43_HEAR_YOUR_VOICE)
    "I keep hearing your voice in my head, telling me to slow down.",
    # praise rumoured, and true
    "Rumour had it at the plant that you were the fastest runner in the school, and it was true.",
    # what the program allows (F43_PROGRAM_ALLOWS)
    "I was told by the intake nurse that you can phone home on Sundays from rehab.",
    # someone else's recovery and its length, no "you" (F43_HE_STAYED_CLEAN)
    "My cousin Dee was a meth head. She's been clean six years and runs a bakery now.",
    # a doctor's finding, "your liver's" (F42_DOCTOR_FOUND)
    "The doc at the walk-in says your liver's swollen. I'm frightened for you.",
    # a professional's diagnosis, treatment hoped for
    (
        "The psychiatrist at Mercy told us you have depression, and I want you to get the right "
        "help for it."
    ),
    # sincere thanks for hard work (F43_THANKS_WORKED_HARD)
    "Thank you for the years you worked nights to send money home for my school books.",
    # never hit
    "You never, not once, laid a finger on us kids, even on the worst nights, and I know that.",
    # a scan of an organ came back clean (R15_MEDICAL_CLEAR)
    (
        "The nurse said the scan of your liver came back clean, no tumour, so now we fight "
        "the drinking."
    ),
    # round 20's twins that older rules flagged, in other words
    "Thank you for making Grandma cry happy tears at the christening.",
    "The reason I get up in the morning is you.",
    "I'll drive you to group, every single time.",
    "Every time you get out of the clinic I feel like I can breathe again.",
    "I don't think you have a personality disorder; I think you're exhausted.",  # F43_I_DONT_THINK
    "We called you 'the mayor' because you knew everyone in town.",
    "Very classy move, sending flowers to Mrs. Ortiz after her surgery.",
    "Lovely speech at your sister's wedding, everyone cried.",
    "One more month and you'll be finished with the program, and I'll be there.",
    # F43_PLACE_READY
    "I got a call from the rehab saying they have a bed ready for you on Friday.",
    # F43_SAME_FOND
    "Every Thanksgiving it's the same story with you: first one up, making the stuffing.",
    # second wave, from older batches' traps: the word denied (F43_NOTHING_ABOUT,
    # F43_DEFINITELY_NOT, F43_NO_MATTER_WHAT_SAYS), someone else's recovery "ever since",
    # the reader's own feeling (F43_YOU_FEEL_LIKE), a cause denied (F43_DENIED_CAUSE)
    "There's nothing selfish about getting well first.",
    "You're not useless and you're not a burden, no matter what the bottle tells you.",
    "I know you're not a bad man, and you're certainly not a loser.",
    "My sister did thirty days at Hazelden and she's been clean ever since.",
    "I know you feel like you've wrecked everything, but I don't.",
    "I don't believe Grandma's stroke happened because of you, and I never will.",
]

KIND_TWINS_ES = [
    "Desde que empezaste con la piedra ya no te reconozco la voz.",
    "Mis hermanas me dicen que estoy loca por seguir creyendo en ti, y no me importa.",
    "Yo era muy estricta contigo y todo el tiempo te regañaba; perdóname.",
    "Me contaron que ganaste la carrera del pueblo, qué orgullo.",
    "Si hoy camino es gracias a ti, que me llevaste al hospital esa noche.",
    "Todo lo que hice por ti fue por ti, y lo volvería a hacer mil veces.",
    "Qué vergüenza me dio caerme en la fiesta de tu graduación.",
    "La cocina quedó hecha un asco después de la cena de Navidad.",
]

# (harsh sentence, category, the guarded rule that must still give it, or None)
PROBES = [
    ("You were a drunk who ruined every holiday.", "blame", "blame-ruined-event"),
    ("You keep ruining every birthday we plan.", "absolute", "r11c_absolute-ruining-every"),
    ("Oh sure, you always said the drinking was under control.", "sarcasm", "sarcasm-fixed-p6"),
    ("Oh sure, laugh, like you did when you smashed my car.", "sarcasm", "sarcasm-fixed-p6"),
    ("You've always been drunk at family dinners.", "absolute", "absolute-always"),
    ("You always drove us home drunk.", "absolute", "absolute-always"),
    ("Living with a crackhead like you scared us.", "label", "label-sud"),
    ("You're pathetic, and I'm not sorry I said it.", "insult", "insult"),
    ("Mia told me your drinking got you fired.", "hearsay", "hearsay-said-about"),
    ("The bartender says your tab's past due again.", "hearsay", "hearsay-speaker-said"),
    ("I've been hearing you're back at the casino.", "hearsay", "hearsay-keep-hearing"),
    (
        "I was told, by more than one person, that you were at the casino.",
        "hearsay",
        "hearsay-told-that-you",
    ),
    ("I got a call from your boss saying you showed up drunk.", "hearsay", "hearsay-call-from"),
    ("You've been clean four days and you think you're cured.", "clean", "clean-stay"),
    ("Your drug test came back clean for the first time in a year.", "clean", "clean-tested"),
    ("Thanks for the years you spent drunk in the garage.", "sarcasm", "sarcasm-mock-thanks"),
    ("I think you have some kind of mental illness.", "diagnosis", "diagnosis-have"),
    ("You have depression and you refuse to admit it.", "diagnosis", None),
    ("Every Thanksgiving it's the same story with you: drunk by noon.", "absolute", None),
    ("For years you gave us nothing but lies.", "absolute", None),
    ("You care about nothing but pills.", "absolute", "r19_absolute-nothing-but-the-drink"),
    ("What kind of mother forgets her son's birthday?", "insult", "insult-shame-p4"),
    ("Your father and I want you to go to treatment.", "we", "we-and-i"),
    ("You never once lifted a finger around this house.", "absolute", "absolute-never"),
    ("Thank you for making Mom cry at the wedding.", "sarcasm", "sarcasm-praise-p7"),
    ("The reason Mom left is you.", "blame", "blame-responsible-7"),
    ("You go to the bar, every single time.", "absolute", "absolute-every-last-3"),
    (
        "Every time you get out of the hospital you go straight back to the bottle.",
        "absolute",
        "absolute-every-time",
    ),
    (
        "Such a mature choice, skipping your own son's game.",
        "sarcasm",
        "sarcasm-grown-up-move",
    ),
    (
        "Lovely toast at your brother's wedding, slurring every word.",
        "sarcasm",
        "sarcasm-praise-comma-trouble",
    ),
    ("One more drink and you'll be out on the street.", "threat", "threat-one-more-2"),
    ("You're selfish, and there's nothing noble about it.", "insult", "insult"),
    (
        "Your sister tells me you're back on it, no matter what you claim.",
        "hearsay",
        "hearsay-speaker-said",
    ),
    ("You're definitely a loser.", "insult", "insult-loser"),
    ("He's been clean ever since, but you haven't.", "clean", "clean-stay"),
    ("You've wrecked everything, and I know it.", "blame", "blame-ruin"),
    ("Grandma's stroke happened because of you.", "blame", "blame-because-anywhere"),
]

PROBES_ES = [
    (
        "Desde que empezaste con el cristal esta casa es un infierno.",
        "blame",
        "blame-es-desde-que-empezaste",
    ),
    ("Me dicen que estás tomando otra vez.", "hearsay", "hearsay-es-dicen"),
    ("Todo el tiempo estás borracho.", "absolute", "absolute-es-todo-el-tiempo"),
    ("Gracias a ti perdimos la casa.", "blame", "blame-es-gracias-a-ti"),
    ("Tú causaste todo esto.", "blame", "blame-es-causaste"),
    ("Qué vergüenza me das.", "insult", "insult-es-fijo"),
    ("Eres un asco.", "insult", "insult-es-nombre"),
]
