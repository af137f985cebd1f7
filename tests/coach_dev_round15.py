# ruff: noqa: E501  (one sentence a line reads best)
"""Round 15 (h124): kind sentences of the shapes of the English corpus's good sentences and
traps the rules still flagged after round 14, written here in other words before any reading
was built (none is from a held-out batch), with hard twins of the same shapes that must stay
flagged. By kind: a medical scan or test that came back clear ("your scan came back clean");
"lush" as green and growing; a label someone else once called a third person ("he was called
a junkie by everyone"); a loser at a game or a school subject, and "no loser"; a plain thing
called pathetic or disgusting (a cake, a tent, a little tree); good news retold (the reader
looked well, the kindest, helping at the food bank); the reader's own words ("you rang and
said you were frightened"); an aspiration or a homecoming the reader made possible ("you're
the reason I want to be a teacher"); an offer after "if you don't want to" or "unless you
want"; "I'm still going to be here"; the reader never being like a third person; "you'll
never regret"; "you always will" and "you'll always be their dad"; "you always showed up to
my games".

Development sentences: the second opinion trains on them (as every coach_dev*.py).
"""

from __future__ import annotations

ROUND15_GOOD: list[str] = [
    # a medical scan or test that came back clear
    "The nurse said your chest scan came back clean, and I nearly cried in the hallway.",
    "Mum's biopsy came back clean last week, so she'll be there on Sunday.",
    "Your blood work at the hospital came back clean, which is the best news we've had all year.",
    # lush as green
    "The lush meadow behind your cottage is where I want to sit with you again.",
    # a label someone else once called a third person
    "My uncle was called a junkie by the whole village, and I won't do that to you.",
    "Our neighbour's boy got called a pillhead at school and it crushed him.",
    # a loser at a game or a subject; "no loser"
    "I was a hopeless loser at Monopoly every Christmas, and you never let me forget it, which I loved.",
    "You are no loser to me, and you never were.",
    "I'm a bit of a loser at cards, so thanks for teaching me poker.",
    # a plain thing called pathetic or disgusting
    "My birthday cake was a pathetic lopsided thing and you ate two slices anyway.",
    "It's a pathetic little tree we got this year, but it's waiting for your ornaments.",
    "The tent at that campsite was disgusting and you still made it fun.",
    # good news retold
    "Aunt Rose says she saw you at the market and you looked really well.",
    "Gran always says you're the sweetest of her grandchildren, and she's right.",
    "Father Tom mentioned you'd been helping at the soup kitchen on Fridays.",
    # the reader's own words
    "When you rang me in March and said you were frightened, I believed every word.",
    # an aspiration or a homecoming the reader made possible
    "You're the reason I want to be a teacher, honestly.",
    "You're the reason Mia wants to be a vet, she follows you around the barn.",
    "You were the reason I survived my first year at uni.",
    "You're the reason I stayed in the band when I wanted to quit.",
    # an offer after "if you don't want to" / "unless you want"; "still going to be here"
    "If you don't want to talk here, I'll take you for a drive and we can talk in the car.",
    "Unless you want the last biscuit, I'm having it.",
    "If you say no tonight, I'm still going to be here tomorrow, and the day after.",
    # never like a third person; never regret
    "My stepdad was a mean drunk, and you have never been anything like him.",
    "You won't ever regret giving this a chance, I promise you.",
    # always will; always their parent; showed up to my games
    "I love you, and I always will.",
    "Whatever happens with us, you'll always be the boys' mum, and I want that to be good for them.",
    "You always came to my matches, whatever the weather.",
]

ROUND15_FLAG: list[tuple[str, set[str]]] = [
    ("Your drug test came back clean for once.", {"clean"}),
    ("You're a lush and everyone knows it.", {"label"}),
    ("You're a junkie, and everyone in the village calls you that.", {"label"}),
    ("You're a loser at life and always will be.", {"insult"}),
    ("You're a loser, plain and simple.", {"insult"}),
    ("You're pathetic, and the cake you dropped drunk proves it.", {"insult"}),
    ("Aunt Rose says she saw you drunk at the market.", {"hearsay"}),
    ("Gran says you stole from her purse.", {"hearsay"}),
    ("You're the reason I want to move out of this house.", {"blame"}),
    ("You're the reason Mia cries herself to sleep.", {"blame"}),
    ("If you don't go to rehab, I'm leaving and taking the kids.", {"threat"}),
    ("Unless you stop drinking, you're out of this house.", {"threat"}),
    ("You've never been anything but a drunk.", {"label"}),
    ("You always show up drunk to my games.", {"absolute"}),
    ("You always will be a liar.", {"absolute"}),
]


# Set 2, written after set 1's readings were built and before set 2's were: the shapes of the
# corpus sentences still flagged after them.
ROUND15_B_GOOD: list[str] = [
    # a third person of the writer's past, or a role played
    "My old flatmate from college was a real stoner, and you were the one who found me a new place.",
    "My grandad spent years as a heroin addict before he got clean, and he's the gentlest man I know.",
    "You played a junkie in the school play and we still laugh about it.",
    # the writer not saying it
    "I'm not saying you're a failure or a bad dad, I'm saying you're ill and I miss you.",
    # embarrassing, but loved
    "It's so embarrassing when you sing along in the supermarket, but I love it.",
    # a plain place called disgusting
    "The cabins at that camp were disgusting and somehow you made it the best week of the summer.",
    # an errand's last chance; a will; a career
    "This is your last chance to add a message to Grandpa's card before I post it.",
    "We've spoken to a lawyer about writing our wills, so the kids are looked after.",
    "Carry on like this and you'll be running the whole department in a year.",
    # help so the reader can get well
    "If you go, I'll have the kids every weekend so you can concentrate on getting better.",
    # a family plan, tiredness, an old thing given up, a name
    "We as a family have decided to book a cottage for your birthday.",
    "We're all exhausted after the flight, so let's talk tomorrow.",
    "We've all given up on the old lawnmower.",
    "We came to the same conclusion about the new kitten's name.",
    "We all know you're the best gardener in the family.",
    # praise retold
    "Your grandma always said you were the kind one, and she was right.",
    "People talk about how you light up every room you walk into.",
    "My brother reckons you'd be a brilliant teacher.",
    "Your mum thinks you've been taking on too much at work lately.",
    # credit for good things
    "I'm sober today because of you, because you sat with me through that first week.",
    "The reason I became a nurse is you, and the way you looked after Gran.",
    "The kitchen looks amazing and you did that.",
    "You don't care what anyone thinks of your dancing, and I love that.",
    "After everything we've been through, I'm still on your side.",
]

ROUND15_B_FLAG: list[tuple[str, set[str]]] = [
    ("Your roommate says you're a stoner, and honestly you are one.", {"label"}),
    ("You're a failure and a bad dad.", {"insult"}),
    ("It's embarrassing watching you stagger around drunk at weddings.", {"insult"}),
    ("This is your last chance to get sober before I leave.", {"threat"}),
    ("I've already talked to a lawyer about custody of the kids.", {"threat"}),
    ("We as a family have decided you need to leave.", {"we"}),
    ("Your grandma always said you were a liar, and she was right.", {"hearsay"}),
    ("Your mum thinks you've been drinking at work again.", {"hearsay"}),
    ("The kitchen is wrecked and you did that.", {"blame"}),
    ("After everything we've been through, you still lie to my face.", {"blame"}),
]


# Set 3, written after set 2's readings were built and before set 3's were.
ROUND15_C_GOOD: list[str] = [
    "I'm not saying you're a sociopath or anything like that; I'm saying I'm scared for you.",
    "There hasn't been a Thanksgiving you didn't make special.",
    "You've kept every appointment you made with the counsellor this month.",
    "It was never your fault that Mum got sick, and I should have told you sooner.",
    "The second anyone tells you they're lonely, you're knocking on their door.",
    "It's up to you whether you come, and I'll love you either way.",
    "I wouldn't be alive today if it wasn't for you.",
    "My manager is a total narcissist, but that's a story for another day.",
    "My sister-in-law is a narcissist, and I'm so glad you're nothing like her.",
    "Is it selfish of me to want my brother home for Christmas?",
    "The most pathetic thing I ever did was stop calling you.",
    "You deserve a medal for remembering all our anniversaries.",
    "Brilliant job at the concert, Sam, I clapped until my hands hurt.",
    "You always had the whole table laughing at Christmas.",
    "You never brought us down, not once.",
    "I have never stopped believing in you, not once in all these years.",
    "You haven't missed a single shift at the shelter this year.",
    "You can't go a day without making somebody smile.",
]

ROUND15_C_FLAG: list[tuple[str, set[str]]] = [
    ("There hasn't been a Christmas you didn't ruin.", {"absolute"}),
    ("I wouldn't be in this mess if it wasn't for you.", {"blame"}),
    ("My husband is a narcissist and he knows it.", {"diagnosis"}),
    ("Is it selfish of me to say you're a selfish drunk?", {"insult"}),
    ("Great job at the party, showing up drunk again.", {"sarcasm"}),
    ("You always had us crying with your drinking.", {"absolute"}),
    ("You haven't stayed sober a single day this year.", {"absolute"}),
    ("Every day you're drunk, and I can't take it.", {"absolute"}),
]
