# ruff: noqa: E501  (one sentence a line reads best)
"""Round 21 (r43a): absolutes and blame said in a writer's own words. The constructions the
r21a_ rules read, each said in words of our own (none copied from a batch), with kind twins
that must stay quiet: a warm habit ("you brought me soup every night"), the writer's own past
("I was the drunk at every party"), a kind "not once did you miss", a rhetorical question
about kindness, "put me through college", sincere thanks, a sacrifice gladly made, a loss
said without pointing, someone else blamed.

By construction: "every <occasion>" in the reader's own clause with a hard state ("every
Saturday you're loaded by lunch"); a challenge ("when have you ever …", "name one time …",
"how many more times …", "how come every time …"); a closer ("as usual", "like always",
"like every year") after the reader's letdown; "you're forever -ing", "perpetually late";
"same old excuses"; "every talk with you ends up …"; "not once have you …", "there wasn't a
holiday without you …"; "disappearing whenever …", "whatever Dad suggests, you …";
"literally everything"; "you never finish anything you start"; "you do this constantly";
"sold every last …"; "… all the time"; "not one of your rehabs has stuck"; and for blame:
"traded it for a bottle", "so you could go score", "pawned … to keep using"; "dragged us
through …", "put your sister in the middle of your mess"; "took the kids' childhood away";
"how could you do that to your mother"; "the damage you've done to", "brought nothing but
grief"; "into an early grave", "spent her last months worried sick"; "on your conscience",
"that came from you", "and I know exactly why", "no coincidence"; "this mess is yours, not
mine", "whatever happens now, you own it"; "made us the family the town whispers about";
"sold the car to pay off your dealer"; "if you hadn't …, I wouldn't have …"; "spent the rent
money on pills"; "thanks for getting us evicted"; "the bottle over your own kids"; "it was
your X that put …"; "the fault lies with you"; "you spoiled your sister's wedding"; "what
possessed you to"; "this is how you thank us"; "broke his heart when you"; "made the choice
to drink instead of".

Run by tests/test_coach_construction_rules.py, rules alone. Not named coach_dev*, so not
training data for the second opinion."""

from __future__ import annotations

ROUND21A_PROBES: list[tuple[str, set[str]]] = [
    # every <occasion> in the reader's clause with a hard state
    ("Every Saturday you're loaded by lunch, Gary.", {"absolute"}),
    ("You've been hammered at every single family barbecue since 2019.", {"absolute"}),
    (
        "Every payday you vanish and come back smelling like a brewery, and then you are broke by Tuesday and stoned on the couch.",
        {"absolute"},
    ),
    # challenge questions
    ("When have you ever paid back a cent you borrowed from me?", {"absolute"}),
    ("Name one Christmas in the last five years you stayed sober until dinner.", {"absolute"}),
    ("How many more times am I supposed to bail you out of the county lockup?", {"absolute"}),
    ("How come every time I visit there are empties stacked by your door?", {"absolute"}),
    # closers after a letdown
    ("You skipped the recital, as usual, and said you were sick.", {"absolute"}),
    ("Missing Jack's christening like always, too hungover to drive.", {"absolute"}),
    ("You turned up drunk to the reunion, like every year.", {"absolute"}),
    # forever / perpetually
    ("You're forever making excuses for where the money went.", {"absolute"}),
    ("My brother is perpetually broke and perpetually sorry.", {"absolute"}),
    ("Same old promises, Ray, and same old nothing.", {"absolute"}),
    ("Every phone call with you ends with a request for cash.", {"absolute"}),
    # inverted negative
    ("Not once this spring have you arrived at my door without beer on your breath.", {"absolute"}),
    (
        "There wasn't a single holiday last year without you sneaking off to the car for a drink.",
        {"absolute"},
    ),
    ("Not one time this year you phoned your daughter on a Sunday, not one.", {"absolute"}),
    # whenever / whatever
    ("You go missing whenever the rent is due, Tom.", {"absolute"}),
    ("Whatever your sister offers, you wave it away and reach for the wine.", {"absolute"}),
    ("You bail on literally everything we plan.", {"absolute"}),
    ("You don't finish anything you start since the pills took over.", {"absolute"}),
    ("You pull this stunt every holiday, Dee.", {"absolute"}),
    ("You sold every last thing Grandpa left you, down to his fishing reels.", {"absolute"}),
    ("You're stoned all the time now, and your kids notice.", {"absolute"}),
    ("Not one of your detox programs has lasted past the second week.", {"absolute"}),
    ("Whenever life gets a little hard, you reach for the whiskey.", {"absolute"}),
    ("Whatever goes wrong at the garage, somehow it's never your fault.", {"absolute"}),
    (
        "Funny how the cash in the tip jar only ever goes missing when you're on shift.",
        {"absolute"},
    ),
    ("Each and every month the rent is due, you're nowhere to be found.", {"absolute"}),
    ("Whenever there's a family reunion, you're the one passed out by the pool.", {"absolute"}),
    # blame: the trade
    ("You blew off your son's graduation for a bag of pills.", {"blame"}),
    ("Grandma spent her birthday alone so you could go meet your dealer.", {"blame"}),
    ("You hocked my laptop to buy more oxy.", {"blame"}),
    # dragged through / put in the middle
    ("You've dragged your parents through four years of lawyers and courtrooms.", {"blame"}),
    (
        "You put your own daughter right in the middle of your mess when you sent her to buy your cigarettes and beer.",
        {"blame"},
    ),
    ("You stole our kids' childhood away from them, one bender at a time.", {"blame"}),
    ("How could you do that to your own father?", {"blame"}),
    ("How you can say this to your mother after all the lies?", {"blame"}),
    ("Look at the damage you have done to this marriage.", {"blame"}),
    ("You have brought nothing but grief to this house since you started using.", {"blame"}),
    (
        "Your father drank himself to sleep worrying about you and worked himself into an early grave.",
        {"blame"},
    ),
    ("Nana spent her final weeks crying over where you were sleeping.", {"blame"}),
    ("Every grey hair on your father's head, that came from you.", {"blame"}),
    ("Your mom is in the hospital again, and I know exactly why.", {"blame"}),
    (
        "Your sister's panic attacks started the year you moved back in, and it was no coincidence.",
        {"blame"},
    ),
    ("This whole mess is yours to clean up, not mine.", {"blame"}),
    ("Whatever happens to the farm after this, you own it.", {"blame"}),
    ("You made us the family the whole street gossips about.", {"blame"}),
    ("We had to remortgage the house to pay off your bookie.", {"blame"}),
    ("If you hadn't been drinking that night, Sam would still have his license.", {"blame"}),
    ("You spent the grocery money on vodka again.", {"blame"}),
    ("Congratulations, you managed to get your brother fired from the shop.", {"blame"}),
    ("You picked the bottle over your own kids, and you know it.", {"blame"}),
    ("It was your drinking that landed Dad in the ER.", {"blame"}),
    ("The fault for the shop closing lies squarely with you.", {"blame"}),
    ("You wrecked your sister's wedding, and nobody has forgotten it.", {"blame"}),
    ("What in god's name possessed you to drive the kids home drunk?", {"blame"}),
    ("We gave you a home for two years, and this is how you repay us?", {"blame"}),
    ("You broke that little boy's heart when you passed out at his game.", {"blame"}),
    ("You made the choice to drink instead of showing up for your daughter.", {"blame"}),
    ("Your mother took a second job at the diner to cover your gambling debts.", {"blame"}),
    ("You poured my savings down the drain, one bottle of rum at a time.", {"blame"}),
    ("My ulcer is from the stress of covering for you.", {"blame"}),
    ("The kids can't sleep from all the yelling you bring home after the bar.", {"blame"}),
]

ROUND21A_KIND: list[str] = [
    "Every Saturday you brought me soup when I was sick, and I've never forgotten it.",
    "I was the drunk at every family wedding in my thirties, so I know this road.",
    "Every night you were in the hospital I sat by your bed and held your hand.",
    "Not once did you miss one of my swim meets when I was a kid.",
    "Not once have you let me down when I really needed you.",
    "When have you ever been anything but generous with me?",
    "Name one thing you'd like for your birthday, and it's yours.",
    "How many times have you carried your little sister home on your back?",
    "You made the best lasagna at Christmas, as usual.",
    "You're forever telling me how proud you are of the kids.",
    "You're forever in my heart, Danny.",
    "Every conversation with you ends with me laughing.",
    "Whatever your dad suggests, you give it a fair try.",
    "You're literally everything to me.",
    "You spent every last penny you had on your daughter's braces.",
    "I think about you all the time.",
    "Mom and Dad put me through college, and I'll always be grateful.",
    "I put you through a lot when I was drinking, and I'm sorry.",
    "How could you do that to yourself? I just want you safe.",
    "I know you want to undo the damage you've caused, and I believe you can.",
    "Grandpa worked himself into an early grave at the mill, long before you were born.",
    "Your kindness, that came from you, Mom, and I see it in my kids.",
    "The decision is yours to make, not mine.",
    "I sold my car to pay for your rehab, and I'd do it again tomorrow.",
    "If you hadn't called me that night, I wouldn't have made it.",
    "Thank you for making me cry happy tears at the wedding.",
    "It was your call that got me through that winter.",
    "The fault lies with the disease, not with you.",
    "The rain ruined the wedding, but we danced anyway.",
    "What possessed you to buy me flowers?",
    "I can never thank you enough for how you've repaid my trust.",
    "You broke my heart when you left for college, and I was so proud of you.",
    "You traded your old bike for a guitar and played it every day.",
    "We left early so you could get some sleep.",
    "Your grandmother spent her last months surrounded by the people she loved.",
    "Not one of your friends has forgotten you.",
    "Whenever things get hard at work, you call me, and I love that.",
    "Whatever goes wrong, I know you'll be there for me.",
    "Each and every time I called, you answered.",
    "Whenever there's a family party, you're the first one on the dance floor.",
    "My mother took a second job to cover my tuition, and I'll never forget it.",
    "You poured the vodka down the sink the day you came home from treatment.",
    "I poured my heart into this letter because I love you.",
    "The stress of the move got to all of us.",
]

# Kind twins the rules of main (before this round) already flag; listed for the false-flag work.
ROUND21A_KIND_FLAGGED_BY_OLDER_RULES: frozenset[str] = frozenset(
    {
        "You spent every last penny you had on your daughter's braces.",  # absolute-every-last
        "How could you do that to yourself? I just want you safe.",  # blame-how-could-you
        "I know you want to undo the damage you've caused, and I believe you can.",  # r9i_blame-chaos-you-created
        "You broke my heart when you left for college, and I was so proud of you.",  # blame-ruin
    }
)
