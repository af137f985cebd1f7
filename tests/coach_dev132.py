# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 132 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a wife writing about fishing trips, golf weekends and boys' nights that turn into benders: sarcasm and absolutes most. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV132_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.85 (64/75; the rules alone 53/75): absolute 17/20, blame 11/12, sarcasm 16/23, every other kind full; good 0/41 (0.0%; the rules alone 0), traps 1/43 (2.3%; the rules alone 1).

At merge, before it was trained on: with main bfd6408, rules and model 0.85 (64/75; the rules alone 53/75): absolute 17/20, blame 11/12, sarcasm 16/23, every other kind full; good 0/41 (0.0%; the rules alone 0), traps 0/43 (0.0%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV132_FLAG: list[tuple[str, set[str]]] = [
    (
        "Really loved getting the call from the marina at 2am, what a relaxing fishing trip that turned out to be for me.",
        {"sarcasm"},
    ),
    (
        "Congrats on shooting your best round ever at Pinehurst, too bad you cant remember a single hole of it.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for the lovely anniversary dinner where you spent forty minutes in the mens room.",
        {"sarcasm"},
    ),
    (
        "Real husband-of-the-decade move, Dale, falling asleep in the boat with the motor still running.",
        {"sarcasm"},
    ),
    (
        "Oh sure, it was 'just a couple beers with the guys', a couple beers that lasted till Tuesday.",
        {"sarcasm"},
    ),
    (
        "What a thoughtful souvenir from the golf weekend, a credit card bill with eleven hundred dollars from a bar in Myrtle Beach.",
        {"sarcasm"},
    ),
    ("You were so 'fine' to drive home from Rick's that you took out our mailbox.", {"sarcasm"}),
    (
        "Nice touch bringing the guys back to our kitchen at 4am so the kids could meet them.",
        {"sarcasm"},
    ),
    (
        "I guess I should be grateful you made it to Emma's recital at all, even if you sniffed through the whole thing.",
        {"sarcasm"},
    ),
    (
        "Such a great role model for Tyler, showing him how to hide a pint in the tackle box.",
        {"sarcasm"},
    ),
    (
        "Boys' night must have been a real blast, seeing as a sheriff's deputy was the one who brought you to our door.",
        {"sarcasm"},
    ),
    (
        "Brilliant plan, stopping at the Circle K for a tallboy on the way to your DUI class.",
        {"sarcasm"},
    ),
    ("Way to go, three days at the lake, zero fish and one empty cooler.", {"sarcasm"}),
    (
        "I just loved explaining to your mother why her son was 'resting' through Thanksgiving dinner.",
        {"sarcasm"},
    ),
    (
        "Lucky me, I got to spend our twentieth anniversary cleaning up after your Vegas weekend.",
        {"sarcasm"},
    ),
    (
        "What a gentleman, you even remembered to text me 'home soon' at 3:40 in the morning.",
        {"sarcasm"},
    ),
    ("Real responsible, Dale, taking the grocery money to the clubhouse bar.", {"sarcasm"}),
    (
        "Your new habit of grinding your teeth all night after golf is just so charming.",
        {"sarcasm"},
    ),
    (
        "Thank you for teaching our daughter what a nosebleed at the dinner table looks like, very educational.",
        {"sarcasm"},
    ),
    (
        "That 'quick nine holes' Saturday morning was impressive, considering you got back Sunday night.",
        {"sarcasm"},
    ),
    (
        "Sure, you've got it 'under control', that's why the lake house smelled like a brewery for a month.",
        {"sarcasm"},
    ),
    (
        "Top notch parenting, leaving Sam alone on the dock while you and Kev ran out to the truck to do lines.",
        {"sarcasm"},
    ),
    (
        "Youre such a man of your word, 'just one weekend' you said, and every single golf trip ends the exact same way.",
        {"absolute", "sarcasm"},
    ),
    ("Every fishing trip ends with you passed out in the truck.", {"absolute"}),
    ("You never come home when you say you will.", {"absolute"}),
    ("Not one boys' night in the last three years has ended before sunrise.", {"absolute"}),
    ("You always have some reason why this weekend is going to be different.", {"absolute"}),
    (
        "Whenever the guys call you drop everything, every time, no matter what we had planned.",
        {"absolute"},
    ),
    ("You havent kept a single promise to me since the Outer Banks trip.", {"absolute"}),
    (
        "Anytime you go golfing with Mike you come back wired and angry and dont sleep for two days.",
        {"absolute"},
    ),
    (
        "You don't ever stop to think how I'm supposed to get the kids to school when you're gone all weekend.",
        {"absolute"},
    ),
    ("Nothing I say gets through to you once you've had a few.", {"absolute"}),
    (
        "You forget everything, birthdays, ball games, even the night Grace got stitches.",
        {"absolute"},
    ),
    ("The only thing you ever look forward to is the next trip with the guys.", {"absolute"}),
    ("You've missed every one of Tyler's Saturday games this season.", {"absolute"}),
    ("u never called to say you'd be late, not one time.", {"absolute"}),
    ("You always, always pick the bar over me and the kids.", {"absolute", "blame"}),
    ("All you do on the weekends anymore is drink and disappear.", {"absolute"}),
    ("There hasn't been a single weekend away where you stayed sober.", {"absolute"}),
    ("You make the same promise every Sunday night and break it every Friday.", {"absolute"}),
    ("Our savings account is empty and you're the one who emptied it, nobody else.", {"blame"}),
    ("I had to pick up a second job because you blew our money in Myrtle Beach.", {"blame"}),
    ("You picked Kevin and a bag of coke over your own family.", {"blame"}),
    ("After I covered for you with your boss three times, this is how you repay me?", {"blame"}),
    ("Emma cries herself to sleep and that is your fault.", {"blame"}),
    ("You wrecked our marriage one fishing trip at a time.", {"blame"}),
    (
        "My anxiety, my blood pressure, my sleep, all of it comes from years of waiting up for you.",
        {"blame"},
    ),
    ("How can you even look the kids in the eye after what you've put them through?", {"blame"}),
    (
        "The reason I don't have any friends left is that I've spent ten years hiding what you do.",
        {"blame"},
    ),
    (
        "You took the best years of my life and poured them down the drain with a fifth of Jack.",
        {"blame"},
    ),
    (
        "I had to miss Grandma June's funeral because you were too hungover from the lake to watch the kids, so don't tell me your drinking hurts nobody.",
        {"blame"},
    ),
    (
        "Kevin's wife told me you were doing lines off the dashboard in the club parking lot.",
        {"hearsay"},
    ),
    (
        "Your brother mentioned you'd been drinking on the boat before noon every day of the trip.",
        {"absolute", "hearsay"},
    ),
    ("The bartender at the Eagle's Nest told Lisa you got cut off twice last month.", {"hearsay"}),
    ("According to Mike, you left the bachelor party in some stranger's car.", {"hearsay"}),
    (
        "Our neighbor saw you stumbling around the driveway at dawn and texted me about it.",
        {"hearsay"},
    ),
    ("Word around the club is that you owe some people money.", {"hearsay"}),
    (
        "Your fishing buddy Ron called me and said he's afraid you're going to die out there on the water.",
        {"hearsay"},
    ),
    ("Supposedly you told the guys at work that I'm the reason you drink.", {"hearsay"}),
    ("I'm tired of being married to a cokehead.", {"label"}),
    ("You turn into a sloppy drunk the minute the cooler opens.", {"label"}),
    ("I want you to come home from rehab clean and stay that way.", {"clean"}),
    (
        "The test your probation officer ordered came back dirty and you lied right to my face about it.",
        {"clean"},
    ),
    (
        "Watching you stumble off the boat was humiliating, you looked like a pathetic old man.",
        {"insult"},
    ),
    ("What kind of husband does coke in the bathroom at his own son's birthday party?", {"insult"}),
    ("All of us agree you've turned into someone none of us can trust.", {"we"}),
    ("Your whole family is sick to death of making excuses for you.", {"we"}),
    (
        "Go to treatment or pack up your clubs and your tackle box and don't bother coming back.",
        {"threat"},
    ),
    (
        "If you walk out of this room without saying yes, I'll make sure you never see the kids again.",
        {"threat"},
    ),
    (
        "I honestly think you're a narcissist, it's always been about you.",
        {"absolute", "diagnosis"},
    ),
    ("You are in total denial about the coke.", {"diagnosis"}),
]

DEV132_GOOD: list[str] = [
    "Dale, I love you, and I am writing this because I want my husband back.",
    "I still remember the first morning you took me out on the lake and taught me to bait a hook.",
    "You were so patient with me when I kept snagging my line on the dock.",
    "When Emma was born you held her for hours and wouldn't let the nurses take her.",
    "Lately I've watched you come home from golf weekends with your hands shaking.",
    "Last October I found a small bag of white powder in your golf bag, and I was scared.",
    "I felt so alone in the ER waiting room that night in March.",
    "I'm scared that one day the phone will ring and it will be the sheriff telling me you're gone.",
    "You are the funniest person I know, and I want to hear you laugh sober again.",
    "The kids adore you, Tyler still wears your old Bass Pro hat to bed.",
    "There is a bed waiting for you at Cedar Ridge this afternoon, and I will drive you there myself.",
    "I believe you can do this, I've seen you work hard for everything we have.",
    "When you rebuilt the porch that summer, I was so proud of you.",
    "I want to grow old with you and sit on that dock together when we're seventy.",
    "It hurt me when you missed Grace's graduation dinner in May.",
    "I noticed your nose bleeds a lot now and you've lost weight since spring, and it worries me.",
    "i cried in the car after the Hendersons barbecue, I didnt want the kids to see.",
    "I miss talking with you at night after the kids are asleep.",
    "Our wedding day at the Lakeview chapel was the happiest day of my life.",
    "I will be right here when you come home from treatment.",
    "I've started going to Al-Anon on Tuesdays, and it's helped me understand this is an illness.",
    "You taught Tyler how to cast, and he still talks about the bass he caught at Lake Murray.",
    "I was frightened when you drove off after the Fourth of July party and I couldn't reach you.",
    "You have a big heart, Dale, I watched you give your jacket to a stranger in the rain once.",
    "I want Emma to know her dad the way I knew him when we met.",
    "When you came home that Sunday with a black eye I didn't know what to say to you.",
    "My hope is that next summer we can go fishing as a family and just enjoy the quiet.",
    "I love you more than I can put into words, and that's why I'm here.",
    "It breaks my heart to see you so tired and gray on Monday mornings.",
    "Remember the little cabin in Boone where it snowed and we played cards by the fire?",
    "I'm not going anywhere, I'm in this with you.",
    "I felt embarrassed and sad when I had to call your office and say you were sick.",
    "You've been a good provider and a hard worker for twenty years.",
    "I know you're hurting too, and you don't have to carry this by yourself.",
    "The program at Cedar Ridge has a family weekend and I want to be there for it.",
    "Your dad would be proud of you for saying yes today.",
    "I felt my heart drop when I saw the rolled-up bill on the bathroom counter.",
    "You used to sing Jimmy Buffett to me in the kitchen and I'd laugh till I cried.",
    "I want our grandkids to know you someday, healthy and here.",
    "thank you for listening to me, I know this isnt easy to hear.",
    "I'm so tired of being scared, and I think you're tired too.",
]

DEV132_TRAPS: list[str] = [
    "My father was a drunk, and I swore my kids would grow up seeing something different.",
    "You told me last spring, 'I'm scared I can't stop,' and I've never forgotten how brave that was.",
    "You are not a cokehead or a drunk to me, you are my husband and I love you.",
    "Great job on the thirty days you put together last winter, I was so proud of you.",
    "We always had the best time on those early morning fishing trips before the sun came up.",
    "I never stop hoping for the day you come home from a weekend away and hug me at the door.",
    "My brother Jeff has been clean for eleven years, and he'd be glad to talk with you anytime.",
    "Last weekend I cleaned out the garage and found the old canoe we painted together.",
    "I'm a total junk food junkie when I'm stressed, and I've eaten a lot of chips this year.",
    "Your doctor told us your liver numbers are high, and I want you around for a long, long time.",
    "We went to the Outer Banks every August when the kids were little, and those are my favorite memories.",
    "My mom was an alcoholic, so I know how much courage it takes to say yes.",
    "I was a heavy drinker in college myself, so I'm not standing here pretending to be perfect.",
    "You always made the kids feel safe during thunderstorms.",
    "You never once raised a hand to me or the kids, and I want you to know I see that.",
    "Thank you for driving all night to get me when my car broke down in Asheville, that was the real you.",
    "Kevin's band played at our wedding and everyone danced until midnight, even your grandma.",
    "Our whole family is behind you, every single one of us.",
    "The dishes can stay dirty for a month for all I care, I just want you home.",
    "You said to me, 'I'm a lousy husband when I drink,' and I told you that's not who you are.",
    "Uncle Ray was a mean drunk, and you are nothing like him.",
    "I'll never forget the way you looked at me when I walked down the aisle.",
    "You were a natural with a fly rod, the best I've ever seen.",
    "Congratulations on the promotion last year, you earned every bit of it.",
    "Your cardiologist said your heart rate was dangerously high after that weekend, and I was terrified for you.",
    "The counselor at Cedar Ridge explained that addiction is a disease, not a moral failing.",
    "I've been in denial too, making excuses to your mom and pretending everything was fine.",
    "Every time I see a heron on the water I think of you.",
    "I always saved you the last piece of key lime pie, and I always will.",
    "We never missed a Clemson home game those first years, remember the tailgates?",
    "My best friend Carla is a recovering alcoholic and she's the strongest woman I know.",
    "Savannah was the best trip we've had in years, and I know it took a lot for you to stay sober the whole time.",
    "Nothing would make me happier than watching you walk into Cedar Ridge today.",
    "I'm sick with worry every Friday night until I hear your truck in the driveway.",
    "My sister went through a program just like this one, and she says it saved her life.",
    "The guys from your Tuesday league are good men, and I don't blame them for any of this.",
    "It wasn't your fault that your dad drank, and it isn't your fault this disease got hold of you.",
    "The water was so clean and clear at Lake Jocassee that summer, I can still picture you diving off the rocks.",
    "I was diagnosed with depression after my mom passed, and getting help was the best thing I ever did.",
    "You were so nervous giving the toast at your brother's wedding, and you absolutely nailed it, everyone was in tears.",
    "You told the group last week, 'I'm an addict and I need help,' and I have never loved you more.",
    "Kevin used to be a big drinker too, and he's been sober three years now.",
    "I always felt safe with you, right from our very first date at the drive-in.",
]

DEV132_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not call your office and cover for you anymore.",
    "If you choose not to go, I'm going to take the kids to my mother's for a while, because I need us to feel safe.",
    "If you don't accept treatment today, I won't be giving you money for trips or boys' nights anymore.",
    "If you decide not to go, I will stop telling your family you're fine when you're gone all weekend.",
    "Whatever you decide, I will not ride in a car you're driving after you've been drinking.",
]
