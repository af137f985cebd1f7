# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 15 (2 December 2026, round 7): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with main 22e3d93 (rules of round 6): recall 0.70 (rules alone), 0.82 with the second opinion; good 1/60, traps 6/52.

Training data for the learned second opinion only (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py); round 7's rules were not tuned on it.
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV15_FLAG: list[tuple[str, set[str]]] = [
    (
        "Dan, I love you more than I did on our wedding day twenty-two years ago, but I'm not going to keep pretending I married anything other than a drunk.",
        {"label"},
    ),
    (
        "Mom, I've spent my whole life covering for you with teachers and neighbors and I'm done, because the truth is you're an alcoholic and you have been since I was six.",
        {"label"},
    ),
    (
        "Tyler, honey, I know middle school was hard and I know the vape started as something your friends did, but you're turning into a little pillhead right in front of me.",
        {"label"},
    ),
    (
        "Honey, I know you're trying, and I see you getting up for work every morning, but a functioning alcoholic is still an alcoholic, Rob.",
        {"label"},
    ),
    (
        "we have been married thirty one years marcy and i still think your beautiful but i cant keep sleeping next to a lush who hides vodka in the laundry room",
        {"label"},
    ),
    (
        "Kayla I'm your mother and I will always love you but you're a stoner who pops whatever pills your friends hand you and thats the truth",
        {"label"},
    ),
    (
        "Dad, when I was a kid I thought all fathers passed out in the recliner, and it took me until college to realize I was the son of a boozer.",
        {"label"},
    ),
    (
        "Jess, babe, fifteen years together and I’ve held this in the whole time, but you're a junkie now, plain and simple.",
        {"label"},
    ),
    (
        "Mason, I know you think weed is harmless and the Xanax is just for sleep, but from where I'm standing you're a sixteen-year-old addict.",
        {"label"},
    ),
    (
        "I love you Gary, I do, but I didn't sign up forty years ago to be the wife of a pill popper who counts Percocets before breakfast.",
        {"label"},
    ),
    (
        "Mama you were the best cook on our street and you sang in the kitchen, but by the time I was in high school you were just the town drunk with a nice garden.",
        {"label"},
    ),
    (
        "Sweetheart, I've read everything about teenagers and nicotine, and I hate to say it, but you've become a little vape fiend who can't get through one class period.",
        {"label"},
    ),
    (
        "Nate, the three months you were clean last year were the best months of our marriage, and I want that husband back.",
        {"clean"},
    ),
    (
        "Honey I know you're trying, and I'm proud of you for going to the meetings, but I need to see you stay clean for more than a weekend before I believe it.",
        {"clean"},
    ),
    (
        "Dad, whenever you called me in college I could tell within two words whether you were dirty or not.",
        {"clean"},
    ),
    (
        "Ava, your drug test came back dirty again and I cried in the car in the school parking lot for an hour.",
        {"clean"},
    ),
    (
        "I love you Steve, but saying you've been clean since Easter means nothing to me when I found the empties in the garage Sunday.",
        {"clean"},
    ),
    (
        "Caleb you swore to me on grandma's bible you were clean and then the school nurse found the pills in your vape case.",
        {"clean"},
    ),
    (
        "mom i want my kids to know their grandma sober and clean, not the woman who fell asleep at their birthday party",
        {"clean"},
    ),
    (
        "Leah, sweetie, when you come home clean from treatment I'll have your room painted whatever color you want.",
        {"clean"},
    ),
    (
        "Twenty-six years, Paul, and I can count on one hand the stretches where you were actually clean for a whole month.",
        {"clean"},
    ),
    (
        "Jordan, buddy, I know the weed feels like it helps your anxiety, but I need you to get clean before it turns into something worse with those pills.",
        {"clean"},
    ),
    (
        "Mark, I could see it in your eyes the second you walked in that night, you were dirty, and you looked me in the face and lied.",
        {"clean"},
    ),
    (
        "Brianna, being clean isn't just about passing the test your dad buys at the pharmacy, it's about being honest with us.",
        {"clean"},
    ),
    (
        "Honey, I know you're trying, and I love you, but you always have a reason why this weekend isn't the right time to stop drinking.",
        {"absolute"},
    ),
    (
        "Mom, you never once came to a school play sober, not a single one, and I stopped inviting you by eighth grade.",
        {"absolute"},
    ),
    (
        "Kevin, every single time I bring up the pills you turn it around on me and suddenly I'm the one with the problem.",
        {"absolute"},
    ),
    (
        "Lily I love you to the moon, but nothing I say ever gets through to you when you've got that vape in your hand.",
        {"absolute"},
    ),
    (
        "Thirty-eight years, Walt, and you have not one time kept a promise about the bottle that lasted past Thursday.",
        {"absolute"},
    ),
    (
        "Dylan, you lie about everything now, where you were, who you were with, what's in your backpack, all of it.",
        {"absolute"},
    ),
    (
        "Dad, you were always drunk by dinner, always, and I learned to eat fast and get to my room.",
        {"absolute"},
    ),
    (
        "I want to believe you Chris but every promise you've made since the baby was born has been broken within a week.",
        {"absolute"},
    ),
    (
        "sweetheart i know its hard but nobody can ever talk to you anymore without you storming off and slamming the door",
        {"absolute"},
    ),
    (
        "Angela, you never think about anyone but yourself when the wine comes out, never.",
        {"absolute"},
    ),
    (
        "It's every weekend with you, Sam, the weed on Friday, the pills on Saturday, and sorry on Sunday.",
        {"absolute"},
    ),
    ("Ben, honey, you always say it's the last time and it never is.", {"absolute"}),
    (
        "Danny, I love you, but our daughter has panic attacks now because of your drinking and I can't pretend that's not true.",
        {"blame"},
    ),
    (
        "Mom, I have trust issues in every relationship I've ever had, and that's on you and your vodka.",
        {"blame"},
    ),
    (
        "Honey, I know you're trying, and I'm not trying to hurt you, but you're the reason your little brother started vaping in the first place.",
        {"blame"},
    ),
    ("Ray, I've aged ten years in the last two because of you and those pills.", {"blame"}),
    (
        "You picked the pills over your own family, Megan, and the kids watched you do it.",
        {"blame"},
    ),
    (
        "After all the money we spent on tutors and therapists and that camp, Ethan, this is how you repay us, with weed and Adderall you bought off a kid in the parking lot.",
        {"blame"},
    ),
    (
        "Dad, my marriage almost ended because I was so busy cleaning up your messes I had nothing left for my husband.",
        {"blame"},
    ),
    (
        "Tom, if you hadn't started drinking again, my mother would still be speaking to us.",
        {"blame"},
    ),
    (
        "It's your fault, Zoe, that your sister cries herself to sleep, she hears you through the wall.",
        {"blame"},
    ),
    (
        "Sweetheart, I gave up my career to raise our boys and you threw it all away for oxy.",
        {"blame"},
    ),
    (
        "Liz, our son is failing tenth grade and I honestly think it's because he's been worrying about you since you started the pills.",
        {"blame"},
    ),
    (
        "My anxiety, my blood pressure, my gray hair, Jack, all of it traces back to you and the bottle.",
        {"blame"},
    ),
    (
        "Carl, I still love you after twenty-nine years, but watching you crawl up the stairs on your hands and knees was the most pathetic thing I've seen.",
        {"insult"},
    ),
    ("Mom, you should be ashamed that your grandkids know what a hangover is.", {"insult"}),
    (
        "Honey, I know you're trying, but you've become a disgrace to this family and to the man I married.",
        {"insult"},
    ),
    (
        "Aiden, I'm your father and I love you, but sneaking pills out of your grandmother's purse is about the lowest, most disgusting thing a kid can do.",
        {"insult"},
    ),
    ("Dad, you were a joke to my friends growing up, and honestly you still are.", {"insult"}),
    (
        "Kristen, sweetheart, you look like a zombie, you smell like smoke, and you've turned into a slob who sleeps till two.",
        {"insult"},
    ),
    (
        "I married a man who coached little league, Greg, not the sloppy loser who sleeps in his truck in the driveway.",
        {"insult"},
    ),
    (
        "Noah, you're acting like a spoiled brat who thinks the rules don't apply to him because he has a vape and a bottle of his mom's pills.",
        {"insult"},
    ),
    (
        "honestly Deb you are an embarrassment at every family party, slurring and spilling and crying in the bathroom",
        {"absolute", "insult"},
    ),
    (
        "Marcus, I am humiliated to call you my son when the neighbors see you nodding off on the porch.",
        {"insult"},
    ),
    (
        "Mom, I love you, but you were a sorry excuse for a mother and I'm still cleaning up after it.",
        {"insult"},
    ),
    (
        "Honey, you’ve let yourself become a useless shell of a man, and it breaks my heart.",
        {"insult"},
    ),
    (
        "Mike, I love you, but your brother called me last week and said he's scared you'll drive drunk with the kids in the car.",
        {"hearsay"},
    ),
    (
        "Hannah, your guidance counselor told me you've been sleeping in class and that other kids say you sell your Adderall.",
        {"hearsay"},
    ),
    (
        "Mom, Aunt Ruth told me you were drinking at Dad's funeral before the service even started.",
        {"hearsay"},
    ),
    (
        "Honey, I know you're trying, but Pastor Jim pulled me aside after church and said people have noticed you smell like beer on Sunday mornings.",
        {"hearsay"},
    ),
    (
        "Your coworker Linda messaged me on Facebook, Scott, asking if you're okay because you've fallen asleep in two meetings.",
        {"hearsay"},
    ),
    (
        "Everybody in the neighborhood knows about the pills, Carol, the Hendersons asked me straight out at the mailbox.",
        {"hearsay"},
    ),
    (
        "Dad, my husband thinks you're going to hurt yourself, and the kids' teacher mentioned they keep talking about grandpa's beer.",
        {"hearsay"},
    ),
    (
        "Jake's mom said she saw you buying vape pods from some older guy behind the gas station, Connor.",
        {"hearsay"},
    ),
    (
        "Sweetheart, your sister says you called her at three in the morning crying and asking for money.",
        {"hearsay"},
    ),
    (
        "Your own doctor told me, Ron, that your liver numbers are the worst he's seen in a man your age.",
        {"hearsay"},
    ),
    (
        "Half the family thinks you're lying about rehab, Tina, and I'm starting to agree with them.",
        {"hearsay"},
    ),
    (
        "Emma, the girls on your soccer team have been telling their parents you show up high to practice.",
        {"hearsay"},
    ),
    (
        "Honey, I know you're trying, and we love you, but we all agree that you can't live in this house and keep drinking.",
        {"we"},
    ),
    (
        "Mom, the four of us kids talked it over and we've decided you need to go to treatment this week.",
        {"we"},
    ),
    (
        "Jason, everyone in this room feels the same way, we're exhausted and we're done covering for you.",
        {"we"},
    ),
    (
        "Your father and I have decided, Olivia, that the phone and the car are gone until you're off the pills and the weed.",
        {"we"},
    ),
    (
        "The whole family has come to the conclusion, Frank, that your drinking is the problem, not your job or your back.",
        {"we"},
    ),
    ("Every one of us here is sick of the lies, Debbie, and we want you to know it.", {"we"}),
    (
        "Dad, we all feel like we lost you years ago, all of us, your kids and your grandkids.",
        {"we"},
    ),
    (
        "Luke, your mom and sisters and I are in agreement that you are not handling this on your own.",
        {"we"},
    ),
    ("We as a family have voted, Nicole, and the answer is treatment.", {"we"}),
    ("Sweetheart, all of us are worried sick and none of us trust you anymore.", {"we"}),
    (
        "Paula, the family feels you've been selfish for a long time and we want that to end today.",
        {"we"},
    ),
    ("Honey, speaking for everybody here, we can't keep living like this.", {"we"}),
    (
        "Jim, I love you, I always will, but if you don't get in that car today, I'm calling a lawyer on Monday.",
        {"threat"},
    ),
    (
        "Mom, if you won't get help, you won't be seeing your granddaughter anymore, I mean it.",
        {"threat"},
    ),
    (
        "Honey, I know you're trying, but this is the final time I'm asking, and after this you're on your own.",
        {"threat"},
    ),
    (
        "Cole, one more pill in this house and I swear you'll be living at your uncle's in Arizona.",
        {"threat"},
    ),
    ("If you walk out of this room, Dana, don't bother coming back to this house.", {"threat"}),
    ("Dad, say no today and you're not walking me down the aisle in June.", {"threat"}),
    (
        "Kyle, keep vaping and popping those pills and I will have the police pick you up from school myself.",
        {"threat"},
    ),
    (
        "After thirty-four years, Linda, I'm telling you straight, it's rehab or divorce, pick one.",
        {"threat"},
    ),
    (
        "I've packed a bag for you either way, Derek, so it's treatment or a motel, your call.",
        {"threat"},
    ),
    (
        "Grace, if I find one more cart or one more pill, your phone goes in the river and you'll be homeschooled.",
        {"threat"},
    ),
    (
        "Mom, you get help or you no longer have a daughter, and I've never meant anything more.",
        {"threat"},
    ),
    (
        "Sweetheart, if you relapse after this, I'm taking the kids and I'm not telling you where.",
        {"threat"},
    ),
    (
        "Thanks a lot, Doug, for making our twenty-fifth anniversary dinner all about how many bourbons you could put away.",
        {"sarcasm"},
    ),
    (
        "Congratulations, Mom, you managed to be drunk at every single one of my birthdays, that's some kind of record.",
        {"absolute", "sarcasm"},
    ),
    (
        "Honey, I know you're trying, and what a great example you're setting for our son, passing out on the couch before he even gets home.",
        {"sarcasm"},
    ),
    (
        "Nice going, Tyler, getting suspended for a vape in the bathroom the same week you lied about the pills.",
        {"sarcasm"},
    ),
    (
        "Really mature move, Alexis, stealing my Klonopin and replacing it with Tic Tacs.",
        {"sarcasm"},
    ),
    (
        "Dad, you really outdid yourself at my graduation, stumbling across the lawn to hug my professors.",
        {"sarcasm"},
    ),
    (
        "Wonderful job keeping it together at the wedding, Brian, everyone loved the part where you fell into the cake table.",
        {"sarcasm"},
    ),
    (
        "Oh, and thank you so much, sweetheart, for teaching our twelve-year-old how to hide a bottle in a boot.",
        {"sarcasm"},
    ),
    (
        "Way to go, Jenna, you finally found something you're good at, hiding pills in tampon boxes.",
        {"sarcasm"},
    ),
    (
        "Mom of the year over here, letting me drive her home from the bar when I was fourteen.",
        {"sarcasm"},
    ),
    (
        "Brilliant plan, Max, mixing weed with your friend's Xanax the night before finals.",
        {"sarcasm"},
    ),
    (
        "I'm so proud of you, Ed, really, forty years of marriage and you still can't find the house after happy hour.",
        {"sarcasm"},
    ),
    (
        "Honey, I know you're trying, but I've read enough to know you're a textbook narcissist and the booze just makes it louder.",
        {"diagnosis"},
    ),
    (
        "Mom, I spent years in therapy figuring out that you have borderline personality disorder and that none of it was my fault.",
        {"diagnosis"},
    ),
    (
        "Logan, I love you, but you're obviously depressed and you're using the weed and pills to self-medicate instead of admitting it.",
        {"diagnosis"},
    ),
    (
        "Dad, you've got all the signs of a sociopath, the charm, the lies, the way you never feel sorry.",
        {"absolute", "diagnosis"},
    ),
    (
        "Sweetheart, you're bipolar and you know it, the manic weeks and then the pills to come down.",
        {"diagnosis"},
    ),
    (
        "Rachel, you have an eating disorder on top of everything else and I'm not blind to it.",
        {"diagnosis"},
    ),
    (
        "Victor, after twenty years of marriage I've figured out you're a compulsive manipulator, it's a personality thing, not just the alcohol.",
        {"diagnosis"},
    ),
    (
        "Ashley, honey, I think you're a paranoid schizophrenic in the making and the weed is pushing you there.",
        {"diagnosis"},
    ),
    (
        "Mom, you're a codependent mess with an antisocial streak, and Dad's drinking turned you into one.",
        {"diagnosis", "insult"},
    ),
    (
        "I'm pretty sure you have OCD and an anxiety disorder, Jayden, and you vape because you won't deal with it.",
        {"diagnosis"},
    ),
    (
        "Brad, your whole personality is histrionic now, everything's a crisis when you're using.",
        {"absolute", "diagnosis"},
    ),
    (
        "Sweetie, you're clearly a psychopath when you're high, you don't care who you hurt.",
        {"diagnosis"},
    ),
]
DEV15_GOOD: list[str] = [
    "Dan, I remember the morning you taught Molly to ride her bike in the church parking lot and you ran beside her for an hour without letting go.",
    "Mom, I love you, and I've missed having you at my kitchen table on Sunday afternoons doing the crossword with me.",
    "Tyler, last Tuesday I found a vape cartridge and a baggie of pills in your hoodie pocket, and I felt scared in a way I've never felt as your mother.",
    "Honey, I know you're trying, and I see how hard mornings are for you right now.",
    "Rob, when I see you shaking at breakfast, I get scared that I'm going to lose you.",
    "Marcy, after thirty-one years I still reach for your hand in the car, and I want many more years of that.",
    "Kayla, there's a bed waiting for you at a place in Asheville that works with teenagers, and your dad and I will drive you there today.",
    "Dad, I'm not here to punish you, I'm here because I want my kids to know their grandfather.",
    "Jess, on our first date you laughed so hard at that terrible movie that the usher asked us to leave, and I knew then I wanted to marry you.",
    "Mason, I noticed you stopped playing guitar in March, and I miss hearing it through the wall.",
    "Gary, on Friday night I watched you fall asleep at the table with your fork in your hand, and I felt so alone.",
    "Mama, your tomato garden is still the best memory I have of being a kid.",
    "Nate, will you accept this help and go to the program today, I'll be right there with you the whole drive.",
    "Ava, I'm proud of the girl who stood up for the new kid on the bus in fifth grade, and I know she's still in there.",
    "Steve, when I found the bottles in the garage on Sunday, I sat on the floor and cried, because I felt like I'd lost my best friend.",
    "Caleb, I'm asking you, as your mom who loves you more than anything, to please come talk to the counselor at the center with me this afternoon.",
    "Leah, I've painted your room the blue you picked out in seventh grade, and it's waiting for you.",
    "Paul, I want to grow old with you on that porch we built together.",
    "Jordan, I know your anxiety is real, and I want to find you a doctor who can help you with it safely.",
    "Brianna, I love you, and nothing you could do would change that.",
    "Walt, I miss the man who whistled while he made pancakes on Saturdays for our grandkids.",
    "Dylan, I felt sick to my stomach when the school called about the pills, and I need you to know how scared I am.",
    "Chris, holding our son in the hospital was the happiest day of my life, and I want you there for all the days after it.",
    "Sam, I'm worried that the next time you mix the weed and the pills you won't wake up.",
    "Ben, honey, I believe in you, and I believe you can do this with help.",
    "Danny, our daughter asked me last week why Daddy sleeps so much, and I didn't know what to tell her.",
    "Mom, I've started going to Al-Anon, and it's helped me understand that I can love you and still tell you the truth.",
    "Ray, the program has a bed open today, and I've already talked to your boss about time off.",
    "Megan, when I see you missing the kids' games, I feel heartbroken for them and for you.",
    "Ethan, I remember building the treehouse with you and how you insisted on painting it orange.",
    "Tom, I'm not going anywhere, I just can't watch this anymore without asking you to get help.",
    "Sweetheart, I want my husband back, the one who danced with me in the kitchen to Otis Redding.",
    "Liz, I'm asking you to say yes today, for you, not for me.",
    "Carl, I love you after twenty-nine years, and I'm scared of what that fall on the stairs did to your hip last month.",
    "Honey, I know this is hard to hear, and I'm saying it because I love you.",
    "Aiden, when I noticed Grandma's pill count was off, my heart sank, and I want to understand what you're going through.",
    "Kristen, you used to draw comics for your little brother and he still keeps them in a shoebox under his bed.",
    "Greg, I miss the man who coached little league and knew every kid's name.",
    "Noah, I'd like you to come with me to see Dr. Patel on Thursday, and I'll be in the waiting room the whole time.",
    "Deb, at Thanksgiving I watched you leave the table three times, and I felt worried and sad.",
    "Marcus, you are my son, and I'm proud of the boy who held the door for the older ladies at church.",
    "Mike, I'm afraid one night I'll get a call from the police, and I can't carry that fear anymore.",
    "Hannah, I want to hear from you what's been going on, and I promise to listen without yelling.",
    "Scott, I've seen you fall asleep at dinner twice this week, and I'm worried about your health.",
    "Carol, I love our walks by the lake and I want more of them.",
    "Connor, I'm not mad, I'm scared, and I want to help you figure this out.",
    "Ron, I want to sit next to you at our granddaughter's graduation in four years.",
    "Tina, I felt hopeful when you called me from detox last spring, and I still hold onto that feeling.",
    "Emma, I love watching you play midfield, and I want you healthy enough to enjoy it.",
    "Frank, there's a program near the lake that works around your schedule, and I'd like you to look at it with me tonight.",
    "Dad, I'm an adult now, and I can finally tell you that I was scared as a kid, and that I still love you.",
    "Olivia, I'm going to keep showing up for you, every step, whatever it takes.",
    "Nicole, I remember your laugh at the beach the summer we rented the yellow cottage.",
    "Honey, it hurt me when I found the empties behind the paint cans, and I'm telling you because I don't want secrets between us.",
    "Jim, I'm proud of the thirty years you gave that fire department.",
    "Cole, you can call me any time, day or night, no matter what you've taken, and I will come get you.",
    "Dana, please, will you go with your sister to the treatment center this morning?",
    "Linda, I fell in love with you at a bowling alley in 1989 and I'd do it all again.",
    "Grace, asking for help isn't weakness, it's the bravest thing you could do, and I'll be holding your hand.",
    "Brad, I love you, I'm asking you to get help today, and I'll be right beside you when you do.",
]
DEV15_TRAPS: list[str] = [
    "Dan, I love you more than I did on our wedding day, and I won't pretend my own father wasn't a drunk, because that's why this scares me so much.",
    "I'm a recovering alcoholic myself, Rob, eleven years sober, and I know how hard that first week is.",
    "Tyler, honey, when you were little you were such an adrenaline junkie on the trampoline that I had to go inside so I wouldn't watch.",
    "Marcy, after thirty-one years, I'd like us to start with a clean slate tonight, whatever happens.",
    "Kayla, you told me once, 'Mom, I'm not a stoner, I just can't sleep,' and I want to hear more about the not sleeping.",
    "I grew up with a dad who was a mean drunk, Jess, and I promised myself I'd never yell at you the way he yelled at us.",
    "Mason, I know you said “I'm not an addict,” and I'm not here to argue about words, I'm here because I love you.",
    "Ava, your room was spotless Tuesday, clean sheets and all, and I want you to know I noticed and it made me smile.",
    "Steve, your heart scan at the clinic came back clean, and I cried with relief in the car afterward.",
    "Caleb, I washed your dirty soccer uniform last night and found the picture you drew me in third grade in the pocket.",
    "Jordan, I still laugh about the dirty jokes you and Grandpa told at the Fourth of July, even the ones I pretended not to hear.",
    "Paul, I came clean to my sister about everything this month, and it felt like setting down something heavy.",
    "Honey, you always made the kids' lunches with little notes tucked inside, and I always loved that about you.",
    "Mom, you never once missed sending me a birthday card, even the years you weren't well.",
    "Kevin, every single time I think of our honeymoon in Maine, I smile.",
    "Lily, I'll never forget the way you held your baby cousin at the hospital.",
    "Walt, I have never loved anyone the way I love you, not in thirty-eight years.",
    "Dylan, nothing you've done could ever make me stop loving you.",
    "Danny, our daughter is brave in the water because of you, you taught her to swim in the deep end.",
    "Mom, you're the reason I learned to bake, and I still use your recipe card for the apple cake.",
    "Ray, I've aged ten years in the last two, and I'm telling you so you understand how scared I've been, not to blame you.",
    "Tom, it's not your fault that you have this disease, and I'm not here to put it on you.",
    "Sweetheart, I gave up my career to raise our boys, and I'd make that same choice a hundred times.",
    "Carl, the most pathetic thing I did this year was hide in the bathroom instead of talking to you, and I'm sorry.",
    "Honey, I'm not saying you're a disgrace or a bad person, I'm saying you're sick and I want you well.",
    "Dad, my friends used to beg to come over because you told the best jokes on the block.",
    "I should be ashamed of how long I stayed quiet, Kristen, and I'm done being quiet now.",
    "Greg, I'd feel like a loser myself if I didn't stand up here and tell you I love you.",
    "Mike, your brother will read his own letter in a minute, so I'll only speak for myself.",
    "Hannah, your guidance counselor told me she'd be happy to meet with both of us, and I'd like us to go together.",
    "Mom, Aunt Ruth told me her own mother drank too, so I know this goes back a lot further than you.",
    "Pastor Jim said in his sermon last month that nobody is beyond grace, and I believe that about you, honey.",
    "We went camping at Lake George every summer, Frank, and those are the weekends I think about most.",
    "Dad, we all piled into the station wagon for Disney in 1994 and you sang the whole way down.",
    "Honey, we love you, and I'm so glad the whole family is in this room with you today.",
    "Luke, your mom and I met at a bonfire when we were seventeen, and I think of that every time I look at you.",
    "Jim, I'm not threatening you, and I'm not going anywhere, I'm asking.",
    "Mom, if you'll get help, I'll bring your granddaughter over every Sunday like I used to.",
    "Dad, I missed my last chance to tell you I loved you before your surgery, so I'm telling you now.",
    "Cole, if you walk out of this room, I'll still be here tomorrow, and the door will be unlocked.",
    "Derek, I've packed a bag for you with your favorite hoodie and the book you were reading, and I'll drive you myself.",
    "Thanks a lot, Doug, for every pot of coffee you brought me in bed for twenty-five years, I mean that.",
    "Congratulations on the new job, Mom, I was so proud when you called me about it in March.",
    "Nice going at the science fair, Tyler, I still have your volcano photo on my desk at work.",
    "Dad, you really outdid yourself with the treehouse the summer I turned nine.",
    "Wonderful job at the recital, Jenna, I cried in the third row and I'm not embarrassed to say it.",
    "My mother was diagnosed with bipolar disorder when I was twelve, Logan, so I know how mental illness and pills can get tangled up.",
    "Honey, I'm not a doctor and I'm not going to tell you what's wrong with you, I just know something is.",
    "Rachel, I was treated for depression myself after the baby, and getting help was the best thing I ever did.",
    "The doctor told us your grandmother had dementia, Victor, and watching you care for her made me love you more.",
    "Brad, I'm not calling you a narcissist or anything like that, I'm telling you I miss you.",
    "Sweetie, when you said 'I'm such a mess, Mom,' I wanted to hug you, and I still do.",
]
