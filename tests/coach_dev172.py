# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 172 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Filipino-American family, titas and group-chat gossip: hearsay and sarcasm most, then blame. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV172_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.93 (62/67; the rules alone 53/67): blame 13/15, sarcasm 12/15, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 4/45 (8.9%; the rules alone 4).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.97 (65/67; the rules alone 56/67): blame 14/15, sarcasm 14/15, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 4/45 (8.9%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV172_FLAG: list[tuple[str, set[str]]] = [
    (
        "Tita Baby posted in the group chat that she saw you passed out in your car in the Seafood City parking lot in Daly City.",
        {"hearsay"},
    ),
    (
        "Lola's neighbor in Vallejo told her you were buying from that guy on Sonoma Blvd again.",
        {"hearsay"},
    ),
    (
        "According to Tita Marites you lost the job at the hospital two months ago and didnt tell Mama.",
        {"hearsay"},
    ),
    ("Ninang Cora texted me that you came to Sunday mass smelling like Red Horse.", {"hearsay"}),
    (
        "Your supervisor called the house looking for you and said you were a no call no show three shifts in a row.",
        {"hearsay"},
    ),
    (
        "Word in the family Viber is that you pawned the gold bracelet Lola gave you for your debut.",
        {"hearsay"},
    ),
    (
        "Kuya Dennis swears he saw you at the 7-Eleven at 4am with those guys from Stockton.",
        {"hearsay"},
    ),
    (
        "Somebody from Tita Lorna's prayer group says you've been asking people at church for rent money.",
        {"hearsay"},
    ),
    (
        "Your ex Janine messaged me on Facebook saying you crashed her car when you were on the pills.",
        {"hearsay"},
    ),
    (
        "Ate Joy announced at the baptism that you've been using shabu again since Christmas, right in front of everybody.",
        {"hearsay"},
    ),
    (
        "I got a message from Tito Rudy that he kicked you out because his Percocet kept going missing.",
        {"hearsay"},
    ),
    (
        "The nurses at Lola's care home mentioned you visited her high and she cried after u left.",
        {"hearsay"},
    ),
    (
        "Someone in the cousins chat said your landlord is evicting you, is that true anak?",
        {"hearsay"},
    ),
    (
        "Bea's mom told me you missed pickup again and the school found you asleep in the truck.",
        {"hearsay"},
    ),
    (
        "Even the titas in Cebu know by now, Tita Fe says the whole barangay was talking about you at the fiesta.",
        {"hearsay"},
    ),
    ("The P.O. told Mama your urine screen was dirty for meth in March.", {"clean", "hearsay"}),
    (
        "Thanks so much for making Lola's 90th all about you throwing up next to the lechon, very memorable.",
        {"sarcasm"},
    ),
    (
        "Best tito award goes to you for falling asleep drunk during Bea's eighteen roses.",
        {"sarcasm"},
    ),
    (
        "Such a responsible kuya, borrowing three hundred dollars from your bunso for 'car repairs.'",
        {"sarcasm"},
    ),
    (
        "Really appreciate you 'helping' Papa close the restaurant by finishing half the San Miguel in the walk-in.",
        {"sarcasm"},
    ),
    (
        'You were soooo "fine" at Noche Buena, thats why Tito Boy had to carry you to the car.',
        {"sarcasm"},
    ),
    (
        "Nice of you to finally make it to Simbang Gabi, too bad it was the last night and you could barely stand up.",
        {"sarcasm"},
    ),
    (
        "What a proud moment for the Dela Cruz family when the cops walked you to the door in front of the whole street.",
        {"sarcasm"},
    ),
    (
        "Funny how there's money for vape carts every week but not one dollar for your share of Lola's meds.",
        {"absolute", "sarcasm"},
    ),
    ("Great parenting Migs, letting Ella watch you nod off at her dance recital.", {"sarcasm"}),
    (
        "Thank you for the wonderful Mother's Day gift of sitting with you in the ER until 3am.",
        {"sarcasm"},
    ),
    (
        "Ang galing mo talaga, fired from three jobs in one year, that has to be some kind of record.",
        {"sarcasm"},
    ),
    ("Real classy showing up to Tito Nestor's wake with your pupils like pinpoints.", {"sarcasm"}),
    (
        "Oh and thanks for 'borrowing' my Xanax from the bathroom cabinet, so thoughtful of you.",
        {"sarcasm"},
    ),
    ('Such a good son, calling Mommy only when you need money for "groceries."', {"sarcasm"}),
    (
        "Way to go Jun, another New Year's where we had to hide the car keys from you before the fireworks.",
        {"sarcasm"},
    ),
    (
        "Mama's blood pressure went through the roof this year and honestly thats your doing.",
        {"blame"},
    ),
    (
        "Papa had to refinance the house in Union City to pay for your bail and your lawyer.",
        {"blame"},
    ),
    ("You picked the bottle over your own kids, and Ella knows it.", {"blame"}),
    (
        "I put my NCLEX review on hold to handle your mess and you didn't even once say thank you.",
        {"absolute", "blame"},
    ),
    (
        "Lola ended up in the hospital from staying up night after night worrying about where you were.",
        {"blame"},
    ),
    (
        "You dragged our family's name through the mud at St. Augustine, Tita Baby can't even go to bible study without people whispering.",
        {"blame"},
    ),
    (
        "Mommy left everything in Pampanga and worked double shifts for you, and this is how you repay her?",
        {"blame"},
    ),
    (
        "The reason Bea stopped inviting you to things is what you did at her debut, nobody else.",
        {"blame"},
    ),
    ("You broke Mama's heart and you knew exactly what you were doing.", {"blame"}),
    (
        "Papa's stroke happened the same month as your DUI and I can't help thinking you caused it.",
        {"blame"},
    ),
    (
        "You put this whole family through hell and left the rest of us to pick up the pieces.",
        {"blame"},
    ),
    ("Tito Ben paid your tuition at State and you threw it all away for shabu.", {"blame"}),
    ("How do you do this to Lola after she raised you from a baby?", {"blame"}),
    ("My kids are scared of their own tito and you're the one who made them that way.", {"blame"}),
    ("You took Mama's retirement savings and handed it to your dealer.", {"blame"}),
    (
        "You turned into a full-on lasenggo Kuya, just like the old men outside the sari-sari store back home.",
        {"label"},
    ),
    ("I'm tired of having a druggie for a son, Paolo.", {"label"}),
    ("Rowena is a pillhead now and nobody in this family wants to say it out loud.", {"label"}),
    ("You promised Lola you would be clean by her birthday.", {"clean"}),
    ("All I want is for you to stay clean long enough to walk Bea down the aisle.", {"clean"}),
    ("You have not once come to Ella's soccer games sober.", {"absolute"}),
    (
        "Every single family party ends with you yelling at someone and Mama crying in the kitchen.",
        {"absolute"},
    ),
    ("Honestly you are an embarrassment to the Santos name.", {"insult"}),
    ("Nakakahiya ka, the way you acted at the reunion was disgusting.", {"insult"}),
    ("All of us titas agree you've gotten selfish and lazy.", {"insult", "we"}),
    ("We've all decided you can't be trusted around the kids anymore.", {"we"}),
    (
        "Go to the program in Fremont or dont bother coming home for Christmas ever again.",
        {"threat"},
    ),
    ("If you don't sign up today then as far as I'm concerned I don't have a brother.", {"threat"}),
    ("I think you're bipolar and nobody here has the guts to tell you.", {"diagnosis"}),
    (
        "You're a total narcissist Jun, everything is about you every time.",
        {"absolute", "diagnosis"},
    ),
    ("You are so deep in denial you can't see what is right in front of you.", {"diagnosis"}),
]

DEV172_GOOD: list[str] = [
    "Kuya, I remember you teaching me to ride a bike in the parking lot behind Lola's apartment in Daly City.",
    "You were the one who carried me on your shoulders at the Pistahan parade when I was six.",
    "I miss hearing you sing My Way on the Magic Sing at Tito's house.",
    "Anak, I love you more than anything in this world.",
    "When you hold Ella on your lap and read to her, I see the father I know you are.",
    "I'm writing this because I want my brother back.",
    "Your lumpia is still the best I've ever had, and I want you at the table this Noche Buena.",
    "Papa, you taught me how to change a tire and how to say sorry, both.",
    "I have noticed you don't pick up my calls anymore, and I miss our talks.",
    "Last month you forgot Bea's birthday, and I know that isn't who you are.",
    "Lately you seem so tired and far away, and it scares me.",
    "There is a bed waiting for you at the program in Fremont this afternoon.",
    "Rowena, you were my maid of honor and you stayed up all night helping me with the centerpieces.",
    "I want to grow old with you, Rey, and sit on the porch with our apos someday.",
    "Migs, you used to fix everybody's laptop at family parties without a single complaint.",
    "My heart hurts when I see you so thin.",
    "I remember driving with you to the airport to pick up Lola from Manila and both of us crying when she came through the gate.",
    "You have such a good heart, and I know it is still in there.",
    "When I was scared of the dark you let me sleep on the floor of your room with your Power Rangers blanket.",
    "I love you, Ate, and I am not going anywhere.",
    "The kids ask about you and I want them to know the real you again.",
    "I watched you leave Lola's party early again last Sunday, and I felt so sad.",
    "You were the first one in our family to graduate from college and Mama framed your diploma in the sala.",
    "I've seen your hands shaking in the mornings, and I'm worried about you.",
    "I still have the voice memo of you laughing at Tita Baby's bad jokes at Thanksgiving.",
    "Dad, I want you to be there when I graduate nursing school next May.",
    "Ikaw ang bunso namin and I will fight for you.",
    "Remember when you drove all the way to Sacramento at midnight because my car broke down?",
    "I miss the way you used to call me 'Ading' and hug me too hard.",
    "Treatment worked for a lot of people I know, and I believe it can work for you.",
    "Jun, you were a great line cook, and Chef Manny still asks about you.",
    "I am proud to be your wife and I want our life back.",
    "When Lolo died you were the one who held Lola's hand at the burial.",
    "You taught Paolo how to throw a spiral in the backyard and he still talks about it.",
    "I have felt so lonely these past months without my best friend.",
    "I want to go back to Batangas with you like we planned, just the two of us.",
    "Please go with Tito Boy after this meeting, he will drive you there and stay until you're settled.",
    "I'm your coworker, not family, but you covered my shifts when my daughter was sick and I still remember that.",
    "I see how hard you are trying to hide the pain, and you dont have to hide it from me.",
    "I'm ready to help with the kids while you're getting better.",
    "My wish is that next Christmas you will be the one lighting the parol with Ella.",
    "I pray the rosary for you at night, the one Lola brought me from Manaoag.",
]

DEV172_TRAPS: list[str] = [
    "Lolo was a drunk back in Batangas, and I watched Lola carry that weight alone for forty years.",
    "I was a user myself in my twenties, and I'm eleven years sober this October.",
    "You told me at Jollibee, 'Ate, I'm an addict and I don't know how to stop,' and I have held onto those words because they were so brave.",
    "When I look at you I don't see an alcoholic, I see my little brother who used to steal the crispy pata skin.",
    "Tita Lorna is a total karaoke junkie, and you were always her favorite duet partner.",
    "We cleaned out the garage together every summer and you always found Papa's old Navy pictures.",
    "You kept your Civic so clean it was practically your baby.",
    "The kare-kare pot was so dirty after the party but you stayed and scrubbed it with me until midnight.",
    "I will always love you no matter what happens today.",
    "I never stop praying for you, not for one day.",
    "Your always the first one on the dance floor at every wedding, and I want that Kuya back.",
    "Every Christmas Eve you were the one who handed out the gifts from under the tree.",
    "We used to drive up to Tahoe in Tito Rudy's van every Thanksgiving and sing the whole way.",
    "We love you so much, Kuya.",
    "We went to Seafood City every Saturday morning and you let me push the cart.",
    "Great job on finishing your GED last spring, I still have the picture from the ceremony on my fridge.",
    "I was so proud when you hit six months, I showed the photo of your chip to everyone at Lola's.",
    "Thank you for driving Lola to dialysis every Tuesday that summer, you were so patient with her.",
    "You were the best kuya anyone could ask for when we first moved here from Manila.",
    "Because of you I learned how to make adobo the way Lola does.",
    "It is not your fault that you got sick, and I am not here to blame you.",
    "Dr. Reyes told us your liver numbers are high, and I am scared because I want you around for a long time.",
    "Your psychiatrist diagnosed you with depression last year and I was so glad you told me.",
    "I was diagnosed bipolar in 2015 and treatment gave me my life back, so I know it can help.",
    "My therapist said I can't fix this for you, only love you, and that's what I'm trying to do.",
    "My coworker told me her brother went to a program in Fremont and it saved his life.",
    "Tito Boy told me once that asking for help was the hardest and best thing he ever did.",
    "The durian smelled disgusting but you ate it anyway just to make Lola laugh.",
    "I felt so helpless and useless when I didn't know how to talk to you about this.",
    "You said to me last week, 'I'm tired of being like this,' and I believed you.",
    "Your sponsor from before, Manong Ernie, still has your picture on his wall and would love to hear from you.",
    "Papa was an alcoholic too and he never got the chance to get better, but you have that chance today.",
    "I used to be a coffee addict in nursing school, and you would bring me iced coffee at 2am.",
    "Our old dog Bantay was never clean after rolling in Lola's garden, remember how you'd hose him down?",
    "You never once forgot my birthday when we were growing up, even when you were broke in college.",
    "I'm not calling you a junkie or anything like that, I'm calling you my son.",
    "I told Ella her daddy has an illness, not that he's a bad person, and that doctors know how to help.",
    "Ninang Cora was so proud of you at your confirmation she cried through the whole mass.",
    "That trip to Boracay was the best week of my life and you planned every single bit of it.",
    "I always tell my kids how you carried Lola out of the house during Ondoy.",
    "I know you think nobody sees how hard you work, but I do.",
    "Your tita is a nurse and she has seen people come back from so much worse, so I have hope.",
    "I'm sick of being scared, so today I'm choosing to be honest with you.",
    "The whole family is here today because we love you and we are here for you.",
    "Remember when you gave me that clean white Jordans box with twenty bucks inside for my birthday?",
]

DEV172_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be sending you money on Venmo anymore, but I will still call you every Sunday.",
    "If you don't go to the program, you can't keep staying in the room above the garage, and I'll help you find a shelter bed.",
    "If you choose not to go today, I'm going to stop covering your car insurance after this month.",
    "If you say no, I won't let you drive Ella to school anymore, but I'll be right here when you're ready to say yes.",
    "If you don't accept help today, I will stop making excuses to Lola about where you are.",
]
