# ruff: noqa: E501  (the sentences stay whole, one a line)
"""Round 24 (h47): hearsay and diagnosis read as constructions (the r24h_ rules), said in words
of our own, and their kind twins, rules alone. Read by tests/test_coach_construction_rules.py.

Hearsay: a teller (a relation, a role, a name) + a verb of telling, writing, posting or
describing + the reader after it + a hard scene of the domain in the sentence
(`R24H_SCENE`: the substances, the police, a lost job, a fight, a night out, early refills);
the writer's second-hand knowledge ("I got it from…", "word at…", "there's talk…", "from what
the ladies say…", "seemingly…") beside the reader and a hard scene; a group talking about the
reader or asking the writer whether it is true. Diagnosis: a psychiatric or pop-psychology word
(`R24H_DIAG`) where the writer asserts it of the reader ("I'm pretty sure…", "in my
estimation", "any therapist would…", "I looked it up"); the reader's own condition named as
the cause ("your depression is obviously why…", "your whole attitude is frankly sociopathic");
"exactly what a sociopath does", "you'd have to be a psychopath to…".

At merge the lead kept two of the six rules, the second-hand marker and the writer asserting
a diagnosis: the teller rule, the group talking, the condition as the cause and "what a
sociopath does" caught no label of round 24's fifteen unread writers that another rule did not
(the teller flagged one of their kind sentences). The probes only those rules caught went with
them; every kind twin stays.

The twins: good news told by a third person, a third person's own story, a clinician's fact
told with love, the fear of a phone call, people asking after the reader, the writer's own
history, a third person's diagnosis, worry said as worry, a diagnosis named by a doctor.

Not named coach_dev*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND24H_PROBES: list[tuple[str, set[str]]] = [
    # a teller + a verb of telling + the reader + a hard scene (the rule cut at merge; older
    # rules catch these)
    (
        "Your cousin Lena told me at the christening that you were selling her prescription pills.",
        {"hearsay"},
    ),
    ("The night manager at the motel told us they found a needle in your room.", {"hearsay"}),
    (
        "Our mail carrier says she sees you asleep in the truck most mornings with the engine running.",
        {"hearsay"},
    ),
    ("Your foreman let me know you came back from lunch smelling of whiskey again.", {"hearsay"}),
    # the writer's second-hand knowledge beside the reader and a hard scene
    (
        "I got it from your old roommate that you've been buying pills off a guy at the gym.",
        {"hearsay"},
    ),
    (
        "From what the ladies at choir say, you were thrown out of the Legion hall on Friday.",
        {"hearsay"},
    ),
    ("Seemingly you've been skipping your probation check-ins for a month.", {"hearsay"}),
    ("Word at the hardware store is that they let you go for showing up drunk.", {"hearsay"}),
    # a group talks about the reader (the rule cut at merge; an older rule catches this)
    ("The whole block is talking about you, and the ambulance that came at midnight.", {"hearsay"}),
    # the writer asserts a diagnosis of the reader
    ("Any therapist would see untreated ADHD in you within five minutes.", {"diagnosis"}),
    ("Emotionally unstable is honestly the only way I can describe you these days.", {"diagnosis"}),
    ("I'm pretty sure you're bipolar and the whiskey is how you cope with it.", {"diagnosis"}),
    (
        "I looked it up, and you check every box for narcissistic personality disorder.",
        {"diagnosis"},
    ),
]

ROUND24H_KIND: list[str] = [
    # good news told by a third person
    "Your foreman let me know you've been the first one in every morning this month.",
    "Your sister mentioned that you drove her to the ER when her water broke, and she still calls you her hero.",
    "I heard from your old coach that you still hold the county record, and I grinned all day.",
    "Word at church is that you're welcome back in the choir any Sunday you want.",
    # a third person's own story, an offer of help
    "Aunt Rosa told me her own son drank for years, and she'd love to sit with you whenever you're ready.",
    # a clinician's fact, told with love
    "The pharmacist told me how to keep your pills in a safe place at home.",
    "The doctor at the clinic said the withdrawal can be dangerous, so please let them help you.",
    "The doctor said you have depression, and I'm so glad it finally has a name and a treatment.",
    # the fear of a phone call
    "I'm scared I'll get a phone call one night from the police telling me you're gone.",
    # people asking after the reader
    "Everyone at work keeps asking me how you're doing and sends their love.",
    # worry said as worry, the writer's own words
    "I think you've been carrying a lot of sadness since Dad died, and I want to carry it with you.",
    "I believe you when you tell me the anxiety came first, and I want to help you find a good doctor.",
    "Your depression is real and it is not your fault.",
    # a third person's diagnosis, the writer's past
    "My mother had bipolar disorder, and I know how hard it was for her to ask for help.",
    "My ex was a narcissist, and I know in my heart you are nothing like him.",
    # a third person's own recovery and an offer; the writer's regret; support
    "Your friend Sam told me he hasn't touched a beer since he went to rehab, and he wants to help you.",
    "I think you've been depressed since the layoff, and I wish I had asked you about it sooner.",
    "I believe you're stronger than the depression, and I'll be beside you.",
    # the frame without a diagnosis
    "I looked it up, and the treatment center takes our insurance and has a bed on Monday.",
    "I'm pretty sure you're tired of hearing from me, so I'll keep this short.",
]

# Kind twins that rules older than this block flag (none of this block's rules does).
ROUND24H_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "Your sister mentioned that you drove her to the ER when her water broke, and she still calls you her hero.",
    "I heard from your old coach that you still hold the county record, and I grinned all day.",
    "Word at church is that you're welcome back in the choir any Sunday you want.",
}
