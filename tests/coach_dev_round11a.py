# ruff: noqa: E501  (one sentence a line reads best)
"""Round 11 (h93): English recall, the constructions of released held-out V, W and X in other words.

ROUND11A_FLAG: sentences written to probe the r11a_ constructions of resources/coach_rules.json
(labels as "a molly head", "it's giving junkie", "you are that man", "a wine drunk"; "clean" as
"clean yet", "my clean husband", "forty clean days", "wake up clean", "dirty again"; absolutes as
"not a single one" closing a refusal, "not kept one promise", "there hasn't been one … where you
showed up sober", "you're forever the one", "without exception", "always somebody else", "never
seen you sober", "twists every word", "always been a liar", "every time … money gone", "every
payday", "the drink always wins", "never held a job longer than", "… ever since", "nobody trusts
you"; blame as "whose fault it was", "you hurt no one but yourself", "wanted to be like you",
"picked the pills over us", "lost … because of the holes you punched", "bc of your", "threw it
back in my face", "ran the family into the ground", "the one who did that to her", "entirely on
you", "at the seams", "your … is what drove her off"; insults as "as low as a person can sink",
"I'm disgusted", "literally a joke", "dumb and cringe", "you should feel ashamed", "it's giving
loser", "reduced to a mess", "look like a wreck", "what you have made of yourself"; hearsay as
"told me … came back dirty", "leaned over and said", "says she's tried calling you", "says he
doesn't recognise you", "talk about how you smell", "asks whether you're still using"; "we" as
"the family has decided", "… and I have decided you", "we all know about", "all of us have been
talking", "not one person here believes you"; threats as "your stuff is going out on the lawn",
"I'm done paying", "you can forget about", "your final shot", "you're out of the band", "you'll
be choosing never to", "the bottle or me"; sarcasm as "what a proud moment, you …", "wish it had
been for", "how thoughtful of you", "some real willpower", "showing up on pills", "shoutout for",
"big brain move", "iconic how you managed to", "very eloquent", "what a success that was", "ah
yes, the famous"; diagnoses as "that borderline personality", "it's giving bpd", "would call you
a psychopath", "the textbook case of a") in wordings of their own.
ROUND11A_TRAPS: their kind twins, the same frames about good things or about someone else. Written
by the rule writer after the first draft of the rules, so they show what the rules read, not how a
fresh writer scores (docs/coach.md, "Eleventh round: English recall from V, W, X (h93)").
"""

from __future__ import annotations

ROUND11A_FLAG: list[tuple[str, set[str]]] = [
    # label
    ("I watched my little brother turn into a molly head over one summer.", {"label"}),
    ("You've become a ket head and everyone at the club can see it.", {"label"}),
    ("Let's be honest, you're an oxy head now, not a guy with a sore back.", {"label"}),
    ("ngl it's giving junkie when you scratch your arms like that all through dinner", {"label"}),
    ("that's giving crackhead, the way you pace the kitchen at 4am", {"label"}),
    (
        "A woman who drinks in the car before school pickup is an alcoholic, and you are that woman.",
        {"label"},
    ),
    (
        "Someone who pawns his mother's ring for pills is an addict, and you're that person.",
        {"label"},
    ),
    ("You are a wine drunk, Carol, however nice the bottles look.", {"label"}),
    ("You're just a weekend drunk who thinks Monday wipes the slate.", {"label"}),
    ("Honestly you're a secret alcoholic and the mouthwash doesn't hide it.", {"label"}),
    # clean
    ("Every time I visit, Grandma asks me if you're clean yet.", {"clean"}),
    ("Are you clean yet, or is that another story for the judge?", {"clean"}),
    ("I miss my clean husband, the man who coached Little League.", {"clean"}),
    ("Our kids deserve the clean version of you, not this one.", {"clean"}),
    ("You had forty clean days and then threw them away on one party.", {"clean"}),
    ("Ninety clean days means nothing if you spend the next night at the casino.", {"clean"}),
    ("I just want you to wake up clean one morning and mean it.", {"clean"}),
    ("I pray you come home clean on Friday, just once.", {"clean"}),
    ("Two weeks after rehab you're dirty again and acting like we wouldn't notice.", {"clean"}),
    ("By Easter ur dirty again, same as every year.", {"clean"}),
    # absolute
    ("You haven't paid back a penny of what you borrowed, not one.", {"absolute"}),
    (
        "You never thanked Grandma for the car, not a single one of the times she bailed you out.",
        {"absolute"},
    ),
    (
        "You don't answer my calls, not one single one, and then you wonder why I worry.",
        {"absolute"},
    ),
    ("You haven't kept one promise to your daughter since the divorce.", {"absolute"}),
    ("You've never made it to a single recital of hers this year.", {"absolute"}),
    ("There hasn't been one weekend this year where you came home sober.", {"absolute"}),
    ("There wasn't a single party last year when you stayed sober past nine.", {"absolute"}),
    (
        "I do the bills and the school runs and you're forever the one acting like the victim.",
        {"absolute"},
    ),
    ("You're forever making excuses for why the rent is short.", {"absolute"}),
    ("Every Friday, without fail, you're drunk before the kids are in bed.", {"absolute"}),
    ("Each family dinner, without exception, ends with you slurring at my dad.", {"absolute"}),
    ("There's always a reason you were late, and it's always someone else's fault.", {"absolute"}),
    (
        "With the pills it's always the same excuse: your back, your knee, your stress.",
        {"absolute"},
    ),
    ("My kids have never once seen you sober on Christmas morning.", {"absolute"}),
    ("Your nephew has never seen you without a drink in your hand.", {"absolute"}),
    ("You twist every word I say until I'm the one apologising.", {"absolute"}),
    ("You turn every conversation about the drinking into a fight about my mother.", {"absolute"}),
    ("You've always been a liar, long before the gambling started.", {"absolute"}),
    ("Honestly, you have always been a taker, even as a kid.", {"absolute"}),
    ("Every time I come home from work there's cash missing from the jar.", {"absolute"}),
    ("Each time I go to the bank there's money gone from the joint account.", {"absolute"}),
    ("Every payday the whole cheque is gone at the bar by Saturday.", {"absolute"}),
    ("Every single paycheck since spring has been blown at the casino.", {"absolute"}),
    ("Whatever you promise us, the bottle always wins.", {"absolute"}),
    ("I've learned the hard way that the pills always come first.", {"absolute"}),
    ("You haven't held a job longer than six weeks since 2019.", {"absolute"}),
    (
        "He's never kept an apartment more than a year because of the rent going on coke.",
        {"absolute"},
    ),
    (
        "You lost the licence in March and you haven't driven the kids anywhere ever since.",
        {"absolute"},
    ),
    ("Nobody in this house trusts you with the car keys.", {"absolute"}),
    ("No one believes a word you say about the money.", {"absolute"}),
    # blame
    ("The boys asked who made Mum leave, and we all know whose fault it was.", {"blame"}),
    ("You know exactly whose fault this is, and it isn't your father's.", {"blame"}),
    ("You keep saying you don't hurt anyone but yourself, and that's a lie.", {"blame"}),
    ("Don't pretend you only hurt yourself, after what Ellie went through.", {"blame"}),
    ("Your cousin started smoking weed at thirteen because he wanted to be like you.", {"blame"}),
    (
        "She started stealing from the till because she wanted to be just like her big brother.",
        {"blame"},
    ),
    ("You chose the bottle over your own daughter's wedding.", {"blame"}),
    ("You've picked the pills over us every single time it mattered.", {"blame"}),
    ("You put the casino ahead of your family again last night.", {"blame"}),
    ("We lost the deposit because of the door you kicked in.", {"blame"}),
    ("We're paying for the fence because of what you crashed into it.", {"blame"}),
    ("the wedding got cancelled bc of your drinking and you know it", {"blame"}),
    ("we lost the flat cuz of ur weed habit", {"blame"}),
    ("I drove four hours to get you to detox and you threw it back in my face.", {"blame"}),
    ("Mum gave you her savings and you threw it all straight back in her face.", {"blame"}),
    ("You have run this household into the ground with your spending.", {"blame"}),
    ("You're driving our marriage into the ground, one bottle at a time.", {"blame"}),
    ("She stopped eating that winter, and you're the one who did that to her.", {"blame"}),
    ("It was you who caused this to her, the nights she waited up.", {"blame"}),
    ("The car getting repossessed is entirely on you and your betting apps.", {"blame"}),
    ("That debt is all on you, every cent of it.", {"blame"}),
    ("It's your drinking that is ripping this house apart.", {"blame"}),
    ("This family is coming apart at the seams because of your pills.", {"blame"}),
    ("Your temper with the kids is what drove Jess away.", {"blame"}),
    ("Your constant lying was what pushed your brother out.", {"blame"}),
    # insult
    ("Stealing from your own grandmother's purse is as low as anyone can sink.", {"insult"}),
    ("Lying to a dying man for money is about as low as a son could go.", {"insult"}),
    ("When I think of you staggering around at Mia's party, I'm disgusted.", {"insult"}),
    ("I'm honestly sickened when I picture you driving the kids home drunk.", {"insult"}),
    ("i'm disgusted with you after what you said to gran", {"insult"}),
    ("ur literally a clown when you've been drinking", {"insult"}),
    ("you're lowkey pathetic when you beg mom for cash", {"insult"}),
    ("the stuff u post when ur drunk is so dumb and cringe", {"insult"}),
    ("You should be ashamed of yourself for what you did at the funeral.", {"insult"}),
    ("You ought to feel so much shame after last night.", {"insult"}),
    ("it's giving deadbeat when you skip your kid's birthday for a bender", {"insult"}),
    ("A father of three, reduced to a drunken mess on the kitchen floor.", {"insult"}),
    ("You look like a wreck of a man these days, Tom.", {"insult"}),
    ("You look like a total zombie when you come off the pills.", {"insult"}),
    ("Look at what you've made of yourself: a nobody who sleeps till noon.", {"insult"}),
    ("What you have become is worthless to your kids.", {"insult"}),
    # hearsay
    ("Your caseworker told me your last test came back positive.", {"hearsay"}),
    ("The clinic called to say the sample was dirty again.", {"hearsay"}),
    ("At the school gate, Jenna leaned over and said she saw you buying pills.", {"hearsay"}),
    ("Your aunt bent across the table and whispered that you owe her husband money.", {"hearsay"}),
    ("Father Tom says he's been trying to reach you for weeks and you never answer.", {"hearsay"}),
    ("Your coach told me he'd tried calling you four times.", {"hearsay"}),
    ("Grandpa says he doesn't even recognise you anymore.", {"hearsay"}),
    ("Your sister told me she doesn't know you anymore when you're using.", {"hearsay"}),
    ("The neighbours gossip about how you stagger up the drive at night.", {"hearsay"}),
    ("The guys at work joke about how you reek of whiskey on Mondays.", {"hearsay"}),
    ("People at church keep asking me whether you're still drinking.", {"hearsay"}),
    ("Your boss asked me if your brother is still using.", {"hearsay"}),
    # we
    ("The whole family has decided, and you are going to treatment on Monday.", {"we"}),
    ("It's been decided by all of us that you can't babysit anymore.", {"we"}),
    ("Your mum and I have decided you're not coming home until you get help.", {"we"}),
    ("Your brothers and me have agreed that you won't drive the van again.", {"we"}),
    ("We all know about the bottles behind the paint cans, so don't lie.", {"we"}),
    ("We both know what you were doing in the garage.", {"we"}),
    ("All of us have been talking about you and it's time you heard it.", {"we"}),
    ("Everyone's been talking, and nobody believes you anymore.", {"we"}),
    ("Not one person at this table believes you when you say you've quit.", {"we"}),
    ("None of us trusts you with the kids after last summer.", {"we"}),
    # threat
    ("If you're high again on Sunday, your stuff is going out on the lawn.", {"threat"}),
    ("Come home drunk once more and your clothes will be on the porch in bin bags.", {"threat"}),
    ("If you won't go to rehab, I'm done paying your phone bill.", {"threat"}),
    ("Unless you get help, I'm finished covering for you with your boss.", {"threat"}),
    ("Skip the assessment and you can forget about seeing the baby.", {"threat"}),
    ("If you don't stop, you can kiss goodbye to your inheritance.", {"threat"}),
    ("This is your final warning with me, and I mean it.", {"threat"}),
    ("honestly this is ur last chance with us, no more excuses", {"threat"}),
    ("If you don't get sober you're out of the team, full stop.", {"threat"}),
    ("Unless you go to treatment, you're out of this house.", {"threat"}),
    ("Pick the pills and you'll be choosing never to see your son graduate.", {"threat"}),
    ("You can have the whiskey or you can have your kids, not both.", {"threat"}),
    # sarcasm
    ("What a proud moment, you passing out in the church car park.", {"sarcasm"}),
    ("Such a special moment, watching you throw up at the christening.", {"sarcasm"}),
    ("Congrats, you made the local news, I just wish it had been for something good.", {"sarcasm"}),
    ("Well done on getting your name in the paper, wish it'd been for your football.", {"sarcasm"}),
    ("How thoughtful of you to ring at three in the morning for bail.", {"sarcasm"}),
    ("Real nice of you to show up drunk to your own kid's party.", {"sarcasm"}),
    (
        "You swore off the bottle on New Year's and were drunk by the third, some real willpower.",
        {"sarcasm"},
    ),
    ("That's some real commitment, passing out before the speeches.", {"sarcasm"}),
    ("Thanks for turning up to Dad's birthday on pills, it was lovely.", {"sarcasm"}),
    ("great job coming to my recital high on xanax, so proud", {"sarcasm"}),
    ("props to you for puking on the dance floor, ten out of ten", {"sarcasm"}),
    ("kudos to you for crashing the car again", {"sarcasm"}),
    ("genius move, buying coke from a stranger at the gas station", {"sarcasm"}),
    ("big brain move drinking a bottle of vodka before your job interview", {"sarcasm"}),
    (
        "impressive how you managed to lose your wallet, your phone and your shoes in one night",
        {"sarcasm"},
    ),
    (
        "truly iconic the way you somehow managed to get kicked out of two bars before ten",
        {"sarcasm"},
    ),
    ("loved the drunk toast at the wedding, very classy", {"sarcasm"}),
    ("thanks for the voicemail at 4am, very mature", {"sarcasm"}),
    ("The famous \u201cjust a couple of beers,\u201d what a success that was.", {"sarcasm"}),
    ("Oh yes, the classic \u201cI can stop whenever I want.\u201d", {"sarcasm"}),
    # diagnosis
    ("You've got that borderline personality, just like your mother.", {"diagnosis"}),
    ("Honestly you have an antisocial personality and it scares me.", {"diagnosis"}),
    ("it's giving untreated adhd and you won't even get tested", {"diagnosis"}),
    ("that's giving bipolar, the way you swing from crying to screaming", {"diagnosis"}),
    ("Any doctor would call you a narcissist after one session.", {"diagnosis"}),
    ("A shrink would label you a sociopath in five minutes.", {"diagnosis"}),
    ("You are the textbook case of a functioning addict in denial.", {"diagnosis"}),
    ("You're the classic case of an enabler who can't see it.", {"diagnosis"}),
]

ROUND11A_TRAPS: list[str] = [
    # label
    "My sister's old roommate was a molly head in college, and she's a nurse now.",
    "It's giving summer, with the windows open and the radio on.",
    "A man who reads to his kids every night is a good dad, and you are that man.",
    "The wine drunk in the film made us laugh until we cried.",
    # clean
    "Is the kitchen clean yet, or should I leave the dishes for you?",
    "You came clean about the money, and I respect that.",
    "We had ten clean days of sunshine on our holiday last year.",
    "The kids woke up clean and smelling of soap after the bath.",
    "Your boots got dirty again in the garden, but the tomatoes look great.",
    # absolute
    "You asked me if I had any regrets about moving here, not a single one.",
    "You didn't miss one of my games growing up, not a single one.",
    "There hasn't been one day this year when you didn't make me laugh.",
    "You're forever in my heart, whatever happens next.",
    "You call your grandmother every Sunday without fail.",
    "It's always the same story with Grandpa, and we love hearing it.",
    "I have never seen you so happy as at the lake last summer.",
    "You turn every dinner into a celebration, and I miss that.",
    "You've always been a helper, the first to carry the shopping.",
    "Every payday you used to put a little aside for the kids' college, and I loved that.",
    "Nobody trusts you more than your daughter does.",
    # blame
    "We never found out whose fault the flat tyre was.",
    "He wanted to be just like you because you were kind to everyone.",
    "My dad chose the bottle over me, and I swore I'd break that chain.",
    "I learned at Al-Anon that I'm not the cause of your drinking.",
    "The decision to go is entirely on you, and I'll support whatever you choose.",
    "Your kindness is what made her stay in this town.",
    "The old sofa came apart at the seams when we moved it.",
    # insult
    "Prices here are about as low as they can go.",
    "I was disgusted by how the nurses at that place treated you.",
    "You should never feel ashamed of asking for help.",
    "You look like a new man since you started swimming.",
    "Look at what you've made of yourself since rehab: a teacher, a dad, a friend.",
    # hearsay
    "Your doctor told me your blood tests came back clear.",
    "At my wedding you leaned over and whispered that you were proud of me.",
    "Your coach says he's tried calling you to offer you the captaincy.",
    "People talk about how you light up a room.",
    "Your nan asked me whether you're still coming for lunch on Sunday.",
    # we
    "The family has decided to rent a cabin for your birthday.",
    "We all know you're the best cook in the family.",
    "We've been talking as a family about how to help, and we want you to know we're here.",
    # threat
    "Your things are going out on the porch for the yard sale, is that okay?",
    "I'm done paying off the car at last, and it feels great.",
    "If you don't want to, you can forget about the dishes tonight.",
    "This is your last chance to sign Gran's birthday card before we post it.",
    "You're out of the hospital and home for Christmas, and that's all I wanted.",
    # sarcasm
    "What a proud moment, you walking across that stage at graduation.",
    "I wish it had been for longer, that visit with you.",
    "How thoughtful of you to bring flowers for Mum.",
    "That's some real dedication, training every morning before work.",
    "Thanks so much for coming to my show, it meant a lot.",
    "Shoutout to you for driving me to the airport at dawn.",
    "Smart move booking the hotel early, we saved a fortune.",
    "Your speech at the wedding was so eloquent.",
    "Ah yes, the famous lasagne, what a success that was at Christmas.",
    # diagnosis
    "My counsellor says my boss has a narcissistic personality, and it helps me cope.",
    "A doctor would call you a miracle after how fast you healed.",
    "That's the textbook case of a good comeback, Dad.",
]
