# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 189 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an Indian-American family, aunties, weddings and expectations: blame, hearsay and 'we' statements most. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV189_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.88 (57/65; the rules alone 49/65): label 0/2, absolute 3/4, blame 18/22, hearsay 12/13, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/41 (9.8%; the rules alone 4).

At merge, before it was trained on: with main 6613c6f, rules and model 0.88 (57/65; the rules alone 49/65): label 0/2, absolute 3/4, blame 18/22, hearsay 12/13, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/41 (9.8%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV189_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mummy stopped going to the temple on Fridays because she can't face the aunties after what you did at Priya's sangeet.",
        {"blame"},
    ),
    (
        "Dad's blood pressure shot up the same year you started drinking and I know thats no coincidence.",
        {"blame"},
    ),
    (
        "You picked the bottle over Anjali's wedding, and she will carry that empty chair in her photos forever.",
        {"blame"},
    ),
    (
        "I paid for your engineering coaching, the car, the down payment on the condo, and this is how you repay me?",
        {"blame"},
    ),
    (
        "Nani cried herself to sleep in Lucknow because of the drunk phone call you made her at 4am her time.",
        {"blame"},
    ),
    (
        "It's your fault Rohan's in-laws looked at us like we were trash at the reception.",
        {"blame"},
    ),
    (
        "I gave up my residency spot in Chicago to come home and look after you, and what did I get for it?",
        {"blame"},
    ),
    (
        "You broke Papa's heart and then you had the nerve to ask him for money the very next week.",
        {"blame"},
    ),
    ("Whatever happens to Mom's health from here, I'm putting it on your shoulders.", {"blame"}),
    (
        "How do you even look Masi in the eye after taking cash from her purse at the mehndi?",
        {"blame"},
    ),
    ("Kavya is scared of her own chacha now, and you did that to her.", {"blame"}),
    (
        "The whole rishta with the Mehtas fell apart and honestly it was you who wrecked it.",
        {"blame"},
    ),
    (
        "Bhaiya, I wasted my twenties covering for your pills and you never once said thank you.",
        {"absolute", "blame"},
    ),
    (
        "Papa took a second job at the motel to pay off your DUI lawyer, so dont tell me nobody suffered for this.",
        {"blame"},
    ),
    (
        "You let your cocaine habit turn our family into the gossip of every Patel in Edison.",
        {"blame"},
    ),
    (
        "Because you were passed out in the Uber, Didi had to walk down the aisle without her brother.",
        {"blame"},
    ),
    (
        "I lost my sleep, my savings and half my hair over you, and your still out partying on weekends.",
        {"blame"},
    ),
    (
        "Everything that went wrong at Arjun's baraat traces straight back to that flask in your sherwani.",
        {"blame"},
    ),
    (
        "If Ba's stroke came from all this stress, that is something you will have to live with.",
        {"blame"},
    ),
    (
        "What were you thinking, showing up to the Ganesh puja like that in front of Mummy's entire satsang group?",
        {"blame"},
    ),
    (
        "You pawned Reena Bhabhi's gold bangles and let the cleaning lady take the blame for it.",
        {"blame"},
    ),
    (
        "Sunita Auntie told Mummy she saw you buying vodka at Costco at ten in the morning.",
        {"hearsay"},
    ),
    (
        "According to Vikram, you've been doing lines in the bathroom at every party since college.",
        {"absolute", "hearsay"},
    ),
    (
        "Neha's cousin mentioned that you got asked to leave the gurdwara langar hall for being drunk.",
        {"hearsay"},
    ),
    (
        "The word at the Navratri garba was that you were selling your Adderall to the high school kids.",
        {"hearsay"},
    ),
    (
        "Your roommate in Jersey City messaged me saying you havent paid rent in three months because of the pills.",
        {"hearsay"},
    ),
    (
        "Pinky Masi heard from somebody at the mandir that you'd been arrested in Fremont.",
        {"hearsay"},
    ),
    (
        "Your manager at Infosys phoned Papa and said you came in reeking of whiskey twice last week.",
        {"hearsay"},
    ),
    (
        "Rahul's wife says you tried to borrow money from her and made her promise not to tell any of us.",
        {"hearsay"},
    ),
    (
        "Supposedly you were smoking meth with those guys from the gas station, thats what the neighbours are whispering.",
        {"hearsay"},
    ),
    (
        "Dimple told me you were crying in the parking lot at her haldi and then vanished for two days.",
        {"hearsay"},
    ),
    (
        "From what Amit's mom said at the kitty party, you've been buying Percocet off some guy in Artesia.",
        {"hearsay"},
    ),
    (
        "Sameer's friend who works at the hospital let it slip that you were brought into the ER last month.",
        {"hearsay"},
    ),
    ("All of us are sick and tired of making excuses for you to the relatives.", {"we"}),
    ("The whole khandaan has decided you are not the same boy who left for college.", {"we"}),
    ("Every single one of us thinks you've lost your mind with this drinking.", {"we"}),
    (
        "Mummy, Papa, Didi and I talked it over and we agree you're a total embarrassment at functions.",
        {"insult", "we"},
    ),
    ("We are all done pretending things are normal when you come to Sunday lunch wasted.", {"we"}),
    (
        "Speaking for the entire family here, nobody trusts a word that comes out of your mouth anymore.",
        {"we"},
    ),
    ("Both your Mamas and all your cousins feel like you've turned into a stranger.", {"we"}),
    (
        "Us kids have all agreed that Papa's favourite son is the one who broke this family.",
        {"blame", "we"},
    ),
    ("The entire family feels you ran out of second chances a long time ago.", {"we"}),
    ("Everyone in this house is convinced you care more about weed than about any of us.", {"we"}),
    ("We have collectively had it with your lies about where the money goes.", {"we"}),
    ("Chachu, Bua and me all feel that you've let your parents down very badly.", {"we"}),
    ("Dad, I dont want my kids growing up thinking their Dadaji is a drunk.", {"label"}),
    (
        "The aunties whisper that Mummy's son is a junkie, and honestly Bhai, you've become one.",
        {"hearsay", "label"},
    ),
    (
        "I need you to get clean before Nikhil's wedding in December, thats all I'm asking.",
        {"clean"},
    ),
    ("Your drug screen at the intake came back dirty again, Veer.", {"clean"}),
    ("Your always the one who disappears right when the pheras begin.", {"absolute"}),
    ("Not one family function in five years has gone by without you getting drunk.", {"absolute"}),
    ("What kind of son makes his mother stand begging at the door of his apartment?", {"insult"}),
    ("Honestly you are a black mark on the Sharma name.", {"insult"}),
    (
        "Go to the rehab in Arizona or I swear I will ship you back to Pune to live with Dadi.",
        {"threat"},
    ),
    (
        "If you skip treatment, don't bother coming to my wedding, you won't be welcome there.",
        {"threat"},
    ),
    (
        "Wow, what a lovely toast you gave at Meera's reception, slurring into the mic in front of three hundred guests.",
        {"sarcasm"},
    ),
    (
        "Such a proud moment for Papa, watching his 'successful' doctor son get carried out to the car.",
        {"sarcasm"},
    ),
    ("I've read enough online to know you're a textbook narcissist, Kunal.", {"diagnosis"}),
    (
        "You are in complete denial and you probably have some undiagnosed bipolar thing going on too.",
        {"diagnosis"},
    ),
    ("Beta, I honestly think the pills have turned you into a sociopath.", {"diagnosis"}),
]

DEV189_GOOD: list[str] = [
    "I was sitting next to you at Anjali's mehndi when you fell asleep at the table, and mostly I just felt scared.",
    "I remember how proud I was when you stood up at Dadaji's funeral and spoke about him so beautifully.",
    "Thank you for driving Mummy to her chemo appointments last spring, even on the days I know you were struggling.",
    "When I found the empty pill bottles in your old room, my hands were shaking and I sat on your bed and cried.",
    "I saw how hard you tried in March when you went three weeks without a drink, and it meant the world to me.",
    "At Rohit's reception I watched you leave early, and I spent the rest of the night worrying whether you got home safe.",
    "You helped Kavya build her science fair volcano and she still talks about it.",
    "I felt my heart break when the police called me at two in the morning from Jersey City.",
    "Thank you for the letter you wrote me when I got into med school, I keep it in my desk drawer.",
    "I noticed you stopped coming to Sunday dinners last fall, and I missed seeing you in your usual seat.",
    "The way you carried Nani down the stairs at the wedding hall so she could see the baraat arrive, that picture stays with me.",
    "I'm grateful you called me on my birthday last month even though I could hear you were having a hard night.",
    "Bhaiya, you taught me to ride a bike in the parking lot of the Venkateswara temple.",
    "I love the way you make chai with way too much ginger, exactly like Nanaji did.",
    "When I was ten you took me to see Lagaan and bought me two samosas because I couldnt decide.",
    "I want my son to know his Mama, the funny one who does all the voices.",
    "I miss our late night drives to get kulfi on Oak Tree Road.",
    "Papa, you worked double shifts at the motel so I could go to Rutgers, and I carry that with me.",
    "I'm asking you to accept the treatment bed that's waiting for you in Pasadena today.",
    "Please say yes to this program, I want my sister back.",
    "I remember dancing with you to old Bollywood songs at Chintu's wedding until our feet hurt.",
    "My heart hurts seeing how thin you've gotten.",
    "Mom, you sang me Gujarati lullabies when I had chicken pox and I still remember the tunes.",
    "I love you more than words can say, Veeru.",
    "I want you to be there when my baby is born in April.",
    "Your laugh used to fill up Nani's whole house in Ahmedabad.",
    "I dont know how to help you anymore except to ask you to go today.",
    "I miss the brother who sent me memes at 3am about cricket scores.",
    "You held my hand at the airport when I left for grad school and told me I'd be okay.",
    "I believe you can get better, I've seen you do hard things before.",
    "Dadi made your favourite kheer today, she's hoping you'll come by after.",
    "I feel lonely at family gatherings without you next to me cracking jokes about the uncles.",
    "Please let these people help you, beta. I will be right there with you.",
    "I was so proud the day you got your engineering license.",
    "When you're sober you are the kindest man I know.",
    "I'm worried about your liver and your heart and I want you around for a long long time.",
    "I want to dance at your wedding one day.",
    "u were my hero growing up and in a lot of ways u still are",
    "I remember you teaching Papa how to use WhatsApp and laughing so hard you cried.",
    "The bed is ready, the insurance is sorted, all you have to do is say yes.",
    "I know you feel a lot of pressure from this family, and I am sorry for my part in that.",
    "Nisha and I used to fight over who got to sit next to you at dinner.",
    "Masi, you were the one who braided my hair before school picture day and I want that Masi back.",
]

DEV189_TRAPS: list[str] = [
    "Nanaji was a drunk back in Lucknow and I watched what it did to Nani, which is why I'm so scared for you.",
    "I got hooked on painkillers after my knee surgery, so I know a little of how hard this is.",
    "You are not an addict to me, you are my little brother who still owes me twenty bucks.",
    "Remember how we always fought over the window seat on the train to Mumbai?",
    "I will always be your Didi, no matter what happens today.",
    "I never stop praying for you at the mandir.",
    "Congrats again on the sixty days you did last summer, that was real and nobody can take it away from you.",
    "We used to clean the whole house together before Diwali with Mummy yelling about the corners.",
    "Your cardiologist told us your heart is enlarged, and I want you to hear that from me, with love.",
    "You told me once, 'Didi, I'm a total waste,' and I want you to know I never believed it for a second.",
    "Everyone knows I'm a total chai junkie, so I get what craving something feels like, a little bit.",
    "We all went to Goa for Chintu's destination wedding and you were the life of the party, in the best way.",
    "We love you and we are here, every single one of us.",
    "I'll drive you to the center myself and I'll visit every weekend they let me.",
    "Your grandfather always said you had the sharpest mind in the family.",
    "The aunties will gossip no matter what, and honestly I dont care what they say, I care about you.",
    "My college roommate was a stoner and now he's a dentist with three kids, so I know people come back from this.",
    "You said to me in the car, 'I'm such a screwup,' and I held your hand because thats not who you are.",
    "Mummy's sister was diagnosed bipolar years ago and got help, and she's the one who told me it's okay to ask for it.",
    "Nobody is the reason for this disease, not you and not Mummy.",
    "I'm not calling you a drunk, I'm calling you my son.",
    "In my twenties I drank way too much at every wedding, so I'm the last person to judge.",
    "We always had Sunday dosa breakfasts at the Udupi place, and I want those mornings back.",
    "Every time I hear Kishore Kumar I think of you singing in the car.",
    "You kept your flat spotless and clean even when things were bad, you always had that pride.",
    "Dr. Iyer said your liver enzymes are high, and that scared me more than anything.",
    "Your dirty jokes at Bunty's sangeet had Papa laughing till he cried.",
    "Honestly, great job on that speech at my wedding, the whole hall was in tears in the good way.",
    "Remember when Dev Mama got a little drunk at my graduation and danced on the table?",
    "We sat together on the terrace in Jaipur and watched the kites on Makar Sankranti.",
    "I heard you laugh at Diya's birthday last month and it was the best sound.",
    "Your sponsor from last year was such a kind man and I am grateful he was in your life.",
    "You are not a disgrace and you are not a failure, you are sick and you can get well.",
    "My father, your Nana, was an alcoholic who never got help, and I dont want that story for you.",
    "I am not in denial anymore about how scared I am.",
    "We all pitched in to pay for the program, so money is not a reason to say no.",
    "I'm a recovering addict myself, eleven years clean this June, and I'm living proof.",
    "Your bloodwork at Dr. Shah's office came back clean for hepatitis, thank God.",
    "Pooja always asks about you when she calls from London.",
    "Remember when you said 'this is the worst chai ever' at Masi's and she chased you round the kitchen with a chappal?",
    "The whole family is coming to the program's family weekend, all of us will be there for you.",
]

DEV189_BOTTOM_LINE_OK: list[str] = [
    "If you say no to treatment today, I will stop paying your car insurance and phone bill starting next month.",
    "If you choose not to go, I'm not going to keep covering for you with Mummy's relatives anymore.",
    "Bhai, if you don't accept help today, you can't stay over at my place anymore, but I will still pick up when you call from a program.",
    "If you turn this down, I won't be sending money for rent, and I'll keep praying for the day you say yes.",
]
