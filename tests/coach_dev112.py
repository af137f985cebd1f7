# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 112 (4 December 2026, round 22, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a twin or a sibling close in age, inside jokes and teasing that turns bitter: sarcasm and absolutes most. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV112_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.93 (69/74; the rules alone 55/74): absolute 18/19, sarcasm 18/22, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 5/45 (11.1%; the rules alone 5).

At merge, before it was trained on: with main bfd6408, rules and model 0.93 (69/74; the rules alone 55/74): absolute 18/19, sarcasm 18/22, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 3/45 (6.7%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV112_FLAG: list[tuple[str, set[str]]] = [
    (
        "Really proud of how you celebrated our thirtieth, Dev, passed out in the bathroom at Nando's before the cake even came out.",
        {"sarcasm"},
    ),
    (
        "Congrats on being the twin who got the nicer car, shame it's now wrapped round a lamppost on Ferris Road.",
        {"sarcasm"},
    ),
    (
        "Lovely speech at Gran's funeral by the way, slurring every other word was a real tribute to her.",
        {"sarcasm"},
    ),
    (
        "Loved watching you 'just nip to the loo' six times at Mum's retirement dinner, super subtle.",
        {"sarcasm"},
    ),
    (
        "You were the life and soul of my engagement do, nobody will ever forget you taking out the champagne tower.",
        {"sarcasm"},
    ),
    (
        "What a brilliant godfather you are to Maisie, turning up to her christening with white powder on your collar.",
        {"sarcasm"},
    ),
    (
        "Our old joke was that you were the clever twin, and wow you really proved it driving home from the Fox with the kids in the back.",
        {"sarcasm"},
    ),
    (
        "Top marks for the nosebleed excuse, hay fever in December, very believable Kieran.",
        {"sarcasm"},
    ),
    (
        "You keep telling everyone you're 'totally fine', which must be why the bank rings Mum every week.",
        {"sarcasm"},
    ),
    (
        "Cheers for making me the responsible one, I've really enjoyed that job since we were seventeen.",
        {"sarcasm"},
    ),
    (
        "Great timing as usual, ringing me off your face at 3am the night before my nursing exam.",
        {"absolute", "sarcasm"},
    ),
    (
        "Way to go keeping the warehouse job a whole three weeks, must be a personal best.",
        {"sarcasm"},
    ),
    (
        "Such a gentleman, letting Chloe pay for every round while your wages went up your nose.",
        {"sarcasm"},
    ),
    (
        "It was so generous of you to sell the Xbox we got for our fifteenth, I obviously didnt want my half.",
        {"sarcasm"},
    ),
    (
        "Oh and nice touch at my wedding, giving the best man speech with blood trickling out your nose.",
        {"sarcasm"},
    ),
    (
        "Well done on finally finding a hobby, pity it's racking up lines at Kev's every Friday.",
        {"sarcasm"},
    ),
    (
        "Your 'quiet night in' with a litre of vodka and a bag of charlie sounded dead relaxing.",
        {"sarcasm"},
    ),
    (
        "You always were the funny one, and forgetting your own daughter at the school gate was a real comedy classic.",
        {"sarcasm"},
    ),
    (
        "Big brother of the decade right here, missing Leo's graduation to sleep off a two day bender.",
        {"sarcasm"},
    ),
    (
        "Thanks for teaching me how to lie to Mum's face, you've turned it into an art form.",
        {"sarcasm"},
    ),
    (
        "Amazing self control on New Years, you only had the one drink, if one drink means the whole bottle of Jack.",
        {"sarcasm"},
    ),
    (
        "So glad you made it to Dad's sixtieth, even if you spent most of it asleep in the car park.",
        {"sarcasm"},
    ),
    ("You never pick up when I ring unless you're after something.", {"absolute"}),
    (
        "Every single weekend you end up round Kev's and we don't hear a peep out of you till Tuesday.",
        {"absolute"},
    ),
    ("You've lied to me about literally everything since we turned twenty two.", {"absolute"}),
    ("Not one Sunday lunch this year have you turned up sober, Danny.", {"absolute"}),
    ("Each time I try and talk to you about it you crack a joke and walk out.", {"absolute"}),
    ("u are constantly sniffing and disappearing, its all anyone notices", {"absolute"}),
    ("Whenever theres a drink on the table your first to it and last to leave.", {"absolute"}),
    ("You haven't kept a single promise you've made me in three years.", {"absolute"}),
    ("You're hammered by nine o'clock every night, no exceptions.", {"absolute"}),
    ("Nothing I say gets through to you anymore, Jess.", {"absolute"}),
    ("You ALWAYS have an excuse ready, it's like you rehearse them in the mirror.", {"absolute"}),
    ("You have not once said sorry to Mum for what happened at Easter.", {"absolute"}),
    ("Every conversation we have ends up with you asking to borrow money.", {"absolute"}),
    (
        "Not a single family photo from last year has you in it without a drink in your hand.",
        {"absolute"},
    ),
    ("You're forever cancelling on Amy at the last minute with some sob story.", {"absolute"}),
    ("You don't ever spare a thought for anyone else once you're out.", {"absolute"}),
    ("You ruin every birthday we share, without fail, year after year.", {"absolute", "blame"}),
    ("All you ever do when you come round is raid Dad's whisky cabinet.", {"absolute"}),
    ("Mum's in bits and it's down to you and your nights out, nobody else.", {"blame"}),
    ("You picked the coke over your own twin, simple as that.", {"blame"}),
    (
        "My marriage nearly fell apart last year and honestly I lay that squarely at your door.",
        {"blame"},
    ),
    (
        "Dad's heart attack came the week you got arrested, and I can't help thinking you brought it on.",
        {"blame"},
    ),
    ("After all the times I covered for you with Mum, this is how you repay me?", {"blame"}),
    ("All the shouting in this house started with you.", {"blame"}),
    ("How on earth could you nick money out of Nan's purse?", {"blame"}),
    ("You did this, not the drink, not the coke, you.", {"blame"}),
    (
        "I gave you my car, my sofa and my last two hundred quid and you threw the lot back in my face.",
        {"blame"},
    ),
    ("You're the one who broke this family, Callum.", {"blame"}),
    ("Look at Mum in this photo and tell me you didn't put those lines on her face.", {"blame"}),
    ("Our joint birthday party got cancelled and that's entirely on your head.", {"blame"}),
    (
        "Kev's sister told me you were doing lines in the toilets at the Crown on Saturday.",
        {"hearsay"},
    ),
    (
        "Your manager rang Mum and said you'd come in stinking of whisky twice last month.",
        {"hearsay"},
    ),
    ("From what Lauren says, you've been stashing bottles in the boot of the Corsa.", {"hearsay"}),
    ("Word going round the gym is that you owe money to some dodgy lads.", {"hearsay"}),
    ("Apparently u told Ryan u could stop anytime u fancied.", {"hearsay"}),
    (
        "Uncle Pete mentioned he'd seen you stumbling out of Spoons at eleven in the morning.",
        {"hearsay"},
    ),
    ("Somebody at your work let slip that you're on a final warning.", {"hearsay"}),
    ("Your ex messaged me to say you were off your head again at the festival.", {"hearsay"}),
    (
        "My twin brother is a cokehead, and I never thought I'd have to write that sentence.",
        {"label"},
    ),
    (
        "You've turned into a proper lush, Bex, and the old you would have been horrified.",
        {"label"},
    ),
    ("All I want is for you to get yourself clean before the baby comes in March.", {"clean"}),
    ("The last time you stayed clean for more than a month we were still at uni.", {"clean"}),
    (
        "Honestly watching you at the christening was embarrassing, you're a laughing stock.",
        {"insult"},
    ),
    ("You've become a sad little man hiding in pub toilets.", {"insult"}),
    ("Every one of us round this table is sick to death of your lies.", {"we"}),
    (
        "The whole lot of us have agreed you don't get to be the funny one anymore, not while you're like this.",
        {"we"},
    ),
    ("Go to rehab on Monday or I swear I'll never speak to you again.", {"threat"}),
    (
        "Either you get in the car to the clinic today or you can forget you ever had a sister.",
        {"threat"},
    ),
    ("I reckon you're a full blown narcissist, everything has to be about you.", {"diagnosis"}),
    ("You're in total denial and have been since we were twenty five.", {"diagnosis"}),
]

DEV112_GOOD: list[str] = [
    "Jamie, you were born eleven minutes before me and you've never let me forget it, and I wouldn't change that for anything.",
    "I remember us building that den at the bottom of Grandad's garden and swearing no grown-ups were allowed in.",
    "When I see your hands shaking in the morning I get scared in a way I can't put into words.",
    "I miss the brother who'd ring me just to read me a daft headline.",
    "I'm writing this because I love you and I want my twin back.",
    "Last month at Mum's I saw you go out to the car three times, and when you came back your eyes didn't look right.",
    "You taught me to ride a bike by running behind me the whole length of Elm Street.",
    "I want Maisie to grow up knowing her Uncle Tom the way I know him.",
    "There's a bed waiting for you in Bristol today, and I'll drive you there myself.",
    "I'm frightened of getting a phone call one night that I can't take back.",
    "We used to finish each other's sentences, and lately I have no idea what you're going to say.",
    "I felt so alone at my graduation when I looked round and your seat was empty.",
    "Please say yes today. I'll be right next to you.",
    "I've still got the mixtape you made me when I broke up with Aaron, it lives in my glovebox.",
    "you were the first person I told when I got pregnant and I want you there when she's born",
    "I've noticed you've lost loads of weight and there are cuts on your hands you won't explain.",
    "Nobody makes me laugh like you do, not even close.",
    "I'm not here to tell you off, I'm here because I'm scared and I love you.",
    "Remember Tenerife when we were nineteen and you talked me onto that banana boat? I laughed so hard I cried.",
    "I hope one day we can sit on Mum's back step with a cuppa and talk about all this as something behind us.",
    "I feel sick with worry whenever my phone lights up with your name after midnight.",
    "You've got the kindest heart of anyone I know, Luke.",
    "When you sat up with me the night Dad was in hospital, I knew I'd never have a better friend.",
    "Ive been lying awake trying to work out when I lost you and I cant find the moment.",
    "It hurt when you missed Harry's first football match, he kept looking over at the gate for you.",
    "The staff at the clinic have seen people just like you get well, and I believe you can too.",
    "I'd give anything to hear you do your Mr Hughes impression again.",
    "Being your sister is the best thing that ever happened to me.",
    "When I saw the bruise on your cheek at Christmas and you said you'd walked into a door, my stomach dropped.",
    "Im scared for your kids, and I'm scared for you.",
    "You were the one holding my hand at Nan's funeral when my legs went.",
    "I want to go to Glastonbury with you again, just the two of us, sober and singing our heads off.",
    "I feel like half of me is missing when you're like this.",
    "Your laugh used to fill Mum's kitchen and I miss it so much.",
    "I noticed you started drinking in the mornings again around March, about when the job went.",
    "Please let today be the day you start coming back to yourself.",
    "I know you're hurting, and I know you don't want to live like this.",
    "I keep your old school photo on my fridge, the one with the missing front tooth.",
    "I felt completely helpless when I found you on the bathroom floor in June.",
    "Ellie asks me why Uncle Sam doesn't come round anymore, and I don't know what to tell her.",
    "You deserve a life where you wake up without dreading the day.",
    "Dad would be so proud of you for sitting in this room today.",
    "I loved sharing a room with you, even when you snored like a tractor.",
    "I want my best mate back, that's all this is.",
]

DEV112_TRAPS: list[str] = [
    "I will always love you, no matter what gets said in this room.",
    "Grandad was an alcoholic and I watched what it did to Nan, which is why I'm this scared.",
    "I never stop thinking about that summer we spent at Auntie Jo's caravan in Skegness.",
    "Great job on the half marathon last spring, I genuinely cried at the finish line.",
    "We always had fish and chips on the pier for our birthday, every year without fail.",
    "I was a heavy drinker myself at uni, and I know how hard it is to stop.",
    "You said to me 'I'm a total mess, sis' and I told you I'd never give up on you.",
    "You are not a cokehead to me, you're my brother and you're poorly.",
    "I'm a total chocolate junkie and you always used to tease me about it, I'd give anything to hear you tease me again.",
    "I spent Saturday helping Mum clean out the loft and found all our old Beano annuals.",
    "Your GP told you your liver results are worrying, and I want you around for a long, long time.",
    "Well done on the four months you managed in 2021, that was real, and you can do it again.",
    "I'll always be your twin, nothing can ever change that.",
    "Nothing you could ever do would make me stop being your sister.",
    "We went to see Oasis together when we were sixteen and you lost your voice from singing.",
    "Our cousin Mark was a drunk by thirty and he's not here anymore, I can't lose you the same way.",
    "You never once let anyone pick on me at school, not once.",
    "I've been in recovery from pills myself for four years now, and it was the best decision I ever made.",
    "You texted me 'I'm a useless drunk' at 4am, and I want you to know I don't see you like that.",
    "Dad was an alcoholic who never got help, and I don't want your story to end like his did.",
    "The night you got your first promotion we were the loudest table in Pizza Express, and I was so proud of you.",
    "I'll be there every single day you're in treatment, if they let me.",
    "Congratulations again on passing your driving test first time, I never told you how impressed I was.",
    "The psychiatrist at the clinic said you've got depression, and I'm relieved there's a name for it and a way to treat it.",
    "I never want you to feel alone in this.",
    "My best friend Rach was an addict and she's eight years sober now, she says hi and she's rooting for you.",
    "We all love you so much, that's why everyone is here.",
    "We used to stay up whispering under the covers until Mum banged on the wall.",
    "You always made me feel braver than I really was.",
    "I was so proud when you stayed sober for Mia's wedding, that day meant the world to her.",
    "You used to call me a neat freak for wanting to clean our room, I'd let you mess it up forever if it meant you got well.",
    "Even at your lowest you have never been cruel to me, not one time.",
    "Thank you for the card you sent when Toby was born, it's still on our mantelpiece.",
    "You were amazing with Nan in her last months, and I'll never forget that.",
    "Our old neighbour Mr Patel's son was a crackhead for years, and he told me he wished someone had done this for his boy sooner.",
    "I'm not calling you a junkie or a drunk or anything like that, I'm calling you my twin.",
    "I heard your favourite song on Radio 2 this morning and had to pull over.",
    "We're all here for you, every last one of us.",
    "You never missed a single one of my netball matches in year nine, even in the rain.",
    "I know I was a right little drunk at your 21st, and you held my hair back all night.",
    "That job at the garage was a brilliant fit for you, and you were really good at it.",
    "We had the best time in Barcelona, the two of us getting lost looking for that tapas bar.",
    "I'll never give up on you, Jamie, never.",
    "Dr Morris said your blood pressure is dangerously high, and I'm scared because I love you.",
    "Mum wanted me to tell you she loves you and she'll always keep your room ready.",
]

DEV112_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you money anymore, not because I'm angry but because I can't help pay for this.",
    "If you don't accept help today, I'm going to stop covering for you with Mum and Dad.",
    "If you turn this down you can't keep staying at my flat, but my door will open the day you're ready to go.",
    "If you choose not to go, I won't be picking you up from the pub or ringing your boss with excuses again.",
    "If the answer is no today I'll still love you, but I won't have you round the kids when you've been drinking.",
]
