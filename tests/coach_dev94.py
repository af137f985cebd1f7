# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 94 (4 December 2026, round 21, the round's check set, read by figures only while its rules were written): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: siblings, cousins and old friends: sarcasm and hearsay in their own words, casual and sometimes funny. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV94_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 4fa7a7b, rules and model 0.93 (76/82; the rules alone 69/82): blame 2/3, sarcasm 26/31, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 5/47 (10.6%; the rules alone 5).

At merge, before it was trained on: with main 0bd1ec6, rules and model 0.93 (76/82; the rules alone 70/82): blame 2/3, sarcasm 26/31, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 5/47 (10.6%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV94_FLAG: list[tuple[str, set[str]]] = [
    (
        "Way to go on the cousins camping trip Danny, passing out in the canoe before lunch really set the tone.",
        {"sarcasm"},
    ),
    (
        "Real smooth showing up to Grandma's 80th with vodka in a Sprite bottle, nobody noticed at all.",
        {"sarcasm"},
    ),
    (
        "Congrats on making it to my graduation for a whole twenty minutes before you had to 'grab something from the car.'",
        {"sarcasm"},
    ),
    (
        "Oh and thanks sooo much for borrowing my truck and bringing it back on empty with a dent in the door, super thoughtful.",
        {"sarcasm"},
    ),
    (
        "Brother of the year award goes to the guy who forgot his niece's name at her own christening.",
        {"sarcasm"},
    ),
    (
        "You're 'just tired' again, right Mikey, the kind of tired that needs sunglasses indoors.",
        {"sarcasm"},
    ),
    (
        "Loved the toast you gave at my wedding Jess, especially the part nobody could understand.",
        {"sarcasm"},
    ),
    (
        "What a lovely surprise to find Nana's ring in the window of the pawn shop on Fifth, truly one of your better ideas.",
        {"sarcasm"},
    ),
    (
        "Big round of applause for getting through Thanksgiving without nodding off into the mashed potatoes... oh wait.",
        {"sarcasm"},
    ),
    (
        "Your 'quick stop' at the bar after softball is legendary at this point Tommy, a true athlete.",
        {"sarcasm"},
    ),
    (
        "I guess congratulations are in order for setting a new personal record, four whole days without calling me back.",
        {"sarcasm"},
    ),
    (
        "Super mature of you to have Aunt Ro pick you up from the ER at 3am, she just loves that drive.",
        {"sarcasm"},
    ),
    (
        "Thanks for the Christmas present Nate, I've always dreamed of bailing my little brother out of county.",
        {"sarcasm"},
    ),
    (
        "You were a real ray of sunshine at the reunion, screaming at the DJ about his playlist.",
        {"sarcasm"},
    ),
    (
        "Oh sure ur 'cutting back,' thats why the recycling bin clinks like a wind chime every Tuesday.",
        {"sarcasm"},
    ),
    (
        "Genius move hiding the oxy in the Advil bottle in the bathroom we share, I never would have figured that one out.",
        {"sarcasm"},
    ),
    (
        "Fantastic timing on the relapse Kev, the week before Mom's surgery, couldn't have planned it better if you tried.",
        {"sarcasm"},
    ),
    (
        "Such a great role model for my boys, showing them how to hit a weed pen behind the garage.",
        {"sarcasm"},
    ),
    (
        "Smooth Rach, real smooth, telling your boss it was food poisoning for the third Monday in a row.",
        {"sarcasm"},
    ),
    (
        "My favorite part of the Outer Banks trip was definitely driving you to urgent care, ten out of ten would do again.",
        {"sarcasm"},
    ),
    (
        "Nobody throws a birthday party like you man, even the cops stopped by to say hi.",
        {"sarcasm"},
    ),
    ("You're so 'fine' you slept straight through your own daughter's dance recital.", {"sarcasm"}),
    (
        "Honestly impressive how you lost three phones in one summer, that takes real talent.",
        {"sarcasm"},
    ),
    ("Bravo on the new job Lena, all nine days of it.", {"sarcasm"}),
    (
        "Thanks for being the fun cousin Marco, the kids still talk about the night you fell off Uncle Sal's porch.",
        {"sarcasm"},
    ),
    (
        "Gold star for creativity on that story about your wallet getting 'stolen' at the gas station, I almost bought it.",
        {"sarcasm"},
    ),
    ("What a treat getting your 2am voicemails, really the highlight of my week lol", {"sarcasm"}),
    (
        "Real classy doing a line in the bathroom at Dad's memorial, I'm sure he was just beaming up there.",
        {"sarcasm"},
    ),
    (
        "Oh you 'only had two,' just like you only had two on the Fourth when you took out the Hendersons' mailbox.",
        {"sarcasm"},
    ),
    (
        "Hey at least ur consistent, late and high to every single family thing since 2019.",
        {"absolute", "sarcasm"},
    ),
    (
        "Thanks a bunch for turning Jen's bachelorette into a trip to the drunk tank, the gift that keeps on giving.",
        {"blame", "sarcasm"},
    ),
    ("Your roommate Jake texted me that you havent left your room in like a week.", {"hearsay"}),
    ("Aunt Carol mentioned you were slurring when she called you about Easter plans.", {"hearsay"}),
    (
        "Somebody at the gym told Marcus they saw you buying pills out of a guy's trunk in the parking lot.",
        {"hearsay"},
    ),
    ("From what your ex says, the TV went to the pawn shop again.", {"hearsay"}),
    (
        "Your manager at Home Depot called Mom looking for you because you no-showed three shifts.",
        {"hearsay"},
    ),
    (
        "Word around town is you got tossed out of the Legion hall for starting a fight over a pool game.",
        {"hearsay"},
    ),
    (
        "Lisa swears up and down she saw you at the liquor store at 8 in the morning on a Tuesday.",
        {"hearsay"},
    ),
    (
        "Tara's mom told our mom you got picked up for a DUI outside Reno and didnt tell anybody.",
        {"hearsay"},
    ),
    (
        "The guys from your old band say you've been nodding off in the middle of practice.",
        {"hearsay"},
    ),
    (
        "Grandpa told me on the phone you've asked him for money twice this month already.",
        {"hearsay"},
    ),
    (
        "Supposedly you were passed out in your car outside the Wawa, at least that's what Deb's husband said.",
        {"hearsay"},
    ),
    (
        "Your neighbor stopped me at the mailbox to tell me there's yelling coming from your place most nights.",
        {"hearsay"},
    ),
    ("Kayla's been telling people you went through her purse at the baby shower.", {"hearsay"}),
    (
        "According to your landlord youre two months behind and he's been hearing 'stuff' through the wall.",
        {"hearsay"},
    ),
    (
        "Mrs. Patel from church pulled me aside and said you looked really out of it at Uncle Lou's funeral.",
        {"hearsay"},
    ),
    (
        "Ben from high school DMed me because he said you've been posting weird rambling stuff at 4am.",
        {"hearsay"},
    ),
    (
        "Your probation officer apparently told Dad you blew a .12 at your last check in.",
        {"hearsay"},
    ),
    (
        "The bartender at Shorty's knows you by your first name and your usual, at least that's what Rick tells me.",
        {"hearsay"},
    ),
    ("Half the cookout was whispering that you'd been doing coke in the shed.", {"hearsay"}),
    (
        "I got a call from your girlfriend's sister saying you scared the kids pretty bad last weekend.",
        {"hearsay"},
    ),
    ("Mom let it slip that the pharmacy on Elm won't fill your script early anymore.", {"hearsay"}),
    (
        "Some guy from your work who I've never even met messaged me on Insta that you came in reeking of booze.",
        {"hearsay"},
    ),
    (
        "Tia Rosa heard from a lady at the market that you're back running around with Chuy and that whole crowd.",
        {"hearsay"},
    ),
    ("Lily's teacher told Amber that Lily keeps saying daddy sleeps all day.", {"hearsay"}),
    ("Rumor has it you wrecked Pete's four-wheeler and then swore it was stolen.", {"hearsay"}),
    (
        "Your old coach ran into me at Costco and said he barely recognized you at the homecoming game.",
        {"hearsay"},
    ),
    ("Danielle keeps saying you hit her up for 'gas money' every few days.", {"hearsay"}),
    (
        "The nurse told Uncle Jim there was enough fentanyl in your system to drop a horse.",
        {"hearsay"},
    ),
    (
        "Your AA buddy Steve called the house and said you havent been to a meeting since March.",
        {"hearsay"},
    ),
    (
        "Your buddy Drew says you've basically turned into a stoner who can't hold down a job.",
        {"hearsay", "label"},
    ),
    (
        "Honestly bro you've turned into a full blown pillhead and the only one who can't see it is you.",
        {"label"},
    ),
    ("Your such a lush at every party it's not even funny anymore.", {"absolute", "label"}),
    ("All I want for my birthday this year is for you to get clean, cuz.", {"clean"}),
    (
        "Your last test at the halfway house came back dirty and you acted like the lab screwed up.",
        {"clean"},
    ),
    (
        "You never once asked how I was doing after my divorce, its always about you and your next drink.",
        {"absolute"},
    ),
    ("Every single holiday you find some way to make it about the bottle.", {"absolute"}),
    ("Mom ended up in the hospital from all the stress you've put her through.", {"blame"}),
    ("You picked meth over being an uncle to my girls, that's just the truth.", {"blame"}),
    ("Honestly you're pathetic right now, thirty-five and living on Mom's couch.", {"insult"}),
    ("The cousins all agree you've become impossible to be around.", {"we"}),
    ("If you walk out of this room today you can forget you ever had a sister.", {"threat"}),
    ("Go to rehab or I swear I'll call your parole officer myself.", {"threat"}),
    (
        "Lets be real, you're a textbook narcissist, it's all about Jordan all the time.",
        {"absolute", "diagnosis"},
    ),
    (
        "Youre obviously bipolar, one minute your hugging everybody and the next your throwing chairs.",
        {"diagnosis"},
    ),
    (
        "Our whole side of the family thinks you're in denial about how bad this is.",
        {"diagnosis", "we"},
    ),
]

DEV94_GOOD: list[str] = [
    "Remember when we built that fort out of couch cushions and you made me the general even though I was six?",
    "You taught me to ride a bike in the Kroger parking lot and ran behind me holding the seat.",
    "I miss the way you laugh so hard you snort, Gabe.",
    "When I had my appendix out you drove four hours just to sneak me a chocolate milkshake.",
    "I'm scared when I dont hear from you for days at a time.",
    "I've noticed you stopped coming to Sunday pickup basketball and I miss having you on my team.",
    "At Nana's last month I saw your hands shaking when you poured the coffee, and it broke my heart.",
    "You're the funniest person I know and I want my kids to know that version of you.",
    "There's a bed waiting for you at Ridgeview today and I'll drive you there myself.",
    "I love you cuz, and I'm asking you to go to treatment today.",
    "When you missed Ava's party I felt really sad, she kept looking at the door for you.",
    "I've been your friend for twenty-two years and I'm not giving up on you now.",
    "You were the one who stuck up for me when the kids on the bus teased me about my stutter.",
    "I hope someday we can go back to Myrtle Beach and just sit on the pier eating fries like we used to.",
    "You've lost a lot of weight since the summer and your eyes look so tired.",
    "I remember you belting out Bon Jovi with the windows down the whole way to Wildwood.",
    "It hurt when you didn't pick up the night Dad went into the hospital, I really needed my brother.",
    "I believe you can do this, I've seen how stubborn you get when you set your mind to something.",
    "Treatment isn't a punishment, its a chance to feel like yourself again.",
    "You were my maid of honor and you held my hand while I was freaking out in the church basement.",
    "I miss our late night Taco Bell runs and talking about absolutely nothing.",
    "I was terrified when I found you asleep in the car with the engine running back in November.",
    "My kids call you Uncle Fun and I want them to grow up with you around.",
    "It's hard for me to write this but I'd rather say it than lose you.",
    "When you got your welding cert I told everyone at work, I was so proud of you.",
    "Please say yes today, the program in Center City has a spot open and your bag is already packed.",
    "I saw you nodding off at the table at Easter and I couldn't finish my plate.",
    "I'm worried about your liver, your heart, and mostly just about you.",
    "Thank you for teaching me to drive stick in Grandpa's old Ford even after I stalled it like twenty times.",
    "I want to go fishing with you at Lake Eufaula again when you're feeling better.",
    "honestly i dont know what id do without you, ur my best friend",
    "Last week you told me you were tired of feeling this way, and I believe you meant it.",
    "I've watched you go from running 5Ks with me to barely getting out of bed.",
    "I'm sorry for the times I looked the other way, I should have said something sooner.",
    "Seeing you in that hospital bed in March was the worst day of my year.",
    "You are so much more than this sickness.",
    "Your daughter drew a picture of the two of you at the zoo and it's hanging on my fridge.",
    "I remember when you made varsity and Dad cried in the bleachers and pretended it was allergies.",
    "Whatever happens today, I love you and I'll be cheering for you.",
    "I got so scared when you called me crying from the bus station in Albany.",
    "Being your cousin has been one of the best parts of my life, seriously.",
    "Remember the summer you tried to teach Grandma to skateboard? I still crack up thinking about it.",
    "I'd give anything to hear you tell the story about the raccoon in the tent one more time, sober and laughing.",
]

DEV94_TRAPS: list[str] = [
    "My uncle Ray was a drunk and I watched him lose everything, I don't want that for you.",
    "I was an addict myself for eight years and I know how loud that voice in your head gets.",
    "You once told me 'I'm a junkie and that's all I'll ever be,' and I want you to know I don't see you that way.",
    "You are not an alcoholic to me, you're my little brother who is sick right now.",
    "I'm a total sugar junkie so you know I'll be smuggling you Reese's cups on visiting day.",
    "I spent Saturday helping Mom clean out the garage and found your old hockey stick.",
    "I never stop praying you'll walk through that door laughing like the old days.",
    "Every Friday we used to get pizza at Sal's and watch wrestling on Uncle Vic's couch.",
    "I will always be your sister, no matter what happens in this room today.",
    "Great job on your sixty days last spring, I still carry the chip you gave me in my wallet.",
    "Your doctor at St. Luke's told you your liver numbers are high, and that scares me.",
    "Your nephew asks about you every time we FaceTime.",
    "I'll come visit every Sunday they let me.",
    "You've always been the glue that holds our friend group together.",
    "You gave me your Walkman when mine broke and never asked for it back.",
    "We went to the Springsteen show in '09 and you lost your voice screaming Thunder Road.",
    "We love you, all of us, and we'll be right there in the waiting room.",
    "My buddy from work says rehab saved his life, and he's the happiest guy I know now.",
    "Fresh clean sheets are on the guest bed whenever you get out.",
    "My ex-husband was a mean drunk and you were the one who helped me pack up and leave him.",
    "Our dad was a pillhead for most of our childhood and you basically raised me.",
    "You said to me last summer, 'I'm an alcoholic and I need help,' and I've been holding onto that.",
    "Nobody here thinks you're a loser, not one person.",
    "That motel in Tulsa on our road trip was disgusting and somehow its still my favorite memory.",
    "I'm sick of this disease stealing my best friend.",
    "I was the dirty one after the mud run, you were the one who carried me over the finish line.",
    "I'm proud of you for calling me last night and telling me the truth, that took guts.",
    "Way to go on that 5K in October, you crushed it and I was screaming like a maniac at the finish.",
    "Thanks for coming to Lucy's recital in May, she still talks about it.",
    "You were honestly the best best man anyone could ask for.",
    "Your therapist diagnosed you with depression last year and I hope you'll get help for that too.",
    "I've been depressed before too, so I get a little of how heavy it feels.",
    "My college roommate was bipolar and she taught me a lot about not judging people.",
    "You've never been a quitter, not on the wrestling mat and not with me.",
    "If you need anything at all, every single one of us is a phone call away.",
    "The whole family chipped in for the first month because we love you.",
    "We all piled into the minivan to see you in Denver that Christmas, remember the snowstorm?",
    "I heard you laugh on the phone last week and it was the old you, I cried after we hung up.",
    "Sarah said yes the second I asked her to come today, because she loves you too.",
    "Apparently I'm the only cousin who can still beat you at Mario Kart, so you owe me a rematch after rehab.",
    "People always told us we looked like twins and I still see myself in you.",
    "I was a huge stoner in high school, you remember, so I'm not coming at you from some high horse.",
    "Walt was an alcoholic who never got help, and I can't stand at another grave like his.",
    "You're not pathetic and you're not weak, you're sick, and sick people get treatment.",
    "I'm clean eight years this June and I want that same freedom for you.",
    "Nothing you do could ever make me stop loving you.",
    "Aunt Gina said to tell you she's praying for you and she saved you a plate.",
]

DEV94_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you my car anymore, and that's not to punish you, it's because I love you.",
    "If you don't go to treatment, I'm not going to cover your half of the rent with Danny anymore.",
    "If you choose not to go, I'll still love you, but I won't pick up the phone late at night when you've been drinking.",
    "If you decide not to accept help today, I'm done making excuses to Mom and Dad for you.",
]
