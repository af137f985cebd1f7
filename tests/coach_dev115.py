# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 115 (4 December 2026, round 22, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: family members who write English fluently as a second language, a little formal and literal: absolutes, blame, sarcasm and hearsay. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV115_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.96 (75/78; the rules alone 66/78): absolute 16/17, we 1/2, sarcasm 14/15, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 3/44 (6.8%; the rules alone 3).

At merge, before it was trained on: with main bfd6408, rules and model 0.96 (75/78; the rules alone 66/78): absolute 16/17, we 1/2, sarcasm 14/15, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 2/44 (4.5%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV115_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single evening you are coming home smelling of whisky, there is not one evening without it.",
        {"absolute"},
    ),
    ("You never once asked how my exams went in the whole of last year, Papa.", {"absolute"}),
    (
        "Each time we are sitting for dinner, you are leaving the table to go outside and smoke the weed.",
        {"absolute"},
    ),
    ("You do not keep even one promise you make to Mummy, not a single one.", {"absolute"}),
    (
        "Anak, you are all the time sleeping in the afternoon after taking those pills and you dont hear when Lola is calling.",
        {"absolute"},
    ),
    ("Not even one time in three years you came to Tomek's football match sober.", {"absolute"}),
    (
        "Whenever there is a family function you will surely be drunk before the cake is cut.",
        {"absolute"},
    ),
    (
        "You forget everything now, every birthday, every appointment, every single thing I tell you.",
        {"absolute"},
    ),
    (
        "Always you are saying tomorrow, tomorrow I will stop, and that tomorrow is never coming.",
        {"absolute"},
    ),
    (
        "There has not been one Sunday this year that you went to Mass without drinking first.",
        {"absolute"},
    ),
    (
        "You lie to me each and every time I ask where the money from Ba's pension has gone.",
        {"absolute"},
    ),
    ("You never call me, Con, unless you need money again.", {"absolute"}),
    (
        "In all these months you have not done one thing to help in the house, nothing at all.",
        {"absolute"},
    ),
    (
        "Every morning without fail you are taking the tablets before even you brush your teeth.",
        {"absolute"},
    ),
    ("From morning to night, constantly, there is a glass in your hand Dariusz.", {"absolute"}),
    (
        "Our family name is spoiled in the whole village and it is only due to your drinking.",
        {"blame"},
    ),
    (
        "Mummy's blood pressure went so high last year, and that is your doing, nobody else.",
        {"blame"},
    ),
    ("You have selected the ganja above your own wife and children.", {"blame"}),
    (
        "I sacrificed my job in Lagos to come and look after you, and this is how you repay me?",
        {"blame"},
    ),
    (
        "Because of your tablets I have to work two jobs and I cannot even see my own children.",
        {"blame"},
    ),
    (
        "You are the one who destroyed our Christmas in Krakow, nobody else can carry that.",
        {"blame"},
    ),
    ("How can you do this to your own mother, who carried you nine months?", {"blame"}),
    ("See what your drinking has done to this house, everything is broken now.", {"blame"}),
    ("My hair has turned grey from worrying, and you alone are responsible for it.", {"blame"}),
    ("Your son failed his board exams this year, and I hold you responsible for that.", {"blame"}),
    ("It is your fault that Ate Joy had to go abroad to pay your hospital bill.", {"blame"}),
    ("After all the money I sent from Dubai for your studies, you wasted it on pills.", {"blame"}),
    (
        "Ba is sick in the heart now and I believe it is your drinking that put him there.",
        {"blame"},
    ),
    (
        "You have taken my peace, my savings and my sleep, and you did not even say sorry.",
        {"blame"},
    ),
    (
        "Mama lost her shop paying your debts from the drinking, this one is on your head.",
        {"blame"},
    ),
    (
        "Congratulations, you have won the prize for most beer finished at Chidi's wedding.",
        {"sarcasm"},
    ),
    (
        "Very nice, very responsible, falling asleep at the wheel with the children in the back seat.",
        {"sarcasm"},
    ),
    ("What a wonderful son you are, coming to your own father's funeral stoned.", {"sarcasm"}),
    (
        "Thank you so much for bringing the smell of marijuana into my house on Diwali, it was a lovely touch.",
        {"sarcasm"},
    ),
    (
        "Such a good example you are giving to your younger brothers, truly a role model.",
        {"sarcasm"},
    ),
    (
        "Bravo, another Wigilia where the whole family waited for you and you came at midnight drunk.",
        {"sarcasm"},
    ),
    (
        "Yes, you are 'managing it', the same way you managed to lose two jobs in one year.",
        {"sarcasm"},
    ),
    (
        "You are very hardworking indeed, working so hard to finish one bottle of vodka by night.",
        {"sarcasm"},
    ),
    ("Well done, the neighbours now know you by your snoring on the veranda at noon.", {"sarcasm"}),
    (
        "Of course you are 'only relaxing' with the joints, the most relaxed man in Quezon City.",
        {"sarcasm"},
    ),
    ("Excellent parenting, letting Minh find your pills in the glovebox.", {"sarcasm"}),
    (
        "What a lovely gift for our anniversary, you passed out before the food even came.",
        {"sarcasm"},
    ),
    (
        "So proud of you, truly, for remembering the liquor shop timings but not your daughter's recital.",
        {"sarcasm"},
    ),
    ("Husband of the decade, sleeping in the car outside the bar in Ikeja.", {"sarcasm"}),
    ("Your famous 'just one drink' is just one bottle every time.", {"absolute", "sarcasm"}),
    (
        "Auntie Ngozi informed me that she saw you buying gin at the junction at seven in the morning.",
        {"hearsay"},
    ),
    (
        "Your manager at the call centre phoned me and said you came to work smelling of alcohol.",
        {"hearsay"},
    ),
    (
        "I was told by Mrs. Kowalska from the third floor that you were shouting on the stairs at night.",
        {"hearsay"},
    ),
    (
        "Rahul's mother says the boys in the colony all know you are the one selling ganja.",
        {"hearsay"},
    ),
    (
        "According to your cousin Vinh, you borrowed money from him twice for the pills.",
        {"hearsay"},
    ),
    (
        "People in our barangay are talking that you are drunk every day at the sari-sari store.",
        {"absolute", "hearsay"},
    ),
    (
        "The pharmacist at Mercury Drug mentioned to me that you came with a prescription that was not yours.",
        {"hearsay"},
    ),
    ("It seems, from what your friends are saying, that you smoke even at work.", {"hearsay"}),
    (
        "Father Jarek himself told me after Mass that you were sleeping in the church car park.",
        {"hearsay"},
    ),
    (
        "Your roommate messaged me on WhatsApp that you have not paid rent for two months because of the drinking.",
        {"hearsay"},
    ),
    (
        "My sister heard from her husband that you fell down at the club and hit your head.",
        {"hearsay"},
    ),
    ("They are saying at the office that you are taking the Tramadol in lunch break.", {"hearsay"}),
    (
        "Ifeoma told me in confidence you have been mixing the sleeping tablets with beer.",
        {"hearsay"},
    ),
    (
        "Your class teacher wrote to me that u are coming to school with red eyes and smelling of weed.",
        {"hearsay"},
    ),
    (
        "The security guard of our building reported you came home at 3 am and could not find the lift.",
        {"hearsay"},
    ),
    ("My brother, you have become a full drunkard, the same man I used to look up to.", {"label"}),
    ("Even Lolo says you are a pothead now and I cannot argue with him.", {"hearsay", "label"}),
    ("Anh, you are an alcoholic and you must accept this fact.", {"label"}),
    ("I am begging you to become clean from these tablets before the baby is born.", {"clean"}),
    ("The company drug test came back dirty and now you have no job.", {"clean"}),
    ("Please remain clean from the ganja at least while you are living under my roof.", {"clean"}),
    ("Honestly, the way you are living is shameful and disgusting, Piotr.", {"insult"}),
    (
        "What kind of mother lies on the sofa with her pills while her children go to school hungry?",
        {"insult"},
    ),
    ("You have become useless to this family, a burden only.", {"insult"}),
    ("All of us in the family have decided you are not fit to handle money anymore.", {"we"}),
    ("Your sisters and I, all of us, are fed up with your excuses about the beer.", {"we"}),
    (
        "If you refuse this treatment, do not call me your mother again, I am finished with you.",
        {"threat"},
    ),
    (
        "Either you go to the rehab in Pune or I will throw you out from this house tonight itself.",
        {"threat"},
    ),
    (
        "I think you have the bipolar, one day happy and the next day smashing plates.",
        {"diagnosis"},
    ),
    ("You are living in denial Tunde, it is very plain to me.", {"diagnosis"}),
]

DEV115_GOOD: list[str] = [
    "Dear Anand, I am writing this letter with a full heart because you are my only son.",
    "I remember when you were small you used to sit in front on my scooter and shout the names of the shops.",
    "When you got your first salary from Infosys, you bought me a silk saree, and I still keep it in the almirah.",
    "Tolu, I have seen you lose weight and your hands are shaking in the morning, and it frightens me.",
    "Last month you did not come for Mama's seventieth birthday and I felt a big emptiness at the table.",
    "I miss the man who used to sing Fela songs loudly while cooking jollof on Saturdays.",
    "I am asking you today, with respect and love, to accept the treatment place we have found in Abuja.",
    "A bed is ready for you from tomorrow morning, and I will drive you there myself.",
    "Kuya, you taught me to swim at the beach in La Union, holding my stomach so I will not sink.",
    "I felt so afraid on the night I found you on the bathroom floor and could not wake you for some minutes.",
    "Please say yes today. I want my kuya back.",
    "Synku, I remember how proudly you carried the Easter basket to church when you were seven years old.",
    "When I see you take the pills from your pocket at dinner my stomach becomes tight.",
    "I pray for you at night and I believe you can get well.",
    "You were the first in our family to finish university, and we were all crying at the graduation.",
    "Con, I remember you holding my waist on the back of the Honda when we rode to Vung Tau.",
    "Since last Tet I have noticed you are not laughing like before.",
    "I love you more than I can write in this paper.",
    "Your daughter asks me why Papa is sleeping so much, and I do not know what to tell her.",
    "I have spoken with the doctor at the centre and she is very kind, I think you will like her.",
    "You have a good heart Emeka. I saw it when you helped the old woman next door carry her water.",
    "I feel ashamed of myself that I did not speak earlier. I am speaking now because I care for you.",
    "When you were fourteen you made me a birthday card with a drawing of our dog Bruno, I still have it.",
    "I am worried about your liver and your sleep, and I am worried that one night the phone will ring.",
    "Please go with them today, Mateusz. I will visit you on Sundays if they allow.",
    "Ate, you were like a second mother to me when Nanay was working in Hong Kong.",
    "I noticed that the money from the rice field sale is gone, and you could not tell me where it went.",
    "This year you missed the Onam sadya at Ammachi's house, and she kept a plate for you till night.",
    "I want to see you healthy and smiling at Priya's wedding in December.",
    "Your eyes were red and you were confused when you picked up the children from school on Friday.",
    "I am not angry, I am only sad and scared for you.",
    "Dad, you drove me to football practice in the rain when no other father came.",
    "I am proud that you are my husband, and I want to grow old with you.",
    "Do you remember our first flat in Wroclaw, with only one chair, and we ate pierogi sitting on the floor?",
    "The program is twenty-eight days and your leave from work is already arranged.",
    "Since you started smoking the weed in the mornings, you stopped going jogging with me.",
    "I have seen you try to stop alone, and I know how hard it was for you.",
    "You are not alone in this, I will stand beside you.",
    "Ba ngoai misses you so much and asks about you whenever I call her.",
    "When you laughed at my jokes in the kitchen, the whole house felt warm.",
    "I found empty bottles under the bed in Kemi's room and my heart was broken.",
    "Please accept the help that is offered to you today, for yourself first and then for us.",
    "I still believe in the boy who won the district science fair with his solar cooker.",
    "At Lolo's burial you could not stand straight, and I was holding your arm through the whole mass.",
    "I am ready to help you with whatever you need during the treatment, the bills, the house, the children.",
]

DEV115_TRAPS: list[str] = [
    "My own father was a drunkard in Enugu, and I know the pain it brings, so I am not judging you.",
    "I was taking sleeping pills myself after Mama died, so I understand how they can hold a person.",
    "I will always love you, whatever happens today.",
    "You told me last week, 'I am an addict and I am tired,' and I was so proud that you could say it.",
    "To me you are not a junkie, you are my little sister who used to braid my hair.",
    "We always had Sunday lunch at Babcia's house with rosol, and you were the one asking for a second plate.",
    "Great job on your sixty days last year, I was so proud, and I know you can do it again.",
    "Your doctor at St. Luke's said your liver enzymes are very high, and I am scared for you.",
    "Every time I hear the old Bee Gees songs I think of you dancing with Mama.",
    "On Saturday I will clean the garage so your room is ready when you come back.",
    "My uncle Rajesh was an alcoholic and he died at fifty-two, I do not want that for you.",
    "We went to Boracay together for Nanay's sixtieth and you carried her on your back into the sea.",
    "I am not here to blame you, I am here because I love you.",
    "Nothing you could ever do will make me stop loving you.",
    "I was also a heavy drinker in my twenties and a friend helped me, now I want to help you.",
    "You are a chocolate addict since childhood, and I still buy you Wedel for Christmas.",
    "My grandmother used to say a clean heart is worth more than gold, and you have that heart.",
    "You said to me, 'Ma, I am disgusting,' and I held you, because it is not true.",
    "We all sat at the hospital the night Lan was born and you were the first one to hold her.",
    "I never felt ashamed of you, not for one day.",
    "The doctor at the clinic in Hyderabad explained that your shaking is from withdrawal, and she said it can be treated.",
    "Your brother is a gym junkie, you know how he is, and he wants to run with you again after treatment.",
    "I am a recovering alcoholic myself, eleven years sober this March.",
    "You always made the best adobo in our family, nobody could match it.",
    "Dirty dishes, loud music, your laughing in the hall, I miss all of it from when you lived with us.",
    "Sister Grace at the centre told me they have a bed for you on Monday.",
    "The counsellor told me that addiction is an illness and not a weakness of character, and this helped me understand.",
    "I was so angry before, I said many bad things to you, and I am sorry for them.",
    "Because of you I learned to ride a bicycle, read the clock and tie my own tie.",
    "You are the reason I became a nurse, because you took care of me when I had dengue.",
    "Thank you for the day you came sober to my graduation, it was the best gift I ever got.",
    "Congratulations again on your promotion last spring, you truly earned it.",
    "Even if you say no today, I will never stop being your brother.",
    "Nanay says she is waiting for you with your favourite sinigang when you come home.",
    "In our village people used to call Uncle Femi a drunk and nobody helped him, I will not let that happen to you.",
    "If you agree today, I will come every weekend with home food for you.",
    "I do not think you are a bad person, not for one moment.",
    "I was in denial for a long time too, I did not want to see what was happening in our house.",
    "We are all here because we love you, no other reason.",
    "You once told me, 'Akka, I feel worthless when I wake up,' and I cried the whole night.",
    "Every Christmas you were the one who put the star on the tree, nobody else was allowed.",
    "When your test results came from the hospital, the doctor said the damage can still heal if you stop now.",
    "Your friend Kunle is the kindest man, he has always been loyal to you.",
    "You never missed my birthday call when you were in Dubai, not once in six years.",
]

DEV115_BOTTOM_LINE_OK: list[str] = [
    "If you say no to the treatment today, I will not give you any more money for rent or phone load, because I cannot pay for the drinking.",
    "If you choose not to go, I will not call your boss and make excuses for you anymore when you are sick from the pills.",
    "If you do not accept help today, I will not allow smoking ganja in my house, and I will ask you to find another place to stay by the end of the month.",
    "If you refuse, I will still love you, but I will take the children to my mother's house in Cebu until you are in treatment.",
]
