# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 162 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a bandmate and old friend, tour stories and set lists: sarcasm and hearsay most, then absolutes. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV162_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.88 (58/66; the rules alone 45/66): label 2/3, absolute 13/15, insult 2/3, hearsay 16/17, sarcasm 13/16, every other kind full; good 1/44 (2.3%; the rules alone 0), traps 4/44 (9.1%; the rules alone 3).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.88 (58/66; the rules alone 45/66): label 2/3, absolute 13/15, insult 2/3, hearsay 16/17, sarcasm 13/16, every other kind full; good 1/44 (2.3%; the rules alone 0), traps 4/44 (9.1%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV162_FLAG: list[tuple[str, set[str]]] = [
    (
        "Real professional move, nodding off behind the kit during the second song in Tulsa.",
        {"sarcasm"},
    ),
    (
        "Loved watching you try to tune a guitar for ten minutes in Denver, a true rock star moment.",
        {"sarcasm"},
    ),
    (
        "Congrats on getting us banned from the Blue Door, that was a career highlight for all of us.",
        {"sarcasm"},
    ),
    (
        'You were super "rested" the morning after Omaha, sleeping on the van floor til two in the afternoon.',
        {"sarcasm"},
    ),
    ("Nice touch, puking in the green room right before we opened for Lucero.", {"sarcasm"}),
    ("What a legend, forgetting the words to a song you wrote yourself.", {"sarcasm"}),
    (
        "Thanks a ton for borrowing the merch money in Austin, the band was thrilled to fund your weekend.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you had it 'totally under control' when the bartender had to carry you out to the curb.",
        {"sarcasm"},
    ),
    ("Best drummer in Ohio, as long as the count-in doesnt matter lol.", {"sarcasm"}),
    (
        "That encore in Memphis where you played a completely different song than the rest of us was a real artistic choice.",
        {"sarcasm"},
    ),
    (
        "Way to make the sound guy's night, man, knocking over his monitor and then arguing with him about it.",
        {"sarcasm"},
    ),
    (
        "I guess rolling into the studio three hours late with pupils like pinholes is just your creative process.",
        {"sarcasm"},
    ),
    (
        "Hey at least the cops in Flagstaff got to hear our demo, so thanks for the free promo.",
        {"sarcasm"},
    ),
    ("Super dependable, you are, like a clock that only runs when the bar's open.", {"sarcasm"}),
    (
        "Gold star for that college radio interview, slurring your way through it on live air.",
        {"sarcasm"},
    ),
    ("Really rock and roll of you to pawn your own snare for a handful of pills.", {"sarcasm"}),
    ("Jess told me you were doing bumps in the bathroom at her wedding.", {"hearsay"}),
    (
        "The promoter in Boise called me up and said you tried to start a fight with the headliner.",
        {"hearsay"},
    ),
    ("Word around the scene is you got eighty-sixed from the Crocodile again.", {"hearsay"}),
    (
        "Your landlord texted me asking if I knew you'd been found passed out in the stairwell.",
        {"hearsay"},
    ),
    (
        "Supposedly you showed up to Tommy's session so wasted he sent you home after an hour.",
        {"hearsay"},
    ),
    ("Kayla, our old merch girl, says you hit her up for cash twice last month.", {"hearsay"}),
    (
        "I found out from your cousin that you lost the job at the guitar shop for nodding off at the register.",
        {"hearsay"},
    ),
    (
        "Rumor at the rehearsal space is youve been selling off your cymbals one at a time.",
        {"hearsay"},
    ),
    (
        "Your mom said on the phone you haven't had a single sober day since Christmas.",
        {"absolute", "hearsay"},
    ),
    (
        "A guy from the Sunset crowd told Pete he watched you buying from that dude behind the venue.",
        {"hearsay"},
    ),
    (
        "The bar manager let me know you've been drinking before noon on the days you work the door.",
        {"hearsay"},
    ),
    (
        "Apparantly u wrecked Derek's car in March and told him somebody hit it while it was parked.",
        {"hearsay"},
    ),
    ("Mel swears you were high at the memorial show for Ricky.", {"hearsay"}),
    (
        "The sound guy at the Hideout let it slip that you tried to sell him oxy after load-out.",
        {"hearsay"},
    ),
    (
        "Everybody at the Tuesday jam says you disappear during set breaks and come back glassy eyed.",
        {"hearsay"},
    ),
    (
        "Your ex told me the night she moved out you had pills stashed in the kick drum case.",
        {"hearsay"},
    ),
    ("You never once made load-in on time that whole fall tour.", {"absolute"}),
    ("Every show since Portland you've had a flask tucked in your stick bag.", {"absolute"}),
    ("You always have some sob story about why you need an advance.", {"absolute"}),
    (
        "Not a single rehearsal this year has started without you cracking a beer first.",
        {"absolute"},
    ),
    ("You blow off every practice we schedule before noon.", {"absolute"}),
    ("Anytime things start going good for the band you find a way to torch it.", {"absolute"}),
    ("You drink straight through every soundcheck no matter what city we're in.", {"absolute"}),
    ("You cant go one night without something in your system.", {"absolute"}),
    ("Whenever I call you it goes to voicemail or your high as a kite.", {"absolute"}),
    ("You've lied to me about money each and every time I've asked where it went.", {"absolute"}),
    ("You're forever out in the parking lot between sets with whoever's holding.", {"absolute"}),
    ("You have not kept one promise to this band in three years.", {"absolute"}),
    ("Each time we land a decent gig you end up too messed up to play it right.", {"absolute"}),
    ("You blank on the bridge of Highway Ghost every night now.", {"absolute"}),
    ("Face it, you're a full on cokehead now, not the guy who taught me power chords.", {"label"}),
    ("Youre turning into a garden variety pill popper and its killing me to watch.", {"label"}),
    ("Half the bookers in town just call you the band's drunk.", {"label"}),
    ("Please go get clean, man, I miss my drummer.", {"clean"}),
    ("Stacy told me your test at the halfway house came back dirty again.", {"clean", "hearsay"}),
    ("We lost the label deal because of your partying, plain and simple.", {"blame"}),
    ("You picked the bottle over the band and over me.", {"blame"}),
    ("You threw away ten years of work we built together, and for what.", {"blame"}),
    (
        "Honestly you're an embarrassment on stage now and I'm ashamed to have my name next to yours on the flyer.",
        {"insult"},
    ),
    (
        "Watching you beg strangers for a bump outside the Echo was gross, dude, just gross.",
        {"insult"},
    ),
    ("Speaking for the whole band, we're all fed up with your excuses.", {"we"}),
    ("The guys and I all think you've stopped caring about anybody but yourself.", {"we"}),
    (
        "Go to rehab tomorrow or I swear I'll tell every club in the state not to book you.",
        {"threat"},
    ),
    ("Either you go today or you're out of the band and out of my life for good.", {"threat"}),
    ("You're a textbook narcissist, everything is about you and your next fix.", {"diagnosis"}),
    (
        "You're obviously manic depressive, the way you swing from genius to total wreck.",
        {"diagnosis", "insult"},
    ),
    ("Dont kid yourself, you are in complete denial about how bad it's gotten.", {"diagnosis"}),
]

DEV162_GOOD: list[str] = [
    "Mikey, I've known you since we were fifteen and splitting a pack of strings.",
    "The first time we played the Rathskeller, you counted us in so hard you snapped a stick and just kept going with one.",
    "I still have the set list from that night taped inside my bass case.",
    "I remember you driving all night across Wyoming so the rest of us could sleep.",
    "When my dad died you showed up at my door with a pizza and your acoustic and didn't say a word.",
    "Lately I've seen your hands shaking when you pick up the sticks, and it scares me.",
    "At the show in Eugene I watched you drop tempo three times and I could tell you didn't notice.",
    "You don't pick up when I call anymore, and I miss talking records with you.",
    "I hope someday we get to play Highway Ghost again with you clear-eyed behind the kit.",
    "I'm asking you to go to the treatment place your sister found, today, right after this.",
    "There's a bed waiting for you at Cedar Ridge and I'll drive you there myself.",
    "I'll keep your drums at my place until you get back, tuned and ready.",
    "I love you like a brother, more than most brothers probably.",
    "Your laugh in the back of the van at 3am is one of my favorite sounds in the world.",
    "I was terrified when I found you on the green room couch and couldnt wake you up for almost a minute.",
    "I felt helpless at Jenny's party when you couldn't stand up straight.",
    "You wrote the best song this band ever had, and you wrote it on a napkin at Denny's.",
    "Remember when we got snowed in at that motel in Fargo and wrote three songs in two days?",
    "I want my friend back, the guy who'd call me at midnight to play me a new fill over the phone.",
    "I know this is hard to hear, I'm shaking just writing it.",
    "Since April you've missed four rehearsals and two gigs, and each time I was worried sick about where you were.",
    "When the three hundred went missing from the band fund I felt hurt more than angry.",
    "I'm not here to kick you out of anything, I'm here because I care what happens to you.",
    "You taught my daughter how to hold drumsticks and she still asks when Uncle Mikey is coming over.",
    "That night in Chicago when the power cut out and you kept the beat going on a bucket so the crowd wouldn't leave, that's who you are to me.",
    "The guys at the shop ask about you and I tell them you're working on some stuff.",
    "Over about a year I watched you go from two beers after a show to a fifth before it.",
    "I'm scared I'm going to get a phone call some night and it won't be you on the other end.",
    "Whatever happens with the band, you have a friend in me.",
    "I called and asked, and the treatment center has a music room, so you can bring your practice pad.",
    "I dug up the photo from our first tour, all four of us sunburned on the hood of the van outside El Paso.",
    "When you're healthy you're the most generous guy I know, you'd give a stranger your last twenty and your jacket.",
    "I still think about you singing harmony on that Big Star cover, off key and completely happy.",
    "I'll go to the family sessions, whatever they ask me to do, I'm in.",
    "It hurt to watch you sell the Ludwig kit your grandpa bought you.",
    "I was afraid for you when you drove home from the Elbow Room after the show in March.",
    "Our first paycheck as a band was forty bucks and a pitcher and I've rarely been prouder of anything.",
    "You are worth fighting for, man.",
    "I'm writing this on the back of an old set list because it felt right.",
    "I miss the way you used to tap rhythms on the steering wheel and make me guess the song.",
    "You held this band together through three bass players and a van fire.",
    "thank you for listening to me, I know you didnt ask to be here today",
    "I hope next summer we can go back to the lake house and just jam on the porch like the old days.",
    "My heart broke a little Saturday when you didn't recognize the intro to our own song.",
]

DEV162_TRAPS: list[str] = [
    "You're the reason I picked up a bass in the first place, and I'll never forget it.",
    "My uncle Ray was the town drunk in Dayton and nobody ever sat him down like this, so I'm not letting that happen to you.",
    "I was a full-blown addict when you met me, remember, and I've been sober eleven years now.",
    "After the Reno show you told me 'I'm a junkie and everyone knows it,' and I didn't know what to say then, but now I do: you're my friend.",
    "You are not a drunk to me, you're the guy who taught me how to keep time.",
    "I'll always save you a spot on the stage.",
    "I never stopped believing in you, not even after Denver.",
    "We always ended tour with breakfast at the Waffle House in Nashville, and I want that again.",
    "Getting your six month chip in 2019 was amazing work, I cried in the van I was so proud of you.",
    "I was in the room at the ER in October when the doctor said your liver numbers were scary, and I've been praying ever since.",
    "We cleaned out the practice space together last fall and I found your old drum key in the couch.",
    "Your snare sound was always so clean and crisp, nobody in town could touch it.",
    "I'm a total coffee junkie on the road and you were the one who brought me a cup before every soundcheck.",
    "We went to the lake after every Fourth of July show, all of us, and you'd cannonball off the dock first.",
    "My own dad was an alcoholic and died at fifty-two, which is part of why I'm here today.",
    "I heard the new Wilco record last week and thought of you the whole time.",
    "People say the best drummers listen more than they play, and you're the one who taught me that.",
    "We love you, all four of us, and we're here.",
    "We all piled into your mom's station wagon for our first out of town gig, amps on our laps.",
    "You said to me once, 'I'm such a loser when I drink,' and I told you then and I'll tell you now, that isn't true.",
    "That crowd in Lawrence went absolutely crazy for your solo, honestly one of the best things I've ever seen.",
    "'Dirty Water' was our closer for years and you owned that song.",
    "I'm not a counselor and I can't tell you what's going on in your head, I just know I miss you.",
    "The counselor at Cedar Ridge explained that addiction is a disease, and that helped me stop being so mad.",
    "Walt, your old sponsor from 2018, was a good man and I hope you'll give him a call.",
    "You have never once let me haul the bass drum case up a flight of stairs by myself.",
    "Thank you for showing up to my wedding in that ridiculous velvet suit, it made the whole day.",
    "You've been my best friend through every tour, every breakup, every busted transmission.",
    "I'm sick of this disease stealing my friend, not sick of you.",
    "My sister was a meth user for years and now she's a nurse, so I know people come back from this.",
    "I was the one who got us kicked out of the Holiday Inn in Boise, let's be honest, so I'm no saint.",
    "Sam the bartender at the Blue Door asked me to tell you he's rooting for you.",
    "The loser's bracket at that pool hall in Reno was the most fun I had all tour, mostly because of you.",
    "I always hated that motel in Amarillo but I'd stay there a hundred more times to hear you laugh like that again.",
    "You're always going to be the drummer in my head when I write.",
    "Shame the rain cancelled the outdoor show in Asheville, because you were on fire that week.",
    "What kind of drummer plays a whole set with a broken wrist? You did, in Toledo, and I was in awe.",
    "You were a great dad to Lila on the road, reading her stories in the bunk every night.",
    "We both know I'm not the guy to judge anyone, I drank my way through most of my twenties.",
    "You told me you've had panic attacks since high school, and I hope the people at Cedar Ridge can help with that too.",
    "I heard you play the opening of our first single on a beat up piano in Memphis and knew you were the best musician I'd ever know.",
    "We never played a bad show at the Hi-Fi, I swear that room was magic.",
    "I'm not going anywhere, and I will never give up on you.",
    "Remember the junkyard behind the venue in Gary where we found that busted cymbal and you played it the rest of the tour?",
]

DEV162_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I'm going to stop lending you money, even for gear, and I'm saying that with love.",
    "If you don't go to Cedar Ridge, I won't play shows with you until you've gotten help, but I'll still be your friend.",
    "If you turn this down, I'm not going to cover your share of the rehearsal space anymore.",
    "If you walk out of here without saying yes, I won't come pick you up from bars at 2am anymore, I love you too much to keep doing that.",
]
