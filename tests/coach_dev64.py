# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 64 (4 December 2026, round 18): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: absolutes, blame and hearsay said in the writers' own words, in long, rambling, emotional sentences (named people, relatives, coworkers, police, texts and social media as sources). 1 sentence(s) the corpus already had word for word were dropped.

First look, before anything used it: with main 797675b (round 16's rules and model), rules and model 0.89 (95/107): absolute 31/34, blame 26/30, hearsay 26/30; good 0/50, traps 3/50 (6 %); rules alone 0.77 (absolute 23/34, blame 24/30, hearsay 23/30).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV64_FLAG: list[tuple[str, set[str]]] = [
    (
        "Ever since Tommys funeral I cant think of a single Sunday dinner you showed up to sober, not one, and I keep setting your plate out anyway like an idiot hoping.",
        {"absolute"},
    ),
    (
        "Mikey you have missed every one of Ava's recitals since she was five and she still looks for you in the third row before she starts playing, each time.",
        {"absolute"},
    ),
    (
        "I can't remember the last phone call where you weren't slurring, Dad, and I've been trying, I swear I've been lying awake trying to remember one.",
        {"absolute"},
    ),
    (
        "Whenever money goes missing from my purse it's you, it has been you every single time for three years and I'm so tired of counting twenties at night.",
        {"absolute"},
    ),
    (
        "You promise me on Monday and by Friday you're gone again, it's the same loop week after week after week and I don't know how many more laps I have in me.",
        {"absolute"},
    ),
    (
        "Not one birthday in the last four years have you made it through without disappearing to the bathroom for twenty minutes and coming back with those eyes.",
        {"absolute"},
    ),
    (
        "You lie to me about everything now, Jess, where you were, who you were with, what you ate, even stupid little things that don't matter, and I can't find the bottom of it.",
        {"absolute"},
    ),
    (
        "Every holiday turns into the same scene with you passed out on Nana's couch and the kids tiptoeing around you like you're furniture.",
        {"absolute"},
    ),
    (
        "Each and every time I've trusted you with the car it has come back with a new dent and a story that doesn't add up, and I've stopped asking.",
        {"absolute"},
    ),
    (
        "There hasn't been one night since March that you came to bed before three, honey, I know because I lie there listening for the door.",
        {"absolute"},
    ),
    (
        "You're never where you say you'll be, Danny, never, I've driven to that gas station on Route 9 so many times looking for your truck.",
        {"absolute"},
    ),
    (
        "It's always the beer first thing when you get home, before you even say hi to the dog or take your boots off, always.",
        {"absolute"},
    ),
    (
        "Without fail, the week after payday you vanish and then show up at Grandma's asking to borrow forty dollars for gas.",
        {"absolute"},
    ),
    (
        "You have broken absolutely every promise you made me since the hospital in Tucson, all of them, and I wrote them down so I'm not imagining it.",
        {"absolute"},
    ),
    (
        "I swear you havent told me the truth about a single thing since Christmas and it makes me feel like Im going crazy in my own kitchen.",
        {"absolute"},
    ),
    (
        "Each time I visit, the bottles under the sink have multiplied and you act like I can't see them, every visit, Mom, every one.",
        {"absolute"},
    ),
    (
        "No matter what we plan, a barbecue, the lake, Lily's graduation, you find a way to leave early and come back high.",
        {"absolute"},
    ),
    (
        "You've flaked on literally every shift I covered for you at the shop, Marco, and I kept telling the boss you had the flu.",
        {"absolute"},
    ),
    (
        "All you ever do anymore is sleep till two and go out again at dark and I miss my brother so bad it hurts in my chest.",
        {"absolute"},
    ),
    (
        "For the past year there hasnt been a day you didnt smell like vodka, not even the morning of Kaylas christening.",
        {"absolute"},
    ),
    (
        "You never once asked how my chemo went, not once in six months, and I kept telling myself it was the pills talking.",
        {"absolute"},
    ),
    (
        "Any time I bring it up you storm out, every time, so I'm writing this down because I don't know how else to get the words to you.",
        {"absolute"},
    ),
    (
        "Every text I get from you after ten at night is gibberish, every last one, and I've saved them all because I couldn't bring myself to delete them.",
        {"absolute"},
    ),
    (
        "Constantly borrowing, constantly sorry, constantly gone, that's what the last two years with you have been, Rob.",
        {"absolute"},
    ),
    (
        "Weekend after weekend it's the same, you promise to take the boys fishing and then you don't answer your phone till Monday.",
        {"absolute"},
    ),
    (
        "You have not kept one single appointment with Dr Patel, not one, and I'm the one who keeps rescheduling them in your name.",
        {"absolute"},
    ),
    (
        "Your whole life is the pills now, every minute of it, from when you wake up counting them to when you fall asleep with the bottle in your hand.",
        {"absolute"},
    ),
    (
        "I can't name one conversation this year that didn't end with you asking me for money, baby girl, and that breaks something in me.",
        {"absolute"},
    ),
    (
        "You drink through everything, weddings, funerals, Tuesday nights, your own son's first steps, there's nothing you don't drink through.",
        {"absolute"},
    ),
    (
        "Over and over and over you tell me this is the last time and I have heard last time maybe a hundred times now.",
        {"absolute"},
    ),
    (
        "Your mother hasn't slept a full night since you started using again and I'm watching her get older in front of me because of what you're doing to her.",
        {"blame"},
    ),
    (
        "We lost the house on Maple because of the money you took, Kevin, and the girls had to change schools halfway through the year and that's on you.",
        {"blame"},
    ),
    (
        "Thanks to your meth habit Grandpa had to take a second mortgage at seventy-three, and he doesn't say anything but I see him at the kitchen table with the bills.",
        {"blame"},
    ),
    (
        "You picked the bottle over me and over Jacob and over this whole family, and I have to live with knowing that.",
        {"blame"},
    ),
    (
        "After everything I gave up for you, the job in Denver, my savings, my own marriage nearly, this is how you pay me back.",
        {"blame"},
    ),
    (
        "My panic attacks started the night the cops brought you home and I honestly blame you for every one I've had since.",
        {"blame"},
    ),
    (
        "You're the reason Emma cries herself to sleep and asks me if daddy doesn't love her anymore.",
        {"blame"},
    ),
    (
        "You did this to us, Carla, you broke this family into pieces and now I'm the one trying to glue it back.",
        {"blame"},
    ),
    (
        "Dad's heart attack happened three days after your overdose and nobody will say it out loud but I will, the stress of you put him there.",
        {"blame"},
    ),
    (
        "Because you couldn't stay away from the pills I had to explain to a seven year old why her uncle can't come to her party.",
        {"blame"},
    ),
    (
        "I put you through rehab twice with my retirement money and you threw it away both times like it was nothing.",
        {"blame"},
    ),
    (
        "You ruined Thanksgiving for all of us and Aunt Rosa still won't come back to the house because of the scene you made.",
        {"blame"},
    ),
    (
        "My divorce is your fault too, Mark, Steve couldn't handle the calls at 3am and the bail money and honestly neither could I.",
        {"blame"},
    ),
    (
        "Look what your cocaine did to Mom, she's on blood pressure meds now and she's only fifty-two.",
        {"blame"},
    ),
    (
        "It's your drinking that made me quit nursing school, I couldn't study with you crashing through the door every night.",
        {"absolute", "blame"},
    ),
    (
        "You chose the guys at the bar over your daughter's graduation and she walked across that stage looking for you.",
        {"blame"},
    ),
    (
        "I sacrificed my twenties raising your kids while you were out getting high and I'm angry, I'm so angry, and I'm allowed to be.",
        {"blame"},
    ),
    (
        "Every gray hair on my head has your name on it, son, I mean that, you put them there.",
        {"blame"},
    ),
    (
        "The whole family is falling apart and it started with you and your oxy, there's no other way I can see it.",
        {"blame"},
    ),
    (
        "If you hadn't started on the meth Jamie would still have a big brother to look up to instead of a stranger.",
        {"blame"},
    ),
    ("It's on you that Grandma spent her last Christmas worried sick instead of happy.", {"blame"}),
    (
        "You made me into someone who checks your pupils and smells your breath and searches your coat pockets and I hate who you turned me into.",
        {"blame"},
    ),
    (
        "I lost my job at the plant because I kept leaving to bail you out and pick you up from the ER.",
        {"blame"},
    ),
    (
        "Honestly your choices are the reason I can't trust anybody anymore, not my husband, not my friends, nobody.",
        {"blame"},
    ),
    (
        "After all the nights I sat up with you when you were sick as a kid, you couldn't even show up sober to my wedding.",
        {"blame"},
    ),
    (
        "You wrecked Dad's truck and his credit and his pride and he'll never say it so I'm saying it for him.",
        {"blame"},
    ),
    (
        "Your using is what sent Lucy to therapy at eleven years old, and I want you to sit with that.",
        {"blame"},
    ),
    (
        "We had a good life before you decided the pills mattered more than us, and you threw it away, you did.",
        {"blame"},
    ),
    (
        "Mom's been working double shifts at Walmart to cover the money you owe that dealer and it's killing her, you're killing her.",
        {"blame"},
    ),
    (
        "I gave you my kidney, Tony, my actual kidney, and you're pouring whiskey on it like it was never a gift.",
        {"blame"},
    ),
    (
        "Your cousin Brittany told me she saw you nodding off in the Kroger parking lot with the car running and I haven't been able to stop picturing it.",
        {"hearsay"},
    ),
    (
        "Your supervisor called me last week and said you came in smelling like liquor again and they're one strike away from letting you go.",
        {"hearsay"},
    ),
    (
        "Apparently you've been telling people at church that I kicked you out, which isn't true, but that's what Pastor Jim heard from somebody.",
        {"hearsay"},
    ),
    (
        "Officer Reyes told me they found a pipe in your glovebox the night they pulled you over, and I had to sit in the car so I didn't cry in front of him.",
        {"hearsay"},
    ),
    (
        "I saw the pictures on Instagram from that party in Reno, Nate, and you were holding a bottle in every single one.",
        {"absolute", "hearsay"},
    ),
    (
        "Your ex texted me at two in the morning saying you showed up at her place high and banging on the door, and she was scared.",
        {"hearsay"},
    ),
    (
        "Grandma heard from Mrs Kowalski down the street that you've been buying from that kid on Elm and I didn't want to believe it.",
        {"hearsay"},
    ),
    (
        "Tasha's mom told me you were passed out in the bathroom at the kids party and Tasha had to go find an adult.",
        {"hearsay"},
    ),
    (
        "I heard from your roommate that you haven't paid rent in three months and the money I sent went somewhere else.",
        {"hearsay"},
    ),
    (
        "Somebody posted a video of you on Facebook falling off the stage at the Elks lodge and my phone wouldn't stop buzzing.",
        {"hearsay"},
    ),
    (
        "Your brother says you've been lying to the probation officer about the meetings, that you haven't been to one since June.",
        {"hearsay"},
    ),
    (
        "From what the neighbors tell me there's cars coming and going from your apartment at all hours now.",
        {"hearsay"},
    ),
    (
        "Word at the restaurant is you've been skimming from the register, and Luis only told me because he cares about you.",
        {"hearsay"},
    ),
    (
        "Your sister read me the messages you sent her and they were so cruel, Sam, I didn't recognize my own boy in them.",
        {"hearsay"},
    ),
    (
        "Uncle Ray swears he saw you coming out of the pawn shop on 5th with Grandpa's watch, and the watch is gone.",
        {"hearsay"},
    ),
    (
        "The school nurse told us Maddie said daddy sleeps all day and she makes her own lunch now.",
        {"hearsay"},
    ),
    (
        "People are saying you got fired from the dealership for showing up high and you didn't even tell us.",
        {"hearsay"},
    ),
    (
        "Supposedly you told your friends at the gym that you only drink on weekends, but Carl says it's every day.",
        {"absolute", "hearsay"},
    ),
    (
        "I got a text from Denise saying she found needles in the bathroom after you stayed over and she's not letting you watch the kids anymore.",
        {"hearsay"},
    ),
    (
        "Your AA sponsor called and said you stopped answering him weeks ago, and he sounded so worried.",
        {"hearsay"},
    ),
    (
        "I've been told by more than one person that you're driving drunk with the baby in the car, and that terrifies me more than anything.",
        {"hearsay"},
    ),
    (
        "Jenna's tagged photos from Cancun tell a very different story than the one you told me about staying sober on that trip.",
        {"hearsay"},
    ),
    (
        "My coworker's son goes to school with you and he told her you're selling your Adderall in the parking lot.",
        {"hearsay"},
    ),
    (
        "The bartender at Shooters told Rick you were cut off twice last month and they had to call you a cab.",
        {"hearsay"},
    ),
    (
        "Aunt Gloria said you called her crying at four in the morning asking for money and then hung up when she asked what for.",
        {"hearsay"},
    ),
    (
        "According to your landlord there was a fight at your place and the cops came out, and I had to hear about it from him instead of you.",
        {"hearsay"},
    ),
    (
        "Rumor around town is you've been hanging out with the Miller brothers again and we both know what they're into.",
        {"hearsay"},
    ),
    (
        "I read on your Snapchat story that you were 'blessed and zooted' on a Wednesday afternoon while you were supposed to be at work.",
        {"hearsay"},
    ),
    (
        "Your teacher emailed me that you fell asleep in class three times this week and your eyes were pinned, her word.",
        {"hearsay"},
    ),
    (
        "They say at the shop you've been taking long lunches and coming back different and everybody's noticed.",
        {"hearsay"},
    ),
    (
        "I never thought my baby girl would grow up to be a crackhead sleeping in her car behind the Dollar General, and I say that with my whole heart breaking.",
        {"label"},
    ),
    (
        "You told me you were clean for ninety days and then the test came back dirty and I just sat in the car in the parking lot for an hour.",
        {"clean"},
    ),
    (
        "Honestly it's disgusting watching a grown man steal from his own mother's purse, and I don't know how you look at yourself.",
        {"insult"},
    ),
    (
        "We've all talked it over, me and your sisters and Uncle Pete, and we all agree you can't keep living like this and you need to go today.",
        {"we"},
    ),
    (
        "If you walk out of this room without saying yes then don't bother calling me ever again, I mean it this time, I'm done.",
        {"threat"},
    ),
    (
        "Real nice of you to show up to Grandpa's funeral wasted, really, thanks for that, it was exactly what Grandma needed.",
        {"sarcasm"},
    ),
    (
        "You're a textbook narcissist, Derek, everything is about you and your pain and your needs and nobody else exists.",
        {"absolute", "diagnosis"},
    ),
    (
        "The family has decided that if you don't accept the bed at Hazelden today, you can't stay at the house anymore, and that's final.",
        {"threat", "we"},
    ),
    (
        "You're so deep in denial you can't even see the bottle in your own hand, and what kind of mother lets her kids find her like that.",
        {"diagnosis", "insult"},
    ),
    (
        "My big brother the drunk, the one everybody at the bar knows by name, that's who you are now to the whole town.",
        {"label"},
    ),
    (
        "Way to go, mother of the year, letting Kaden walk home alone in the snow because you were too high to drive.",
        {"sarcasm"},
    ),
]

DEV64_GOOD: list[str] = [
    "I love you, Jake.",
    "I remember you teaching me to ride my bike on Cedar Street, running behind me holding the seat long after you'd let go, and I want that dad back.",
    "You always made the best pancakes on Saturday mornings, the ones shaped like Mickey, and the kids still ask for them.",
    "I get so scared when you don't come home at night, and I don't want to be scared anymore, I want to help.",
    "Please, Mom, there's a bed waiting at St. Luke's this afternoon and I'll drive you there myself.",
    "When you missed Ava's recital in May, I felt embarrassed and lonely, and I sat in the car afterward and cried.",
    "We used to stay up watching Dodgers games with a bowl of sunflower seeds between us and you'd explain every play to me like I was a coach.",
    "I'm not here to fight, I'm here because I can't lose you.",
    "On Tuesday I found you asleep on the bathroom floor and I didn't know if you were breathing, and I've never been that scared in my life.",
    "You're the funniest person I know and I miss hearing you laugh for real.",
    "I want my grandkids to know the grandpa who built them that treehouse, sober and proud.",
    "Please say yes today, we'll figure the rest out together.",
    "Remember the summer we drove to Myrtle Beach in that car with no AC and sang Journey the whole way with the windows down?",
    "I noticed you've lost a lot of weight since spring and your hands shake in the mornings, and I'm worried about your body.",
    "Addiction is a disease and I don't blame you for getting sick, I just want you to get treatment.",
    "I'll always be your sister, no matter what happens today.",
    "Lucas asked me last week when you're coming to his soccer game, and I told him I hoped soon.",
    "I miss my best friend.",
    "When you came home at 4am on the 12th and couldn't find your keys, I felt helpless standing in the hallway watching you.",
    "You were the one who held my hand at Dad's funeral, and now I want to hold yours.",
    "I believe you can do this, I've seen how strong you are.",
    "Every morning I light a candle for you at St. Mary's and ask God to bring you home.",
    "Kayla, I'm proud of the 30 days you did last fall, I saw the old you coming back, and I know you can get there again.",
    "I'm hurting, and I think you're hurting too.",
    "The program at Cedar Ridge has a family weekend and I'll be at every single one if you go.",
    "I felt so alone at Christmas when your chair was empty.",
    "Grandma and I went fishing at the reservoir last week and I kept wishing you were there with your terrible jokes about worms.",
    "I don't have all the answers but I know I want you alive.",
    "You taught me how to change a tire and how to say sorry, and both have gotten me through a lot.",
    "Will you go today? Please.",
    "When I saw the needle in the sink I sat down on the floor and couldn't breathe for a minute.",
    "I want to dance with you at my wedding next June.",
    "We were so happy that Christmas in Vermont when it snowed three feet and you built the ugliest snowman ever.",
    "I can see you've been trying, and I see how hard it is, and I'm not going anywhere.",
    "Buddy, I've worked next to you for eleven years and you're the best welder on the floor, and I want my partner back.",
    "It scared me when you drove Zoe home on Friday after those drinks, and I need to tell you that honestly.",
    "I forgive you for the money, I really do, I just want you well.",
    "The nurses at the detox are kind, I met them, and they're ready for you tonight.",
    "You were never a bad kid, you were a sweet kid who got hurt.",
    "I love you more than I'm angry, and I'm pretty angry.",
    "Papa, I miss your stories about the navy.",
    "When you forgot to pick up Sam from practice in October, he waited two hours in the rain and I felt sick about it.",
    "I think about that night on the roof with the telescope all the time.",
    "I'll drive, I'll pack your bag, I'll feed the cat, you just have to say yes.",
    "My heart breaks when I see the bruises on your arms.",
    "You've always been there for me when it counted, now let me be there for you.",
    "I want to trust you again someday and I think treatment is how we start.",
    "I'm writing this letter because talking hasn't worked for me, and I wanted to get it right.",
    "Last month at Jenny's shower I watched you pour vodka into your Sprite, and I felt so sad I had to leave early.",
]

DEV64_TRAPS: list[str] = [
    "I was a drunk for nineteen years before I got sober in 2009, so I know a little about how scared you are right now.",
    "You said to me in August, 'Ma, I'm an addict and I don't know how to stop,' and I've held onto those words because it took so much courage to say them.",
    "We cleaned out the garage together last weekend and found your old baseball glove, and you smiled for the first time in months.",
    "Every time you hug me I remember how you used to lift me up onto your shoulders at the county fair.",
    "You'll never be alone in this, not for one day.",
    "We all love you so much, every single one of us in this room.",
    "The doctor said your liver numbers are coming down and it's not too late, which is the best news I've had all year.",
    "You were always such an adrenaline junkie, jumping off the quarry rocks while the rest of us screamed.",
    "Your grandfather was an alcoholic and he died at fifty-eight, and I don't want that for you.",
    "I heard you laughing with Grace in the backyard on Sunday and it sounded like the old you.",
    "Dr. Nguyen told us the program at Ridgeview has helped a lot of people your age and I believe her.",
    "The kitchen was always clean and the house always smelled like your cinnamon rolls when I came home from school.",
    "You never once missed one of my football games when I was in high school, not even in the sleet.",
    "I know you think you're a failure, but you're not, you're my son and you're sick.",
    "The counselor explained that being dope sick is terrible and they'll give you medicine so you're not suffering.",
    "Dirty dishes, dirty laundry, I don't care about any of it, I just care about you.",
    "I'm not going to say you're a bad person because you're not, you're a good person with a sickness.",
    "Thank you for coming today and sitting here and listening, it means everything to me.",
    "Great job on the 5K last spring, I still have the photo of you crossing the finish line on my fridge.",
    "Apparently I'm the worst cook in the family, according to you at least, and I'd give anything to burn your grilled cheese again.",
    "In my twenties I was a pillhead myself and Aunt June sat me down just like this, and it saved my life.",
    "My dad was a mean drunk and you swore you'd never be like him, and you aren't, you're kind even now.",
    "You're the reason I became a nurse, watching you take care of Grandma when she was sick.",
    "Because of you I learned to fish, to whistle, and to stand up for the little guy.",
    "It's on me that I didn't say something sooner, and I'm sorry for that.",
    "I chose to come here today because I'd choose you over anything.",
    "Everyone at the shop asks about you and says to tell you they're saving your spot.",
    "Your son told me he wants to show you his science project, it's a volcano and he's very proud of it.",
    "Every one of us came here today because we love you, nobody had to be asked twice.",
    "I've never been so proud of anybody as I was the day you got your one year chip.",
    "Not once did you ever raise a hand to me, even at your worst, and I want you to know I noticed that.",
    "You always said 'one day at a time' to me when I was going through my divorce, so now I'm saying it back to you.",
    "When Grandpa called himself a stubborn old drunk at his 20 year AA dinner, everybody laughed and cried at the same time.",
    "You're not crazy and you're not weak, you're tired and you're sick, and sick people go to the doctor.",
    "The bloodwork came back negative for hepatitis and I was so relieved I called Aunt Maria right away.",
    "I never stopped believing in you, never, not even on the worst night.",
    "My therapist says I can't control your choices, only mine, and that's why I'm asking instead of telling.",
    "You've been such a good uncle to Ben, always on the floor playing Legos with him, every time you come over.",
    "I'm an addict in recovery, eight years this May, and I'm living proof that it gets better.",
    "Sis, you've always been the brave one, the one who moved to Chicago alone at eighteen.",
    "Our house was never quiet when you were little, always music, always friends over, and I loved every minute of it.",
    "Clean sheets are on your bed at the treatment center, I called and asked, and they have a garden you can sit in.",
    "You told me once, 'I'm just a junkie, Dad, why do you even bother,' and I bother because you're my son.",
    "The nurse said you're a strong candidate for the Suboxone program, and that gave me so much hope.",
    "I read online that families who do this together have a better chance, so here we are, all of us, for you.",
    "What a blessing it was to have you as my big brother growing up, I mean that with everything in me.",
    "I want every Christmas from now on to have you in it.",
    "Your boss, Mr. Hale, told me he'd hold your job for thirty days while you're in treatment, he really likes you.",
    "Thanks a million for the birthday card you sent me in June, I kept it on my nightstand.",
    "It isn't your fault you got sick, and it isn't anybody's fault, but it is your chance to get well.",
]
