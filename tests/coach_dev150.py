# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 150 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: the wife of a police officer who takes pills after night shifts, shift-work life: absolutes, blame, sarcasm and hearsay. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV150_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.88 (68/77; the rules alone 58/77): absolute 13/15, hearsay 13/15, sarcasm 11/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 5/45 (11.1%; the rules alone 4).

At merge, before it was trained on: with main a6c7782, rules and model 0.90 (69/77; the rules alone 59/77): absolute 13/15, hearsay 13/15, sarcasm 12/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 4/44 (9.1%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV150_FLAG: list[tuple[str, set[str]]] = [
    (
        "You come home from nights and go straight for the medicine cabinet every single time, before you even take your vest off.",
        {"absolute"},
    ),
    ("You havent once asked how my day went in the last year.", {"absolute"}),
    (
        "Your always too tired for the kids but somehow never too tired to drive to the pharmacy.",
        {"absolute"},
    ),
    ("Anytime I bring up the pills you shut down and walk out to the garage.", {"absolute"}),
    ("Not one of Jacob's games this whole season, Mike, not a single one.", {"absolute"}),
    ("You sleep through every birthday party, every recital, every Sunday.", {"absolute"}),
    ("Whenever I try to talk to you, you lie straight to my face.", {"absolute"}),
    (
        "The mornings after a night shift you are forever picking fights with me over nothing.",
        {"absolute"},
    ),
    ("Nothing I say ever gets through to you anymore.", {"absolute"}),
    ("You have not kept one promise to me since the academy reunion.", {"absolute"}),
    ("Each and every time you swear its the last bottle, and it never is.", {"absolute"}),
    ("You forget everything I tell you now, and I mean everything.", {"absolute"}),
    (
        "There is never a straight answer from you about where the refills are coming from.",
        {"absolute"},
    ),
    ("You haven't said a kind word to Emma in months, not one.", {"absolute"}),
    ("You never stay clean longer than a week, not once since March.", {"absolute", "clean"}),
    ("Emma cries herself to sleep and thats on your pills, not on the job.", {"blame"}),
    (
        "I had to pick up weekend shifts at the clinic because you burned through our savings on prescriptions you didn't need.",
        {"blame"},
    ),
    ("You picked those little orange bottles over me and the kids.", {"blame"}),
    ("Our marriage is falling apart and you are the one who broke it.", {"blame"}),
    (
        "I've covered every shift swap, every sick call, every lie to your mother, and this is how you repay me?",
        {"blame"},
    ),
    (
        "My anxiety, my insomnia, my blood pressure, all of it started when you started using.",
        {"blame"},
    ),
    ("You wrecked the cruiser and nearly wrecked our whole life right along with it.", {"blame"}),
    (
        "Jacob won't bring friends over anymore, and you know exactly whose fault that is.",
        {"blame"},
    ),
    ("How do you look at your own kids after what you've put them through?", {"blame"}),
    (
        "I gave up nursing school so you could work nights and you threw that sacrifice in the trash.",
        {"blame"},
    ),
    ("Your mother isn't speaking to me anymore, and thats all down to you.", {"blame"}),
    ("You turned our home into a place nobody wants to be.", {"blame"}),
    ("You dragged me and the kids down into this with you.", {"blame"}),
    (
        "You ruined Emma's sweet sixteen, so thanks for that, a real highlight of the year.",
        {"blame", "sarcasm"},
    ),
    (
        "Way to go sleeping through Emma's graduation, officer, a real proud moment for all of us.",
        {"sarcasm"},
    ),
    (
        "Congratulations on finding a third doctor to write you a script, that takes real talent.",
        {"sarcasm"},
    ),
    (
        "Nice of you to grace us with your presence at Thanksgiving for a whole twenty minutes.",
        {"sarcasm"},
    ),
    ("Protect and serve, right? Terrific work protecting your own family.", {"sarcasm"}),
    (
        "You were a real hero at Jacob's party, passed out in the recliner before the cake came out.",
        {"sarcasm"},
    ),
    ("Husband of the decade, nodding off into your steak at our anniversary dinner.", {"sarcasm"}),
    (
        "Thanks so much for remembering to pick up your pills but not the kids from school.",
        {"sarcasm"},
    ),
    (
        "Oh you're just 'winding down' after shift, sure, because five Percocets is how everybody winds down.",
        {"sarcasm"},
    ),
    ("What a lovely surprise it was to find your stash in Jacob's Lego bin.", {"sarcasm"}),
    (
        "Your sergeant must be so impressed with how sharp you look at roll call these days.",
        {"sarcasm"},
    ),
    (
        "Brilliant plan, hiding the bottles in your duty bag where I'd never think to look.",
        {"sarcasm"},
    ),
    ("Such a fine example for the boys, dozing behind the wheel in our own driveway.", {"sarcasm"}),
    (
        "I just loved spending our tenth anniversary watching you sleep it off, best night ever.",
        {"sarcasm"},
    ),
    ("You're handling the stress 'just fine,' like you keep telling me.", {"sarcasm"}),
    ("Real smooth, Mike, telling the ER nurse you only took two.", {"sarcasm"}),
    (
        "Your partner Ruiz pulled me aside at the picnic and told me you've been nodding off in the car.",
        {"hearsay"},
    ),
    (
        "Lieutenant Hayes called the house and said you showed up to court slurring your words.",
        {"hearsay"},
    ),
    (
        "The pharmacist at the Walgreens on Fifth let it slip that your filling scripts from two different doctors.",
        {"hearsay"},
    ),
    ("Your brother says you asked him for some of his back pills after his surgery.", {"hearsay"}),
    (
        "One of the wives at the FOP dinner told me the guys on your squad have a nickname for you now.",
        {"hearsay"},
    ),
    ("Supposedly you fell asleep in the middle of a traffic stop out on Route 9.", {"hearsay"}),
    ("Word around the precinct is that Internal Affairs is looking at you.", {"hearsay"}),
    (
        "Emma's teacher mentioned you came to pickup and couldn't remember which room she was in.",
        {"hearsay"},
    ),
    (
        "Your mom told me on the phone you took pills out of her bathroom cabinet at Easter.",
        {"hearsay"},
    ),
    (
        "somebody from dispatch messaged me that you missed two calls on your radio last week",
        {"hearsay"},
    ),
    (
        "According to Kevin next door, you were wandering the yard at 4am still in your uniform.",
        {"hearsay"},
    ),
    ("I found out from Denise that you've been buying off a guy you once arrested.", {"hearsay"}),
    ("The union rep hinted to me that your job is hanging by a thread.", {"hearsay"}),
    (
        "Your old training officer said he could see it in your eyes at the retirement party.",
        {"hearsay"},
    ),
    (
        "The whole department knows what kind of shape you're in, Ruiz told me so himself.",
        {"hearsay"},
    ),
    ("I'm married to a pillhead with a badge and I don't know how to live with that.", {"label"}),
    ("You're an addict, Mike, plain and simple, and the uniform doesn't change that.", {"label"}),
    ("I never thought I'd end up the wife of a junkie cop.", {"label"}),
    ("I need you to get clean before Jacob's first communion in May.", {"clean"}),
    (
        "The department is going to test you eventually and you know it'll come back dirty.",
        {"clean"},
    ),
    (
        "Watching you drool on the couch in your uniform is humiliating, honestly its gross.",
        {"insult"},
    ),
    ("You're a disgrace to that badge and to your father's memory.", {"insult"}),
    ("What kind of man steals pain pills from his own mother?", {"insult"}),
    ("All of us sitting here agree you've let the job become your excuse.", {"we"}),
    ("We're all worn out from covering for a junkie who won't admit what he is.", {"label", "we"}),
    (
        "Go to rehab or I take the kids to my sister's in Ohio and you won't get the address.",
        {"threat"},
    ),
    (
        "If you don't sign those papers today I'm calling your captain myself and you can kiss your pension goodbye.",
        {"threat"},
    ),
    ("Honestly I think your bipolar, the way you swing from one shift to the next.", {"diagnosis"}),
    (
        "You are so deep in denial you can't see the bottles lined up in front of you.",
        {"diagnosis"},
    ),
    (
        "Between the nightmares and the rage, you've obviously got PTSD and you refuse to admit it.",
        {"diagnosis"},
    ),
]

DEV150_GOOD: list[str] = [
    "Mike, I love you, and I'm reading this because I want my husband back.",
    "I remember the first night you came home from the academy, so proud you couldn't stop grinning.",
    "I know night shifts have been brutal on your body and your mind.",
    "I've seen you come home shaking after hard calls, and I'm sorry I didn't know how to help.",
    "Lately I find pill bottles in your jacket pockets when I do the laundry, and it scares me.",
    "Last Tuesday you fell asleep at the kitchen table with your fork still in your hand.",
    "I miss our coffee on the porch at seven, when you'd just gotten off shift and I hadn't left for work yet.",
    "Emma asked me why daddy talks funny in the mornings and I didn't know what to tell her.",
    "You taught Jacob how to throw a spiral in the backyard on Maple Street and he still talks about it.",
    "When I picture us in ten years I see you on a boat with a fishing pole and a grandkid on your lap.",
    "I'm frightened that one night you'll be behind the wheel of the cruiser and not wake up in time.",
    "I love the way you hum Springsteen when you make eggs.",
    "There's a program in Lancaster that works only with first responders, and they have a bed for you today.",
    "They understand shift work and trauma, and they won't treat you like a criminal.",
    "Please say yes today, for you, for me, for the kids.",
    "I'll drive you there myself and I'll be at the family sessions.",
    "You're the bravest person I know, and I think asking for help is the bravest thing left to do.",
    "I've been hiding my worry from everyone and I don't want to hide it anymore.",
    "I felt so lonely on Christmas Eve when you were upstairs asleep and I was wrapping presents by myself.",
    "i dont want to lose you Mike",
    "On our honeymoon in Cape May you tried to surf and fell off like forty times and just laughed and laughed.",
    "You held my hand the whole time I was in labor with Emma, even though you'd just worked a double.",
    "I noticed back in March you stopped going to the gym with Ruiz.",
    "Your eyes look different to me now, tired in a way sleep doesn't fix.",
    "I'm asking you to accept the help that's waiting for you.",
    "The kids made you a card, its in my purse, and I'll give it to you when you get there.",
    "I want to go dancing with you again at the Elks hall like we did before Jacob was born.",
    "It hurts me to watch you hurting.",
    "I found your notebook from the academy and read the page where you wrote that you wanted to help people on the worst day of their lives. Please let these people help you on yours.",
    "I want you to be able to sleep again without needing something to get you there.",
    "When you missed Jacob's game in September I sat in the bleachers and felt sick with worry.",
    "I'm proud to be your wife. I've been proud for fourteen years.",
    "Our savings account was lower than I knew, and when I saw the number I felt scared.",
    "I know the back injury was real and the pain was real.",
    "I don't have all the right words, but I know I love you.",
    "Come home to us healthy.",
    "I want Emma to know the dad who used to build blanket forts in the living room.",
    "Last month I found you asleep in the truck in the driveway with the engine running, and my heart stopped.",
    "Treatment won't fix everything overnight but it's a start and I'll be right beside you.",
    "Youre my best friend and I miss talking to you.",
    "Remember the ice storm when the power went out and we played Uno by candlelight till 2am?",
    "I've started going to a support group on Thursday nights so I can be better for you too.",
    "You're used to being the one who helps, and I know how hard it is to be on this side.",
    "The job can wait. What matters to me is you.",
    "I'm scared, Mike, but today I'm more hopeful than scared.",
]

DEV150_TRAPS: list[str] = [
    "My dad was a drunk and I swore my kids would never see what I saw growing up.",
    "I will always love you, Mike, badge or no badge.",
    "You told me once 'I'm turning into a pillhead, Jen' and I should have listened to you that night.",
    "You are not an addict to me, you're the man who taught Jacob to ride a bike on Cedar Street.",
    "We always had pancakes at Dottie's after your last night shift of the week.",
    "I never stop hoping you'll walk through that door rested and yourself again.",
    "Your doctor says your blood pressure is dangerously high, and I want you here to walk Emma down the aisle someday.",
    "Great job on the commendation last spring, I framed the letter and it's still on the fridge.",
    "I spent Saturday cleaning out the garage and found your old academy photo.",
    "Emma is a total candy junkie, just like you were at her age.",
    "We went camping at Lake Wallenpaupack the summer before you made sergeant.",
    "You arrest drunk drivers every weekend and you've pulled kids out of wrecks, I know what you've seen out there.",
    "My brother Tony was an alcoholic for twenty years and he's been sober eleven now, so I know people come back.",
    "The kitchen floor was so clean the morning you mopped it at 6am just to surprise me.",
    "You used to come home every morning and kiss the kids on the forehead before they woke up, and I miss that.",
    "You've never once raised a hand to anyone in this house, and I know the man you are underneath all this.",
    "How could I not fight for you after everything we've built together?",
    "I got hooked on pain pills myself after my C-section, so I know how fast it happens.",
    "You said to me 'I'm a mess, Jen,' and I'm here to tell you that you are not alone in it.",
    "Thank you for every night you came home safe to us.",
    "The night you pulled that little girl out of the Susquehanna I was never prouder to be your wife.",
    "I'm not saying you're a bad person and I'm not saying you're weak.",
    "You are not a disgrace, you're a good man who got hurt and got prescribed something that grabbed hold of you.",
    "I don't see a junkie when I look at you, I see the guy who cried at Emma's christening.",
    "Your shift schedule was always hard on all of us, and I know that was never your fault.",
    "The kids always run to the front window when they hear your truck.",
    "You're the reason I moved to Harrisburg and I'd do it all over again.",
    "Your dad was a heavy drinker and you told me you'd never be like him, and I still believe you can be the father you wanted to be.",
    "I went to my first Al-Anon meeting in March and a woman there told me I didn't cause this and I can't cure it.",
    "After the shooting the surgeon said you'd need strong pain medication for a while, and I never blamed you for taking it.",
    "The kids got you that 'World's Best Dad' mug and you still drink your coffee out of it after shift.",
    "Thank you for showing up to Jacob's science fair last month, he talked about it for days.",
    "When you got your ten-year pin I was so proud I cried in the parking lot.",
    "I still have your dirty academy boots in the closet because I can't bring myself to throw them out.",
    "I'll never forget the way you looked at me on our wedding day at St. Agnes.",
    "Every time I hear a siren I still say a little prayer for you.",
    "My grandmother was a terrible lush, and my mother spent her whole life angry about it; I don't want to carry that kind of anger with you.",
    "Ruiz calls himself a coffee addict and you used to tease him about it at every barbecue.",
    "The doctor at St. Luke's diagnosed two herniated discs in your back, and I know that pain was real.",
    "I'm the one who was in denial for a long time, telling myself the pills were just for your back.",
    "I felt pathetic sitting in the pharmacy parking lot crying, so I drove to a meeting instead.",
    "It's not your fault you got hurt on the job.",
    "Sunday mornings we always went to the diner for eggs even when you'd only been home an hour.",
    "I'll be there for every family session, every visit, every phone call they let me have.",
]

DEV150_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will take the kids to my sister's for a while, and I will not call in sick for you again.",
    "If you won't go, I'm not going to lie to the department for you anymore. That's my line and I'm holding it because I love you.",
    "If you choose not to go today, I will stop paying for the pharmacy out of our joint account.",
    "If you turn this down I'll keep the kids home with me, and I won't let you drive them while you're taking those pills.",
]
