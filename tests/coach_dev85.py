# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 85 (4 December 2026, round 20, the round's check set): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: friends, coworkers, teammates and neighbours: long sentences with the hard part in the middle, absolutes, blame, hearsay, threats and sarcasm. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV85_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main dcd7f37, rules and model 0.85 (77/91; the rules alone 64/91): label 2/3, absolute 10/16, blame 14/15, hearsay 15/17, threat 14/15, sarcasm 12/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 7/44 (15.9%; the rules alone 7).

At merge, read by figures only until then: with round 20's rules and the model retrained without
it (main 27fb426), rules and model 0.85 (77/91; the rules alone 66/91), good 0/43, traps 6/44.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV85_FLAG: list[tuple[str, set[str]]] = [
    (
        "Dev, I've been your drummer for eleven years and I love you like a brother, but lately you show up to every single rehearsal with a flask in your gig bag and act like none of us can smell it.",
        {"absolute"},
    ),
    (
        "When we were on the road last spring you never once made it to soundcheck sober, and I kept covering for you with the venue guys because I didn't know what else to do.",
        {"absolute"},
    ),
    (
        "Marcus, from the day you moved in next door you were the guy who fixed everybody's fences, but these days you don't keep a single promise you make to anyone on this street.",
        {"absolute"},
    ),
    (
        "I sat beside you at the plant for nine years and watched you go from the sharpest guy on the line to someone who's late every morning and smells like last night's beer.",
        {"absolute"},
    ),
    (
        "Coach asked me to write this, and honestly Jess, ever since the pills started you constantly bail on practice and then text the group chat at 2am like nothing happened.",
        {"absolute"},
    ),
    (
        "You were the best setter our club ever had, and now all you ever do after a match is disappear to the parking lot with Tyler and come back with glassy eyes.",
        {"absolute"},
    ),
    (
        "Rob, I've known you since we were ten and its hard to say this but you havent told me the truth about anything in two years, not the money, not the car, not where you go at night.",
        {"absolute"},
    ),
    (
        "I miss our Tuesday trivia nights so much, but you brush off every single thing I say about the coke and just laugh and order another round.",
        {"absolute"},
    ),
    (
        "As your shift supervisor and honestly as your friend, I have to tell you that you no-call no-show every other weekend and you never bother to let the crew know.",
        {"absolute"},
    ),
    (
        "Kayla, you've been my neighbour for six years and I adore your boys, but there hasn't been one night this summer when I didn't hear you yelling in the driveway after the bars closed.",
        {"absolute"},
    ),
    (
        "When the band got that festival slot I cried, and then you spent the whole weekend so high you didn't play one song all the way through.",
        {"absolute"},
    ),
    (
        "I love working with you, Priya, but at this point you blame the scheduling system or the client or your migraines for everything and you won't ever just admit it's the pills.",
        {"absolute"},
    ),
    (
        "Bro, we've lifted together at 6am for four years, and since you started on the meth you dont finish a single thing you start, not the deck, not the job, not even a workout.",
        {"absolute"},
    ),
    (
        "I keep thinking about the fishing trips, and then I remember that every time I call you now you're slurring and telling me the same story you told me the week before.",
        {"absolute"},
    ),
    (
        "You used to be the one who got the whole squad on the bus on time, and now you are always the one everybody's waiting on, red eyed and reeking of weed.",
        {"absolute"},
    ),
    (
        "Danny, I've been your bass player since college, and I need you to know the label dropped us because of your drinking and I'm still not over it.",
        {"blame"},
    ),
    (
        "Ever since the night you backed into the Hendersons' mailbox the whole street quit doing the summer block party, and honestly that's on you and nobody else.",
        {"blame"},
    ),
    (
        "I covered your shifts for three months, I lied to HR for you, I drove you home more times than I can count, and this is how you pay me back?",
        {"blame"},
    ),
    (
        "We built that shop from nothing, Lou, and you threw the whole thing away for a bottle of vodka and a stool at the Anchor.",
        {"blame"},
    ),
    (
        "You picked the pills over the team, over Coach, over me, and I don't know how you thought we'd just keep holding your spot.",
        {"blame"},
    ),
    (
        "Lena, I love you and I miss you at the studio, but how could you sell the mixing desk the four of us chipped in for just so you could score?",
        {"blame"},
    ),
    (
        "Our whole department got put on probation after the audit, and you're the one who made that happen when you signed off on those numbers while you were wasted.",
        {"blame"},
    ),
    (
        "I've been picking up your slack on the line since March and I need you to understand that you dragged me down right along with you.",
        {"blame"},
    ),
    (
        "Tom, my son looked up to you like an uncle, and you broke that kid's heart when you passed out on our lawn in the middle of his birthday party.",
        {"blame"},
    ),
    (
        "I lost my deposit on the Nashville trip because you got arrested the night before we left, and I still think about what you cost all of us.",
        {"blame"},
    ),
    (
        "Mia, we were supposed to open the bakery together, and you wrecked that dream the minute you started using again.",
        {"blame"},
    ),
    (
        "After I co-signed your lease and gave you my old truck and vouched for you with the foreman, you went and got high on the job site, so how could you do that to me?",
        {"blame"},
    ),
    (
        "The reason Jordan quit the band wasn't the money or the touring, it was you and the heroin, and you need to hear that.",
        {"blame"},
    ),
    (
        "I'm your neighbour and your friend and I'm tired of sweeping your broken bottles off my driveway, so this mess is yours to own, not mine.",
        {"blame"},
    ),
    (
        "You made the choice to do lines before the championship game instead of showing up for the guys who bled for you all season.",
        {"blame"},
    ),
    (
        "Ray, I didn't want to believe it, but Mike from the loading dock told me he saw you drinking in your truck before the morning shift three days in a row.",
        {"hearsay"},
    ),
    (
        "Your ex messaged me on Instagram and said you've been buying pills off some guy in Dayton, and it scared me half to death.",
        {"hearsay"},
    ),
    (
        "I know you'll hate me saying this but the guys at the gym are all talking about how you nodded off on the bench press last week.",
        {"hearsay"},
    ),
    (
        "When I ran into your landlord at the hardware store he mentioned you're three months behind on rent and that the cops have been to your place twice.",
        {"hearsay"},
    ),
    (
        "From what Tasha at the front desk says you've been disappearing into the bathroom for twenty minutes at a time, so I figured I had to come to you myself.",
        {"hearsay"},
    ),
    (
        "Apparently after the Portland gig you got in a fight with the sound guy and the promoter won't book us again, at least that's what Ben heard.",
        {"hearsay"},
    ),
    (
        "Our coach pulled me aside after practice and said he found a vape pen and a baggie in your locker, and I honestly didn't know what to say to him.",
        {"hearsay"},
    ),
    (
        "Mrs. Alvarez across the street told my wife she watched you stumble home barefoot at six in the morning, and I keep picturing that.",
        {"hearsay"},
    ),
    (
        "Somebody in the group chat posted that you were at Riverside until closing on a Tuesday when you told me you were home sick.",
        {"hearsay"},
    ),
    (
        "Jamal, I heard from a couple people at church that you've been asking around for Xanax, and I'm writing this because I'd rather hear it from you.",
        {"hearsay"},
    ),
    (
        "Your sister called me last week crying, she said you showed up to your niece's recital smelling like whiskey and left halfway through.",
        {"hearsay"},
    ),
    (
        "I've worked with you for five years so this is hard, but HR let it slip that there's been a complaint about you being impaired at the client dinner.",
        {"hearsay"},
    ),
    (
        "Word around the team is that you've been smoking meth with the kid who mows the field, and Steph I really hope it's not true but I'm scared it is.",
        {"hearsay"},
    ),
    (
        "The bartender at Mulligan's, who's known us both for years, says you run a tab every single night and never pay it off.",
        {"absolute", "hearsay"},
    ),
    (
        "Kev, your roommate texted me a photo of you passed out in the hallway and said it happens most weekends now, which is why I'm here.",
        {"hearsay"},
    ),
    (
        "Andre, I love you man, but either you get in the car to that treatment center tonight or I swear I'll tell every club owner in town what you're like when you're using.",
        {"threat"},
    ),
    (
        "You've been like a son to me on this crew, but if you don't go to rehab I'll make sure the union hears exactly why you keep falling off ladders.",
        {"threat"},
    ),
    (
        "I've been patient for two years, Carly, but if you walk out of this room without saying yes don't ever knock on my door again or I'll call the cops on you myself.",
        {"threat"},
    ),
    (
        "Go to treatment or I'm posting the videos of you at the wedding where the whole team can see them.",
        {"threat"},
    ),
    (
        "If you keep using I'm telling your parole officer everything I know, and I mean everything, the pills, the car, all of it.",
        {"threat"},
    ),
    (
        "I've loved being your neighbour since the kids were little, but I'm warning you, if I see you drive drunk past my house one more time you're going to regret it.",
        {"threat"},
    ),
    (
        "Either you accept help today or you're off the roster, and I'll personally make sure no club in this league will touch you.",
        {"threat"},
    ),
    (
        "Sam, we've shared a desk for six years, and if you turn this down I'm going straight to the VP with the receipts from every expense report you padded to buy coke.",
        {"threat"},
    ),
    (
        "You check in today, or as far as I'm concerned our friendship is over and I'll tell everyone exactly why.",
        {"threat"},
    ),
    (
        "I know I'm just the old guy next door, but you get help now or I'm calling child services about those kids, don't think I won't.",
        {"threat"},
    ),
    (
        "The band is voting tonight, and unless you sign the rehab paperwork you're out, your name comes off the record, and you can forget about your share of the royalties.",
        {"threat"},
    ),
    (
        "Say no to this place, Derek, and you'll lose your job, your apartment and every one of us, I'll see to it personally.",
        {"threat"},
    ),
    (
        "If you don't get clean by the end of the month I'm changing the locks on the studio and selling your amps.",
        {"clean", "threat"},
    ),
    (
        "I'm giving you one chance, Nate, take the bed at Hazelden today or I'll have you fired by Monday, and you know I can.",
        {"threat"},
    ),
    (
        "So here's the deal, you go, or I'll sit your wife down and tell her about every night you spent at my place using.",
        {"threat"},
    ),
    (
        "Remember the regional final when you showed up so hungover you threw up on the bench, what a team player, real captain material.",
        {"sarcasm"},
    ),
    (
        "Thanks a lot for playing the whole second set three beats behind at my sister's wedding, Luke, really made the night unforgettable.",
        {"sarcasm"},
    ),
    (
        "Employee of the month right here, asleep in the break room with a half empty bottle in his lunch box.",
        {"sarcasm"},
    ),
    (
        "I loved how you handled the client pitch, mumbling through half the slides with your pupils the size of dimes, truly inspiring stuff.",
        {"sarcasm"},
    ),
    (
        "You told me you had it all 'under control' and then you crashed your bike into the Petersons' fence, so yeah, nice control.",
        {"sarcasm"},
    ),
    (
        "Wow, what a great neighbour, leaving your needles in the shared bin where my six year old could reach them.",
        {"sarcasm"},
    ),
    (
        "It was really sweet of you to spend the money we raised for the tour van on oxy, such a generous guy.",
        {"sarcasm"},
    ),
    (
        "Congrats on finally making it to a meeting, it only took you three DUIs and a lost job to get there.",
        {"sarcasm"},
    ),
    (
        "Brilliant move getting high right before the drug test the league warned you about a month in advance, real genius.",
        {"sarcasm"},
    ),
    (
        "I know you think you're the life of the party, and sure, nothing says fun like passing out in the hot tub at Ally's birthday.",
        {"sarcasm"},
    ),
    (
        "Some best man you turned out to be, giving that toast so drunk you called my wife by my ex's name.",
        {"sarcasm"},
    ),
    (
        "Your 'quick smoke break' lasted two hours on Friday and you came back giggling, very professional Dana.",
        {"sarcasm"},
    ),
    (
        "Oh and thank you so much for the 3am phone calls, I just love being woken up to hear all about your new dealer.",
        {"sarcasm"},
    ),
    ("You're such a loyal friend, Tony, you only stole from me twice this year.", {"sarcasm"}),
    (
        "What a comeback tour you had, cancelling four shows because you were too strung out to stand up.",
        {"sarcasm"},
    ),
    (
        "Greg, the guys at work say you're just a functioning alcoholic, and I'm starting to think they're right.",
        {"hearsay", "label"},
    ),
    (
        "It kills me that my best friend since kindergarten has turned into a pillhead who can't remember my kid's name.",
        {"label"},
    ),
    (
        "I've worked beside you for twelve years and it breaks my heart to watch the best welder in the shop turn into a drunk who hides bottles in the parts bin.",
        {"label"},
    ),
    (
        "Coach told me your league test came back dirty again, and I don't get why you can't stay clean for one lousy season.",
        {"clean", "hearsay"},
    ),
    (
        "I'm not asking for much, Lisa, I just want you to get clean so we can go back to running the Saturday 10Ks together.",
        {"clean"},
    ),
    (
        "Watching you beg the bartender for one more at the neighbourhood Christmas party was honestly the most pathetic thing I've seen a grown man do.",
        {"insult"},
    ),
    (
        "You were the best lineman in the county, and now you're a disgrace to that jersey.",
        {"insult"},
    ),
    (
        "We've all talked about it on the team, and everyone agrees you're not the same person anymore and we're sick of pretending you are.",
        {"we"},
    ),
    (
        "Speaking for the whole band, we think you've stopped caring about any of us or the music.",
        {"we"},
    ),
    (
        "I'm not a doctor but you're so obviously in denial that it's hard to even bring up the drinking with you.",
        {"diagnosis"},
    ),
    (
        "The way you lie and work everybody at the office, Shawn, I honestly think you're a sociopath.",
        {"diagnosis"},
    ),
    (
        "After you took credit for the whole project while you were wired on Adderall I started to think you've got some kind of narcissistic personality thing going on.",
        {"diagnosis"},
    ),
]

DEV85_GOOD: list[str] = [
    "Ellie, I've been your lab partner since sophomore year and you're the first person I call when something good happens to me.",
    "I remember the night our van broke down outside Flagstaff and you kept everybody laughing until the tow truck showed up at four in the morning.",
    "On the Friday before Labor Day I found you asleep in your car in the work parking lot with the engine running, and I was terrified.",
    "I love you, man.",
    "Your tomatoes are still the best on the block and I want a lot more summers of you leaning over the fence handing me the extras.",
    "When my dad died you drove six hours to sit with me at the funeral home and you didn't say a word, you just stayed.",
    "Last month at practice I noticed your hands shaking when you tied your cleats, and I didn't say anything then, but I'm saying it now because I care about you.",
    "There's a bed waiting for you at Cedar Ridge this afternoon and I will drive you there myself.",
    "I miss hearing you sing harmony on the chorus of Wagon Wheel like you meant it.",
    "Marco, you trained me when I was the new kid who couldn't work the forklift, and you were patient with me when nobody else was.",
    "I got scared when you didn't answer your phone for three days in January.",
    "I want my running partner back.",
    "Your laugh carries across the whole office and I've missed it these past few months.",
    "At the company picnic in June you fell asleep mid-sentence at the table, and I felt sick with worry watching you.",
    "Im writing this because I want you around when my daughter graduates, she thinks of you as family.",
    "You taught me how to change my own oil in your garage with the Reds game on the radio.",
    "I know this is hard to hear, and I'm here because I love you and I'm frightened for you.",
    "In the locker room after the semifinal you hugged the whole team one by one, and that's the captain I want back.",
    "I've noticed you've lost a lot of weight since spring and your eyes don't look like yours anymore.",
    "Whatever happens after today I'll be first in line on family weekend with a bag of those awful sour gummies you like.",
    "You helped me shovel out my mom's driveway for three winters without being asked, and she still brings you up at dinner.",
    "When you missed my wedding rehearsal I felt hurt, and then I felt scared, because that isn't who you are.",
    "I'd give anything for another late night in the studio with you, eating cold pizza and arguing about the bridge.",
    "Treatment works, Jen, and I believe you can do this.",
    "I'll cover your route while you're away and your job will be here when you get back, I already talked to Sharon about it.",
    "You're the funniest person I know and I'm not ready to lose you.",
    "On Halloween you came over to help hand out candy and you could barely stand, and my kids asked me what was wrong with Uncle Pete.",
    "I've watched you teach a dozen rookies how to read a blueprint with way more patience than I have.",
    "My hope is that next summer you'll be back pitching for us on Sunday mornings at Memorial Field.",
    "When I think of you I think of the guy who carried my amp up three flights of stairs in the rain for our first real gig.",
    "I'm proud to call you my friend.",
    "Three weeks ago you called me at 2am and didn't remember the call the next day, and that scared me more than anything.",
    "I don't have the right words but I know I want u here for the long haul.",
    "You were there for me through my divorce, you let me sleep on your couch for a month, and now I want to be there for you.",
    "Please go today, Alyssa, the people at the center are kind and they're ready for you.",
    "I still have the mix CD you burned me in 2004 and I play it in the truck.",
    "Seeing you fall on the ice outside your place in February and not get up for a full minute is something I can't shake.",
    "Your garden, your dog, your terrible puns, I want all of it back on this street.",
    "I'd love to see you coach my son's team next fall like you talked about.",
    "I'm so grateful you were my first boss, because you showed me what it looks like to treat people with respect.",
    "I'm not going anywhere, I'll be in the waiting room the whole time if you want me there.",
    "The last time I saw you really happy was at the lake with your guitar, and I want that for you again.",
    "I'm asking you to go with Rachel and Dave to the treatment center right after we finish here.",
]

DEV85_TRAPS: list[str] = [
    "My uncle Ray was an alcoholic who died at fifty-two, and I don't want to lose you the way our family lost him.",
    "I was a pillhead for most of my twenties, Josh, and the guys at the firehouse didn't give up on me, so I'm not giving up on you.",
    "You are not a junkie to me, you're the guy who taught me bar chords on a guitar with five strings.",
    "Last Christmas you looked at me and said 'I'm a drunk and everybody knows it,' and I told you then what I'm telling you now, that I love you.",
    "I never stop hoping I'll see you back behind that drum kit.",
    "We always had Sunday pickup games at Lincoln Park and I want those back.",
    "Great job on your sixty days last year, I was so proud of you, and I know you can do it again.",
    "Your doctor told you at the checkup that your liver numbers are way too high, and I'm asking you to listen to her because I want you around.",
    "After the season ended I helped you clean out your locker and you gave me your old cleats, and I still wear them.",
    "I'm a total sugar junkie so you know I'll be bringing donuts on visiting day.",
    "I've been in recovery nine years and I still call myself an addict at meetings, so I know how scary this first step feels.",
    "Every time I hear that Tom Petty song I think of you singing it off-key in the van.",
    "You've always been the one person on the crew I'd trust with my life up on a roof.",
    "My mom used to say 'you're never too far gone to come home,' and I believe that about you.",
    "I know your grandfather was a mean drunk and you swore you'd be different, and I believe you still can be.",
    "We went to Red Rocks together in 2016 and you cried during the encore, and that's the friend I'm talking to today.",
    "Nothing you could ever do would make me stop caring about you.",
    "We love you, all of us in this room, and we're here for you whatever it takes.",
    "You are not a disgrace and you're not a failure, you're my friend and you're struggling.",
    "When I moved in you helped me clean the gutters and wouldn't take a dime, that's just who you are.",
    "You told me at the diner, 'I'm an addict and I don't know how to stop,' and that was the bravest thing I've heard you say.",
    "Coach Rivera has been open with all of us about being a lush back in college, and he's offered to drive you to Sunrise himself.",
    "Your cardiologist says your heart is under real strain from the stimulants, and I'm scared because I want us to be two old men arguing over the fence on this street.",
    "If I'm honest I was the real stoner back in high school and you were the one who dragged me to class.",
    "I'll never forget the way you stood up for me when the foreman tried to pin that mistake on me.",
    "You always make me laugh, even on my worst days.",
    "Because of you I made it through my first year on the line without quitting.",
    "You're the reason I started playing music at all, and I'll never be able to thank you enough.",
    "Our old landlord was a crackhead who lived in the basement, remember, and you were the one who kept that whole building safe.",
    "I was so proud when you got that thirty day chip and held it up in the parking lot like a trophy.",
    "Nice work on the Henderson account last quarter, you really carried it, and I want that Nate back.",
    "My brother went through detox last year and he's been clean since, so I've seen with my own eyes what's possible.",
    "You once told me 'I'm dirty, I'm broke, I'm done,' and I want you to know you're still worth fighting for.",
    "I'm not going to threaten you or lecture you, I just want to tell you what I've seen and how much I care.",
    "We always ended tour with breakfast at that diner in Tulsa, and I'd love to do it again with you sitting next to me sober.",
    "You're the hardest worker I've ever known, and I mean that.",
    "That shelter dog you adopted is a total drama queen and a little crazy, and I love watching you two on your walks.",
    "Your physical therapist told you the knee won't heal if you keep mixing the pills with beer, and I want you back on the court with me.",
    "I know you feel like you've ruined everything, but I don't see it that way, not even close.",
    "There's nothing pathetic about asking for help, it's the strongest thing you could do today.",
    "We drove to the coast after graduation and slept in the truck bed, and I still think about that night.",
    "I'm a coffee addict and a terrible cook, but I'll keep your fridge full while you're at Pine Grove.",
    "I used to drink with you most weekends so I'm part of this too, and I'm quitting right alongside you.",
    "I heard you play that new song at the open mic in April and I got chills.",
]

DEV85_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, Chris, I won't be covering your shifts anymore, and I won't lie to Dave when he asks where you are.",
    "I love you, and if you decide not to go I'm not going to let you crash on my couch anymore, but I'll be right here the day you say yes.",
    "If you won't accept treatment I'm going to step away from the band until you do, because I can't keep watching this up close.",
    "If the answer today is no, I won't be lending you money or driving you anywhere, and that's about me taking care of myself, not punishing you.",
]
