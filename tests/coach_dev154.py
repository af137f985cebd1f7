# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 154 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Jewish family, guilt-edged humour, holidays and a mother's one-liners: sarcasm and absolutes most, then blame. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV154_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.91 (78/86; the rules alone 64/86): absolute 15/18, blame 14/17, insult 3/4, sarcasm 16/17, every other kind full; good 2/43 (4.7%; the rules alone 2), traps 1/44 (2.3%; the rules alone 1).

At merge, before it was trained on: with main a6c7782, rules and model 0.91 (78/86; the rules alone 64/86): absolute 15/18, blame 14/17, insult 3/4, sarcasm 16/17, every other kind full; good 1/43 (2.3%; the rules alone 1), traps 1/44 (2.3%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV154_FLAG: list[tuple[str, set[str]]] = [
    ("You never once called me back the whole month of Elul, not one time.", {"absolute"}),
    (
        "Every single holiday you disappear into the bathroom with your flask and come out a different person.",
        {"absolute"},
    ),
    (
        "Danny, your always late, always with some story about traffic on the Turnpike.",
        {"absolute"},
    ),
    ("You don't listen to a word anybody in this family says, ever.", {"absolute"}),
    ("Nothing I say gets through to you, Eli. Nothing.", {"absolute"}),
    ("You haven't made it through one Shabbos dinner sober in three years.", {"absolute"}),
    ("You constantly lie to me about the pills, it's like breathing for you.", {"absolute"}),
    (
        "Every time you walk in the door I can smell the vodka before you even say hello.",
        {"absolute"},
    ),
    ("Joshua, you never think about anybody but yourself.", {"absolute"}),
    (
        "You always have a reason, a headache, a deadline, a friend in trouble, its never the Percocet.",
        {"absolute"},
    ),
    ("In thirty one years of marriage you have not kept a single promise to me.", {"absolute"}),
    (
        "You forget everything, birthdays, yahrzeits, the dentist, your own sons recital.",
        {"absolute"},
    ),
    ("Whenever things get hard u run straight to the bottle, no exceptions.", {"absolute"}),
    ("You haven't said one true thing to me since Purim.", {"absolute"}),
    ("Your phone is off every night after nine like clockwork.", {"absolute"}),
    ("You couldn't pick up the phone once for your mother? Once?", {"absolute"}),
    (
        "Don't worry about me, I'll just sit here in the dark like always, waiting for a son who never calls.",
        {"absolute", "sarcasm"},
    ),
    ("My blood pressure is through the roof and thats on you, sweetheart.", {"blame"}),
    (
        "Your father ended up at Mount Sinai with chest pains and you want to tell me the stress had nothing to do with you?",
        {"blame"},
    ),
    ("You picked the coke over your own daughter's bat mitzvah.", {"blame"}),
    (
        "I gave up my whole fortieth birthday trip to bail you out, and this is the thanks I get.",
        {"blame"},
    ),
    ("The seder was ruined because you couldn't stay upright past the second cup.", {"blame"}),
    (
        "Aunt Miriam stopped coming to Hanukkah because of the scene you made, so congratulations.",
        {"blame", "sarcasm"},
    ),
    ("You broke this family and I'm the one gluing it back together every night.", {"blame"}),
    ("Mom cries herself to sleep and you're the whole reason.", {"blame"}),
    ("I sat shiva for Zayde by myself because you were too high to drive to Skokie.", {"blame"}),
    (
        "After I co-signed your lease, paid your lawyer and drove you to every appointment, how do you look me in the eye and lie?",
        {"blame"},
    ),
    ("Your kids are in therapy, Marc, and you should ask yourself why.", {"blame"}),
    ("You took the money Bubbe left for Noa's college and put it up your nose.", {"blame"}),
    ("We lost the house in Teaneck over your pills, just so you know.", {"blame"}),
    ("Everything that went wrong this year traces straight back to you.", {"absolute", "blame"}),
    (
        "I carried you for nine months and twenty two hours of labor so you could spend your forties passed out in a studio in Astoria?",
        {"blame"},
    ),
    ("How could you do this to your mother, of all people?", {"blame"}),
    (
        "Lovely toast at Sarah's wedding, slurring right through the sheva brachot, very moving.",
        {"sarcasm"},
    ),
    (
        "Mazel tov, you made it to Yom Kippur services, only two hours late and smelling like a brewery.",
        {"sarcasm"},
    ),
    ("Oh sure, you're 'just tired', like you've been 'just tired' since 2019.", {"sarcasm"}),
    ("What a mensch, borrowing from your grandmother's pension for 'rent.'", {"sarcasm"}),
    (
        "Such a nice surprise when the police brought you home on Rosh Hashanah, really made the holiday.",
        {"sarcasm"},
    ),
    (
        "Congratulations, you finally found something you're committed to, and it's the Xanax.",
        {"sarcasm"},
    ),
    ("You're a real comedian three bourbons in, Uncle Herb should take notes.", {"sarcasm"}),
    (
        "Thank you so much for passing out on the couch before the candles were even lit, very festive.",
        {"sarcasm"},
    ),
    ("Nice of you to grace us with your presence for a whole fifteen minutes.", {"sarcasm"}),
    (
        "Sure Adam, you have it 'under control', the way the Titanic had the iceberg under control.",
        {"sarcasm"},
    ),
    (
        "Well done, you turned my one night off at Hanukkah into a trip to the ER.",
        {"blame", "sarcasm"},
    ),
    ("Some role model you are, Ben, the boys must be so proud.", {"insult", "sarcasm"}),
    ("Gold medal for lying, honestly, the Olympics are missing out.", {"sarcasm"}),
    (
        "Brilliant idea driving up to the Catskills after a bottle of wine, real genius.",
        {"sarcasm"},
    ),
    (
        "Grandson of the year, skipping Bubbe's ninetieth for a 'work thing' that turned out to be a bar.",
        {"sarcasm"},
    ),
    ("Your cousin Jordan mentioned he saw you buying from some guy outside the Wawa.", {"hearsay"}),
    (
        "Mrs. Feldman from shul told me you were weaving down Maple Avenue at two in the afternoon.",
        {"hearsay"},
    ),
    ("According to your landlord you haven't paid a dime since March.", {"hearsay"}),
    (
        "Rabbi Klein pulled me aside after services and said you smelled like liquor at the kiddush.",
        {"hearsay"},
    ),
    ("The word at the office is that you nodded off in the Monday meeting again.", {"hearsay"}),
    ("Your ex-wife says the kids found pills in your glovebox.", {"hearsay"}),
    ("I got a call from Leah that you showed up at her door at 3am asking for money.", {"hearsay"}),
    ("Supposedly you told the guys at the deli you only drink on weekends now.", {"hearsay"}),
    (
        "Half of Boca knows you got thrown out of the country club bar, Mom's mahjong friends couldn't wait to tell me.",
        {"hearsay"},
    ),
    (
        "The pharmacist hinted to your father that you've been filling scripts from three different doctors.",
        {"hearsay"},
    ),
    ("Your roommate texted me that you havent left your room in four days.", {"hearsay"}),
    (
        "From what Aunt Shelly tells me, you fell asleep at the wheel in the Costco parking lot.",
        {"hearsay"},
    ),
    (
        "Josh's friends say you were doing lines in the bathroom at his engagement party.",
        {"hearsay"},
    ),
    (
        "There's talk around the neighborhood that you've been selling your stuff on Facebook Marketplace to pay for it.",
        {"hearsay"},
    ),
    (
        "Your manager called the house looking for you and said it's the third time you didn't show.",
        {"hearsay"},
    ),
    ("Having a lush for a son was never in the plan, Aaron.", {"label"}),
    ("I won't have a pillhead holding the baby at the bris.", {"label"}),
    (
        "You've become the family junkie, Shira, and it breaks my heart to even write that.",
        {"label"},
    ),
    ("Ninety days clean would be a start, Rivka, but I've heard that one before.", {"clean"}),
    ("When Dr. Stern's drug screen came back dirty I wanted to crawl into a hole.", {"clean"}),
    ("All I want for my birthday is for you to get clean, Avi.", {"clean"}),
    (
        "Frankly it's embarrassing, a grown man who can't get through a seder without sneaking out to the car.",
        {"insult"},
    ),
    (
        "You've turned into a shanda, Danny, a total disgrace, and I'm ashamed to say your name at shul.",
        {"insult"},
    ),
    (
        "All of us, Bubbe included, have decided you're a lost cause unless something changes.",
        {"insult", "we"},
    ),
    ("Your sisters and I all agree you've let this go way too far.", {"we"}),
    (
        "Everybody at the table thinks you're drinking yourself to death and nobody will say it but me.",
        {"we"},
    ),
    ("Go to that place in Florida or don't bother coming to Passover ever again.", {"threat"}),
    (
        "You get in that car tomorrow or I'm changing the locks and calling your father's lawyer.",
        {"threat"},
    ),
    ("Keep this up and you can forget about walking your daughter down the aisle.", {"threat"}),
    ("I read up on it, Michael, and you are a textbook narcissist.", {"diagnosis"}),
    ("You're in complete denial and you have been since college.", {"diagnosis"}),
    (
        "Between the mood swings and the spending I honestly think you're manic-depressive.",
        {"diagnosis"},
    ),
]

DEV154_GOOD: list[str] = [
    "Danny, I remember you at eight years old standing on a chair to find the afikoman before your cousins could.",
    "Your laugh at the seder table used to be the loudest thing in the room, and I miss it.",
    "When you taught Noa to ride her bike on Elm Street, you ran behind her for an hour without one complaint.",
    "I have watched you get thinner every month since Pesach and it frightens me.",
    "Last Rosh Hashanah you stayed out in the car for most of dinner, and I sat there not knowing what to do.",
    "Zayde used to say you had the best hands in the family, you could fix anything.",
    "I want my brother back, the one who called me Sunday mornings just to kvetch about the Mets.",
    "Mom, you taught me how to make kreplach and how to stand up for myself, and I need you now.",
    "The treatment center in Delray has a bed for you today, and I will drive you there myself.",
    "Please say yes to the help that's being offered this morning.",
    "I found the empty bottles behind the water heater in October and didnt tell anyone, and I'm sorry I kept that secret.",
    "I miss lighting the candles with you on Friday nights.",
    "When you held Maya at her naming, I saw how much you loved her.",
    "I'm not angry, I'm heartbroken, and I want to help.",
    "Since you started on the pills after your back surgery you've stopped coming to my games dad.",
    "Grandpa, you taught me gin rummy and let me win until I was eleven.",
    "I'm so proud of the man you were when you sat with Bubbe every afternoon at hospice.",
    "Sophie asks me why you sleep so much and I don't know what to tell her.",
    "You are my best friend, Jess, and I'm not ready to lose you.",
    "I want to dance the hora with you at Ari's wedding in June.",
    "The night you called me from the parking garage crying, I heard how much pain you're in.",
    "Your daughter made you a Father's Day card and it's still on my fridge, waiting for you.",
    "I love you more than I know how to say, and today I'm asking you to get treatment.",
    "Remember when you drove four hours in a snowstorm to bring me soup when I had mono? That's who you are to me.",
    "I've been losing sleep since the accident in August.",
    "Working next to you twelve years at the shop, I haven't met anyone who cared more about getting it right.",
    "I'm asking you to go today, not tomorrow, not after the holidays.",
    "Bubbe's recipe box is waiting for you, she wanted you to have it.",
    "I saw your hands shaking when you tried to sign the birthday card for Aunt Ruthie.",
    "I keep the photo of you at your bar mitzvah in my wallet.",
    "I know this is hard to hear and I'm saying it because I'm on your side.",
    "Ma, I want my kids to know the funny woman who raised me, healthy and here.",
    "When you missed Eli's graduation I felt like part of me was missing too.",
    "Your cooking used to fill the whole house on Friday afternoons, challah, chicken soup, the works.",
    "I'm so tired of being scared for you, and I want us both to be able to rest.",
    "The counselors here understand this and they have a plan that can work.",
    "I love you, I'm not going anywhere, and I want you to get help today.",
    "When I was sixteen and wrecked your Buick, you hugged me before you yelled, and I think about that a lot.",
    "You gave the best hugs in Skokie.",
    "I watched you fall asleep with a lit cigarette last winter and I haven't slept right since.",
    "I want to sit next to you at Sam's bris this spring and pass the baby to you.",
    "I'm your little sister and I still look up to you.",
    "Please, Rachel, let these people help you.",
]

DEV154_TRAPS: list[str] = [
    "My father, may he rest in peace, was a drunk, and I swore I'd never let that kind of silence happen again.",
    "I was a pillhead for four years in my twenties, and someone sat me down just like this and it saved my life.",
    "I never stop hoping you'll walk through the door for Shabbos dinner.",
    "We always had Sunday bagels at Zabar's, you me and Dad, and I want that again.",
    "We went to Montauk every August and you grilled every single night, those are my favorite summers.",
    "Great job on your sixty days last spring, I saw how hard you worked for that.",
    "You told me on the phone, 'Ma, I'm a mess,' and I heard how much you were hurting.",
    "You are not a junkie to me, you are my son Jonah.",
    "Your doctor told you your liver numbers are bad, and I'm scared of losing you.",
    "I spent Sunday helping you clean out the garage and I loved every minute with you.",
    "Your cousin Aviva says she misses you and she saved you a seat at her wedding.",
    "Bubbe always said you had the kindest eyes in the family.",
    "I'm a sugar junkie myself, I ate the whole box of rugelach last week.",
    "Uncle Morty was an alcoholic and died at fifty two, and I cannot bury another person I love.",
    "Every time the phone rings late at night my heart stops.",
    "You were the first one at the hospital when Abba had his stroke, and I have never forgotten it.",
    "You sang Dayenu louder and more off-key than anyone at every seder, and it was the best part of the night.",
    "I keep my kitchen so clean you could eat off the floor, it's how I cope, you know that about me.",
    "You said it yourself, 'I'm an addict, Dad, I need help,' and I've held onto that.",
    "Thank you for coming today, I know it wasn't easy.",
    "What a wonderful father you were to Talia when she was little, teaching her to swim at the JCC.",
    "We all piled into Zayde's station wagon to see the Hanukkah lights in Dyker Heights, remember?",
    "We love you, all of us, and we are here for you.",
    "Dr. Patel diagnosed you with depression last year, and I want you to get the treatment she recommended.",
    "Because of you I learned to make a perfect brisket, and I'll make one for you when you get home.",
    "You're the reason I became a nurse, you took care of me when Mom was sick.",
    "I was in denial for years about my own drinking, so I know how hard this is.",
    "My ex was a narcissist and you were the one who got me through that divorce.",
    "I never, ever want to stand at your grave, Nathan.",
    "You've always been the funny one, the one who got Grandma laughing so hard she cried.",
    "Not one day goes by that I don't think about you.",
    "We used to sit on the fire escape in Washington Heights and split a pastrami sandwich, just you and me.",
    "Remember the Yom Kippur you fasted the whole day at twelve just to prove you could? I was so proud.",
    "The dirty dishes after Passover for forty people were the best part, because you and I washed them together singing Motown.",
    "Nobody could ever make my mother laugh like you.",
    "Zayde used to joke he was the family boozer, but he quit at sixty and lived to ninety four, and I want that for you.",
    "I heard you laughing on the phone with Maya last week and for a second it was like old times.",
    "The rabbi told me asking for help is a mitzvah, and I believe him.",
    "I've never been so proud as the day you got your thirty day chip.",
    "I know I'm always nagging, it's the Jewish mother in me, but this time it's not about your sweater.",
    "I'll never forget the look on your face when Maya said Daddy the first time.",
    "Congratulations on finishing your degree at Brooklyn College, I cried through the whole ceremony.",
    "We were all so happy at your engagement party, dancing the hora until the DJ packed up.",
    "My mother's one line was always 'you never call', so I'm saying something different today: come home, I'll call you every day.",
]

DEV154_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be paying the rent on the Hoboken apartment anymore.",
    "If you choose not to go, I'm not going to lie to Bubbe for you about where you are.",
    "If you leave here without accepting help, you can't drive the kids anywhere until you're in treatment.",
    "If you walk out today I will still love you, but I will stop answering the phone after midnight.",
]
