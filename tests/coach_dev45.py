# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 45 (3 December 2026, round 12): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with main 0cfe64c (rules and model of round 11): recall 0.70 (rules alone), 0.84 with the second opinion; good 1/60, traps 1/49.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py); churchgoing families, harm said politely or indirectly: h106 tuned round 12's recall rules on it (the r12c_ block).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV45_FLAG: list[tuple[str, set[str]]] = [
    (
        "Grandma prays every night for her sweet boy, but honey, the Lord knows you've become a drunk and I can't pretend otherwise.",
        {"label"},
    ),
    (
        "i never thought i'd have to say my own daughter is a pill-head, but here we are and i'm saying it before God.",
        {"label"},
    ),
    (
        "I have watched you turn into an alcoholic, Danny, and it grieves my spirit something awful.",
        {"label"},
    ),
    (
        "You can sit in the front pew every Sunday, Marcus, but underneath that Sunday suit you're still a junkie.",
        {"label"},
    ),
    (
        "Your granddaddy was a deacon for forty years and his only grandson is a meth head, that's what breaks my heart.",
        {"label"},
    ),
    (
        "Lord have mercy, Tammy, when did my baby girl become a lush who hides vodka in her pocketbook?",
        {"label"},
    ),
    (
        "I pray over this letter because I don't know how else to talk to an addict, even one I raised myself.",
        {"label"},
    ),
    (
        "Sweetheart, you can't keep teaching the little ones in Sunday school as an opioid addict, that's just the plain truth.",
        {"label"},
    ),
    ("my son the crackhead, that's what I have to call you in my prayers now", {"label"}),
    ("i still set your place at Thanksgiving, even for the pothead you've turned into.", {"label"}),
    (
        "We raised you in the church, Kevin, not so you could grow up into some tweaker living out of his truck.",
        {"label"},
    ),
    (
        "It's hard to write to a grandson who's a heroin junkie now, but I'm writing anyway.",
        {"label"},
    ),
    (
        "When you were clean you sang in the choir, and Lord, that voice could lift the roof.",
        {"clean"},
    ),
    ("I'm asking you to get clean for good this time, Robbie, for your babies' sake.", {"clean"}),
    (
        "The Lord gave you ninety clean days last spring and I watched you throw them away in one weekend.",
        {"clean"},
    ),
    ("are you even clean right now while I'm reading this to you?", {"clean"}),
    (
        "Your mama could tell the minute you walked in dirty again, bless her, she always knew.",
        {"clean"},
    ),
    (
        "I would give anything to see you stay clean long enough to walk your sister down the aisle.",
        {"clean"},
    ),
    (
        "honey i just want my clean boy back, the one who mowed Mrs. Hattie's lawn for free",
        {"clean"},
    ),
    (
        "Brother Wayne said you looked clean at the revival, but I knew better.",
        {"clean", "hearsay"},
    ),
    (
        "you had a dirty test at the halfway house and then lied about it to me, your own grandmother",
        {"clean"},
    ),
    ("Since you came home dirty from the Easter weekend, I haven't slept a full night.", {"clean"}),
    (
        "Being clean is not something you do for a week just to get your truck keys back, Daniel.",
        {"clean"},
    ),
    (
        "I pray daily that you'll be clean by the time your daddy goes in for his surgery.",
        {"clean"},
    ),
    (
        "Every single Sunday I save you a seat, and every single Sunday that seat stays empty.",
        {"absolute"},
    ),
    (
        "you have never once kept a promise you made to me, not even the ones you swore on your Bible",
        {"absolute"},
    ),
    (
        "With you it's always somebody else's fault, the pastor, your boss, your daddy, always somebody.",
        {"absolute"},
    ),
    (
        "Nothing I say ever gets through to you, so I'm writing it down and praying it does this time.",
        {"absolute"},
    ),
    ("i pray and pray but you never call your mother unless you need money", {"absolute"}),
    (
        "Each and every holiday for five years you have shown up with pills in your pocket.",
        {"absolute"},
    ),
    ("Not one time have you asked how your father's heart is doing.", {"absolute"}),
    (
        "Whatever you touch ends up broken, Travis, every car, every job, every friendship.",
        {"absolute"},
    ),
    ("the Lord hears all my prayers, but you don't hear a single word I say, ever", {"absolute"}),
    ("You lie every time your lips move, sweetheart, and I say that with love.", {"absolute"}),
    (
        "No one in this family can trust you anymore, and that's the hardest part to write.",
        {"absolute", "we"},
    ),
    (
        "At every funeral and every wedding, you're the one slipping out to the parking lot.",
        {"absolute"},
    ),
    (
        "Your mother's blood pressure is through the roof, and the doctor and I both know it's you that did it.",
        {"blame"},
    ),
    (
        "It's on your account that Grandpa quit going to church, he can't face the questions anymore.",
        {"blame"},
    ),
    (
        "I've cried more tears over you than over my own mama's passing, Lord forgive me, and you did that to me.",
        {"blame"},
    ),
    (
        "after all the prayers and all the money we poured into you, this is how you repay us",
        {"blame"},
    ),
    (
        "Your little girl asks me why Daddy is sick, and you're the one who put that question in her mouth.",
        {"blame"},
    ),
    ("You picked those pills over your own wife and children, and God saw you do it.", {"blame"}),
    (
        "my hair went white the year you started on the heroin, and I don't think that's an accident",
        {"blame"},
    ),
    (
        "The church had to ask your mother to step down from the choir after the scene you made at the potluck.",
        {"blame"},
    ),
    (
        "Your father's stroke came right after your last arrest, and I can't help but connect the two.",
        {"blame"},
    ),
    (
        "I haven't been able to lift my head in the fellowship hall since you did what you did.",
        {"blame"},
    ),
    ("Your grandmother's gray hair has your name written all over it, baby.", {"blame"}),
    (
        "The bank took the farm because you drained the account, and Papa will carry that to his grave.",
        {"blame"},
    ),
    (
        "Bless your heart, Jolene, you've become the kind of woman the rest of us used to pray for at the altar call.",
        {"insult"},
    ),
    ("I'm ashamed to tell the ladies at Bible study that you're my son.", {"insult"}),
    (
        "you ought to be on your knees in shame for what you've done to this family's good name",
        {"blame", "insult"},
    ),
    ("Honestly, Carl, you've become a disgrace to the uniform your granddaddy wore.", {"insult"}),
    (
        "The man I see now is pitiful, slumped in that recliner with his eyes half shut at noon.",
        {"insult"},
    ),
    (
        "your grandma would roll over in her grave to see what a sorry mess you've made of yourself",
        {"insult"},
    ),
    ("I'm not sure what's left of you is worth much, Lord forgive me for saying it.", {"insult"}),
    (
        "Sugar, you look like something the cat dragged in every time you come by the house.",
        {"absolute", "insult"},
    ),
    (
        "A grown man of forty sponging off his elderly parents is a shameful thing to have to watch.",
        {"insult"},
    ),
    ("You've turned into a filthy, lying shell of the boy I rocked to sleep.", {"insult"}),
    (
        "the Lord knows what you've become, and it's nothing I'd want the congregation to lay eyes on",
        {"insult"},
    ),
    (
        "I feel sorry for you, truly, you're a sad little man hiding in the bottom of a bottle.",
        {"insult"},
    ),
    (
        "Sister Margaret pulled me aside after service and said she smelled liquor on you during the offering.",
        {"hearsay"},
    ),
    ("I'm only telling you what everyone in town is already saying about you.", {"hearsay"}),
    (
        "pastor says you came to him for money twice last month and lied about what it was for",
        {"hearsay"},
    ),
    (
        "Your aunt Bev thinks you've been helping yourself to her pain pills ever since her hip surgery.",
        {"hearsay"},
    ),
    ("The deacons have been talking about you, son, and none of it is good.", {"hearsay"}),
    (
        "Your cousin Lori told the whole prayer chain you were passed out in the Walmart parking lot.",
        {"hearsay"},
    ),
    (
        "Mrs. Jenkins next door saw you buying from that boy on Elm Street, she told me so herself.",
        {"hearsay"},
    ),
    (
        "I hear from your ex-wife that the kids are scared of you when you've been drinking.",
        {"hearsay"},
    ),
    ("Even Reverend Thomas admitted to me he doesn't think you're going to make it.", {"hearsay"}),
    (
        "Granny's whole Sunday school class knows exactly why they're praying for you by name.",
        {"hearsay"},
    ),
    (
        "From what your supervisor at the plant told your father, you're one write-up away from being let go.",
        {"hearsay"},
    ),
    (
        "folks at church say you haven't been the same since you started running with that Pruitt boy",
        {"hearsay"},
    ),
    ("We as a family have all agreed that you need to be in treatment by Monday.", {"we"}),
    ("All of us here in this room feel the same way about what you've been doing.", {"we"}),
    (
        "the family has talked it over with Pastor Dale and we've decided what's best for you",
        {"we"},
    ),
    ("Every one of us is worn down to nothing from covering for you.", {"blame", "we"}),
    (
        "Speaking for your mother and me and your brothers, we're done pretending things are fine.",
        {"we"},
    ),
    ("Our whole family feels you've let the devil get a foothold in your life.", {"we"}),
    (
        "We are united on this, Grandma, Uncle Ray, all of us: you need help and you need it now.",
        {"we"},
    ),
    (
        "Your brothers and sisters and I have all stopped believing your stories about the missing money.",
        {"we"},
    ),
    ("The Hendersons, every last one of us, are heartsick and tired of waiting on you.", {"we"}),
    (
        "everybody at this table has come to the same conclusion, that you can't handle this on your own",
        {"we"},
    ),
    (
        "we've all prayed on it together and the Lord gave every one of us the same answer, you've got to go",
        {"we"},
    ),
    (
        "Mom, Dad and I have sat down and settled it, you're going to rehab and there's no more discussion.",
        {"we"},
    ),
    ("If you walk out of this living room today, don't bother coming to my funeral.", {"threat"}),
    ("Unless you go tonight, I'm taking your name off the deed to the homeplace.", {"threat"}),
    ("I love you, but this is the final time I will open my door to you.", {"threat"}),
    (
        "Keep using, and the only place your children will see you is across a courtroom.",
        {"threat"},
    ),
    (
        "should you refuse, I'm handing you over to the Lord, because I am through with you.",
        {"threat"},
    ),
    (
        "you go to that treatment center or you are no longer my son, and I mean it before God.",
        {"threat"},
    ),
    ("Mama's changing her will next week if you're not in that program.", {"threat"}),
    ("One more relapse, Lacey, and I'll call the sheriff myself.", {"threat"}),
    (
        "If you don't get in the car, I'm telling your pastor and the whole congregation everything.",
        {"threat"},
    ),
    ("Say no today, and you'll find your things out on the porch by Sunday.", {"threat"}),
    ("i won't be bailing you out again, next time you can sit in that cell and pray", {"threat"}),
    (
        "Don't make me choose between you and your mother's health, because I'll choose her and you'll be on your own.",
        {"threat"},
    ),
    (
        "Well aren't you just the picture of a godly young man, stumbling into Easter service at noon.",
        {"sarcasm"},
    ),
    (
        "Congratulations on making the church prayer list three months running, quite an accomplishment.",
        {"sarcasm"},
    ),
    ("Bless your heart, you really outdid yourself at your sister's baby shower.", {"sarcasm"}),
    ("thanks ever so much for pawning Grandma's wedding ring, she's just thrilled", {"sarcasm"}),
    (
        "What a fine example you set for your nephews, teaching them to roll a joint in my garage.",
        {"sarcasm"},
    ),
    (
        "Such a blessing it was, having you nod off during the grace at Christmas dinner.",
        {"sarcasm"},
    ),
    (
        "Real proud moment, son, when the police brought you home in a cruiser on Mother's Day.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you're a regular saint, as long as somebody else is paying for your pills.",
        {"sarcasm"},
    ),
    ("Lovely of you to finally grace us with your presence, reeking of whiskey.", {"sarcasm"}),
    (
        "I guess that's your idea of being a good provider, spending the rent money on cocaine.",
        {"sarcasm"},
    ),
    ("Mighty Christian of you to lie to your own grandmother's face.", {"sarcasm"}),
    ("Way to go, Bubba, you managed to get yourself thrown out of a church picnic.", {"sarcasm"}),
    (
        "Honey, I've read up on it and I truly believe you're a narcissist, it explains so much.",
        {"diagnosis"},
    ),
    (
        "Your grandmother used to say you had a touch of the manic in you, and she was right.",
        {"diagnosis", "hearsay"},
    ),
    (
        "the way you twist everything around is textbook sociopath behavior, pastor even said so",
        {"diagnosis", "hearsay"},
    ),
    ("I think you're deeply depressed and too proud to admit it.", {"diagnosis"}),
    (
        "You're a born manipulator with the personality of a con man, and I say that as your mother.",
        {"diagnosis"},
    ),
    (
        "Something in your brain is broken, Jesse, you're bipolar and you won't get it looked at.",
        {"diagnosis"},
    ),
    (
        "I'm convinced you've got that borderline thing, the way you love us one minute and hate us the next.",
        {"diagnosis"},
    ),
    ("You're paranoid and delusional, seeing enemies in the faces at church.", {"diagnosis"}),
    ("There's no conscience left in you, you're a psychopath in a Sunday shirt.", {"diagnosis"}),
    (
        "you have ADHD and anxiety and the drugs are just you medicating yourself, I can see it plain as day",
        {"diagnosis"},
    ),
    (
        "Your problem isn't the pills, it's that you're a compulsive liar with no empathy.",
        {"diagnosis"},
    ),
    (
        "I believe you have a personality disorder and the alcohol just brings it out.",
        {"diagnosis"},
    ),
]
DEV45_GOOD: list[str] = [
    'I remember you at six years old, standing on a chair to sing "This Little Light of Mine" at the Christmas pageant.',
    "I love you, Daniel, and nothing you have done changes that.",
    "Last Tuesday you forgot to pick up Lily from school, and I found her sitting on the curb by herself.",
    "i'm scared, baby. i'm scared every time the phone rings late at night.",
    "I pray for you every morning at the kitchen table, the same as I have since you were born.",
    "Your granddaddy taught you to fish off the dock at Lake Murray, and you were so patient with that old cane pole.",
    "I have seen you fall asleep at the dinner table three times this month.",
    "There is a bed waiting for you at the treatment center in Greenville, and I will drive you there today.",
    "Will you please accept the help we're offering today?",
    "When you held your daughter at her baptism, I saw a tenderness in you I'll carry with me forever.",
    "I miss our Sunday drives after church, stopping for ice cream at the Dairy Queen.",
    "I noticed the money missing from my purse in March, and it hurt me more than I can say.",
    "I want my son back at my table, laughing the way he used to.",
    "My hope is that one day you'll stand up in front of the church and tell your own story of coming through this.",
    "I feel helpless watching you struggle, and I don't want to feel that way anymore.",
    "you were the first one at the hospital when Papa had his heart attack, and I've never forgotten it.",
    "I believe God has a plan for your life, and I believe this program is part of it.",
    "I'll be there for every family visit they allow.",
    "Honey, you are worth fighting for.",
    "When you came to my door in October with the shakes, I didn't know what to do, and I'm sorry I turned you away.",
    "I remember you carrying Mrs. Lowell's groceries up her steps every week without anybody asking you.",
    "I get so lonely at the house since you stopped coming around.",
    "Please, sweetheart, say yes today.",
    "I'm proud of the man you were before the pills, and I know he's still in there.",
    "You have a gift with your hands, Travis, that porch swing you built still hangs on my front porch.",
    "I saw you drive with the kids in the car after you'd been drinking at the Fourth of July cookout, and I was terrified.",
    "I'm not writing this to punish you, I'm writing because I love you.",
    "Grandma's quilt is still on your bed in the back room, waiting for you.",
    "i can't sleep worrying about whether you're alive, and I need you to know that.",
    "My greatest prayer is to see you healthy and whole.",
    "You used to call me every Sunday after the late service just to tell me what the sermon was about.",
    "The program lasts thirty days, and your job at the mill will still be there when you finish.",
    "I'm asking you, as your mother, to let these people help you.",
    "Your laugh used to fill up the whole fellowship hall.",
    "When I found the needle in the bathroom trash, my knees gave out.",
    "I want to see you at your niece's graduation in May, clear-eyed and smiling.",
    "I'll take care of the dogs and the mail while you're gone, so don't you worry about that.",
    "I remember you reading the Christmas story from Luke at the Candlelight service when you were fourteen.",
    "I miss talking with you about anything and nothing on the back porch.",
    "Mama, I love you, and I'm asking you to go today.",
    "When you missed Caleb's baseball game last Saturday, he kept looking up at the bleachers for you.",
    "Your sobriety matters more to me than any argument we've ever had.",
    "I have hope, Pastor Ron, that you can find your way back to the pulpit one day.",
    "It hurt to see you so thin at Easter, your shirt hanging off you.",
    "I forgive you for the things you said to me last winter.",
    "There's a counselor at the center who specializes in helping folks with pain medicine, and she's expecting you.",
    "You taught me to ride a bike in the church parking lot, remember that?",
    "I don't have all the answers, but I know I'm not giving up on you.",
    "I felt betrayed when I learned about the pawned tools, and I still love you.",
    "The day you got your thirty-day chip, I cried happy tears in my car.",
    "I want you to meet your new grandbaby sober, so you can remember holding her.",
    "Hey brother, I've been where you are, and I'll sit with you through all of it.",
    "My heart breaks when I see you hurting like this.",
    "I would love to sit next to you in church again someday.",
    "I noticed you've stopped answering my texts since August, and I miss you.",
    "You're my daughter and I will always, always love you.",
    "I'm here today because I believe in you.",
    "Your voice on the phone last Thursday was slurred, and it frightened me.",
    "I want to go fishing with you again this summer, just the two of us.",
    "Please go with them today, and let me be proud of you all over again.",
]
DEV45_TRAPS: list[str] = [
    "My own daddy was an alcoholic, so I know a little of how hard this road is.",
    "Pastor always says God hands us a clean slate every morning, and I believe that for you too.",
    "You always had the kindest heart in the whole youth group.",
    "Because of you, I learned how to pray for real and not just out of habit.",
    "You're the reason I got through my chemo, driving me every Wednesday without fail.",
    "We went to Vacation Bible School together every summer, and you always won the memory verse contest.",
    "I'll never forget the day you were baptized in the creek behind Grace Baptist.",
    'You told me last fall, "Mama, I\'m an addict and I need help," and I have held on to those words.',
    "Your uncle was diagnosed bipolar back in 1998, and his medication changed his life.",
    "I'm not calling you a drunk, I'm telling you I'm scared for you.",
    "Your grandpa told stories so dirty at the fish fry that the pastor turned red as a beet.",
    "I used to be a terrible gossip myself, and the Lord has been working on me.",
    "You were always such a thrill seeker, a real adrenaline junkie on that dirt bike.",
    "I'm not saying you're a bad person, I'm saying you're a sick person who deserves to get well.",
    "We all love you so much, every one of us in this room.",
    "Your sister has been sober for six years, and she's here today because she loves you.",
    "After you scrubbed my kitchen floor till it was spotless, I told you it was the cleanest it's been since 1985.",
    "Nobody makes biscuits like you do, not even your grandmother, and she'd say so herself.",
    "I never stopped praying for you, not once.",
    "It was a great job you did on the church roof that summer, and the deacons still talk about it with pride.",
    "I'm an alcoholic too, eleven years sober this June, and I'd be honored to drive you there.",
    "The doctor told me my own depression was nothing to be ashamed of, and that helped me seek treatment.",
    "You never once complained when I needed help moving, and I'm grateful.",
    "The reason I keep your picture on the fridge is so I see your smile every morning.",
    "Our family has a long history of addiction, going back to my great-uncle Earl.",
    "The kids still wear the dirty old Braves caps you bought them, and they won't let me wash them.",
    "We always said grace holding hands, you on my left and Papa on my right.",
    "I am always on your side, even when it doesn't feel like it.",
    "If you go today, I promise I'll be there every Sunday for visiting hours.",
    "Thanks to you, your brother finally went back to church.",
    "Your cousin Amy has been clean-living her whole life, but she'll tell you herself she isn't better than anyone.",
    "Last Easter we laughed till we cried at that goat getting loose in the nativity pen.",
    "That old hymnal you gave me has never left my nightstand.",
    'When you said "I\'m a mess, Grandma," I hugged you and told you that messes can be cleaned up.',
    'Every time I hear "Amazing Grace" I think of you singing it at Papa\'s funeral.',
    "I'm a worrier by nature, the pastor calls me a professional worrier, so forgive me if this letter runs long.",
    "I don't think you're weak, I think you're hurting.",
    "The Lord never gives up on anybody, and neither will I.",
    "The dirty dishes you used to leave in the sink are something I'd be happy to see again.",
    "You were the best usher that church ever had, always with a peppermint for the little ones.",
    "My mother was a pill addict in the seventies, and I wish someone had done this for her.",
    "Nothing would make me happier than seeing you walk through those doors at the treatment center.",
    "We decided together, you and me, to plant those tomatoes every spring, and I want to do it again.",
    "I always tell people my grandson is the best storyteller in three counties, and I mean it.",
    "It's not your fault that you got hooked after the back surgery, and I know that now.",
    "You made it look easy being a dad, and I always admired that.",
    "That camping trip where it rained every single day is still one of my favorite memories.",
    "I remember you saying, \"Dad, I'm a loser at this,\" and me telling you that's not true.",
    "Forever and always, you'll be my little lamb.",
]
