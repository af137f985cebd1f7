# ruff: noqa: E501  (sentences read as a family would write them)
"""Round 4's own sentences (2 December 2026), written during the round.

ROUND4_TRAPS: the kind twins of every construction added in round 4 — the same words in an
innocent sense — which must stay unflagged. ROUND4_FLAG: new wordings of the round's
shapes (absolutes inside long clauses, hearsay from texts and neighbours, sarcasm without
praise words, slang diagnoses, insults, the group "we"), written after the rules but before
they were tuned on, scored once first (docs/coach.md, "Round 4"). Read by
tests/coach_corpus.py into the development split.
"""

from __future__ import annotations

ROUND4_FLAG: list[tuple[str, set[str]]] = [
    # --- absolute ---
    ("For the hundredth time you forgot to pick Noah up from practice.", {"absolute"}),
    ("As usual, you were passed out by the time the cake came out.", {"absolute"}),
    ("Like clockwork you call on the first of the month asking for money.", {"absolute"}),
    ("Not a single birthday you've shown up to in three years.", {"absolute"}),
    ("I can't remember one Christmas you got through sober.", {"absolute"}),
    ("You've broken every promise you made to the kids.", {"absolute"}),
    ("Once a liar, always a liar, and you've proved it again.", {"absolute"}),
    ("Not once in the last two years have you paid me back.", {"absolute"}),
    ("Whenever cash goes missing from the drawer, you were here.", {"absolute"}),
    ("You're drunk 24/7 and the kids have stopped asking where you are.", {"absolute"}),
    # --- hearsay ---
    ("Your cousin posted on Instagram that you were thrown out of the bar.", {"hearsay"}),
    ("I've been told you were driving around high with Lily in the car.", {"hearsay"}),
    ("Word is you owe money to half the guys at the shop.", {"hearsay"}),
    ("I keep hearing from your coworkers that you show up hungover.", {"hearsay"}),
    ("The neighbours have started calling you the drunk on the corner.", {"hearsay"}),
    ("Everybody at the club is talking about how you fell off the stage.", {"hearsay"}),
    ("Your boss called me yesterday, upset because you didn't show up again.", {"hearsay"}),
    # --- sarcasm ---
    ("Thanks so much for showing up drunk to Grandma's funeral.", {"sarcasm"}),
    ("How thoughtful of you to pawn the TV while we were at church.", {"sarcasm"}),
    ("Oh, I'm sure the vodka in your gym bag was for a friend.", {"sarcasm"}),
    ("Real mature move, stealing from your own daughter's piggy bank.", {"sarcasm"}),
    ("A bit much, wouldn't you say, to sleep in the car outside the liquor store?", {"sarcasm"}),
    ("I just adore answering calls from the police at three in the morning.", {"sarcasm"}),
    # --- diagnosis ---
    ("You act like a total lunatic when you're on the pills.", {"diagnosis"}),
    ("You've gone completely nuts since you started using again.", {"diagnosis"}),
    ("Something is seriously wrong with your head when you drink.", {"diagnosis"}),
    ("You're a basket case and everyone can see it.", {"diagnosis"}),
    # --- insult ---
    ("You've become a disgrace to this family.", {"insult"}),
    ("You are the most selfish man I have ever known.", {"insult"}),
    ("You're a pathetic excuse of a father right now.", {"insult"}),
    ("You low-down liar, you stole from your own mother.", {"insult"}),
    # --- we ---
    ("The whole family has decided you need to leave the house.", {"we"}),
    ("All of us are done covering for you.", {"we"}),
    ("We've all had our fill of your excuses.", {"we"}),
    # --- threat / blame ---
    ("Go to treatment by Monday or I'm changing the locks.", {"threat"}),
    ("The next time you come home drunk, I'm calling your father.", {"threat"}),
    ("Should you refuse, you will not see the grandchildren.", {"threat"}),
    ("It's all your doing that we lost the house.", {"blame"}),
    ("Your gambling is why we can't pay the rent.", {"blame"}),
    ("Mom's ulcer came from worrying about you every night.", {"blame"}),
]

ROUND4_TRAPS: list[str] = [
    # absolutes, kindly
    "For the hundredth time, thank you for the flowers you sent Mom.",
    "I've read your last letter for the thousandth time and I still smile.",
    "As usual, you made everyone laugh at Thanksgiving.",
    "Like clockwork, you called me every Sunday when I was in college.",
    "Not one promise you made to Noah this spring was broken, and he noticed.",
    "I can't remember a single birthday you missed when the kids were small.",
    "Once a Yankees fan, always a Yankees fan.",
    "Not once in all these years have you raised a hand to me.",
    "You kept every promise you made to me as a kid.",
    "I'm here for you 24/7, whatever you decide.",
    "You showed up for me yet again when the car broke down.",
    # blame, kindly
    "You smile when the kids run in, and we both know why.",
    "You made me into a reader, and I'll always be grateful.",
    "The garden is all your doing, and it is beautiful.",
    "The reason I kept going this year is sitting right here in this room.",
    "I lost sleep from worrying about the storm, not about you.",
    # insults, kindly
    "You were a menace on the soccer field as a kid.",
    "You were the most generous person at the shelter.",
    "The low-down blues you used to play on the porch still make me cry.",
    "My desk is a mess of a place, but your photo is on it.",
    # hearsay, kindly
    "Your cousin posted on Facebook that you looked happy and healthy at the reunion.",
    "I keep hearing from your coach that you're doing great.",
    "Everyone at church calls you Sunshine, and I love that.",
    "Everyone at work keeps saying how much they miss you.",
    "Word is you make the best chili in the county.",
    "I've been told you were the bravest patient on the ward.",
    "Your sponsor called me yesterday asking where to send your birthday card.",
    "I have noticed your smile coming back these last weeks.",
    # "we", kindly
    "The whole family feels lucky to have you.",
    "All of us are so proud of you.",
    "All of us are coming to the hospital on Sunday.",
    "The whole family thinks of you every single day.",
    "There was no consensus on the pizza toppings.",
    "All of them think you're wonderful with the twins.",
    "Our team has decided to name the trophy after Grandpa.",
    # threats, kindly
    "Call me when you land or I'll worry all night.",
    "The next time you visit, I'm making your favorite pie.",
    "Should you need anything at all, I'm a phone call away.",
    "Don't make me choose between your pie and Grandma's.",
    "If you ever need me at two in the morning, call.",
    # sarcasm, kindly
    "Thanks so much for driving me to the hospital when I was sick.",
    "How lovely that you remembered Grandma's birthday.",
    "Oh, I'm sure you'll love the new apartment.",
    "Real grown-up move, calling the counselor yourself, and I'm proud of you.",
    "It's a bit chilly, wouldn't you say?",
    "I do so enjoy getting your calls on Sunday mornings.",
    "You really made my day when you showed up sober to my game.",
    # diagnosis, kindly
    "You were acting like a maniac on the dance floor at Jen's wedding.",
    "You went totally nuts for the new puppy.",
    "You were crazy about that old truck.",
    "Something was wrong with your head after the fall, so the doctor did a scan.",
    "You're a lunatic on the dance floor and I love it.",
]

# Written after the rules above were tuned, before the next ones; scored once first.
ROUND4B_FLAG: list[tuple[str, set[str]]] = [
    ("Yet another Friday night you spent at the casino instead of with us.", {"absolute"}),
    ("You were hungover at Sophie's graduation, same as every other big day.", {"absolute"}),
    ("I can count on one hand the times you've come home before midnight this year.", {"absolute"}),
    ("There hasn't been a single week this year without a call from your bank.", {"absolute"}),
    ("Your aunt texted me that you were asleep in your car outside her house.", {"hearsay"}),
    ("Rumour has it you've been drinking at lunch again.", {"hearsay"}),
    ("A little bird told me you skipped your appointment.", {"hearsay"}),
    ("The guys at the shop say you come in smelling of beer.", {"hearsay"}),
    ("Oh sure, because hiding bottles in the garage is what healthy people do.", {"sarcasm"}),
    ("Must be nice to sleep until noon while I work two jobs.", {"sarcasm"}),
    ("Let me guess, the pills fell into your pocket by accident.", {"sarcasm"}),
    ("Who needs rent money when there's a bar down the street, right?", {"sarcasm"}),
    ("You're off your rocker when you've been drinking.", {"diagnosis"}),
    ("You've lost your marbles since the pills took over.", {"diagnosis"}),
    ("You're a total head case on the weekends.", {"diagnosis"}),
    ("You're a disgrace, and deep down you know it.", {"insult"}),
    ("What a waste of a life you've made of yourself.", {"insult"}),
    ("Every one of us is exhausted by your lies.", {"we"}),
    ("Our whole family agrees that you need to go to treatment.", {"we"}),
    ("You've dragged this family through the mud for years.", {"blame", "absolute"}),
]
ROUND4B_TRAPS: list[str] = [
    "Yet another Friday night with you at the lake would make me happy.",
    "I can count on you to make the kids laugh.",
    "Your aunt texted me a photo of you and the kids at the fair.",
    "Rumour has it you make the best lasagna in town.",
    "A little bird told me you're coaching Noah's team this spring.",
    "The guys at the shop say you're the best mechanic they've had.",
    "Must be nice to finally sleep through the night, you said, and I smiled.",
    "Let me guess the ending before you read it to the kids.",
    "You lost your marbles under the couch when you were six.",
    "Every one of us is coming to family week.",
    "Our whole family agrees that pancakes beat waffles.",
]

# Written after ROUND4B was tuned on, before the rules for its shapes; scored once first.
ROUND4C_FLAG: list[tuple[str, set[str]]] = [
    ("Of course you were late again, why would tonight be any different?", {"sarcasm"}),
    ("Congratulations, you've managed to lose another job.", {"sarcasm"}),
    ("Well done, you've made your daughter cry on her birthday.", {"sarcasm"}),
    ("Nice of you to finally show up, only four hours late.", {"sarcasm"}),
    ("Mr. Responsible over here spent the rent on scratch cards.", {"sarcasm"}),
    ("Yeah, because that worked so well last time.", {"sarcasm"}),
    ("Without fail, the weekend ends with you in a bar fight.", {"absolute"}),
    ("Any time there's a party, you end up the drunkest person there.", {"absolute"}),
    ("Not even once have you said sorry to your son.", {"absolute"}),
    ("Your neighbour messaged me that the police were at your place again.", {"hearsay"}),
    ("From what Jake tells me, you've been sleeping in your truck.", {"hearsay"}),
    ("Supposedly you were seen at the casino on Tuesday.", {"hearsay"}),
    ("You're a complete waste of space when you drink.", {"insult"}),
    ("You've become someone nobody can stand to be around.", {"insult"}),
    ("You're clearly not right in the head anymore.", {"diagnosis"}),
    ("Your mood swings are straight out of a psych ward.", {"diagnosis"}),
    ("Everyone in this room has had enough of your excuses.", {"we"}),
    ("Speaking for all of us, we want you gone until you're sober.", {"we"}),
]
ROUND4C_TRAPS: list[str] = [
    "Of course you can bring the dog when you visit.",
    "Congratulations on your ninety days, you've earned every one.",
    "Well done on the job interview, Dad.",
    "Nice of you to call Grandma on her birthday.",
    "Without fail, you sent me a card every birthday.",
    "Any time there's a storm, you check on the neighbours.",
    "Your neighbour messaged me that your roses are blooming.",
    "From what Jake tells me, you're a great help at the garage.",
    "You're not a waste of space, and you never were.",
    "Everyone in this room loves you.",
    "Speaking for myself, I want you home.",
    "You worked nights on the psych ward for twenty years, and the nurses still ask about you.",
    "Your neighbour messaged me that you looked well at church.",
    "Any time there's a party, you're the first one dancing.",
    "You've become someone everyone can lean on.",
]
