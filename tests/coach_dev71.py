# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 71 (4 December 2026, round 19): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: older, formal or religious writers and writers of English as a second language, saying absolutes, blame, hearsay and sarcasm politely and indirectly. The writer's calm consequences ("if you say no today, I won't…") are kept apart as
DEV71_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 03867e0, rules and model 0.80 (94/118; the rules alone 83/118): absolute 19/26, blame 19/31, insult 5/6, hearsay 20/22, sarcasm 15/16, diagnosis 4/5, every other kind full; good 0/46 (0.0%; the rules alone 0), traps 6/45 (13.3%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV71_FLAG: list[tuple[str, set[str]]] = [
    (
        "My dear son, I must say with a heavy heart that you have not once kept a promise to your mother since Easter.",
        {"absolute"},
    ),
    ("In all these years, Thomas, you have not one time come to Mass with us sober.", {"absolute"}),
    (
        "Each and every Sunday you telephone us slurring your words, and it grieves me deeply.",
        {"absolute"},
    ),
    (
        "Forgive me for saying so, but you are forever making excuses when the rent is due.",
        {"absolute"},
    ),
    (
        "Not a single year did you remember your daughter's birthday after the pills started.",
        {"absolute"},
    ),
    ("It seems to me that whatever I say, you will twist it into a quarrel.", {"absolute"}),
    (
        "You are constantly late, you are constantly tired, and I no longer know what to believe.",
        {"absolute"},
    ),
    (
        "With respect, Miguel, you do not ever listen when your father is speaking to you.",
        {"absolute"},
    ),
    (
        "In my country we say a man keeps his word, but you did not keep it even one time.",
        {"absolute"},
    ),
    (
        "Every visit, the vodka is hidden behind the flour, and every visit you deny it to my face.",
        {"absolute"},
    ),
    (
        "At no point have you taken responsibility for the accident with Mr. Lindqvist's fence.",
        {"absolute"},
    ),
    (
        "It is my observation that you invariably disappear when there is work to be done on the farm.",
        {"absolute"},
    ),
    ("Since your operation you are all the time asking me for more of the tablets.", {"absolute"}),
    (
        "Dear Ahmed, you dont call your mother never anymore, only when you are needing money.",
        {"absolute"},
    ),
    (
        "Not even one holiday has passed without you drinking until you fall asleep at the table.",
        {"absolute"},
    ),
    (
        "Whenever I try to speak with you about this matter, you simply leave the room.",
        {"absolute"},
    ),
    (
        "Each time you promise it will be the last bottle, and it is never the last one.",
        {"absolute"},
    ),
    (
        "I cannot recall a single occasion this year when you told me honestly where you had been.",
        {"absolute"},
    ),
    ("Without fail you come home after midnight smelling of beer and cigarettes.", {"absolute"}),
    (
        "Your whole life, Daniel, you have taken the easy road and left others to carry the load.",
        {"absolute", "blame"},
    ),
    (
        "Nothing that your grandmother and I have done for you seems to matter to you in the least.",
        {"absolute", "blame"},
    ),
    (
        "You are continually borrowing from your brother and you do not return one cent of it.",
        {"absolute"},
    ),
    (
        "Always it is the same story with you, the same tears and the same excuses, year after year.",
        {"absolute"},
    ),
    ("Brother, in twelve years you have not kept one job longer than three months.", {"absolute"}),
    (
        "Each time the children need their father, he is asleep on the sofa in the afternoon.",
        {"absolute"},
    ),
    (
        "You do not think of anybody but yourself, ever, when the craving comes over you.",
        {"absolute"},
    ),
    ("It is on account of your drinking that your father's heart gave out last spring.", {"blame"}),
    ("I must tell you plainly that your mother's tears are the fruit of your choices.", {"blame"}),
    ("I gave up my pension to pay your debts, and this is how you repay me.", {"blame"}),
    ("Our family is divided today, and I am sorry to say that the cause of it is you.", {"blame"}),
    ("It seems you prefer the pills to the company of your own little boys.", {"blame"}),
    (
        "The shame you have brought upon our name in this congregation is not a small thing.",
        {"blame"},
    ),
    (
        "From what you do, I cannot sleep at night and my blood pressure is very high now.",
        {"blame"},
    ),
    (
        "After all the years I cooked for you, washed for you and prayed for you, still you take from my purse.",
        {"blame"},
    ),
    (
        "How is it possible that a boy raised in a Christian home can do such things to the parents who raised him?",
        {"blame"},
    ),
    (
        "Your little sister left the university, and I believe in my heart it was your fault.",
        {"blame"},
    ),
    ("Please understand that the bank took our house due to your cocaine.", {"blame"}),
    (
        "Gerald, I hold you responsible for what happened to your mother at the hospital in March.",
        {"blame"},
    ),
    (
        "Whatever troubles this house has had, they began the day you started with those pain pills.",
        {"blame"},
    ),
    ("You have broken this family apart, and I do not know if it can be mended.", {"blame"}),
    ("My dear, open your eyes and see what your habit has done to the grandchildren.", {"blame"}),
    ("I gave you my savings and my best years, and you gave me only worry in return.", {"blame"}),
    ("The Lord knows I did my part; the rest of this mess belongs to you.", {"blame"}),
    (
        "It was your drinking that made Maria take the children to her mother's house in Tulsa.",
        {"blame"},
    ),
    (
        "We lost the restaurant because you were taking money out of the register for your drugs.",
        {"blame"},
    ),
    (
        "Your father would be here today to see his grandchildren if you had not given him so much grief.",
        {"blame"},
    ),
    (
        "I am not angry, only I want you to know my sickness came from the stress you put on me.",
        {"blame"},
    ),
    (
        "Son, you have thrown away the education your grandfather paid for with his own sweat.",
        {"blame"},
    ),
    ("You are the one who made Christmas a day of fear in this house.", {"blame"}),
    (
        "Honestly I think you owe your sister an apology for spoiling her wedding day the way you did.",
        {"blame"},
    ),
    ("Is this the thanks I receive for forty-one years of being your mother?", {"blame"}),
    ("Because of your meth the little ones are afraid to sleep in there own beds.", {"blame"}),
    ("Your wife is working two jobs now, and it is you who put her in that position.", {"blame"}),
    (
        "I was a healthy woman before all of this, and now look at me, and ask yourself who did it.",
        {"blame"},
    ),
    (
        "The court costs, the lawyer, the hospital, all this you have put on your old parents.",
        {"blame"},
    ),
    (
        "Mrs. Kowalski from church mentioned that she saw you outside the liquor store at nine in the morning.",
        {"hearsay"},
    ),
    (
        "Your cousin Farid informed us that you are buying pills from a man at the garage.",
        {"hearsay"},
    ),
    (
        "It has come to my attention through your employer that you were sent home twice this month.",
        {"hearsay"},
    ),
    ("I was told by a neighbour that the police came to your flat on Saturday night.", {"hearsay"}),
    (
        "Pastor Williams shared with me, in confidence, that you asked the church for money last week.",
        {"hearsay"},
    ),
    (
        "One of your colleagues at the hospital let it slip that medication has gone missing on your shifts.",
        {"hearsay"},
    ),
    ("They are saying in the village that you are sleeping in your car.", {"hearsay"}),
    ("Rumour has it that you lost your licence, though you did not tell me yourself.", {"hearsay"}),
    (
        "Your former wife wrote to me that you missed the children's weekend because you were high.",
        {"hearsay"},
    ),
    (
        "It is being said among your friends that you owe money to some dangerous people.",
        {"hearsay"},
    ),
    (
        "According to your landlord, there were needles found in the bathroom of your apartment.",
        {"hearsay"},
    ),
    (
        "Auntie Grace's daughter says she saw pictures on the internet of you drunk at a party on a weeknight.",
        {"hearsay"},
    ),
    (
        "Your instructor from the evening college rang to say you have not attended since February.",
        {"hearsay"},
    ),
    (
        "I have heard from more than one person that you have been driving after drinking.",
        {"hearsay"},
    ),
    (
        "The receptionist at Dr. Olsen's office told your mother you came asking for an early refill again.",
        {"hearsay"},
    ),
    (
        "Mr. Chen at the corner shop says you buy the big bottles of whiskey every second day.",
        {"hearsay"},
    ),
    (
        "Your roommate confided in me that he finds you on the kitchen floor some mornings.",
        {"hearsay"},
    ),
    (
        "Supposedly you were asked to leave your cousin's engagement party for being intoxicated.",
        {"hearsay"},
    ),
    (
        "From what the men at your gym tell me, you have been selling your things to buy marijuana.",
        {"hearsay"},
    ),
    (
        "Kindly know that Brother Emmanuel reported seeing you in that bad part of town after dark.",
        {"hearsay"},
    ),
    (
        "Your supervisor told me privately she smelled alcohol on your breath at the Monday meeting.",
        {"hearsay"},
    ),
    ("The probation officer informs us your last urine test was dirty.", {"clean", "hearsay"}),
    (
        "I suppose we should congratulate you for arriving only two hours late to your own son's baptism.",
        {"sarcasm"},
    ),
    (
        "What a fine example you are setting for your nephews, sleeping through the whole of Easter dinner.",
        {"sarcasm"},
    ),
    ("Very responsible of you, to spend the electricity money on cocaine.", {"sarcasm"}),
    (
        "You were a true gentleman at your sister's wedding, falling into the cake in front of the priest.",
        {"sarcasm"},
    ),
    (
        "How wonderful it was to receive a call from the police station on my seventieth birthday.",
        {"sarcasm"},
    ),
    ("Congratulations, my son, you have managed to lose a third job in one year.", {"sarcasm"}),
    (
        "You tell me you are 'managing' - yes, managing very well, with the shutoff notices taped to the door.",
        {"sarcasm"},
    ),
    (
        "Such a devoted husband, who remembers our anniversary only when the wine shop is closed.",
        {"sarcasm"},
    ),
    (
        "Thank you so much for teaching your daughter what a hangover looks like at the age of seven.",
        {"sarcasm"},
    ),
    (
        "It was very kind of you to borrow your grandmother's ring and forget to bring it back from the pawn shop.",
        {"sarcasm"},
    ),
    (
        "Bravo, you have at last found a friend who answers the phone at three in the morning - your dealer.",
        {"sarcasm"},
    ),
    (
        "Another excellent performance at the family reunion, Uncle Ray, truly unforgettable for everyone.",
        {"sarcasm"},
    ),
    (
        "Of course you are 'just tired', as you have been 'just tired' for about four years now.",
        {"sarcasm"},
    ),
    (
        "Your mother was so delighted to spend her Mother's Day in the emergency room with you, what a lovely present.",
        {"sarcasm"},
    ),
    (
        "I must admire your talent, truly, for finding a bottle in a house where we hid every one of them.",
        {"sarcasm"},
    ),
    (
        "A very nice gift you gave the bride, Stanislaw, your vomit on the church steps.",
        {"sarcasm"},
    ),
    ("I did not raise my daughter to become a drug addict who lies to her own mother.", {"label"}),
    ("Forgive me, Robert, but you are a drunkard, and the whole parish can see it.", {"label"}),
    (
        "My only grandson has become a pill-head, and I am ashamed to tell my friends at the senior centre.",
        {"label"},
    ),
    ("I pray every night that you will be clean before the new year comes.", {"clean"}),
    ("Shameful is the only word I have for how you behaved at your father's funeral.", {"insult"}),
    ("What sort of mother leaves her infant alone in the flat to go and buy heroin?", {"insult"}),
    ("You have become a stain on the memory of your good father, God rest him.", {"insult"}),
    (
        "All of us in the family are in agreement that you have become very selfish.",
        {"insult", "we"},
    ),
    ("Your brothers and I feel we have had more than enough of your lies.", {"we"}),
    (
        "The whole family thinks you are an alcoholic and a liar, and nobody wants to say it but me.",
        {"insult", "label", "we"},
    ),
    (
        "If you refuse the treatment, I will write you out of my will and you will not be welcome at my funeral.",
        {"threat"},
    ),
    (
        "Either you go to this clinic tomorrow or you can forget that you ever had a father.",
        {"threat"},
    ),
    (
        "Go to the rehab, or I swear before God you will not set foot in this house or see your son again.",
        {"threat"},
    ),
    ("I have read about this, and I am quite sure you are a narcissist, Kevin.", {"diagnosis"}),
    (
        "My son, I believe you are having the bipolar, one day very high and the next day in the bed.",
        {"diagnosis"},
    ),
    ("You are living in denial, and God cannot help a man who refuses to see.", {"diagnosis"}),
    (
        "In my opinion you have the depression and that is the reason you are drinking.",
        {"diagnosis"},
    ),
    (
        "A person with no conscience, a sociopath, that is what you have turned into with this meth.",
        {"diagnosis", "insult"},
    ),
]

DEV71_GOOD: list[str] = [
    "Dear Thomas, I am writing this letter because I love you and I am afraid for you.",
    "I remember when you were six and you carried the new lamb into the barn so carefully, as if it were made of glass.",
    "Since last summer I have noticed that your hands shake in the mornings, and it frightens me.",
    "Your laugh used to fill our whole kitchen, and I miss it very much.",
    "I pray for you every evening before I sleep, my son.",
    "I am asking you today to accept the place they have found for you at the treatment centre in Red Deer.",
    "In my heart you are still the boy who sang in the children's choir at St. Anne's.",
    "Mi hija, I see that you are not eating, and your face is very thin now.",
    "I felt so proud when you finished your nursing degree.",
    "Last month I found you asleep in the car in the driveway at noon, and I did not know what to do.",
    "I want my grandchildren to know their father as the kind man I know you are.",
    "Please say yes today. The bed is ready and your uncle can drive you this afternoon.",
    "I am scared when the phone rings late at night, because I think it is the hospital calling about you.",
    "You taught me to ride my bicycle on the road behind the mosque.",
    "I do not write good in English, but I write from my heart: I want you to get well.",
    "Brother, I miss our fishing mornings on Lake Simcoe.",
    "When you missed Lily's recital in May, she kept looking at the empty chair next to me.",
    "I believe with my whole heart that you can recover, as so many others have.",
    "It hurt me when you said you did not need my help, but I am still here.",
    "Your grandmother's recipes are in your hands now, and I want you well enough to cook them for your own children.",
    "Dad, I am nineteen now and I want you at my graduation in June.",
    "Twice this month I have seen you sleep from Friday night until Sunday evening.",
    "Michael, you were the best man at my wedding, and I want you beside me for many more years.",
    "I am not here to judge you; I am here because I care what happens to you.",
    "The counselor explained to me that this illness can be treated, and I have hope.",
    "My friend, working beside you for eleven years at the plant was an honour.",
    "I found the bottles under the sink in March, and I felt sick with worry for you.",
    "Your mother and I will visit you every Sunday while you are in the program.",
    "I would like very much to have my daughter back.",
    "It is not easy for me to say these things aloud, so please be patient with me.",
    "When you were sober last Christmas, you played cards with Papa until midnight, and he was so happy.",
    "I saw you fall on the stairs in October, and the next day you did not remember it.",
    "God gave you a gentle heart, and I have seen it many times.",
    "I am worried about your health, especially since your stomach pains started in the autumn.",
    "Auntie loves you, and auntie will be waiting for you when you come home.",
    "Please accept this help, not for me, but for yourself.",
    "You were the first person to hold my son in the hospital, and I asked you to be his godfather because I trust your heart.",
    "I felt lonely at the dinner table when your chair was empty on my birthday.",
    "My hope is that one day we will read this letter together and smile.",
    "Your children ask about you every night, and I tell them Papa is sick and he is going to get help.",
    "Sister, you held my hand when our mother died, and now I want to hold yours.",
    "I know you are in pain, and I want you to have real help for it.",
    "The program at St. Joseph's has a room waiting for you this afternoon.",
    "I am seventy-eight years old and I would like to see you healthy before I go to the Lord.",
    "Yesterday I looked at the photo of you holding your first fish, and I cried.",
    "Rafael, thank u for fixing my roof last winter when nobody else came.",
]

DEV71_TRAPS: list[str] = [
    "My own father was an alcoholic, and I know how much pain this disease brings to a home.",
    "My brother Samuel died a drunk in 1987, and I cannot bear to lose you also.",
    "I was addicted to pain pills myself for six years, and I know the shame you may be feeling.",
    "By the grace of God I have been clean and sober for twenty-two years.",
    "You said to me in the kitchen, 'Mama, I am a junkie and nobody can save me,' and I told you that is not true.",
    "You are not an addict in my eyes; you are my son, and you are sick.",
    "As a little boy you were a real sugar junkie, stealing the biscuits from the tin when you thought I was not looking.",
    "Every Saturday you helped me clean out the garage and we listened to the ball game on the radio.",
    "I will never stop praying for you, not one single day.",
    "I will love you always, whatever you decide today.",
    "Congratulations again on your thirty days last spring; I was so proud of you I told everyone at church.",
    "You did a wonderful job raising the twins while Linda was in the hospital.",
    "We always went to the seaside in August, the whole family squeezed in Papa's old Volvo.",
    "Every Saturday morning we walked together to the market to buy the bread.",
    "Dr. Patel showed us the scans of your liver, and the damage is serious; I am so frightened for you.",
    "The doctor at the hospital diagnosed you with depression in January, and I want you to have care for that too.",
    "My neighbour's son was a heroin addict, and today he is a schoolteacher, so there is hope for you too.",
    "At Al-Anon I learned that an alcoholic is a sick person, not a bad person.",
    "I never knew how to talk to you about this, and I am sorry for that.",
    "I have never stopped believing in you.",
    "Nothing you could ever do would make me stop loving you.",
    "You are always welcome at my table, today and every day.",
    "Because of you I learned how to fish, how to fix an engine and how to laugh at myself.",
    "You are the reason I became a nurse, do you remember?",
    "I am so sick with worry that I cannot eat my dinner.",
    "I felt pathetic and helpless standing at the door of the emergency room, not knowing what to do.",
    "It was disgusting weather the day we buried Grandpa, but you held the umbrella over me the whole time.",
    "I heard you singing in the shower last week and it made me smile.",
    "People say I am a stubborn old woman, and maybe this is true.",
    "Your sister says she loves you and she is flying from Manila to be with you.",
    "We all make mistakes; I made very many when I was young.",
    "The whole family agreed to drive up together so you will not be alone on your first day.",
    "When you won Coach of the Year for the boys' football team, I cried from pride.",
    "I was a stoner in college myself, so I am not speaking to you from above.",
    "I washed your shirts and ironed them clean for you to take to the clinic.",
    "You have a clean heart, my son, underneath all of this.",
    "You tell me, 'I am fine, Mama,' and I want so much to believe you.",
    "Shame is a heavy thing to carry, and I don't want you carrying it alone.",
    "You never once raised your hand to your children, even in the worst times, and I respect you for that.",
    "In the old country we never had much money, but we always had bread and music.",
    "My uncle Bogdan was the village drunk and everyone laughed at him, and I will not let anyone laugh at you.",
    "How could I stay home, when my only grandson needs me?",
    "When you were small you constantly amazed your teachers with your drawings.",
    "Every time I see a red bicycle I think of you at eight years old.",
    "You are not a burden and you are not a disgrace to this family.",
]

DEV71_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, I will no longer pay your phone bill, and I say this with love.",
    "If you choose not to accept help, you may not live in our house any longer, but I will still pray for you.",
    "If your answer today is no, I will not lend you the car again.",
]
