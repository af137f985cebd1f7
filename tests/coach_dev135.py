# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 135 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a bandmate or old friend from the music scene, the 'tortured genius' myth turned against the loved one: sarcasm and absolutes most. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV135_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.91 (67/74; the rules alone 53/74): absolute 17/18, blame 11/13, sarcasm 18/22, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/45 (8.9%; the rules alone 4).

At merge, before it was trained on: with main bfd6408, rules and model 0.91 (67/74; the rules alone 53/74): absolute 17/18, blame 11/13, sarcasm 18/22, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/45 (8.9%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV135_FLAG: list[tuple[str, set[str]]] = [
    (
        "Really inspired move, nodding off on the riser halfway through our set at the Empty Bottle, the crowd loved watching you drool on your pedalboard.",
        {"sarcasm"},
    ),
    (
        "Congrats on finally living the Keith Richards dream, Dex, except Keith had a crew and you have a mattress on my floor.",
        {"sarcasm"},
    ),
    (
        "Oh sure, the ketamine really opened up your art, that's why you haven't finished a canvas since March.",
        {"sarcasm"},
    ),
    ("Very rock and roll of you to pawn the Telecaster your dad gave you.", {"sarcasm"}),
    (
        "Nice touch puking behind the merch table while your niece was selling our shirts.",
        {"sarcasm"},
    ),
    (
        "Your a real tortured genius, Jonah, tortured mostly by the hunt for the next bag.",
        {"sarcasm"},
    ),
    (
        "What a legendary tour that was, I drove 900 miles while you slept off the whiskey in the back with the amps.",
        {"sarcasm"},
    ),
    (
        "Loved how 'totally fine' you were when the paramedics were peeling you off our bathroom floor.",
        {"sarcasm"},
    ),
    ("Brilliant career strategy, showing up to the label meeting in a k-hole.", {"sarcasm"}),
    (
        "Thanks so much for covering your half of the rent, oh wait, it all went to your ket guy.",
        {"sarcasm"},
    ),
    (
        "You really nailed the Kurt Cobain look this winter, the grey skin and the empty eyes, super authentic.",
        {"sarcasm"},
    ),
    (
        "Great gallery opening Mari, everyone got to see the artist slurring at the collectors and knocking over the wine table.",
        {"sarcasm"},
    ),
    (
        "Real professional, texting me 'running late' from a nod in a parking lot while forty people waited at the Roxy.",
        {"sarcasm"},
    ),
    (
        "I guess Amy Winehouse is the career goal now, congrats on getting the tragic part down first.",
        {"sarcasm"},
    ),
    (
        "Such a generous roommate, letting your dealer nap on my couch while I was at work.",
        {"sarcasm"},
    ),
    (
        "Wow what a comeback show, three songs and then you wandered off to the bathroom and never came back.",
        {"sarcasm"},
    ),
    (
        'Bravo on the "sober" month you bragged about at practice, the empties rolling around the van told a different story.',
        {"sarcasm"},
    ),
    (
        "You were a real hero at Benny's memorial, giving the eulogy with a pint in each hand.",
        {"sarcasm"},
    ),
    (
        "Awesome how you turned our rehearsal space into your own private shooting gallery, the landlord was thrilled.",
        {"sarcasm"},
    ),
    (
        "Such a romantic rock star moment, wrapping the van around a pole outside Tucson and calling it a vibe.",
        {"sarcasm"},
    ),
    (
        'Sure, you\'re just "experimenting" with ket, the same way Sid Vicious was just experimenting.',
        {"sarcasm"},
    ),
    (
        "Really appreciated you borrowing my studio headphones and selling them, top tier friendship right there.",
        {"sarcasm"},
    ),
    ("Every single gig this year you've shown up with a flask in your jacket.", {"absolute"}),
    (
        "You never once finished a recording session without disappearing out to the car.",
        {"absolute"},
    ),
    ("Not one time since the spring tour have you kept a promise you made me.", {"absolute"}),
    ("You always pick the dope over the band, every time, no exceptions.", {"absolute", "blame"}),
    ("Anything I ask you about, you just lie, constantly.", {"absolute"}),
    ("Youre always nodding off mid conversation like nobody is even in the room.", {"absolute"}),
    ("There's never a day anymore where you aren't high, Theo.", {"absolute"}),
    ("Each and every rehearsal ends with you passed out on the drum riser.", {"absolute"}),
    (
        "You've blown off literally every birthday of mine since we moved into the Fremont apartment.",
        {"absolute"},
    ),
    (
        "Whenever you get paid for a gig it's gone on heroin within the hour, without fail.",
        {"absolute"},
    ),
    ("You have never in your whole life been able to stop at one beer.", {"absolute"}),
    ("Nothing anybody says gets through to you Marisol, nothing.", {"absolute"}),
    ("All you ever talk about anymore is where to score.", {"absolute"}),
    ("Not a single painting you started last year got finished, not one.", {"absolute"}),
    (
        "u constantly cancel on me last minute and im done making excuses for you to the booker",
        {"absolute"},
    ),
    ("You never pick up when I call unless you need a ride or a twenty.", {"absolute"}),
    (
        "Every time I come home the place reeks of whiskey and you're asleep in your boots.",
        {"absolute"},
    ),
    (
        "You're late to everything now, soundcheck, dinner, your own mom's surgery, all of it.",
        {"absolute"},
    ),
    ("We lost the festival slot because you couldn't stand up straight at soundcheck.", {"blame"}),
    ("The band fell apart and that sits squarely on your shoulders, Jonah.", {"blame"}),
    ("You traded our whole future for a spoon and a lighter.", {"blame"}),
    ("I put you up rent free for eight months and this is how you pay me back?", {"blame"}),
    (
        "Lena's panic attacks started the night she found you blue on the floor, so yeah, you did that to her.",
        {"blame"},
    ),
    ("Every dollar I lost on the canceled tour is money you burned, not me.", {"blame"}),
    (
        "How do you even look your mother in the eye after what you put her through at Christmas?",
        {"blame"},
    ),
    (
        "You wrecked the best thing any of us ever built, and for what, a couple hours of feeling numb.",
        {"blame"},
    ),
    ("My credit is shot because you maxed out the card I trusted you with.", {"blame"}),
    ("You picked ketamine over the Berlin residency, over me, over the whole crew.", {"blame"}),
    ("It's your fault the label dropped us and everybody in that room knew it.", {"blame"}),
    (
        "After all the nights I sat up with you holding the bucket, you go and steal from my guitar case?",
        {"blame"},
    ),
    (
        "Our old drummer Pete told me he saw you buying off some guy behind the Metro last Tuesday.",
        {"hearsay"},
    ),
    (
        "The gallery owner called me and said you showed up to the install drunk and broke a frame.",
        {"hearsay"},
    ),
    (
        "Word around the scene is you owe money to half the bartenders on Division Street.",
        {"hearsay"},
    ),
    ("Your ex mentioned you've been doing ket alone at her place on weeknights.", {"hearsay"}),
    (
        "Supposedly you were nodding out at Lucky's on Friday, that's what Rina texted me.",
        {"hearsay"},
    ),
    ("Tommy from the venue says you got banned from the green room.", {"hearsay"}),
    ("I found out from your sister that you sold your amp to pay off a debt.", {"hearsay"}),
    (
        "A couple of the kids who come to our shows told me you were handing out pills in the alley.",
        {"hearsay"},
    ),
    ("You're just another junkie guitarist now, Dex, and it kills me.", {"label"}),
    ("Honestly you've turned into a boozer who happens to own a bass.", {"label"}),
    (
        "Getting clean before the record drops is the only thing I care about right now, Theo.",
        {"clean"},
    ),
    ("The halfway house said your screen came back dirty again, Marisol.", {"clean", "hearsay"}),
    (
        "Watching you lately is honestly humiliating, you're a disgrace to the music you used to love.",
        {"insult"},
    ),
    (
        "You've become a sad cliche, a wasted talent nobody wants to stand next to on a stage.",
        {"insult"},
    ),
    ("Everybody in the band agrees you've become impossible to work with.", {"we"}),
    ("All of us are sick to death of covering for you with the promoters.", {"we"}),
    ("Go to rehab this week or I swear I'll tell every venue in town you're poison.", {"threat"}),
    (
        "If you don't check in tomorrow you can find somewhere else to crash, and don't ever bother calling me again.",
        {"threat"},
    ),
    (
        "Man, you're a textbook narcissist, everything is about your art and your pain.",
        {"diagnosis"},
    ),
    ("I think you're bipolar and the heroin is just how you self-medicate.", {"diagnosis"}),
]

DEV135_GOOD: list[str] = [
    "Dex, I still think about the night we recorded the first EP in Marco's basement with egg crates stapled to the walls.",
    "When my dad died you drove four hours in a van with no heat just to sit with me.",
    "I miss hearing you laugh at your own bad puns between songs.",
    "Your painting of the river still hangs over my bed.",
    "Lately you seem far away even when you're sitting right next to me on the couch.",
    "I've watched you lose weight and stop answering texts, and I'm scared.",
    "You used to hum harmonies while doing the dishes, and our apartment hasn't sounded like that in a year.",
    "I'm writing this because I love you and I want my friend back.",
    "The counselor at Ridgeview has a bed for you today, and I'll drive you there myself.",
    "I'm scared the next call I get about you will be from a hospital.",
    "I want to be in the front row at your next show, sober and cheering like an idiot.",
    "Mari, you taught me how to stretch a canvas and how not to be afraid of a blank one.",
    "When you found me at that shelter in 2014 you didn't ask questions, you just handed me your spare key.",
    "I hate seeing your hands shake in the mornings until you've had a drink.",
    "i dont know how to write this so im just gonna say it, i love you and im worried sick",
    "The songs you wrote in your twenties got me through my divorce.",
    "I noticed you don't hold the pick the way you used to.",
    "Remember busking outside Pike Place with a cardboard sign that said will play for pierogi?",
    "I felt so lonely when you stopped coming to the Sunday jam.",
    "Your niece asks about you and wants you to teach her drums like you promised.",
    "I'd rather have you alive and boring than brilliant and gone.",
    "The nights you spent on my floor after my breakup, talking till sunrise about Coltrane, are some of my favorite memories.",
    "I'm not here to lecture you, I'm here because you matter to me.",
    "Please say yes today, the program can take you this afternoon.",
    "When you're yourself, you're the kindest person in any room.",
    "I missed you at Ana's wedding, and the band played our song without you.",
    "I'll keep your guitar safe and in tune until you come home from treatment.",
    "There's a version of you that sang to ten people in Fresno like it was Madison Square Garden, and I believe in that guy.",
    "You gave me my first tattoo with a homemade machine and I still love it.",
    "Seeing you collapse in the hallway in October was the most frightening moment of my life.",
    "Rick and I have both cleared our calendars so you won't be alone through this.",
    "I want to hear the album you've been talking about finishing for five years.",
    "Theo, you're my brother in all but blood.",
    "I know it's hard to hear this in front of everyone, and I'm grateful you're listening.",
    "The ketamine has made you so quiet, and I miss your loud opinions about Bowie.",
    "You were the first one at my studio when it flooded, with a shop vac and a bag of tacos.",
    "I miss our late drives up the coast with the windows down and Patti Smith on the tape deck.",
    "Treatment isn't the end of your music, it might be the start of your best work.",
    "I love you, man. Go get well and then come write with me again.",
    "It broke my heart when you didn't recognize me at the bar in August.",
    "Hannah and I have a room ready for you for when you finish the program.",
    "You helped me believe I was an artist when nobody else did.",
    "ur the best songwriter i know and i want u around for a long long time",
]

DEV135_TRAPS: list[str] = [
    "You're the reason I picked up a bass at fifteen, and I'll owe you for that forever.",
    "Great job on your thirty days last spring, I still keep the chip you gave me in my wallet.",
    "I will always love you, no matter how this afternoon goes.",
    "My uncle Ray was a drunk who died alone in a motel in Reno, and I can't watch that happen to you.",
    "I was a heroin addict for nine years, so I'm not judging you, I'm begging you.",
    "Last week you told me, 'I'm a junkie and I know it,' and I just held you while you cried.",
    "You are not a junkie to me, you're Jonah, the kid who wrote songs on bar napkins.",
    "We always closed the set with Gimme Shelter, and nobody could touch you on that solo.",
    "I never stop hoping I'll get to hear you play again.",
    "The ER doctor said your oxygen was so low that night in March you almost didn't wake up, and I haven't slept right since.",
    "We went to the Replacements reunion together and you cried during Alex Chilton.",
    "You're a total vinyl junkie and I want to go crate digging with you again.",
    "Remember when we had to clean paint off the whole loft floor before the landlord came by?",
    "That dirty old van with the broken heater was the best home I ever had, because you were in it.",
    "Bird and Billie Holiday were heroin addicts, and the world lost them way too early, and I don't want to lose you.",
    "I'll never forget the night you played to an empty room in Omaha like it was the Fillmore.",
    "Your piece in the Hyde show was brilliant, and I mean that with my whole heart.",
    "My dad was an alcoholic, so I know how much courage it takes to even sit here and listen.",
    "Every time I hear the riff from Blue Kitchen I smile, because you wrote it in my kitchen.",
    "Dr. Okafor found the hepatitis C last fall, and there's treatment for that too.",
    "You once said to me 'I'm a disgrace,' and I need you to know I don't believe that for a second.",
    "I'm not giving up on you, not now, not ever.",
    "Nothing you could do would make me stop being your friend.",
    "We spent that whole summer in Aunt Delia's barn painting murals, and it's still the happiest I've ever been.",
    "You were always the first to share your last cigarette or your last dollar.",
    "Thank you for showing up to my mom's funeral sober and holding my hand, it meant everything.",
    "I was the drunk in this band for a long time before I got help, so I know the way back exists.",
    "The tortured genius thing is a lie the music magazines sold us, and you don't have to buy it.",
    "My old roommate Cass was a pillhead who went to treatment and now runs a recording studio in Austin.",
    "I felt sick to my stomach the night you overdosed, and I never want to feel that again.",
    "It's a shame we never cut that second record, and I'd still love to make it with you.",
    "Honestly I think I'm the one in denial sometimes, pretending things are okay when I come over.",
    "Dead Flowers always makes me think of our first tour.",
    "Our singer Jess has been clean four years now, and she asked me to tell you she'd love to talk.",
    "If you'll go today, I'll visit every Sunday they let me.",
    "I'm not calling you an addict or anything else, I'm calling you my friend.",
    "You never once made me feel small when I played a wrong note, and I want to give you that same grace now.",
    "That show at the Bowery was pure chaos in the best way, and I've never seen a crowd like it since.",
    "My grandpa was a boozer too, a sweet one who missed half my childhood, and I want better for you.",
    "We all have our own ways of being here for you, and mine is this letter.",
    "Your hands were never steadier than when you were painting that portrait of your grandma.",
    "I made plenty of dumb choices on tour too, and you forgave every one of them.",
    "You played brilliantly at the Nashville benefit, truly, and I'd love to see that guy again.",
    "I'm always going to be in your corner, whether you're on a stage or in a hospital bed.",
    "My hands were always dirty with clay back then and you never once complained about the mess in our kitchen.",
]

DEV135_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, I won't be letting you stay at the apartment anymore, and I'll still love you.",
    "If the answer is no, I'm going to step away from the band until you're in treatment, because I can't keep playing beside you like this.",
    "I won't lend you money or drive you to buy anymore, but I'll drive you to Ridgeview any hour of the day or night.",
    "If you say no today, I'm not going to cover your shifts at the gallery or tell Mr. Haas you're sick anymore.",
    "If you choose not to accept help today, I'll pack your things carefully and leave them with your sister, and my door opens again the day you're ready for treatment.",
]
