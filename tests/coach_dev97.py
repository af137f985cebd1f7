# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 97 (4 December 2026, round 21, a second set of fresh writers, kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a spouse of more than twenty years, one long letter, tired and loving: absolutes, blame, sarcasm and hearsay. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV97_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 4fa7a7b, rules and model 0.93 (78/84; the rules alone 62/84): blame 15/16, hearsay 13/15, sarcasm 13/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/45 (4.4%; the rules alone 1).

At merge, before it was trained on: with main 0bd1ec6, rules and model 0.93 (78/84; the rules alone 64/84): blame 15/16, hearsay 13/15, sarcasm 13/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/45 (4.4%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV97_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single night for the past three years you have poured your first drink before I even get my coat off.",
        {"absolute"},
    ),
    ("You didnt come to one of Josh's hockey games sober last winter, not one.", {"absolute"}),
    (
        "Whenever I try to bring it up you walk out to the garage and slam the door behind you.",
        {"absolute"},
    ),
    (
        "You forget everything I tell you after eight o'clock, every conversation we have is just gone by morning.",
        {"absolute"},
    ),
    (
        "There isnt a single room in this house where I havent found a bottle tucked away somewhere.",
        {"absolute"},
    ),
    ("You lie to me about the drinking each and every time I ask you straight out.", {"absolute"}),
    (
        "Not a single anniversary in the last five years has gone by without you passing out on the couch before the cake.",
        {"absolute"},
    ),
    ("You don't ever keep a promise anymore Mike.", {"absolute"}),
    (
        "All you do on the weekends is sit in that recliner with a glass that somehow is never empty.",
        {"absolute"},
    ),
    (
        "Any time money goes missing from the grocery envelope I know exactly where it went.",
        {"absolute"},
    ),
    ("You haven't been sober at one family dinner since your mother's funeral.", {"absolute"}),
    (
        "Your answer is the same every time, 'I'll cut back after the holidays,' and for you the holidays never end.",
        {"absolute"},
    ),
    (
        "You constantly pick fights with Emily when shes home from school and then u dont remember any of it.",
        {"absolute"},
    ),
    ("Nothing I say gets through to you anymore, nothing at all.", {"absolute"}),
    (
        "Your always ready with an excuse, the stress at work, your back, the weather, me.",
        {"absolute"},
    ),
    (
        "You've had a beer open by noon on Saturday without fail for as long as I can remember.",
        {"absolute"},
    ),
    (
        "Emily stopped bringing her boyfriend home for the holidays and that is your doing, not mine.",
        {"blame"},
    ),
    (
        "I gave up my job at the library to hold this family together and this is how you pay me back.",
        {"blame"},
    ),
    ("You picked the vodka over our marriage, plain and simple.", {"blame"}),
    (
        "Josh moved all the way to Denver to get away from what you turned this house into.",
        {"blame"},
    ),
    ("Twenty-six years I stood by you and you threw all of it away for a box of wine.", {"blame"}),
    ("You wrecked the Silverado and my credit right along with it.", {"blame"}),
    ("It is your fault we had to sell the cottage at Higgins Lake.", {"blame"}),
    (
        "I can't sleep, I can't eat, I've lost fifteen pounds, and you are the one who did that to me.",
        {"blame"},
    ),
    ("What on earth were you thinking, driving the grandkids home after four beers?", {"blame"}),
    ("You took the best years of my life and poured them down the kitchen sink.", {"blame"}),
    ("I want you to understand that Emily's panic attacks started with you.", {"blame"}),
    (
        "All the times I covered for you with Dennis and you still couldnt hold it together for one quarter.",
        {"blame"},
    ),
    ("You broke this family Mike, and I am worn out from picking up the pieces.", {"blame"}),
    ("Do you have any idea what you've put me through?", {"blame"}),
    (
        "Your drinking ate our retirement savings and you owe me an explanation for every dollar.",
        {"blame"},
    ),
    (
        "Thanks so much for the lovely anniversary dinner where you nodded off into your soup.",
        {"sarcasm"},
    ),
    ("Real nice of you to hide the bourbon in my sewing cabinet, very thoughtful.", {"sarcasm"}),
    (
        "Congratulations on making it all the way to three o'clock on Sunday before opening a beer.",
        {"sarcasm"},
    ),
    (
        "Husband of the decade, sleeping in the car in the driveway on our twenty-fifth.",
        {"sarcasm"},
    ),
    ("And you were just 'tired' at Emily's graduation, sure you were.", {"sarcasm"}),
    ("What a beautiful toast you gave at Josh's wedding, slurring his name and all.", {"sarcasm"}),
    ("Brilliant hiding spot inside the snow tires, really, I'm impressed.", {"sarcasm"}),
    (
        "You're such a 'social drinker' that you drink alone in the basement at two in the morning.",
        {"sarcasm"},
    ),
    (
        "Way to go making the Kowalskis' Christmas party memorable for all the wrong reasons.",
        {"sarcasm"},
    ),
    (
        "I just loved explaining to your mother why you were 'under the weather' at Easter.",
        {"sarcasm"},
    ),
    (
        "Nice work on the gutters by the way, falling off the ladder with a Bud Light in your hand.",
        {"sarcasm"},
    ),
    (
        "You handled my father's funeral beautifully, if you dont count throwing up in the parking lot.",
        {"sarcasm"},
    ),
    (
        "What a gentleman, letting your wife haul you up the stairs at one in the morning.",
        {"sarcasm"},
    ),
    (
        "Lucky me, I get to count the empties in the recycling on Tuesdays like it's my little hobby.",
        {"sarcasm"},
    ),
    ("Your 'one glass of wine with dinner' sure goes through a lot of bottles.", {"sarcasm"}),
    (
        "Best birthday ever, watching you argue with the waiter over a tab you couldnt pay.",
        {"sarcasm"},
    ),
    (
        "Your brother Gary called me last month and said you showed up at his place reeking of whiskey at ten in the morning.",
        {"hearsay"},
    ),
    (
        "Pam next door mentioned she's seen you carrying bags of empties out to the dumpster behind the park so I won't notice.",
        {"hearsay"},
    ),
    (
        "According to Rick at the shop, you've been napping in your truck through lunch most days.",
        {"hearsay"},
    ),
    (
        "Emily told me you called her at midnight crying and she had no idea what to do.",
        {"hearsay"},
    ),
    ("The pharmacist let slip that you've been refilling your back pills early.", {"hearsay"}),
    ("Word around St. Mary's is that they asked you to step down as an usher.", {"hearsay"}),
    (
        "Dr. Patel's nurse told me on the phone you skipped your last three appointments.",
        {"hearsay"},
    ),
    ("Josh says you were slurring when you called him on his birthday.", {"hearsay"}),
    (
        "The guys from your bowling league have been talking, and they say your drinking in the parking lot before games.",
        {"hearsay"},
    ),
    ("Supposedly you told the Hendersons that I'm the one who drinks too much.", {"hearsay"}),
    (
        "I found out from your sister that you borrowed two thousand dollars from her in March.",
        {"hearsay"},
    ),
    ("Barb says the clerk at the party store knows you by name now.", {"hearsay"}),
    (
        "Our daughter-in-law says she won't leave the baby with you anymore because of what she saw at Thanksgiving.",
        {"hearsay"},
    ),
    (
        "Dennis from your office rang the house and said you've been coming back from lunch smelling like beer.",
        {"hearsay"},
    ),
    (
        "Somebody at the golf club told Linda, who told me, that you fell down in the locker room.",
        {"hearsay"},
    ),
    (
        "Somewhere along the way you turned into a drunk who hides vodka in the toilet tank.",
        {"label"},
    ),
    ("Our kids grew up with a lush for a father and they know it.", {"label"}),
    ("You're a boozer Mike, just like your old man was.", {"label"}),
    ("I need you to dry out and stay clean for good this time.", {"clean"}),
    ("When you came home from the last program you stayed clean for what, five weeks?", {"clean"}),
    (
        "Honestly it's pathetic watching a grown man sneak sips out of a mouthwash bottle.",
        {"insult"},
    ),
    ("You're an embarrassment to this family and to your father's name.", {"insult"}),
    (
        "Some nights I look at you snoring on the kitchen floor and all I feel is disgust.",
        {"insult"},
    ),
    ("All of us in this room have had it up to here with your excuses.", {"we"}),
    ("The kids and I have agreed that you are not the man you used to be.", {"we"}),
    (
        "Every person here today thinks you're drinking yourself to death and too stubborn to admit it.",
        {"we"},
    ),
    (
        "Either you pack a bag for treatment tonight or I'm calling a lawyer first thing tomorrow and you can see what that costs you.",
        {"threat"},
    ),
    (
        "Find one more bottle in this house and I swear you'll never set foot through that door again.",
        {"threat"},
    ),
    ("You're in total denial, you can't even see what's right in front of you.", {"diagnosis"}),
    (
        "I've read enough to know you're a textbook narcissist, everything always has to be about you.",
        {"absolute", "diagnosis"},
    ),
    ("You're obviously depressed and you're medicating it with gin.", {"diagnosis"}),
    ("You're a drunk and a liar and you will never change.", {"absolute", "insult", "label"}),
    (
        "Because of your drinking the whole family agrees you can't be trusted with the grandkids.",
        {"blame", "we"},
    ),
]

DEV97_GOOD: list[str] = [
    "Mike, I fell in love with you the night you fixed my flat tire outside the Dairy Queen in Saginaw.",
    "I still keep the napkin with your phone number on it in my jewelry box.",
    "I am writing this because I love you and I miss the man I married.",
    "Lately I lie awake listening for the freezer door in the basement, and it scares me.",
    "Last October I found a bottle of vodka wrapped in a towel behind the water heater, and I sat on the basement steps and cried.",
    "I remember you teaching Josh to cast a line off the dock at Higgins Lake, so patient with him.",
    "You used to bring me coffee in bed on Sunday mornings and read me the funny parts of the paper.",
    "I'm scared that one of these nights you'll fall on the stairs and I won't hear it.",
    "When you fell in the garage in March and needed stitches I didnt know whether to call an ambulance or your brother.",
    "I miss hearing you laugh at the Tigers games with a root beer in your hand.",
    "Your hands shake in the mornings now, and I see you hide them in your pockets.",
    "I've stopped inviting friends over because I don't know what kind of evening it will be.",
    "There's a treatment center in Traverse City that has a bed ready for you starting tonight.",
    "Your bag is packed and it's sitting in the back of my car.",
    "I will drive you there myself and I'll be there for the family weekends.",
    "Please say yes today, for yourself first and for the grandkids second.",
    "I want to grow old with you on that porch swing you built.",
    "Twenty-six years ago I promised in sickness and in health, and I meant it.",
    "I believe this is a sickness and I believe you can get well.",
    "When my mom was dying you sat with her at the hospice so I could go home and shower, and I loved you more for it.",
    "I dont recognize the look in your eyes after dinner anymore, and it frightens me.",
    "I miss the man who danced with me in the kitchen to old Motown records.",
    "You were the first person Emily called when she got into nursing school.",
    "Our granddaughter Lily asks for Papa to read her the bear book.",
    "I want her to know the grandpa who can name the stars over the lake.",
    "Last Christmas Eve I found you asleep in the car in the garage, engine off thank God, and I haven't slept right since.",
    "I'm tired Mike, but I'm not giving up on you.",
    "I've been going to Al-Anon on Tuesday nights and it's helping me see this is bigger than willpower.",
    "You are funny and stubborn and generous, and that's the man I want back.",
    "My heart breaks when I hear you being sick in the bathroom at dawn.",
    "I love your terrible puns and your singing in the shower.",
    "I can't keep checking the toilet tank and the boot closet, it's wearing me down to nothing.",
    "When Dad had his stroke you drove four hours through a snowstorm to get me to him.",
    "I'd give anything for one more quiet Saturday fixing up the boat with you.",
    "I know how much you're hurting about losing your job at the plant.",
    "The doctors at the center understand alcohol, and they can help your body through the first days safely.",
    "I want to sit beside you at Emily's pinning ceremony in May and see you cry happy tears like I know you will.",
    "I'm asking you with my whole heart to go today.",
    "Your kids adore you, and they are in this room because they want their dad.",
    "I remember the blue Buick with no heater and how you gave me your jacket on our first date.",
    "When I found the bottles in your golf bag, I felt like I was living with a stranger.",
    "You taught me how to change the oil and how to stand up to my sister, and I'm grateful for both.",
    "It's hard for me to write this, my hands are shaking as I type.",
    "I'll be right here when you come home, with the porch light on.",
    "You're still my best friend, even on the worst days.",
]

DEV97_TRAPS: list[str] = [
    "My father was a mean drunk, and you swore to me you'd be different, and for so many years you were.",
    "You have never once raised a hand to me in twenty-six years, and I know that's still the real you.",
    "Some part of me never quits waiting for your truck in the driveway at five-thirty like the old days.",
    "We always spent the Fourth at your cousin's place on the river, and you ran the grill like a pro.",
    "We drove up to Mackinac for our tenth anniversary and you bought me that awful maple fudge.",
    "Last weekend I spent the whole day cleaning out the basement and found your old letters from the Navy.",
    "You told me once, 'I'm a drunk just like my dad,' and I told you then I didn't believe it.",
    "To me you're not some drunk, you're Mike, my husband, and you're sick.",
    "I was a heavy drinker myself in college, so I know how it sneaks up on a person.",
    "Your doctor told us in May that your liver numbers are high, and I'm frightened for you.",
    "Dr. Patel explained that the shaking is withdrawal and that stopping all at once can be dangerous, which is why I want you somewhere safe.",
    "Great job getting through those sixty days in 2019, I was so proud of you I told everyone at work.",
    "You were at every one of Emily's school plays, front row, video camera rolling.",
    "I'm a chocolate junkie and your a crossword junkie, remember how we laughed about that?",
    "We love you, and we are all here because of how much you matter to us.",
    "My sister Jan has been sober eleven years, and she says she's happy to talk with you anytime.",
    "The kids and I made your favorite pot roast this afternoon, just like we always did on Sundays.",
    "I'm not here to blame you, I'm here because I'm scared.",
    "This isn't an ultimatum, it's me telling you how badly I want you to come home healthy.",
    "The nurse at intake said families do better when everyone shows up, so here we all are.",
    "You once called yourself 'a sorry excuse for a husband' after that Christmas fight, and I want you to know I have never thought that.",
    "Your dad was an alcoholic and it took him at fifty-eight, and I can't bear for that story to repeat.",
    "I'm the one who should have said something years ago, and that part is on me.",
    "Thank you for the night you poured the whole case down the sink in front of me, I saw how hard that was.",
    "You have always been the one who remembers my mother's birthday, even before I do.",
    "You always kept the truck so clean you could eat off the floor mats.",
    "We were so broke that first winter in the trailer that we ate pancakes for supper, and I was still happy.",
    "I never want to go back to being the woman who counts bottles in the recycling bin.",
    "You didnt miss a single one of my chemo appointments, not one, even when it was hard for you.",
    "Honestly I feel pathetic some nights, sitting in the car in the driveway because I'm scared to walk in.",
    "The counselor says addiction is a disease of the brain, not a failure of character, and I believe her.",
    "I'm proud of you for the week you went without a drink after your dad's funeral, you did that.",
    "That Christmas you carved the turkey and gave the most beautiful toast about my mom, I'll always remember it.",
    "I'm not asking you to be perfect, I'm asking you to go to Brighton today.",
    "When you said 'I'm done, Carol, I can't keep living like this' last spring, I heard how tired you were.",
    "We've had hard years before, the layoff, the miscarriage, and we came through them together.",
    "I packed clean socks, your reading glasses and the photo of the grandkids in your bag.",
    "I've been a nag and a wreck some days, and I'm sorry for that.",
    "You're never too old to start over Mike, my grandpa quit drinking at seventy.",
    "You didn't do any of this to hurt us, nobody chooses to get sick.",
    "Every time I hear Van Morrison I think of our first dance at the Elks hall.",
    "I counted the money in the coffee can in April and felt sick to my stomach that I was counting at all.",
    "Remember when you called yourself a 'walleye addict' and took a whole week off just to fish?",
    "Our pastor says there's no shame in asking for help, and I agree with him.",
    "I'll never forget how you held my hand through the whole delivery with Josh.",
]

DEV97_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, I will stop covering for you when Dennis calls the house.",
    "If you say no today, I'm going to stay at my sister's in Bay City for a while, because I can't keep living on edge.",
    "If you turn this down, I will move our savings into an account in my name only and I won't pay off any more credit cards.",
    "If you don't go, I'm done searching the house for bottles and I won't make excuses to the kids anymore about why you missed dinner.",
]
