# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 66 (4 December 2026, round 18): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: the hard cases: every kind with the hard word in the middle of a long or kind sentence, warm good sentences with the words a keyword matcher fears, traps (third persons, quotes, idioms, the writer of themself, negated labels). 1 sentence(s) the corpus already had word for word were dropped.

First look, before anything used it: with main 797675b, rules and model 0.93 (76/82): absolute 8/10, blame 6/8, insult 7/8, hearsay 7/8, every other kind 8/8; good 4/70 (5.7 %), traps 4/60 (6.7 %), all of them the rules'; the model added nothing.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV66_FLAG: list[tuple[str, set[str]]] = [
    (
        "Marcus, I have loved you since the day you were born, and it breaks my heart to watch my son turn into a junkie who cannot look me in the eye.",
        {"label"},
    ),
    (
        "I know you are trying your best and I am proud of the small steps, but a lot of days you act like a drunk and I dont know how to reach you.",
        {"label"},
    ),
    (
        "Mom, you were the one who taught me to ride a bike on Elm Street, and now the neighbors see a pillhead sitting on our porch at noon.",
        {"label"},
    ),
    (
        "Babe I miss the man I married so much, the one who laughed at my dumb jokes, not the tweaker who paces the kitchen at 4am.",
        {"label"},
    ),
    (
        "I am writing this with so much love, Danny, because my brother deserves better than being the family stoner everyone whispers about.",
        {"label"},
    ),
    (
        "Grandpa knows you have a good heart underneath it all, but an alcoholic cannot be trusted to drive Lily to school, and that is what you are right now.",
        {"label"},
    ),
    (
        "ur my best friend since 6th grade and i would do anything for u but ive watched u become a straight up cokehead this year",
        {"label"},
    ),
    (
        "Honey we have been married 22 years and I want 22 more, I just can not keep sharing a bed with a boozehound who smells of vodka every night.",
        {"absolute", "label"},
    ),
    (
        "We are so proud of how hard you worked in June, and I really believe that if you stay clean this time everything can be different.",
        {"clean"},
    ),
    (
        "Sweetheart, the happiest summer of my life was the ninety days you were clean and we went to the lake every weekend.",
        {"clean"},
    ),
    (
        "I keep the photo from your graduation on the fridge, and I tell myself that one day you will come home clean and smiling like that again.",
        {"clean"},
    ),
    (
        "When the probation officer called to say your test came back dirty I sat in the car and cried for an hour, not because I was angry but because I love you.",
        {"clean"},
    ),
    (
        "Tom, I know how much effort it takes, and I will drive you to every meeting if it means you can finally get clean for good.",
        {"clean"},
    ),
    (
        "It meant the world to me when you showed up to Maddies recital, but I could tell you werent clean and it scared me.",
        {"clean"},
    ),
    (
        "I'd love for you to be at the wedding in May, sober and clean, standing next to me the way we always planned as kids.",
        {"clean"},
    ),
    (
        "Sis, I am not judging you at all, I just want to know you are staying clean when you have the baby with you.",
        {"clean"},
    ),
    (
        "I love you more than words can say, and it hurts that you never keep a single promise you make to me anymore.",
        {"absolute"},
    ),
    (
        "Dad, you were my hero growing up, but every single time you come to visit you end up passed out on the couch by nine.",
        {"absolute"},
    ),
    (
        "I want to be honest and gentle at the same time, so I will just say it: you lie to me about everything now, even little things like where you parked.",
        {"absolute"},
    ),
    (
        "Jess, my sweet girl, its the same story every Friday, you go out with Kayla and I dont hear from you until Sunday night.",
        {"absolute"},
    ),
    (
        "I have tried so hard to be patient with you, honey, but not once in the last two years have you come home when you said you would.",
        {"absolute"},
    ),
    (
        "Our kids adore you and so do I, yet you always seem to disappear into the garage with a beer when they ask you to play catch after dinner.",
        {"absolute"},
    ),
    (
        "I really do want to help, Ryan, but each and every paycheck you get disappears before the rent is paid.",
        {"absolute"},
    ),
    (
        "Mom, youre the strongest woman I know, and it kills me that you have missed every birthday of mine since I turned fifteen.",
        {"absolute"},
    ),
    (
        "I still love you with my whole heart, but Grandma ended up in the hospital because of you and the stress you put on her.",
        {"blame"},
    ),
    (
        "You were such a wonderful big brother, Kev, and it hurts to say it, but you chose the pills over me and Mom.",
        {"blame"},
    ),
    (
        "I am trying to write this kindly, so please hear it kindly: after everything I sacrificed for you, this is how you repay me.",
        {"blame"},
    ),
    (
        "Our marriage was so good for so long, and honestly the reason it is falling apart is you and your drinking.",
        {"blame"},
    ),
    (
        "Thanks to your habit we lost the house on Maple Drive, and I miss the life we built there more than anything.",
        {"blame"},
    ),
    (
        "I want you to come home, I really do, but Emilys panic attacks are on you and you need to own that.",
        {"blame"},
    ),
    (
        "You gave me the best childhood a kid could ask for, Dad, so it is hard to watch you destroy this family one bottle at a time.",
        {"blame"},
    ),
    (
        "Lisa, I have forgiven a lot, but you did this to us, you are the one who made the kids afraid to come home.",
        {"blame"},
    ),
    (
        "I love you, Jake, and I say this with love: the way you talked to your mother last Easter was disgusting.",
        {"insult"},
    ),
    (
        "I remember when you coached Tylers little league team, and now I wonder what kind of father lets his son find him on the bathroom floor.",
        {"insult"},
    ),
    (
        "You are smart and funny and you have so much potential, but honestly lately you have been acting pathetic and I know you can do better.",
        {"insult"},
    ),
    (
        "Sweetie, I will always be your mom and I will always love you, but shame on you for stealing from your own grandmother.",
        {"insult"},
    ),
    (
        "Bro you know I got your back no matter what, but begging strangers for money outside the Walmart is just pitiful man.",
        {"insult"},
    ),
    (
        "It was a beautiful wedding and you were a beautiful bride, which makes it even sadder to see you looking like such a mess and a disgrace now.",
        {"insult"},
    ),
    (
        "I hope this letter finds your heart open, because I am tired of being embarrassed by a grown woman who acts like a spoiled child.",
        {"insult"},
    ),
    (
        "I still see the little boy who loved dinosaurs, but the man in front of me is frankly a loser who cant keep a job for a week.",
        {"insult"},
    ),
    (
        "Nobody wants to hurt you today, and I only mention it because your manager at the plant told me you showed up high twice last month.",
        {"hearsay"},
    ),
    (
        "I love you sweetheart, and I am worried sick, because Aunt Carol said she saw you buying pills behind the gas station on Route 9.",
        {"hearsay"},
    ),
    (
        "I heard from Kyles mom that you were at the party on Saturday and had to be carried to the car.",
        {"hearsay"},
    ),
    (
        "Apparently you have been borrowing money from half the church, and I just want to understand what is going on with you.",
        {"hearsay"},
    ),
    (
        "Mia, I am not here to judge, but your roommate texted me that you havent left your room in four days.",
        {"hearsay"},
    ),
    (
        "I did not want to believe it when the neighbors mentioned the police cars at your place, but I have to ask you about it.",
        {"hearsay"},
    ),
    (
        "From what your sister tells me, you have been mixing the Xanax with wine again, and I am so scared for you.",
        {"hearsay"},
    ),
    (
        "Supposedly you told your coworkers you quit in March, and I want so badly for that to be true.",
        {"hearsay"},
    ),
    (
        "Andrew, you are so loved, and after talking it over the whole family agrees that you need residential treatment, not another outpatient program.",
        {"we"},
    ),
    (
        "I want you to know this comes from a good place: we all feel that you have stopped being honest with us.",
        {"we"},
    ),
    (
        "Everyone in this room has decided that you cannot keep living with Grandma while you are drinking.",
        {"we"},
    ),
    (
        "We have all talked about it and we think your friends from the bar are a big part of the problem.",
        {"we"},
    ),
    (
        "Sammy, we love you and we have agreed together that nobody is giving you any more money for rent.",
        {"we"},
    ),
    (
        "Your dad and I and your brothers all believe that the Percocet started long before the surgery.",
        {"we"},
    ),
    (
        "It is not just me saying this, honey, the entire family thinks you need to move out of Jasons apartment.",
        {"we"},
    ),
    (
        "I hope you hear the love underneath this: all of us agree that you are not safe to be around the baby right now.",
        {"we"},
    ),
    (
        "I love you more than anything in this world, and if you walk out of this room today I am changing the locks tonight.",
        {"threat"},
    ),
    (
        "Please say yes to the program at Hazelden, because if you dont you wont be seeing the grandkids anymore.",
        {"threat"},
    ),
    (
        "You are my whole world, Chris, but get help this week or I am filing for divorce on Monday.",
        {"threat"},
    ),
    (
        "I'll always be your mother, but if you say no today you can forget about Christmas at our house.",
        {"threat"},
    ),
    (
        "I hope you take the bed they have for you, otherwise I am done, I will not answer the phone when you call.",
        {"threat"},
    ),
    (
        "Dont make me choose, Nate, either you go to rehab or I go to my sisters with the kids.",
        {"threat"},
    ),
    (
        "I am so proud of the man you were at Camp Pendleton, and I need you to know that this is your last chance with me.",
        {"threat"},
    ),
    (
        "We had such good years together, and if you keep using after today you will be dead to me.",
        {"threat"},
    ),
    (
        "I really do love you, but thanks so much for showing up drunk to Grandpas funeral, that was just perfect.",
        {"sarcasm"},
    ),
    (
        "You kept telling me you had it under control, and wow, great job with that, the car is totaled.",
        {"sarcasm"},
    ),
    (
        "Mom I know you love us but you were real mother of the year at my graduation, nodding off in the bleachers.",
        {"sarcasm"},
    ),
    (
        "You say you are 'fine', and I guess 'fine' means losing three jobs since spring.",
        {"sarcasm"},
    ),
    (
        "Nice work telling the kids you had the flu again, they are smarter than you think.",
        {"sarcasm"},
    ),
    (
        "I am trying so hard to stay calm, but what a wonderful way to celebrate our anniversary, you locked in the bathroom with a needle.",
        {"sarcasm"},
    ),
    (
        "Congrats on finally making it to work on time, only took eight months and a warning letter.",
        {"sarcasm"},
    ),
    (
        "You are such a great role model for your little brother, he thinks vaping weed at 13 is normal now.",
        {"sarcasm"},
    ),
    (
        "Baby I have so much love for you, and I honestly believe you are in denial about how much you drink every night.",
        {"absolute", "diagnosis"},
    ),
    (
        "I read a lot about this, and I think you are a narcissist, you only care about what you need.",
        {"diagnosis"},
    ),
    (
        "You have always been my favorite cousin, but I think the meth has made you completely bipolar.",
        {"diagnosis"},
    ),
    (
        "I am not a doctor, but I honestly think you have some kind of personality disorder, and I want you to get help for that too.",
        {"diagnosis"},
    ),
    (
        "Sometimes when you look at me with no feeling at all I wonder if you are a sociopath, and that scares me more than the drugs.",
        {"diagnosis"},
    ),
    (
        "Dear Paul, you are so gifted with your hands, but you are so paranoid and delusional lately that nobody can talk to you.",
        {"diagnosis"},
    ),
    (
        "I know you are depressed, you have been clinically depressed for years, and the heroin is how you treat it.",
        {"diagnosis"},
    ),
    (
        "Gently, and with all my love, I think you're borderline, the way you swing from loving me to hating me in an hour.",
        {"diagnosis"},
    ),
]

DEV66_GOOD: list[str] = [
    "You have always been the first person I call when something good happens, Leah.",
    "I will never stop loving you, no matter how today goes.",
    "Every time you hug me I still feel like your little girl.",
    "We went camping at Lake Tahoe every August when I was a kid, and you always let me roast the first marshmallow.",
    "Dad, you always made pancakes shaped like Mickey on Sunday mornings, and I still make them for my kids.",
    "When you told me you were scared, I felt closer to you than I had in years.",
    "You said to me last Christmas that you wanted to be the uncle Ethan deserves, and I believe you can be.",
    "It is not your fault that you got sick, and I am not here to blame you, I am here because I love you.",
    "The reason I am writing this is simple: I miss you and I want you back.",
    "Great job on the 5K last spring, I screamed so loud at the finish line that I lost my voice.",
    "I have been sober for eleven years now, and I know in my bones that recovery is possible for you too.",
    "When I got clean in 2009, my sister sat with me every night for a week, and I want to do that for you.",
    "We all love you, every single one of us, and we are here because of that love.",
    "You never once missed one of my soccer games growing up, rain or shine.",
    "I never thought I would be writing a letter like this, but here I am, because you matter to me.",
    "Every morning I pray that you will find your way back to us.",
    "I remember the way you always hummed Johnny Cash while washing the truck.",
    "We had the best Thanksgivings at your place, with the burnt rolls and the football game on too loud.",
    "Mom said she would drive you to the center herself, and so would I.",
    "You told me once that you wanted to open a bakery, and I still think you'd make the best sourdough in Ohio.",
    "I am so proud of you for the three months you stayed sober last year, that was real and nobody can take it from you.",
    "You have never been alone in this, and you never will be.",
    "I'll always save you a seat at the table, Marco.",
    "I want my brother back, the one who always knew how to make me laugh when I was sad.",
    "When I was drinking, you never gave up on me, and I am not giving up on you.",
    "My own first year sober was the hardest thing I've ever done, and the best, and I'd love to walk that road with you.",
    "Please say yes today, we have a room ready and Aunt Rosa will watch the dogs.",
    "Every photo on my wall from before has you in it, laughing.",
    "It was never about the money for me, I just want you safe.",
    "I said things last year I regret, and I'm sorry for yelling at you in the driveway.",
    "That fight in March was partly my fault, and I own that.",
    "You are the reason I became a nurse, Grandma, because of how you cared for Grandpa.",
    "Great job getting your GED last fall, I still have the picture of you in the cap on my desk.",
    "I know how much courage it took to call the hotline that night, and I'm proud of you for it.",
    "We used to stay up late watching Star Trek reruns and eating cereal out of the box.",
    "Whenever I smell cut grass I think of you mowing the lawn with no shirt on, singing badly.",
    "You always, always showed up for me when I needed you, and now I want to show up for you.",
    "I cleaned out the spare room and painted it blue so you have somewhere calm to come home to.",
    "The house feels too quiet without you, and I miss hearing your keys in the door.",
    "I've noticed you've lost a lot of weight and you seem tired, and I'm worried about you.",
    "When you missed Sophie's birthday in July, I felt so sad, and she kept asking where you were.",
    "I want to see you holding your son at his christening, clear-eyed and happy.",
    "Will you please accept the help that is waiting for you today?",
    "We will be at every family session, every Sunday, for as long as it takes.",
    "I'll never forget the day you taught me to fish off the dock in Biloxi.",
    "Tia, you said last week you were tired of feeling this way, and I heard you, really heard you.",
    "No matter what you decide today, you are my son and I love you.",
    "I know I havent always been easy to live with either, and I'm working on that in my own counseling.",
    "ur the best big sis anyone could ask for and i want u at my graduation so bad",
    "Grandpa, your stories about the Navy still make me smile every single time I remember them.",
    "I'm 6 years clean off heroin myself, so I know the fear you're feeling right now, and I know the other side is worth it.",
    "I felt scared when I found you asleep in the car with the engine running in January.",
    "It hurt me when the money from the jar went missing, and I want us to be able to talk about it honestly.",
    "We built that treehouse together the summer I turned nine, and it's still standing.",
    "Remember when we drove all the way to Memphis just for barbecue and got a flat tire on the way back?",
    "You have a kind heart, and that has never changed, even on the bad days.",
    "Every day sober is a gift, and I would be honored to count them with you.",
    "I told my boss I'm taking next week off so I can visit you every day at the center.",
    "Thank you for the lasagna you dropped off when I had my surgery, it meant more than you know.",
    "Nobody is perfect, least of all me, and I am not here to judge you.",
    "I want to grow old next to you on that porch in Savannah, like we always talked about.",
    "Mama, you were always the one who held us together, and now it's our turn to hold you.",
    "I got sober at 34 after my own rock bottom, and the people who loved me got me there, so I'm here for you.",
    "You did a great job raising us after Dad left, and I will never forget that.",
    "My hope is that one day we can laugh again at the kitchen table like we used to.",
    "I need you to know that I am scared, and that I am not going anywhere.",
    "I have been going to Al-Anon every Tuesday, and it has helped me understand this is an illness.",
    "When you said 'I'm proud of you' at my wedding, I cried because it meant so much.",
    "Please go with Pastor Jim today, I will come see you on Sunday and every Sunday after that.",
    "My sobriety date is March 3rd, 2016, and every good thing in my life since then started with saying yes, like I'm asking you to today.",
]

DEV66_TRAPS: list[str] = [
    "You are not a junkie to me, you are my little brother who got sick.",
    "I never saw you as an addict, only as my daughter who is hurting.",
    "My uncle Ray was a drunk his whole life and died alone in 1998, and I don't want that for anyone I love.",
    "I was a pillhead for six years before I got help, so I am not judging you one bit.",
    "When I was a teenager I was the biggest stoner at Westfield High, believe me.",
    "You were always an adrenaline junkie, jumping off the quarry cliffs before anyone else dared.",
    "Remember when you said 'I'm just a gym rat and a coffee addict' at Thanksgiving and we all laughed?",
    "You made me promise to help you clean the garage this summer, and I'm holding you to it.",
    "The doctor said your liver numbers are already getting better since you stopped for those two weeks.",
    "Every time you laugh, the whole room lights up.",
    "Whatever happens today, you'll never walk into that building alone.",
    "We all love you so much, Ben.",
    "Your nurse told me you asked about Duke the dog, and that made my week.",
    "Dad always said you had the best arm in the county.",
    "The kids made you a card that says 'get well soon daddy', it's in my purse.",
    "Our neighbor Frank is in recovery too and he said you can call him any time, day or night.",
    "I keep the house clean and your room ready for whenever you want to come home.",
    "You told me 'I'm a mess, sis' last month, and I told you that you're not a mess, you're sick.",
    "I'm not here to call you names, you're not an alcoholic to me, you're Jimmy.",
    "I was the drunk at every party in college, so I understand how it starts.",
    "The song we always danced to, 'Forever Young', came on the radio yesterday and I had to pull over.",
    "Great job on the garden, by the way, the tomatoes you planted in April came up beautifully.",
    "Grandma used to say 'never go to bed angry,' and I'm trying to live by that tonight.",
    "The pharmacist said the new medication is safe with your blood pressure pills.",
    "My dad, your grandpa, was a mean drunk, and you have never once been mean to me like that.",
    "Your therapist from last year said you were one of the bravest people she'd ever worked with.",
    "We went to Yellowstone the summer you turned ten and you never stopped talking about the bison.",
    "I always believed in you and I always will.",
    "Each and every one of your nieces has drawn you a picture for your room at the center.",
    "The meeting is at 10, and the people there are kind, nobody will call you an addict.",
    "I know you hate the word 'addict', so I won't use it; I'll just say I'm worried.",
    "You fixed every leaky faucet in this house, and I still think of you whenever I turn one on.",
    "My sponsor told me to write from the heart, so this is me, writing from the heart.",
    "You're a chocolate junkie just like your mother, don't deny it.",
    "The judge said if you finish the program your record can be sealed, which is such good news.",
    "If you go today, I'll be the first one in line on visiting day with a box of Krispy Kremes.",
    "You're the best dad in the world to me, and I mean that.",
    "Thanks a lot for the birthday card you sent, Grandpa, it's on my fridge.",
    "I was in denial for years about my own drinking, so I know how hard it is to see.",
    "My ex was a real narcissist, and you were the one who helped me leave him.",
    "My therapist diagnosed me as bipolar in 2015, and you were the one who drove me to every appointment.",
    "Mom told me you used to sing me to sleep with 'Blackbird' when I was a baby.",
    "Apparently I get my stubbornness from you, so I'm not going to stop asking.",
    "You always said 'we're Kowalskis, we don't quit,' and I'm holding you to that now.",
    "It wasn't your fault that Dad left, and it's not your fault you got sick.",
    "Because of you I learned to drive stick, swim, and change a tire.",
    "Thanks to you, I graduated nursing school, you paid my rent that whole last semester.",
    "You did this for me when I was sick in 2017, sat with me night after night, and now I want to do it for you.",
    "Shame on me for waiting so long to say how much I love you.",
    "I've been pathetic at keeping in touch, and I'm sorry, I want to do better.",
    "We all agree on one thing, and it's that we love you.",
    "You chose me as your best man in 2012, and I want to stand next to you again.",
    "I heard you on the phone with Nana last week and you sounded like yourself again, it made me so happy.",
    "Sarah said she can't wait to see you at her recital in the spring.",
    "I know you'll say 'I'm not an alcoholic, I just like beer,' and I'm not here to argue about words.",
    "Dirty dishes, muddy boots, loud music, I miss all of it, I miss you in this house.",
    "You were never a quitter, not in wrestling, not in the Army, not ever.",
    "Brianna's dad was a cokehead back in the eighties and he's been sober thirty years now, so I know people come back.",
    "Every weekend I drive past the diner where we had our first date.",
]
