# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 202 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Filipino-American family, titas, balikbayan boxes and nursing careers: blame, hearsay and 'we' statements most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV202_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.91 (62/68; the rules alone 57/68): blame 17/21, insult 2/3, hearsay 12/13, every other kind full; good 3/55 (5.5%; the rules alone 2), traps 7/43 (16.3%; the rules alone 6).

At merge, before it was trained on: with main 9ed1673, rules and model 0.93 (63/68; the rules alone 58/68): blame 18/21, insult 2/3, hearsay 12/13, every other kind full; good 3/55 (5.5%; the rules alone 2), traps 7/43 (16.3%; the rules alone 6).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV202_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mommy's blood pressure went through the roof every night you didnt come home, and her doctor says all that stress is half of why she had the stroke.",
        {"blame"},
    ),
    (
        "Nanay worked nights at Seton for thirty years so you would never have to struggle, and you drank it all away.",
        {"blame"},
    ),
    (
        "Tito Romy lost his house after he co-signed your car loan, so dont act like your drinking only hurts you.",
        {"blame"},
    ),
    (
        "Ate Joy moved all the way to Houston just to get away from the mess you made in this house.",
        {"blame"},
    ),
    (
        "Your little brother flunked his NCLEX the first time since he was up every night driving around Daly City looking for you.",
        {"blame"},
    ),
    (
        "Utang na loob, anak. We gave you everything we had and this is how you pay us back?",
        {"blame"},
    ),
    (
        "Lola in Batangas went a whole month without her maintenance meds, the remittance money ended up in your dealer's pocket instead.",
        {"blame"},
    ),
    (
        "I had to pick up extra shifts at the nursing home to cover the rent you drank, so don't tell me this is nobody's business but yours.",
        {"blame"},
    ),
    (
        "Bea flinches when a man raises his voice now and that comes straight from all those nights you came home high on shabu screaming at the TV.",
        {"blame"},
    ),
    (
        "You turned Christmas into a nightmare for every single one of us and I'm never getting that year back.",
        {"blame"},
    ),
    (
        "Our marriage fell apart the day you decided the pills mattered more than me and the kids.",
        {"blame"},
    ),
    (
        "Papa came out of retirement at 67 to pay your lawyer and his back is wrecked now, I hope the coke was worth it.",
        {"blame"},
    ),
    (
        "The balikbayan box we saved up for all year got sold on Facebook Marketplace so you could buy Percocet, and Lolo still asks me where it is.",
        {"blame"},
    ),
    (
        "If Tatay drops dead of a heart attack from all this worrying, that will sit on your conscience, not mine.",
        {"blame"},
    ),
    (
        "You wrecked my debut Kuya, stumbling in wasted and knocking the cake over in front of all my eighteen roses.",
        {"blame"},
    ),
    (
        "Our family name doesn't mean anything in the Filipino community in Vallejo anymore, thanks to your drinking.",
        {"blame"},
    ),
    (
        "I lost my job at the clinic from calling out so many times to bail you out, and you never even said sorry.",
        {"absolute", "blame"},
    ),
    ("Mama cries through every Sunday mass now and that is your doing.", {"blame"}),
    (
        "You dragged this whole family through hell and now you expect us to smile at Thanksgiving like nothing happened.",
        {"blame"},
    ),
    (
        "I gave up my spot in the travel nurse program to stay home and babysit you, and this is the thanks I get.",
        {"blame"},
    ),
    (
        "Bea had to start seeing the school counselor after she found her dad passed out on the kitchen floor, she didnt deserve that from you.",
        {"blame"},
    ),
    (
        "Tita Baby posted in the family group chat that she saw you buying Tanduay at Seafood City at nine in the morning.",
        {"hearsay"},
    ),
    (
        "Your charge nurse phoned me last week and told me two vials of Dilaudid went missing on your shift.",
        {"hearsay"},
    ),
    (
        "According to Kuya Jun you've been borrowing money from half the titos in Jersey City.",
        {"hearsay"},
    ),
    (
        "Ninang Cora let it slip at the baptism that you asked her for two hundred dollars and she never saw it again.",
        {"hearsay"},
    ),
    (
        "Somebody from the choir at St. Andrew's saw you passed out in your car in the church parking lot.",
        {"hearsay"},
    ),
    ("Supposedly you got written up three times at Kaiser before they let you go.", {"hearsay"}),
    (
        "Paolo swears up and down he saw you with that guy who sells crystal behind the Jollibee on Mission.",
        {"hearsay"},
    ),
    (
        "My friend from nursing school works on your floor and she says everyone there knows you come in hungover.",
        {"hearsay"},
    ),
    (
        "Your ex messaged me on Messenger that you were doing lines at her cousin's birthday party.",
        {"hearsay"},
    ),
    (
        "The titas in Cebu are all talking about how you were slurring on the video call for Lola's 80th.",
        {"hearsay"},
    ),
    (
        "Your landlord left me a voicemail saying you're three months behind and he found needles in the trash.",
        {"hearsay"},
    ),
    (
        "From what Ate Lorna's son told her, you smoke weed in your car before every shift.",
        {"absolute", "hearsay"},
    ),
    (
        "All of us titas agree you've turned into a completely different person, and not in a good way.",
        {"we"},
    ),
    ("Your siblings and I are fed up with cleaning up after your drinking.", {"we"}),
    ("Everyone in this living room has had enough of the lies, Marco.", {"we"}),
    (
        "Nanay, Tatay and I talked it over and we think you've lost all respect for this family.",
        {"we"},
    ),
    ("None of us believe a single word that comes out of your mouth anymore.", {"absolute", "we"}),
    (
        "The whole clan back in Pangasinan knows, and honestly we're all embarrassed to even say your name.",
        {"we"},
    ),
    ("All your cousins feel like you stopped caring about anybody but yourself.", {"we"}),
    ("Every one of us is worn out from covering for you with Lola.", {"we"}),
    (
        "Speaking for the whole family, we think you are throwing your nursing license in the garbage.",
        {"we"},
    ),
    ("The kids and I have decided you can't be trusted with the car keys, period.", {"we"}),
    (
        "Honestly everybody at this table thinks the pills made you into someone we don't recognize.",
        {"we"},
    ),
    (
        "Your barkada from high school and I all agree you were a better man before the shabu.",
        {"we"},
    ),
    (
        "The whole family agrees you've become a selfish alcoholic and we're done pretending otherwise.",
        {"insult", "label", "we"},
    ),
    (
        "I didnt raise my son to end up a lasenggo sleeping on the sidewalk outside the 7-Eleven.",
        {"label"},
    ),
    ("I refuse to let my apos grow up with a pillhead for a mother.", {"label"}),
    ("You're the family drunk now Kuya, the one every tita warns her kids about.", {"label"}),
    ("Get clean before Lola's ninetieth in April, that's all I'm asking.", {"clean"}),
    (
        "The hospital told me your drug screen came back dirty, and you still swore to my face you hadn't used.",
        {"clean", "hearsay"},
    ),
    ("You never once visited Lolo while he was in the ICU at St. Mary's.", {"absolute"}),
    ("Every single paycheck you get goes straight to Red Horse and San Mig.", {"absolute"}),
    ("Walang hiya ka, you have no shame at all and I can barely look at you.", {"insult"}),
    (
        "A nurse who steals painkillers from her own patients is the lowest thing I can imagine.",
        {"insult"},
    ),
    (
        "If you don't sign in at the rehab tomorrow, don't even think about showing your face at Noche Buena ever again.",
        {"threat"},
    ),
    (
        "Either you go today or I'm taking the kids to my mom's in San Diego and you can forget about seeing them.",
        {"threat"},
    ),
    (
        "Congrats on being the first one in our family to get a DUI, Lola must be sooo proud.",
        {"sarcasm"},
    ),
    (
        "Real classy, passing out on Tita Baby's sofa before they even brought out the lechon.",
        {"sarcasm"},
    ),
    (
        "I honestly think you're bipolar and the alcohol is just how you self-medicate.",
        {"diagnosis"},
    ),
    (
        "You act like a total narcissist, everything always has to be about you.",
        {"absolute", "diagnosis"},
    ),
]

DEV202_GOOD: list[str] = [
    "When I was going through chemo at UCSF you drove me to every appointment and held my hand in the waiting room, and I will never forget it.",
    "The year I got laid off from the call center, you quietly paid my PG&E bill and never said a word about it.",
    "You packed Lola's balikbayan box by yourself the year I broke my wrist, and it made it to Iloilo without one dented can.",
    "After my twelve-hour shifts you always had rice cooked and the kids bathed, and I noticed, anak, I noticed.",
    "I heard you crying in the bathroom the night after Tito Boy's funeral, and I wish I had knocked.",
    "I saw your hands shaking when you poured Lola's coffee on Sunday and it scared me.",
    "On Christmas Eve I found you asleep in the car in the driveway and I sat next to you until three in the morning to make sure you were still breathing.",
    "Last month I opened the rent envelope and it was empty. I sat down on the kitchen floor and cried.",
    "When the police called me at two in the morning I couldn't stop shaking.",
    "You never missed one of my volleyball games at Westmoor, even when you had to go straight to work after.",
    "We used to sing 'My Way' on the Magic Sing every New Year's until Mrs. Alvarez next door banged on the wall.",
    "You always saved me the crispy skin off the lechon, even when Tito Ding tried to grab it first.",
    "You passed the NCLEX on your first try and I bragged to every tita in Daly City for a month.",
    "When Papa had his stroke you were the one who understood what the doctors were saying, and you explained it to Nanay in Tagalog so she wouldn't be scared.",
    "I watched you come home from a double and still help Bea glue her science project together at midnight.",
    "We all squeezed into Tito Ding's van to pick you up at SFO when you came back from Manila, and you cried when you saw the banner.",
    "I smelled alcohol on your breath at Bea's First Communion and I felt my heart drop.",
    "The week I was in the hospital with my gallbladder, you came every night after your shift with Max's fried chicken.",
    "You sat with Lolo every single night in hospice so Lola could sleep, and he knew it was you.",
    "When I lost the baby you were the one who held me, and I have never thanked you properly.",
    "your always the first one to kiss Lola's hand when we walk in the door, and she lights up every time.",
    "Marco, I love you and I'm writing this because I want my son back.",
    "I remember teaching you to roll lumpia at the kitchen table, your little fingers always rolling them too loose.",
    "You were the first apo, and Lolo called you his little prinsipe.",
    "I'm asking you to go to the program in Santa Rosa today. The bed is ready and I'll drive you there myself.",
    "I want you at Bea's debut when she turns eighteen, healthy and dancing the first waltz with her.",
    "I miss your real laugh, the big one you used to do at karaoke.",
    "Please say yes today. I'll visit every Sunday and bring you adobo.",
    "You taught me how to drive in the Serramonte parking lot and you didnt yell once.",
    "When you came home from Manila with pasalubong for everybody, you remembered I liked the dried mangoes from Cebu.",
    "I'm proud you're my little brother and I want to see you healthy again.",
    "I still picture you in your white scrubs on your first day at Seton, so nervous you ironed them twice.",
    "Tatay and I signed up for the family program too, you won't do this alone.",
    "I'm scared that one night the phone is going to ring and it'll be about you.",
    "You are still the man who carried Lola up the stairs when her knees gave out.",
    "Our boys ask for you at bedtime and I want to be able to tell them Daddy is getting better.",
    "Remember Baguio, when we bought a whole basket of strawberries and finished them before we even got back to the car?",
    "I want to sit next to you at Simbang Gabi again, all nine nights, like when you were twelve.",
    "Since the pills started I feel like I'm losing you a little more each month.",
    "I've watched old lolas on your unit light up when you talk to them in Ilocano, you have a real gift.",
    "I'm asking you to accept the help that is here for you today.",
    "You've been my best friend since third grade at Our Lady of Mercy and I'm not going anywhere.",
    "Your daughter drew you a card with a jeepney on it and she's saving it to give you when you come home.",
    "I know you've been hurting since Nanay died, and I want you to heal with real help.",
    "I'm writing this at my kitchen table at 4 a.m. after my shift because I couldn't sleep without saying it.",
    "Dont think for one second I stopped loving u.",
    "I still have the rosary you brought me from Quiapo and I pray on it for you every night.",
    "Please let these people help, they have helped a lot of families like ours.",
    "When you hugged me at my graduation I felt like the luckiest sister alive.",
    "I want my husband back, the one who danced the cha-cha with me at my cousin's wedding till the DJ packed up.",
    "I hope someday we can fly to Cebu together and visit Lola's grave.",
    "Your nephews think you're a superhero ever since you fixed their bikes.",
    "I love u Tito, please get help so you can come watch my game.",
    "I felt so alone at Noche Buena with your chair empty next to me.",
    "We've worked nights together for six years and you're the one who taught me to hit a rolling vein on the first stick.",
]

DEV202_TRAPS: list[str] = [
    "My own father was a drunk back in Pampanga, so I know what it's like to be scared of the sound of the front door.",
    "I was hooked on Norco for two years after my back surgery, so I'm not here to judge you.",
    "You told me once, crying, 'Ma, I'm such an addict, I hate myself,' and all I could do was hold you.",
    "Nobody in this room sees a drug addict when they look at you, they see our Migo.",
    "Tita Baby is a total teleserye junkie, she will tell you every plot twist whether you want it or not.",
    "I cleaned out your old room and found your Little League trophies, and I kept every one.",
    "We always had pancit on birthdays for long life, and I want to cook it for your fortieth.",
    "Not one night goes by that I don't light a candle for you at St. Augustine.",
    "I will always be your Ate, no matter what happens today.",
    "Every time I open a balikbayan box from Tita Nene I remember the two of us taping them up in the garage.",
    "Remember frying lumpia in Lola's dirty kitchen out back in Cavite while the roosters yelled at us?",
    "There is no shame in getting help anak, none at all.",
    "I became a nurse because of you, you quizzed me with flashcards every night before my boards.",
    "You're the reason I still laugh at Tito Ding's corny jokes.",
    "I married a narcissist the first time around, and you were the one who helped me pack up and leave him.",
    "I was in denial for years about how bad things had gotten, and I'm sorry I looked away.",
    "After Papa died I was depressed for a whole year, and you called me every Sunday without fail.",
    "Your doctor at Kaiser told us your liver enzymes are high, and I am so scared for you.",
    "When you stayed sober for fourteen months in 2019 you were amazing, great job doesn't even cover it.",
    "Thank you for showing up to Lola's wake and staying the whole night to pray the rosary with us.",
    "I was pathetic at karaoke last Christmas and you still clapped the loudest.",
    "The hospital food was disgusting so you snuck me Jollibee spaghetti every day.",
    "I was sick with COVID for three weeks and you left sinigang at my door every afternoon.",
    "I thought I was a disgrace when I failed my boards the second time, but you told me to go again.",
    "I'm not a big Facebook user, but I made an account just to see your pictures from Boracay.",
    "Tito Nonoy was the alcoholic in our family, and I watched what it did to Tita Lourdes, I don't want that for you.",
    "Tita Baby said to tell you she's saving you a plate of her kare-kare.",
    "We all went to Disneyland the year you turned ten and you threw up after Space Mountain.",
    "We all think the world of you Kuya, every single cousin.",
    "The whole family agrees nobody makes leche flan like you.",
    "It's a shame Lolo can't be here today, he loved you so much.",
    "I'm a recovering alcoholic myself, eleven years this May, and treatment saved my life.",
    "You never let anybody sit alone at a party, you always pulled them onto the dance floor.",
    "How you could remember every tita's birthday and every godchild's name still amazes me.",
    "The crack in your phone screen is from when you dove to catch Bea at the playground, and she still tells that story.",
    "Lolo Ben got drunk on tuba at my wedding and sang 'Dahil Sa Iyo' three times, and you laughed so hard you cried.",
    "When you told me 'I'm fine, Ma' on the phone last week, I wanted to tell you that you don't have to be fine with me.",
    "I used to be a heavy user of pills myself, and my cousin Jenny sat with me the way I want to sit with you.",
    "Our lola always said the family that prays together stays together, and I still believe it.",
    "You were never the kind of brother who forgot my birthday, not even once.",
    "We never missed Sunday dinner at Lola's, rain or shine, and I still save your seat.",
    "I dont blame you for being sick, I just want you to get better.",
    "The kids and I drove past your old nursing school and Bea said 'that's where Mommy learned to be a hero.'",
]

DEV202_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will stop paying your phone bill and your car insurance starting the first of the month.",
    "If you decide not to go, you can't keep living in Lola's house, but I will help you find a shelter bed and I will still answer when you call.",
    "If you walk out today, I'm not going to call in sick for you at the hospital or cover for you with your manager anymore.",
    "If the answer is no, I won't let you drive the kids to school, and I will keep praying for you every day.",
]
