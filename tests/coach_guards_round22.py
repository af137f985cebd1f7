"""Round 22 (f44): kind sentences the rules flagged on round 21's writers (dev 93-102, Spanish
dev 17) and round 22's first wave (dev 103-109, Spanish dev 18), read by the kind of context,
not the sentence; and hard halves after a warm opening that the older rules' sentence-wide kind
guards silenced. Each twin below is in our own words, in the same kind of context as a writer's
sentence, and was flagged by main cdd2c5a's rules; the probes are harsh sentences beside each
guard that the rules must still flag, and warm openings turned by "but" / "pero" with a hard
half that main's rules left alone and these flag. Rules alone (`second_opinion=False`);
tests/test_coach_guards.py runs them."""

from __future__ import annotations

# Grouped by the kind of context; a comment names the guard where one reads a twin alone.
KIND_TWINS = [
    # a doctor's finding about the reader's body, told to the reader or the family
    # (F44_DOCTOR_FINDING)
    "The kidney specialist told you your numbers are getting worse, and I want you with us.",
    "Your GP at the Elm Street practice has told you plainly that your liver is struggling.",
    # a professional's good report (F44_GOOD_REPORT)
    "The paramedic told me you were stable and comfortable by the time they reached the hospital.",
    # people who think the world of the reader, said so (F44_THINK_HIGHLY)
    "The guys at the depot think the world of you, they told me so at the barbecue.",
    # the voice in the reader's head, a longer subject (F43_NO_MATTER_WHAT_SAYS)
    "You are not a failure, no matter what that little voice inside your head tells you.",
    # writing to the reader is not a report about them
    "Your sister wrote you a poem and asked me to read it to you tonight.",
    # "apparently" of the writer, or of a broken machine
    "Apparently I'm the only one left who can still beat you at darts, so come home and try.",
    "Apparently the old printer at work jammed again, and I thought you'd know how to fix it.",
    # a third person drank themselves into a grave
    "My uncle Pete drank himself into an early grave, and I can't watch that happen to you.",
    # a third person called a label (F44_CALLED_OTHER)
    "Everybody in our street called Mr. Dobbs a junkie, and he died before anyone helped him.",
    "Remember Sal, the old janitor everybody called a boozer? He's been sober ten years now.",
    # the writer's own past, "myself" (F44_MY_OWN_PAST)
    "I was more or less a pill addict myself at nineteen, so I'm not judging you.",
    # "you're no …", "you ain't no …" (F44_YOU_ARE_NO)
    "You're no junkie to me, you're the girl who taught me to ride a bike.",
    # died as a label, with a drug's name before it (F42_DIED_AS)
    "My cousin died a meth addict at twenty-eight, and I won't go to another funeral like his.",
    # a label of someone else's past, "being a"
    "You've told me about Grandpa being a drunk and how hard that was for you as a boy.",
    # a garden, lush
    "The lawn looked so lush that spring, the neighbours kept asking what you fed it.",
    # the writer won't say a hard word (F44_NOT_SAYING_YOU_ARE)
    "I'm not going to tell you you're a terrible father, because you're not.",
    "Don't ever think for a second that you're worthless to this family.",
    # a place or thing that was disgusting, and loved (F44_PLACE_WAS)
    "That hostel in Lisbon was disgusting and somehow it's still my favourite memory.",
    "Remember that disgusting motel outside Reno? Best trip of my life.",
    # "not once in years have I …": the writer's own
    "Not once in twenty years have I regretted marrying you.",
    # never made anyone feel small; never stopped loving; never been bad
    "You have never once stopped being my brother, whatever happened.",
    "You've never been a bad person, you've been a sick one.",
    # always kept something spotless; always had a kin's laugh
    "You always kept that old Buick so shiny, and you let me wash the hubcaps on Sundays.",
    "You have always had your mother's smile, and I miss seeing it.",
    # thanks to God every day (F44_THANK_DAILY)
    # first one with the tools
    "Heavy lifting never scared you, you were the first one with a shovel every time.",
    # "you're the reason I stayed / moved"
    "You're the reason I stayed in this town, and I'd do it again.",
    # after everything, still in the reader's corner
    (
        "After everything we've been through together, from the first apartment to this one, "
        "I'm still in your corner."
    ),
    # none of it was the reader's fault
    "The doctors told us the pain would be awful, and none of how it started was your fault.",
    # support from every one of us
    "If you need a ride, every single one of us is a text away and here for you.",
    # a good person, and everyone knows it (F44_GOOD_AND_ALL_KNOW)
    "You're a good man with a hard illness, and everybody at this table knows it.",
    # congratulations on news (F44_CONGRATS_NEWS)
    "Congrats on the new grandbaby, I cried when your sister sent the photo.",
    # way to go on a race
    "Way to go on that 10K in May, I was screaming my head off at the finish.",
    # the writer's own hard words, taken back (F44_MY_WORDS_SORRY)
    "I was the one who said you'd ruined the wedding, and I'm so sorry, you didn't deserve that.",
    # ashamed, denied
    "I'd hate for you to think I'm ashamed of you, because I'm not.",
    # "no matter what anyone says, you are not …" (F44_NO_MATTER_DENIED)
    "No matter what anybody says, you are not a junkie to me, you're my son and you're sick.",
    # constantly amazed
    "Dad, you constantly amazed me with how hard you worked on that farm.",
    # a third person's own praise of treatment
    "My neighbour's son went to rehab in Leeds and he said it was the best thing he ever did.",
    # the reader made the writer feel the smartest
    "You always made me feel like the smartest girl in the class.",
    # pride in the reader's deed, "you did that"
    "I'm so proud of you for the month you stayed sober after the funeral, you did that.",
    # the reader got the writer through, night after night
    "You got me through the fire academy, quizzing me on codes at the table night after night.",
    # a third person offering to visit (F44_OFFER_TO_VISIT)
    "My uncle used heroin for years, he's sober now, and he said he'd come visit you.",
    # a kin's years clean (F44_KIN_YEARS_CLEAN)
    "My sister has been clean and sober nine years and she came today to tell you it's possible.",
]

KIND_TWINS_ES = [
    # a label the writer does not see in the reader
    "Nunca te he visto como un drogadicto, te veo como mi hermano que está enfermo.",
    "Nunca te vi como una borracha, sino como mi hija enferma.",
    # the writer's own perception, and worry
    "Desde que volviste a las pastillas te noto irritable, con la mirada perdida, y me preocupas.",
    # the staff will be with the reader day and night
    "El doctor nos dijo que los primeros días son duros y que van a estar contigo día y noche.",
]

# Harsh sentences beside the guards: (text, category, rule id or None).
PROBES = [
    ("Your brother says you've been stealing from Mom again.", "hearsay", None),
    ("Apparently you were drunk at the school play.", "hearsay", None),
    ("You drank yourself into hospital twice this year.", "blame", "r10c_blame-worried-into"),
    ("You're a junkie and everyone knows it.", "label", None),
    ("You were a pothead all through my childhood.", "label", None),
    ("You're a disgusting drunk.", "insult", None),
    ("You're a disgrace to this family.", "insult", None),
    ("You're crazy and you need to see someone.", "diagnosis", "diagnosis-label"),
    ("Not once in ten years have you said sorry.", "absolute", None),
    ("You never once made it to one of my games sober.", "absolute", "absolute-never"),
    ("You always kept beer in the truck.", "absolute", "absolute-always"),
    ("You always have a drink in your hand.", "absolute", "absolute-always"),
    ("You're the reason I started drinking.", "blame", "blame-because-of-you-p4"),
    ("You're the reason I moved out.", "blame", "blame-because-of-you-p4"),
    ("After everything we've done for you, you still lie to our faces.", "blame", None),
    ("It's your fault the house is gone.", "blame", None),
    ("Congrats on getting fired again.", "sarcasm", None),
    ("Way to go, showing up drunk to the recital.", "sarcasm", None),
    ("No matter what anyone says, you always lie to me.", "absolute", None),
    ("You constantly lie to me.", "absolute", "absolute-constantly"),
    ("You're clean and sober for a week and then you're back at it.", "clean", None),
    ("I'm not ashamed to say I'm ashamed of you.", "insult", None),
    ("You said rehab was the best thing you ever did, and then you walked out.", "sarcasm", None),
    ("You always made me feel worthless.", "blame", "blame-made-me"),
    ("You lied to the judge, you did that.", "blame", "blame-living-hell-4"),
    ("You came home drunk night after night.", "absolute", None),
    # a warm opening turned by "but", then a hard half that main's rules left alone (the turn)
    (
        "Dad, we adore you, but we all agree the drinking has to stop before the baby comes.",
        "we",
        None,
    ),
    (
        "I'd rather write to you as your friend than as your landlord, but every chat we start "
        "ends with you storming out.",
        "absolute",
        None,
    ),
    ("I'm proud of how hard you work, but the reason the kids won't visit is you.", "blame", None),
    (
        "I'm not a psychiatrist, but I think you've got some kind of narcissist streak in you.",
        "diagnosis",
        None,
    ),
    # a category's kind context (QUIET_HEARSAY) in the warm opening, then the turn
    (
        "I love you Ana and I almost left this out, but your cousin let it slip that you've been "
        "buying from someone at the gym.",
        "hearsay",
        None,
    ),
]

PROBES_ES = [
    ("Eres un drogadicto y lo sabes.", "label", None),
    ("Desde que empezaste con el cristal esta casa es un infierno.", "blame", None),
    ("Te la pasas borracho día y noche.", "absolute", None),
    ("Papá, yo lo admiro mucho, pero usted nunca está sobrio en las cenas.", "absolute", None),
    ("Te quiero, hijo, pero a cada rato llegas borracho a la casa.", "absolute", None),
    ("Te quiero con toda el alma, pero siempre que te busco estás tomado.", "absolute", None),
]
