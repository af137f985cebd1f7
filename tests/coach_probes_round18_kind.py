# ruff: noqa: E501  (one sentence a line reads best)
"""Round 18 (f40): kind sentences and traps in the shapes that the rules flagged on round 18's
fresh writers (dev 64-66), written here before any reading was built, none copied from a
batch, and harsh near-twins of each shape that must stay flagged with the category named.
By shape: a warm feeling that comes back "every single time"; "great job" on an achievement
or on raising the family; a fond habit remembered ("I remember the way you always hummed");
hearsay whose source is the reader ("according to you"); a parent the writer grew up with;
the reader's own belief, denied ("you think you're a failure, but you're not"); help offered
after "if you don't like"; a sports team called pathetic; "nobody will call you an addict";
"you never stopped talking about" a good thing; "you'll never walk in there alone"; care
"night after night"; "you never let me feel like a loser"; a food called disgusting.

Not training data (the name is not coach_dev*): tests/test_coach_round18_kind.py runs them
with the rules alone.
"""

from __future__ import annotations

ROUND18_KIND: list[str] = [
    # a warm feeling that comes back every time
    "Your voice messages make me laugh every single time I play them.",
    "Your postcards from the lake still make me grin every single time I find one in a drawer.",
    "Whenever you sang in the kitchen I felt at home, every single time.",
    "When you tucked me in I felt safe, every single time.",
    # "great job" on an achievement or on raising the family
    "Great job on the 10K last fall, I cheered so hard at the finish that I lost my voice.",
    "You did a great job raising the three of us after Mom left, and I will never forget it.",
    "Great job on the science fair, I still tell people about the volcano you built.",
    "Great job at the recital, I screamed and cried like a fool in the front row.",
    # a fond habit remembered
    "I remember the way you always hummed old hymns while you fixed the fence.",
    "I miss the way you always whistled while you shaved.",
    "I love how you always sang along to the radio in the truck.",
    "You always had a wicked sense of humor that could make Nana spit out her tea.",
    "You always had the driest jokes at Thanksgiving.",
    # hearsay whose source is the reader
    "Apparently I'm the worst driver in the family, according to you, and I'd give anything to hear you tease me about it again.",
    "Apparently my chili is too spicy, according to you at least, so I'm saving you a bowl of the mild one.",
    # a parent the writer grew up with
    "I grew up with a mean drunk for a father, and I won't let that be your story.",
    "I grew up with an alcoholic for a mother, so I know how lonely this feels.",
    "We grew up with a drunk for a dad, and we swore we'd do it differently.",
    # the reader's own belief, denied
    "I know you think you're a failure, but you're not, you're my brother and you're sick.",
    "I know you believe you're worthless right now, and you are not.",
    "You keep telling yourself you're a burden, but you never were one to me.",
    # help offered after "if you don't like"
    "If you don't like the first counselor, I'll help you find another one, no question.",
    "If you don't like the group, we'll help you look for a different one.",
    "If you don't get along with your sponsor, I'll help you find a new one.",
    # a sports team called pathetic
    "The Browns were pathetic that whole season but we never missed a game on your couch.",
    "The Leafs were pathetic all season, and you still took me to every home game.",
    "Our team was disgusting in the second half, but sitting next to you made it the best day.",
    # nobody will call you a label
    "The meeting is on Tuesday, and nobody there will call you an addict.",
    "No one at the clinic is going to call you a junkie.",
    "Nobody in this family will ever call you a drunk.",
    # never stopped talking about a good thing
    "We went to the coast the summer you turned eight and you never stopped talking about the seals.",
    "You never stopped talking about that fishing trip with Grandpa.",
    # never alone
    "Whatever happens today, you'll never walk into that building alone.",
    "Whatever they decide, you'll never sit in that waiting room alone.",
    "You will never walk through those doors alone, I promise.",
    # care night after night
    "You sat with me night after night when I had pneumonia, and now I want to sit with you.",
    "You stayed up with me night after night when the baby wouldn't sleep.",
    "You sat by my bed week after week when I was in the hospital.",
    # never let me feel like a loser
    "You never let me feel like a loser when I got cut from the team.",
    "You never once made me feel like a loser when I failed my driving test.",
    # a food or drink called disgusting
    "You used to eat that disgusting black licorice just to make me gag.",
    "You loved those disgusting sardine sandwiches and I loved watching you eat them.",
    "Remember that disgusting gas station coffee you swore by on road trips?",
]

ROUND18_TWINS: list[tuple[str, set[str]]] = [
    ("Your lies make me sick every single time.", {"absolute"}),
    ("You come home drunk and scream at us, every single time.", {"absolute"}),
    ("Great job on the 10K, too bad you were drunk at the finish line.", {"sarcasm"}),
    ("Great job raising us, you were passed out on the couch most nights.", {"sarcasm"}),
    ("Great job at the recital, you yelled at the usher the whole time.", {"sarcasm"}),
    ("I hate the way you always lie to Mom.", {"absolute"}),
    ("You always had a drink in your hand.", {"absolute"}),
    ("Apparently you were at the bar again, according to Jen.", {"hearsay"}),
    ("Apparently you told your boss you were sick again.", {"hearsay"}),
    ("Our kids are growing up with a drunk for a father.", {"label"}),
    ("You're a drunk, and the kids know it.", {"label"}),
    ("I think you're a failure.", {"insult"}),
    ("I know you think you're smart, but you're a failure.", {"insult"}),
    ("If you don't go today, I'll help Mom pack your things and you're out.", {"threat"}),
    ("You were pathetic that whole season, drunk at every game.", {"insult"}),
    ("You were disgusting at the game, yelling at the kids.", {"insult"}),
    ("Everybody at church calls you a drunk now.", {"hearsay"}),
    ("You never stopped drinking, not for one day.", {"absolute"}),
    ("You'll never walk into that building sober.", {"absolute"}),
    ("You sat at the bar night after night.", {"absolute"}),
    ("You stayed out drinking night after night.", {"absolute"}),
    ("You always made me feel like a loser.", {"blame"}),
    ("You never let me forget what a loser you are.", {"insult"}),
    ("You're a disgusting drunk.", {"insult"}),
    ("That disgusting thing you said to Mom at dinner was cruel.", {"insult"}),
    ("Since the summer you turned sixteen you stopped talking to us.", {"blame"}),
    ("You never stopped talking about your dealer like he was family.", {"absolute"}),
    ("I remember the way you always came home drunk on Fridays.", {"absolute"}),
    ("According to your boss, you missed three shifts.", {"hearsay"}),
    ("The kids will grow up with a drunk for a father.", {"label"}),
    ("Everyone in this family will call you a drunk if you keep this up.", {"hearsay"}),
    ("If you don't like the rules here, you can find another place to live.", {"threat"}),
    ("You were disgusting last night, puking in the sink.", {"insult"}),
    (
        "According to you, everyone else is the problem, and Aunt May says you were drunk again.",
        {"hearsay"},
    ),
    (
        "The Cowboys were pathetic that whole game, and so were you, drunk in the stands.",
        {"insult"},
    ),
    ("I remember the way you always had a beer in your hand.", {"absolute"}),
    ("Great job on the deck, shame you were hammered the whole time.", {"sarcasm"}),
]
