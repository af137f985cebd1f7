# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 206 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an older sister who half raised him, a single mom's household: blame, insults and absolutes most. 15 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV206_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.92 (60/65; the rules alone 58/65): label 2/3, blame 21/24, insult 11/12, every other kind full; good 3/49 (6.1%; the rules alone 3), traps 4/39 (10.3%; the rules alone 4).

At merge, before it was trained on: with main 9ed1673, rules and model 0.92 (60/65; the rules alone 59/65): label 2/3, blame 21/24, insult 11/12, every other kind full; good 3/49 (6.1%; the rules alone 3), traps 4/39 (10.3%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV206_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mom worked doubles at the diner for ten years so you could have decent sneakers, and you paid her back by pawning her wedding ring.",
        {"blame"},
    ),
    (
        "I gave up my own prom to stay home and babysit you and this is what I get, a brother who nods off into his plate at Thanksgiving.",
        {"blame"},
    ),
    (
        "Mom's blood pressure is through the roof and its your pills that did it, not her job.",
        {"blame"},
    ),
    ("You picked the bottle over Mom's sixtieth, over my wedding, over your own son.", {"blame"}),
    ("Every gray hair on Mom's head has your name written on it.", {"blame"}),
    (
        "I was twelve years old packing your lunches and signing your permission slips, and now you go through my purse when I'm in the shower.",
        {"blame"},
    ),
    (
        "Kayla's nightmares started the week you showed up to her party out of your mind, so dont tell me nobody got hurt.",
        {"blame"},
    ),
    ("You broke this family, Marcus, plain and simple.", {"blame"}),
    ("It's your fault Mom had to take out a second mortgage to pay your lawyer.", {"blame"}),
    (
        "I lost my job at the credit union because I kept running out to bail you out, and you never once said sorry.",
        {"absolute", "blame"},
    ),
    ("How do you look Mom in the eye after draining her savings account?", {"blame"}),
    (
        "That little house on Pine Street was the only good thing we had and you turned it into somewhere nobody wants to come home to.",
        {"blame"},
    ),
    (
        "I spent my whole twenties raising you and you threw it all away for a bag of pills.",
        {"blame"},
    ),
    (
        "My marriage almost ended over the money I kept wiring you, so yes, I hold you responsible for that.",
        {"blame"},
    ),
    ("Mom cries herself to sleep most nights and you are the one who put her there.", {"blame"}),
    ("You wrecked Mom's car, you wrecked her credit, and now your wrecking her heart.", {"blame"}),
    (
        "After all the nights I sat up with you through fevers and ear infections, you couldnt even show up sober to my nursing school graduation.",
        {"blame"},
    ),
    ("Whatever happens to Mom's heart from here on out is on your head.", {"blame"}),
    (
        "Jayden didn't get a Christmas last year because you sold his presents for meth money.",
        {"blame"},
    ),
    (
        "I had to drop out of school for a whole semester to clean up your messes, so don't tell me your using only hurts you.",
        {"blame"},
    ),
    (
        "Real nice, blowing Mom's rent on coke the same week she got her diagnosis.",
        {"blame", "sarcasm"},
    ),
    (
        "You never once thanked Mom for raising us alone, you just took and took and took.",
        {"absolute", "blame"},
    ),
    ("Honestly Marcus you are an embarrassment to Mom and to Dad's memory.", {"insult"}),
    (
        "Look at yourself, thirty one and sleeping on a bare mattress in your mother's basement, its pitiful.",
        {"insult"},
    ),
    ("What kind of man steals from the woman who raised him by herself?", {"blame", "insult"}),
    (
        "You stink, you lie, and you've turned into somebody I'm ashamed to call my brother.",
        {"insult"},
    ),
    ("Some days I'm embarrassed to even be related to you.", {"insult"}),
    (
        "You're a grown man throwing tantrums like a spoiled brat whenever someone hides the vodka.",
        {"insult"},
    ),
    ("You should be ashamed of yourself for what you have put Mom through.", {"blame", "insult"}),
    ("You've become a leech living off Mom's social security check.", {"insult"}),
    ("Seeing you like that on the porch, covered in your own puke, was revolting.", {"insult"}),
    (
        "You're a lying, thieving shell of the kid I used to walk to school every morning.",
        {"insult"},
    ),
    ("Dad would be sickened by the man you turned into.", {"insult"}),
    ("You are a laughingstock on our whole street, Marcus.", {"insult"}),
    (
        "Every single holiday ends the same way, you slurring in the living room and Mom crying over the sink.",
        {"absolute"},
    ),
    ("You lie about everything, even about what you ate for breakfast.", {"absolute"}),
    ("The only time you ever pick up my calls is when you need money.", {"absolute"}),
    ("You always have an excuse ready before I can even finish my sentence.", {"absolute"}),
    ("Nothing I say to you ever gets through that thick head.", {"absolute"}),
    ("You have not told me the truth a single time since you started on the oxys.", {"absolute"}),
    ("You constantly vanish right when Mom needs a ride to dialysis.", {"absolute"}),
    ("Whenever life gets hard you run straight to the liquor store, without fail.", {"absolute"}),
    ("You've never kept a job longer than a month and a half.", {"absolute"}),
    ("Your whole life is one broken promise after another.", {"absolute"}),
    ("I'm done pretending my baby brother isn't a junkie.", {"label"}),
    ("Let's stop kidding ourselves, Marcus, your a drunk just like Grandpa Earl was.", {"label"}),
    ("My kids know their uncle is a pillhead, they aren't stupid.", {"label"}),
    ("I want so badly for you to get clean and stay that way.", {"clean"}),
    (
        "Your probation officer called me Friday and said your last screen came back dirty.",
        {"clean", "hearsay"},
    ),
    (
        "Aunt Rita told me she saw you buying from that guy behind the Shell station on Route 9.",
        {"hearsay"},
    ),
    (
        "Apparently u have been telling everybody at the warehouse that Mom threw you out, which is a lie.",
        {"hearsay"},
    ),
    ("The whole family has had it with your lies.", {"we"}),
    ("Everyone in this family has run out of patience with you, not just me.", {"we"}),
    (
        "Either you get on that plane to the treatment center tomorrow or I am finished with you for good.",
        {"threat"},
    ),
    (
        "If you walk out of this room today, dont bother calling me when you end up in jail.",
        {"threat"},
    ),
    ("Brother of the year, missing my son's baptism because you were 'sick' again.", {"sarcasm"}),
    (
        "Way to make Mom proud, strolling into her retirement party smelling like a brewery.",
        {"sarcasm"},
    ),
    ("You're bipolar or something and Mom just won't admit it.", {"diagnosis"}),
    ("You are so deep in denial you can't see what's right in front of you.", {"diagnosis"}),
]

DEV206_GOOD: list[str] = [
    "Marcus, I'm writing this because I love you and I can't keep watching you disappear.",
    "I remember holding you on my hip while I stirred the mac and cheese, you were maybe two.",
    "You used to make up songs about the cat and sing them in the bathtub until Mom laughed so hard she cried.",
    "I miss your laugh, the real one, the one that ends in a snort.",
    "When you got your first paycheck from the car wash you bought Mom a bunch of carnations from the gas station.",
    "I've noticed you stopped coming to Sunday dinner, and the chair next to me feels empty.",
    "Last month I found you asleep in your car outside my apartment at 3am and I was terrified.",
    "I'm scared that one night my phone is going to ring and it'll be about you.",
    "You are so good with Jayden, he lights up when you come through the door.",
    "There's a bed waiting for you at Riverside this afternoon and I will drive you there myself.",
    "You taught yourself guitar off YouTube in one summer, chords and all.",
    "I feel sick with worry when you don't answer your phone for days.",
    "I'm not here to punish you, I'm here because I'm frightened for you.",
    "Mom and I will come to every family day they let us come to.",
    "I can't wait to have coffee with you on my back steps like we used to.",
    "You were the kid who gave his last dollar to the man outside the Kroger.",
    "I can still see you at nine years old, refusing to take off your Spiderman cape for church.",
    "I'm proud of the person you were before the pills and I know he's still in there.",
    "When I see your hands trembling in the mornings it breaks my heart.",
    "I want Jayden to grow up knowing his uncle Marcus.",
    "You have a gift with old engines and I would love to see you use it again.",
    "I'll write to you every week while you're there, real letters with stamps like Grandma used to send.",
    "I hope someday we can take the kids fishing out at Lake Murray.",
    "You deserve to wake up in the morning without being sick.",
    "Your cheeks have gotten so hollow this year and I'm scared for your body.",
    "Mom still keeps your Little League trophy on top of the TV.",
    "You were my first real responsibility and you'll always be my baby brother to me.",
    "I know treatment is scary, and I know it's hard, and I'll be right there with u.",
    "When I got laid off in March you showed up with two bags of groceries and didn't say a word about it, and I've never forgotten that.",
    "Thank you for driving Mom to chemo those three weeks when I couldnt get off work.",
    "I heard you crying through the wall the night after Dad's funeral and I wish I had knocked.",
    "The night I found you on the bathroom floor I held your head and counted your breaths until the ambulance came.",
    "We always made pancakes on Saturday mornings so Mom could sleep off her night shift.",
    "You never let anybody at school make fun of my glasses, you were half my size and you still stood up for me.",
    "I watched you hand Mom your last twenty for the electric bill when you had nothing left for yourself.",
    "When I was pulling doubles at the hospital you picked Kayla up from daycare every day for a month, and thank you for that.",
    "I saw your hands shaking when you tried to sign Jayden's birthday card and I just wanted to hug you.",
    "You did ninety days at Hope House two years ago and I was so proud, I still have the picture of your chip on my phone.",
    "We used to sit on the hood of Mom's Corolla and count the planes coming in over the airport.",
    "The morning you called me from the Walgreens parking lot and said you needed help, I could hear how scared you were.",
    "When my biopsy came back you were the first one at the hospital, sober and holding a balloon.",
    "The Christmas the power got shut off we lit candles and played Uno on the floor, and it's still my favorite one.",
    "Last Tuesday I heard you tell Jayden you loved him when you thought nobody was listening.",
    "I was hurt when you missed my wedding, and I've had to work hard to let that go.",
    "You always saved me the crispy corner of the lasagna, and I still think of you every time I cut one.",
    "When I lost the baby you sat with me on the kitchen floor for hours and never tried to fix anything.",
    "I saw the scratches on your arms at Easter and didn't know what to say, so I'm saying it now: I'm worried about you.",
    "Thank you for staying on the phone with me the night I got off my late shift and my car died on I-20.",
    "We never had much money growing up but we had each other, and that's what I want back.",
]

DEV206_TRAPS: list[str] = [
    "Grandpa Earl was a mean drunk, and I swore nobody would ever treat you the way he treated Mom.",
    "I'm not going to call you an addict, you're my brother first and always.",
    "I was hooked on pain pills myself for two years after my C-section, I was an addict, so I know a little of how this feels.",
    "You told me once, 'I'm just a junkie, Sis, quit trying,' and I refused to believe it then and I refuse now.",
    "You've always been a total sports junkie, quoting batting averages nobody asked for.",
    "The counselor at Riverside explained that alcoholism is a disease and not a character flaw, and that helped me so much.",
    "Dad's side of the family has a long line of alcoholics, and I know that isn't your fault.",
    "You kept your room so clean as a kid it drove me nuts.",
    "I cleaned out the spare room and put Grandma's quilt on the bed for when you come home.",
    "I finally came clean to my therapist about how tired I've been, and it felt good to say it.",
    "Mom's sink was full of dirty dishes last week so I went over and did them, and I found your old drawings on the fridge.",
    "Nothing would make me happier than seeing you healthy at Jayden's graduation.",
    "We always had a pot of beans going on Sundays when Mom got paid.",
    "Every time I hear Tom Petty on the radio I think of you air drumming in the back seat.",
    "I always knew you were the smart one, even when your report cards said otherwise.",
    "I know I was a kid raising a kid and I didn't always get it right.",
    "Because of you I know how to change a tire, you taught me in the rain outside Big Lots.",
    "You're the reason I went into nursing, after all those scraped knees I patched up.",
    "I'm not blaming you for any of this, I understand now that it's an illness.",
    "I've done a lot for you over the years and I would do every bit of it again.",
    "I chose to move back home to help Mom, nobody made me, and I don't regret it.",
    "I felt pathetic standing in the pharmacy line crying, but that's honestly where I was.",
    "That motel they found you in was filthy and disgusting, and you deserve so much better than that.",
    "You are not worthless and you are not a burden, whatever that voice in your head tells you.",
    "You once said to me 'I'm a disgrace to this family,' and I need you to know I have never thought that about you.",
    "Dr. Patel told Mom and me your liver numbers are worrying, and I want you around for a long time.",
    "I heard you singing in the shower Sunday morning and it made my whole day.",
    "Kayla says you're her favorite uncle and she asks about you every night at bedtime.",
    "Mom always says you were the easiest baby she ever had, and I believe her.",
    "We went to Myrtle Beach the summer you turned ten and you got so burned you slept in the bathtub.",
    "We drove all night to see the Braves play for your sixteenth birthday.",
    "If you say yes today, I'll bring Jayden to visit you the very first Sunday they allow it.",
    "Great job on your six months last year, I still keep the coin you gave me in my wallet.",
    "You were honestly the best uncle at Jayden's party in June, you had all the kids cracking up.",
    "Thank you for showing up to Mom's surgery, it meant the world to her.",
    "The doctor at Piedmont said you have pancreatitis, and I'm so scared for you.",
    "I was diagnosed with depression after Dad died, so I know what it's like to need help and hate asking for it.",
    "I was in denial for a long time about how bad things had gotten, and that part is on me.",
    "You said to me last fall, 'I'm so tired of being the family screwup,' and I have never once seen you that way.",
]

DEV206_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be giving you money anymore, not for rent and not for gas.",
    "If you choose not to go, you can't keep staying on my couch, but I will still love you.",
    "I won't cover for you with Mom anymore if you leave here today without accepting help.",
    "If you decide not to go, I can't let you watch Jayden after school until you're in treatment.",
]
