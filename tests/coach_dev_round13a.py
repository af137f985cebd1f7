# ruff: noqa: E501  (one sentence a line reads best)
"""Round 13 (h109): English recall, the constructions of the released AB, AC and AD in other
words.

ROUND13A_FLAG: sentences written to probe the r13a_ constructions of resources/coach_rules.json in
wordings of their own, three to five a construction, after the first draft of the rules and scored
before any change to them (blame as a cost paid worrying about or rescuing the reader, "threw it
all away for the pills", "you made it that way", "it all traces back to you", "one bottle at a
time", someone who "started drinking copying you", "nearly killed your mum", "that will be your
doing", "because you couldn't put the bottle down", "the only reason was your drinking", "because
of your fentanyl"; threats as "I won't stay married to one", "say no and I'll call …", "keep on and
you'll end up dead", "don't come crying to me", "I won't lift a finger", "there won't be another
chance", "if you're not there by noon you're out"; sarcasm as thanks for "the memory of you
face-down", an award that "goes to" the reader, "how lucky I am", "real gent, aren't you,",
"inspiring stuff" openers, and hard moments the praise openers did not know (spewing, breathalysed,
before noon); absolutes as "with you it's always", "nothing I say ever gets through", "not once
have you", "you ain't never", "everything you do is about …", "there's never been a holiday where
you …", "all I ever get is lies", "nobody can trust a word out of your mouth", "can't have a dinner
without you getting drunk"; hearsay as "the whole town talks about", "the neighbours been saying",
"mentioned to Dad that you", "Sam's mum told me", a counsellor's diagnosis retold; "we" as "every
one of us sitting here feels", "we all want … from you", "our collective feeling is that"; clean as
"believe your clean", "I want you clean", "you ain't clean", "came out of rehab clean"; labels as
"folks like you", "smackie", "the man who … is now a drunk"; insults as "the lowest thing I've ever
seen", "a sorry excuse for a father", "are you stupid or …", "you should be mortified", "it's
degrading watching"; diagnoses as "every hallmark of a sociopath", "a classic passive-aggressive
personality", "something paranoid about you").
ROUND13A_GOOD and ROUND13A_TRAPS: their kind twins, the same frames about good things or about
someone else. Written by the rule writer, so they show what the rules read, not how a fresh
writer scores (docs/coach.md, "Thirteenth round: recall from AB, AC, AD (h109)").
"""

from __future__ import annotations

ROUND13A_FLAG: list[tuple[str, set[str]]] = [
    # blame: a cost paid worrying about the reader
    ("Mum lost three stone from the worry of you last winter.", {"blame"}),
    ("I failed my second year at uni stressing about you every single night.", {"blame"}),
    ("Your sister quit the choir, she was that worried about you and the pills.", {"blame"}),
    ("Dad lost his hair from all the stress of you, I hope you realise.", {"blame"}),
    ("I dropped out of nursing school, fretting over you and where you'd ended up.", {"blame"}),
    # blame: threw it all away for the drug
    ("You threw your whole career away for a bag of coke.", {"blame"}),
    ("You traded us for a bottle of vodka, plain and simple.", {"blame"}),
    ("You'd sell your own mother for one more line.", {"blame"}),
    ("You gave up your kids' weekends for the pub.", {"blame"}),
    ("You swapped a good marriage for pills, and I can't forget it.", {"blame"}),
    # blame: you made it that way
    ("This home used to be happy, and you made it like this, tense and silent.", {"blame"}),
    ("The kids walk on eggshells now and you made it that way.", {"blame"}),
    ("Dinners are miserable these days, and you made them this way.", {"blame"}),
    ("You turned this house into a war zone with your drinking.", {"blame"}),
    # blame: a cost paid rescuing the reader
    ("I got sacked because I kept leaving work to bail you out of the cells.", {"blame"}),
    ("I missed my finals having to drag you out of that squat again.", {"blame"}),
    (
        "Your mother lost her savings because she had to get you out of debt again and again.",
        {"blame"},
    ),
    ("I quit my job because I was always covering for you at the shop.", {"blame"}),
    # blame: traces back to you
    ("The nightmares, the debt, the ulcer — it all goes back to your drinking.", {"blame"}),
    ("My anxiety traces right back to the night you crashed the car with us in it.", {"blame"}),
    ("Every one of Mum's panic attacks leads straight back to you and your lies.", {"blame"}),
    ("Our money problems come back to you, every single bill.", {"blame"}),
    # blame: one drink at a time
    ("You drank our savings away one bottle at a time.", {"blame"}),
    ("You wrecked this family one pill at a time.", {"blame"}),
    ("You took apart everything we built one bet at a time.", {"blame"}),
    ("You ruined Christmas one pint at a time, and I watched you do it.", {"blame"}),
    # blame: started drinking copying the reader
    ("Your son started drinking at fourteen copying you.", {"blame"}),
    ("Jamie took up smoking weed because he looked up to you.", {"blame"}),
    ("She got into pills after watching you do it every night.", {"blame"}),
    ("Your nephew began drinking because he wanted to be just like you.", {"blame"}),
    # blame: nearly killed your mum
    ("Those phone calls from the jail nearly killed your mother.", {"blame"}),
    ("The overdose almost killed your nan, she hasn't been the same.", {"blame"}),
    ("Your lies just about broke your father's heart.", {"blame"}),
    ("The relapse damn near killed your mama.", {"blame"}),
    # blame: will be your doing
    ("If she stops talking to you, that'll be your doing, not hers.", {"blame"}),
    ("If the kids end up in care it will be entirely your fault.", {"blame"}),
    ("If Dad has another stroke, that's going to be your doing.", {"blame"}),
    ("Whatever happens to this marriage will be your responsibility.", {"blame"}),
    # blame: because you couldn't stop
    ("We lost the flat because you couldn't stop drinking.", {"blame"}),
    ("Our friends are gone because you wouldn't put the bottle down.", {"blame"}),
    ("The savings are gone just because you couldn't stay away from the casino.", {"blame"}),
    ("She left you because you refused to give it up.", {"blame"}),
    # blame: the only reason was you
    ("Tom moved to Leeds, and the only reason was your drinking.", {"blame"}),
    (
        "The only reason your daughter left home was that she couldn't live with your temper.",
        {"blame"},
    ),
    ("Gran stopped coming for Sunday lunch and the real reason is your lies.", {"blame"}),
    # blame: because of your <drug> (fentanyl joins YOUR_BAD)
    ("Because of your fentanyl, the kids won't come round any more.", {"blame"}),
    ("Thanks to your fentanyl habit Gran has stopped visiting.", {"blame"}),
    # threat: won't stay married
    ("I'm not staying married to a drunk, I mean it.", {"threat"}),
    ("I won't stay with a man who lies to me every day.", {"threat"}),
    ("I refuse to stay your wife if this keeps up.", {"threat"}),
    (
        "I never signed up to be married to an addict and I won't stay married to one.",
        {"threat", "label"},
    ),
    # threat: say no and I'll
    ("Say no and I'll phone your probation officer today.", {"threat"}),
    ("Say no to the treatment, and I will tell your boss everything.", {"threat"}),
    ("You say no and I'm going to report you to the nursing board.", {"threat"}),
    ("Say no to this and I'll make sure the school knows.", {"threat"}),
    # threat: keep on and you end up dead
    ("Keep drinking like this and you're gonna end up dead in a ditch.", {"threat"}),
    ("Carry on with the pills and you'll wind up in prison.", {"threat"}),
    ("Keep on using and you'll end up homeless, and I won't take you in.", {"threat"}),
    ("Keep on like this, and you're going to end up six feet under.", {"threat"}),
    # threat: don't come crying to me
    ("Don't come running to me when the bailiffs arrive.", {"threat"}),
    ("Don't come crawling back to us when she leaves you.", {"threat"}),
    ("Never come begging to my door again for money.", {"threat"}),
    ("Don't bother calling to me when you get arrested.", {"threat"}),
    # threat: won't lift a finger
    ("When they lock you up, I won't lift a finger.", {"threat"}),
    ("If you get arrested again I will not bail you out this time.", {"threat"}),
    ("We won't pick up the pieces anymore if you relapse.", {"threat"}),
    ("If you end up in jail, I'm not going to visit you.", {"threat"}),
    # threat: no other chance
    ("After tonight there won't be another chance, another talk, another loan.", {"threat"}),
    ("There will never be a second chance after this meeting.", {"threat"}),
    ("No more chances, Kev, this is the end of the road.", {"threat"}),
    ("It's the last-chance saloon for you, mate.", {"threat"}),
    # threat: if not, you're out
    ("If you don't go to detox tomorrow, you're cut off.", {"threat"}),
    ("If u aren't at the clinic by Friday ur fired from the family business.", {"threat"}),
    ("Unless you sign up today, you're out of the will.", {"threat"}),
    ("If you refuse, you're dead to me.", {"threat"}),
    # sarcasm: thanks for the memory of you
    ("Thanks so much for the image of you passed out on the stairs at my party.", {"sarcasm"}),
    ("Cheers for the lovely photos of you slumped over the bar at the wedding.", {"sarcasm"}),
    ("Thank you for that beautiful memory of you being sick on Grandad's grave.", {"sarcasm"}),
    ("Thanks for the birthday of you sprawled on the kitchen floor.", {"sarcasm"}),
    # sarcasm: award goes to
    ("The best-dad award goes to the guy who missed the recital to go to the pub.", {"sarcasm"}),
    ("And the Oscar goes to you, crying sober tears while the vodka's in your boot.", {"sarcasm"}),
    ("Brother-of-the-year, pawning my laptop for drugs.", {"sarcasm"}),
    (
        "The gold star goes to the mum who forgot to pick up her kids because she was drunk.",
        {"sarcasm"},
    ),
    # sarcasm: how lucky I am
    ("How lucky we are to watch you stagger in at three every night.", {"sarcasm"}),
    ("Lucky me, front-row seat to your latest relapse.", {"sarcasm"}),
    ("Aren't we lucky, another bender just in time for the holidays.", {"sarcasm"}),
    ("How blessed I am to wake up to you puking in the sink.", {"sarcasm"}),
    # sarcasm: praise, aren't you, + hard act
    ("Real gent, aren't you, nicking cash out of your nan's purse.", {"sarcasm"}),
    ("Proper role model, aren't you, smoking weed in front of the kids.", {"sarcasm"}),
    ("Model son, aren't you, pawning your dad's watch.", {"sarcasm"}),
    ("Great husband, aren't you, drunk at the school gates.", {"sarcasm"}),
    # sarcasm: inspiring stuff opener
    ("Classy stuff, Mum, necking prosecco before breakfast on a school day.", {"sarcasm"}),
    ("Impressive parenting, teaching Ellie how to roll a joint.", {"sarcasm"}),
    ("Touching scenes, you passed out on the sofa at Jack's birthday.", {"sarcasm"}),
    ("Great example, really, pouring whisky in your coffee before the school run.", {"sarcasm"}),
    # sarcasm: hard macro widened (spew, breathalysed, before noon)
    ("Nice one, spewing all over my new car seats.", {"sarcasm"}),
    ("What a proud moment, you getting breathalysed in front of my friends.", {"sarcasm"}),
    ("Brilliant, opening the wine before noon again.", {"sarcasm"}),
    ("Well done, face-down in the garden at your own party.", {"sarcasm"}),
    # absolute: with you it's always
    ("With you it's always someone else to blame.", {"absolute"}),
    ("With you, it's never the right time to talk about the drinking.", {"absolute"}),
    ("With u its always next week, next month, next year.", {"absolute"}),
    ("With you there's always another excuse.", {"absolute"}),
    # absolute: nothing I say gets through
    ("Nothing we say ever sinks in with you.", {"absolute"}),
    ("Nothing I do is ever good enough for you when you've been drinking.", {"absolute"}),
    ("Nothing anybody says to you makes any difference.", {"absolute"}),
    ("Nothing Mum tried ever worked, you just kept lying.", {"absolute"}),
    # absolute: not once have you
    ("Not once in ten years have you said sorry.", {"absolute"}),
    ("Not once, not one time, did you pay me back.", {"absolute"}),
    ("Never once in all these years have you told me the truth.", {"absolute"}),
    ("Not once has he... no, not once have you turned up sober.", {"absolute"}),
    # absolute: ain't never
    ("You ain't never paid a bill in this house.", {"absolute"}),
    ("You don't never say sorry for nothing.", {"absolute"}),
    ("You ain't never once showed up sober to a birthday.", {"absolute"}),
    ("You haven't ever once kept your word.", {"absolute"}),
    # absolute: everything you do is
    ("Everything you say is a lie, even the small stuff.", {"absolute"}),
    ("Everything you do is about getting the next drink.", {"absolute"}),
    ("Everything u touch turns into a mess.", {"absolute"}),
    ("Everything you've done this year has been about money for pills.", {"absolute"}),
    # absolute: there's never been a day where you
    ("There's never been a birthday when you were sober past lunch.", {"absolute"}),
    ("I can't remember one Christmas where you didn't end up drunk.", {"absolute"}),
    ("There isn't a single week in which you told me the truth.", {"absolute"}),
    ("There hasn't been a family dinner where you weren't high.", {"absolute"}),
    # absolute: all I ever get is lies
    ("All we ever get from you is excuses.", {"absolute"}),
    ("All I hear is more lies.", {"absolute"}),
    ("All the kids ever got back was empty promises.", {"absolute"}),
    ("When I ring, all I ever get is voicemail.", {"absolute"}),
    # absolute: nobody trusts a word
    ("No one here believes a word that comes out of your mouth.", {"absolute"}),
    ("Not one of us can trust anything you say.", {"absolute"}),
    ("I can't believe a single word you tell me anymore.", {"absolute"}),
    (
        "Nobody in this family takes what you promise seriously, and nobody can trust a word you say.",
        {"absolute"},
    ),
    # absolute: without you turning it into
    ("We can't have one family dinner without you getting drunk.", {"absolute"}),
    ("Nobody can celebrate anything without you starting a fight.", {"absolute"}),
    ("There's never a wedding without you making a scene.", {"absolute"}),
    ("I couldn't host a barbecue without you turning it into a piss-up.", {"absolute"}),
    # hearsay: the whole town talks about
    ("The whole street talks about your shouting at night.", {"hearsay"}),
    ("Half the church knows about the drinking, Dad.", {"hearsay"}),
    ("Everyone at the office is talking about your long lunches at the pub.", {"hearsay"}),
    ("Most of your old team knows you got sacked for being drunk.", {"hearsay"}),
    # hearsay: been saying
    ("The neighbours have been saying they hear you screaming at 3am.", {"hearsay"}),
    ("Your mates been telling everyone you're using again.", {"hearsay"}),
    ("Folks at church been talking about you stumbling out of the bar.", {"hearsay"}),
    ("The kids have been saying you were slurring at pickup.", {"hearsay"}),
    # hearsay: mentioned to Dad that you
    (
        "The pharmacist mentioned to Mum that you've been buying sleeping pills every week.",
        {"hearsay"},
    ),
    ("Your neighbour told Dad you were drunk in the garden again.", {"hearsay"}),
    ("Dr. Patel let slip to me that you've been hiding pills.", {"hearsay"}),
    ("Your boss warned me you were drinking at work.", {"hearsay"}),
    # hearsay: someone's X told me
    ("Sam's mum told me her son isn't allowed at your house anymore.", {"hearsay"}),
    ("The boys' coach told me you turned up drunk to training.", {"hearsay"}),
    ("My sister's husband called me, you were wasted at the barbecue.", {"hearsay"}),
    ("Lucy's teacher told me she says daddy sleeps all day.", {"hearsay"}),
    # hearsay: counsellor says you got
    (
        "My therapist says it sounds like you have narcissistic personality disorder.",
        {"hearsay", "diagnosis"},
    ),
    ("My sponsor reckons you're bipolar.", {"hearsay", "diagnosis"}),
    ("The pastor told me you might be a sociopath.", {"hearsay", "diagnosis"}),
    ("My counsellor thinks you've got borderline.", {"hearsay", "diagnosis"}),
    # we: every one of us feels
    ("Each of us here feels like you've given up on us.", {"we"}),
    ("Every single one of us has seen you lie to our faces.", {"we"}),
    ("All of us sitting at this table are tired of the excuses.", {"we"}),
    ("Both of us know you've been drinking again.", {"we"}),
    # we: we all want from you
    ("We all need one thing from you, and that's honesty.", {"we"}),
    ("We both want the same thing from you: go to rehab.", {"we"}),
    ("We'd like to believe you, but we can't anymore.", {"we"}),
    ("We all want to trust you're sober, Matt.", {"we"}),
    # we: our collective feeling
    ("Our shared view is that you can't keep living like this.", {"we"}),
    ("Our unanimous decision is that you go to treatment on Monday.", {"we"}),
    ("Our family's opinion is that the drinking has gone too far.", {"we"}),
    ("Our joint concern is that you won't survive another binge.", {"we"}),
    # clean: believe you're clean
    ("How can I trust ur clean when your pupils are pinned?", {"clean"}),
    ("You swear you're clean but the money keeps going.", {"clean"}),
    ("Don't tell me you're clean, I found the foil.", {"clean"}),
    ("I want to believe you are clean this time.", {"clean"}),
    # clean: want you clean
    ("I just want you clean, that's all I've ever wanted.", {"clean"}),
    ("All I pray for is my daughter clean by summer.", {"clean"}),
    ("We need you clean and sober before the baby comes.", {"clean"}),
    ("I want my boy clean again.", {"clean"}),
    # clean: you ain't clean
    ("You ain't clean, I can see it in your eyes.", {"clean"}),
    ("You're still not clean after six months of promises.", {"clean"}),
    ("You're obviously not clean again, look at you.", {"clean"}),
    ("You were never clean, not for one week.", {"clean"}),
    # clean: came out clean
    ("You came out of detox clean and lasted two days.", {"clean"}),
    ("When you got out of rehab clean I thought we'd made it.", {"clean"}),
    ("You walked out of that place clean and went straight to the pub.", {"clean"}),
    # label: folks like you
    ("People like you are junkies, my dad always said.", {"label"}),
    ("They call guys like you crackheads at the shelter.", {"label"}),
    ("Folks like you are nothing but drunks, the judge said.", {"label"}),
    ("Girls like you end up pillheads, and now look.", {"label"}),
    # label: smackie, crankhead
    ("You've turned into a proper smackie, nodding off at dinner.", {"label"}),
    ("Mum says you look like a crankhead these days.", {"label"}),
    ("I never thought my brother would be some crackie begging at the station.", {"label"}),
    # label: the one who ... is now a
    ("The man who walked me down the aisle is now a drunk.", {"label"}),
    ("My dad, who coached my football team, is now a junkie.", {"label"}),
    ("The sister who used to sing me to sleep is just a pillhead now.", {"label"}),
    ("The boy who won the science fair is now an addict.", {"label"}),
    # insult: the lowest thing I've seen
    ("Stealing from your own kids is the lowest thing I've ever seen.", {"insult"}),
    ("That was the most pathetic thing I've ever witnessed, you begging the dealer.", {"insult"}),
    ("Lying to Gran like that, you're the sorriest excuse I've ever known.", {"insult"}),
    ("Taking your sister's rent money was the most shameful thing a man can do.", {"insult"}),
    # insult: sorry excuse for a
    ("You're a sorry excuse for a father.", {"insult"}),
    ("You pathetic excuse for a husband, where were you?", {"insult"}),
    ("You've become a poor excuse for a human being.", {"insult"}),
    ("Look at yourself, a pitiful excuse for a mum.", {"insult"}),
    # insult: are you stupid
    ("Are you thick or just drunk?", {"insult"}),
    ("Are u stupid, driving with the kids after all that?", {"insult"}),
    ("What's wrong with you, are you brain-dead?", {"insult"}),
    ("Are you just dumb, or do you not care about them?", {"insult"}),
    # insult: you should be mortified
    ("You should be thoroughly embarrassed by the way you acted at the wedding.", {"insult"}),
    ("You ought to be ashamed of yourself, speaking to your mother like that.", {"insult"}),
    ("You should feel humiliated after what you did at the party.", {"insult"}),
    ("You should be disgusted with yourself.", {"insult"}),
    # insult: it's degrading watching
    ("It's pathetic watching a grown man beg his mum for a tenner.", {"insult"}),
    ("It was disgusting to see you crawling around the floor for that pill.", {"insult"}),
    ("It's so demeaning, Dad, watching you lie to the kids.", {"insult"}),
    ("It's humiliating to watch you stagger home every night.", {"insult"}),
    # diagnosis: hallmarks of a
    ("You show all the signs of a psychopath.", {"diagnosis"}),
    ("You've got every trait of a narcissist.", {"diagnosis"}),
    ("You tick all the red flags of a sociopath.", {"diagnosis"}),
    ("You have the makings of a pathological liar.", {"diagnosis"}),
    # diagnosis: a classic personality
    ("You're a textbook addictive personality.", {"diagnosis"}),
    ("You've always been a classic avoidant personality type.", {"diagnosis"}),
    ("You're basically an antisocial personality.", {"diagnosis"}),
    ("You have a typical obsessive personality.", {"diagnosis"}),
    # diagnosis: something X about you
    ("There's something psychotic about you when you drink.", {"diagnosis"}),
    ("There's something unhinged and paranoid about you lately.", {"diagnosis"}),
    ("I see something bipolar in you since the pills.", {"diagnosis"}),
    ("Something deranged about you scares me.", {"diagnosis"}),
]

ROUND13A_GOOD: list[str] = [
    "I lost sleep worrying about you when you were in hospital, and I'd do it again.",
    "You gave up chocolate for Lent and stuck to it.",
    "You made this house feel like home again, warm and happy.",
    "I picked you up from the airport and it was the best hug of my life.",
    "My love of music goes straight back to you singing in the kitchen.",
    "You're rebuilding trust one day at a time, and I see it.",
    "Your son started running marathons because he looked up to you.",
    "That roller coaster nearly killed your mum, she screamed the whole way and laughed after.",
    "If the garden wins a prize, that will be your doing.",
    "I couldn't stop laughing because you couldn't put the puppy down.",
    "I'm not staying with you tonight because I'm at Mum's.",
    "Don't come running to me in the hallway, the floor is wet.",
    "You won't have to lift a finger at your birthday party.",
    "There won't be another chance to see the comet for seventy years.",
    "Thanks for the memory of you dancing with Gran at my wedding.",
    "The best-dad trophy goes to you for building the treehouse.",
    "How lucky I am to have you as my brother.",
    "Top bloke, aren't you, always the first to help.",
    "Inspiring stuff, Dad, your speech at the retirement party.",
    "With you it's always an adventure.",
    "Nothing I say can tell you how proud I am.",
    "Not once have you let me down at a game.",
    "You ain't never let me down when it mattered.",
    "Everything you do is about your kids.",
    "There's never been a day when you didn't make me laugh.",
    "All I ever hear from you is kind words.",
    "Nobody can believe a word the weatherman says.",
    "We can't have Christmas without you making your famous stuffing.",
    "The whole town talks about your amazing apple pie.",
    "My mum's been saying she misses you.",
    "Your boss told me you got the promotion.",
    "Sam's mum told me her son loves coming to your house.",
    "The doctor said you have an anxiety disorder, and it can be treated.",
    "Every one of us sitting here loves you.",
    "We all want the best for you.",
    "Our collective feeling after the concert was pure joy.",
    "I know your clean clothes are in the dryer.",
    "I want my car clean before the wedding.",
    "You ain't clean till you've washed behind your ears.",
    "You came out of the pool clean and shivering.",
    "People like you are heroes, the nurse said.",
    "The man who walked me down the aisle is now a grandfather.",
    "That was the saddest film I've ever seen.",
    "That was a poor excuse for a sandwich.",
    "Are you kidding? That's amazing news!",
    "You should be mortified that you beat me at chess again, ha!",
    "It's sad watching you leave for college, but I'm proud.",
    "The signs of a stroke are worth knowing.",
    "You're a people person with a warm personality.",
    "There's something magical about you when you sing.",
]

ROUND13A_TRAPS: list[str] = [
    "Grandpa traded his old truck for a bottle of good whiskey, back in 1975.",
    "The kids at school drank soda one can at a time.",
    "My brother started drinking at fourteen, copying his friends.",
    "That'll be your sister's doing, the flowers on the table.",
    "We lost the match because the ref couldn't see straight.",
    "He's not staying married to her, they've agreed to part as friends.",
    "Say no and I'll understand, you don't owe me a thing.",
    "If he keeps smoking, Grandpa will end up in hospital, the doctor says.",
    "Don't come crying to me if the cake's too sweet, you chose the recipe!",
    "If you're not at practice by noon, you're benched for the first half, Coach said.",
    "Thanks for the memories of you teaching me to ride a bike.",
    "The trophy goes to the team that scores most goals.",
    "How lucky I am to have a front-row seat at your graduation.",
    "Impressive stuff, the way you rebuilt that engine.",
    "With Dad it's always the same joke at dinner.",
    "Nothing I say will change how much I love you.",
    "Not once did the rain stop during the wedding.",
    "Everything Mum does is about her grandchildren.",
    "There's never been a day when I didn't think of you.",
    "All I ever get from Gran is socks at Christmas.",
    "Nobody can trust a word that politician says.",
    "We can't have a party without you baking your famous cake.",
    "The whole town knew about the fire at the bakery.",
    "The neighbours have been saying the new park is lovely.",
    "The pharmacist mentioned to Mum that the clinic opens at nine.",
    "Lily's teacher told me she is reading above her age.",
    "My therapist says I have anxiety, and I'm working on it.",
    "Every one of us sitting here has a story about your kindness.",
    "We all want to believe in you, and we do.",
    "Our shared view of the lake was stunning.",
    "I believe your clean record speaks for itself.",
    "I want the kitchen clean before Gran arrives.",
    "The dishes ain't clean, could you run them again?",
    "The shirt came out of the wash clean at last.",
    "Folks like you are the backbone of this town.",
    "The woman who taught me to read is now a headteacher.",
    "The lowest thing I've ever seen was the water in the reservoir this summer.",
    "He was a sorry excuse for a referee, we all agreed.",
    "Are you stupid enough to think I'd miss your birthday? Never!",
    "You shouldn't be embarrassed about crying at the funeral.",
    "It's humiliating watching how they bullied you at school.",
    "The signs of a narcissist were all there in my ex-boss.",
    "She has an addictive personality, she told the group herself.",
    "There's something manic about you tonight, you're so excited for the trip.",
]
