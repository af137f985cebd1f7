# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 187 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a husband who is an accountant, his wife on pills since a surgery, ledger-like precision: blame, absolutes and diagnosis most. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV187_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.90 (57/63; the rules alone 51/63): blame 18/21, hearsay 1/2, diagnosis 11/13, every other kind full; good 4/45 (8.9%; the rules alone 4), traps 3/44 (6.8%; the rules alone 3).

At merge, before it was trained on: with main 6613c6f, rules and model 0.90 (57/63; the rules alone 51/63): blame 18/21, hearsay 1/2, diagnosis 11/13, every other kind full; good 4/45 (8.9%; the rules alone 4), traps 3/44 (6.8%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV187_FLAG: list[tuple[str, set[str]]] = [
    (
        "I have done the math, Denise, and the forty-one thousand dollars missing from our savings since 2021 is on your shoulders and nobody else's.",
        {"blame"},
    ),
    (
        "You picked those little white pills over me and the kids, and you did it with your eyes wide open.",
        {"blame"},
    ),
    (
        "Owen quit travel soccer because of your mess, he was too embarrassed to have you drive him to practice.",
        {"blame"},
    ),
    (
        "After I covered every co-pay, every refill and every lie to your mother, this is how you pay me back?",
        {"blame"},
    ),
    (
        "You wrecked the best thing either of us ever had and you did it one prescription at a time.",
        {"blame"},
    ),
    ("What possessed you to take the pills out of your own dad's hospice kit?", {"blame"}),
    ("Lily's grades tanked this spring and I lay that directly at your feet.", {"blame"}),
    (
        "I gave up two promotions to nurse you after the surgery and you thanked me by doctor shopping behind my back.",
        {"blame"},
    ),
    ("Our marriage is in the red and you are the one who drained it.", {"blame"}),
    ("You made this house a place the kids dont want to come home to", {"blame"}),
    (
        "The bankruptcy lawyer, the second mortgage, the piano we sold, every bit of it traces back to you.",
        {"blame"},
    ),
    ("Its your fault my mother wont set foot in our house anymore.", {"blame"}),
    (
        "Look at what you turned last Christmas into, Lily crying in the garage while you slept on the bathroom floor.",
        {"blame"},
    ),
    (
        "Dr. Patel's pill mill mattered more to you than our anniversary dinner and I will not pretend otherwise.",
        {"blame"},
    ),
    (
        "I'm the one who had to explain to the bank why four checks bounced, and thats because you emptied the joint account.",
        {"blame"},
    ),
    ("If I have gray hair at forty-four it's thanks to what you've put me through.", {"blame"}),
    (
        "Not the surgeon, not the pharmacy, you are the one who brought this into our family.",
        {"blame"},
    ),
    (
        "I paid for the place in Tucson out of my 401k and you threw it away in three weeks.",
        {"blame"},
    ),
    (
        "Owen thinks it's normal for a mom to nod off at dinner, and he learned that from you.",
        {"blame"},
    ),
    (
        "I carried this family on my back for four years while you floated, and I am done paying for your choices.",
        {"blame"},
    ),
    ("You broke every single promise you made at that altar.", {"absolute", "blame"}),
    ("You havent once asked how my day went since March of 2020.", {"absolute"}),
    ("Every single time I bring up the pills you cry and change the subject.", {"absolute"}),
    (
        "You lie about everything now, the mileage, the receipts, where you were at 2pm.",
        {"absolute"},
    ),
    ("Not one of the promises you made me has been kept, and yes, I kept a list.", {"absolute"}),
    ("Your always tired, your always sick, your always at the pharmacy.", {"absolute"}),
    ("You constantly vanish into the bathroom for twenty minutes at a stretch.", {"absolute"}),
    ("You havent told me the truth about a single refill in three years.", {"absolute"}),
    ("Every month the numbers get worse and every month you swear it was a one-off.", {"absolute"}),
    (
        "You forget everything, Lily's recital, the parent conference, our anniversary, all of it.",
        {"absolute"},
    ),
    ("You never follow through on anything you say at the kitchen table, ever.", {"absolute"}),
    ("Without fail you pick a fight the day before your refill is due.", {"absolute"}),
    (
        "I honestly think you've turned into a narcissist, every conversation circles back to your pain.",
        {"diagnosis"},
    ),
    ("You are in complete denial about how many of those you take a day.", {"diagnosis"}),
    (
        "Frankly I think you have borderline personality disorder, the way you flip from sweet to screaming in a minute.",
        {"diagnosis"},
    ),
    (
        "You are clinically depressed Denise, anyone can see it, and the pills are just covering it up.",
        {"diagnosis"},
    ),
    (
        "The lying has gotten so smooth that I've started to wonder if you're a sociopath.",
        {"diagnosis"},
    ),
    (
        "Your moods swing so hard I am convinced you're bipolar and no one ever caught it.",
        {"diagnosis"},
    ),
    (
        "You have some kind of anxiety disorder under all of this and you refuse to see it.",
        {"diagnosis"},
    ),
    ("I read up on it and you tick every box for histrionic personality disorder.", {"diagnosis"}),
    (
        "Youre a textbook codependent with your sister and that feeds the whole thing.",
        {"diagnosis"},
    ),
    (
        "You've become paranoid, you really believe the pharmacist and I are plotting against you.",
        {"diagnosis"},
    ),
    ("Living in denial is basically your full time job at this point.", {"diagnosis"}),
    (
        "The way you count and recount those bottles, there is some obsessive compulsive thing going on with you.",
        {"diagnosis"},
    ),
    (
        "You're a narcissist who hasn't put the kids first a single time since 2019.",
        {"absolute", "diagnosis"},
    ),
    ("I married a second grade teacher, not a pillhead.", {"label"}),
    (
        "The pharmacist at the Walgreens on Elm looks at you like just another junkie, and honestly so do I some days.",
        {"label"},
    ),
    ("You're an addict, Denise, and it's time you said it out loud.", {"label"}),
    ("I need you to be clean by Lily's graduation in June.", {"clean"}),
    (
        "Your screen from Dr. Alvarez came back dirty and you told me it was a lab mix-up.",
        {"clean"},
    ),
    ("The way you crawl around on the carpet hunting for a dropped pill is pathetic.", {"insult"}),
    ("What sort of mother lifts twenty dollars out of her son's birthday card?", {"insult"}),
    (
        "Your sister Karen told me you begged her for the leftover Percocet from her C-section.",
        {"hearsay"},
    ),
    (
        "The pharmacist let slip that you'd tried to refill early at three different stores in one week.",
        {"hearsay"},
    ),
    ("Everyone in this room agrees you've become a stranger to us.", {"we"}),
    (
        "We've all talked it over and the family has decided you can't be trusted with the car keys.",
        {"we"},
    ),
    ("Sign the admission papers today or I file for divorce first thing Monday.", {"threat"}),
    (
        "Walk out of this room and you will not see Owen or Lily without a supervisor again, I promise you that.",
        {"threat"},
    ),
    ("Congratulations on your perfect attendance record at the urgent care.", {"sarcasm"}),
    (
        "Real award-winning parenting, passing out on the bleachers at Owen's tournament.",
        {"sarcasm"},
    ),
    ("Thanks a bunch for the lovely birthday surprise of a second overdraft notice.", {"sarcasm"}),
]

DEV187_GOOD: list[str] = [
    "On March 3rd I found you asleep in the car in the Costco parking lot with the engine running, and I have been scared ever since.",
    "When the bank called about the overdraft in October I felt sick, not angry, just sick with worry for you.",
    "I sat in the ER waiting room for six hours in January and the whole time I kept thinking about our wedding day.",
    "I noticed the refill dates getting closer together last spring, and I kept quiet because I didnt know what to say.",
    "The night you didn't recognize me at the kitchen door I cried in the shower so the kids wouldnt hear.",
    "I know the pain from the surgery was real, I was there when you tried to stand up for the first time.",
    "Thank you for the forty days you stayed off them in 2022, I saw who you are again and it was wonderful.",
    "When you drove Owen to his SAT at 6am last fall you were so present and funny, and I loved watching that.",
    "You handled all of my dad's funeral arrangements when I couldnt, and I have not thanked you properly for that.",
    "I was proud of you when you told Dr. Alvarez the truth about the bottles in your purse.",
    "The way you taught Lily to parallel park, patient as anything, is something she still talks about.",
    "Thank you for calling me last Tuesday to tell me you were having a bad day instead of hiding it.",
    "I fell for you in a statistics class at Penn State the day you corrected the professor.",
    "I remember the yellow kitchen in our first apartment on Walnut Street and your truly terrible coffee.",
    "Denise, I love you, and I am writing this because I want my wife back.",
    "I miss your real laugh, the one that ends in a snort.",
    "I hope next summer the two of us can sit on the porch and watch the fireflies over Lily's swing set.",
    "I have kept every card you ever wrote me, seventeen years of them, in a shoebox in my closet.",
    "Please take the bed at Hazelden today, they are holding it for you until four o'clock.",
    "I want you to meet our grandkids someday with clear eyes.",
    "When I picture the next ten years I picture you healthy and back in a classroom.",
    "I'm scared, more scared than I have been about anything in my life.",
    "Owen asked me last week if you'll be at his graduation, and I told him I hope so with my whole heart.",
    "I am not here to tally up what went wrong, I'm here because I love you.",
    "You were the first person I called when I passed the CPA exam.",
    "I keep thinking of you in that blue raincoat at Niagara Falls, soaked to the bone and laughing.",
    "I will drive you there myself and I'll bring the good pillow from our bed.",
    "Your back pain matters to me and I want you to get real help for it too, the kind that doesnt hurt you.",
    "I feel lonely in our house at night and I miss talking with you after the kids go to sleep.",
    "I remember you singing off key to Fleetwood Mac while you painted Lily's room lavender.",
    "I still have the mug your second graders painted for you, its on my desk at work.",
    "Im asking you to say yes today, for you first and for us second.",
    "I believe you can beat this, I've seen how stubborn you get when you want something.",
    "I want to learn how to help, and I've already signed up for the family weekend.",
    "The kids and I will visit every Sunday they let us.",
    "I love how you fold the towels in thirds, it drove me nuts for years and now I do it too.",
    "I know you didnt plan any of this when Dr. Reyes wrote that first prescription.",
    "You are still the sharpest person I know and I want that mind back at our dinner table.",
    "I want Saturday pancakes and the crossword back.",
    "I'm sorry for the times I yelled at you when I should have asked how you were.",
    "My hope is that a year from now we read this letter together and feel glad.",
    "I'll keep your garden watered while you're away, tomatoes and all.",
    "When you held my hand at my mom's chemo appointments I felt like I could handle anything.",
    "I miss dancing with you in the kitchen to the oldies station.",
    "I am asking you, with everything I have, to go today.",
]

DEV187_TRAPS: list[str] = [
    "My father was a drunk who missed every one of my birthdays, and I swore our kids would never feel that.",
    "I'll admit I came close to being an alcoholic myself in my twenties, so I'm not pointing fingers from a high horse.",
    "I will always love you, that is the one line item that never changes.",
    "I never stop hoping you'll walk through the door laughing the way you did in 2015.",
    "We always spent Thanksgiving at your mom's in Erie and I want that back.",
    "We went to Cape May every August and I still have the sand dollar you found.",
    "Your surgeon told us in 2019 that the nerve damage might mean chronic pain, and I know how frightening that was for you.",
    "Dr. Alvarez says your liver enzymes are elevated, and I want you around and healthy for a long time.",
    "You told me last summer, 'I'm a mess and I dont know how to stop,' and I have never loved you more than when you said it.",
    "To me you're not some pillhead, you're the woman who ran the whole school book fair single handed.",
    "I cleaned out the garage last weekend and found the kite we flew with Owen at Edgewater.",
    "Lily is a total sugar junkie like you, she raided the Halloween bag again last night.",
    "Great job on your sixty days in 2022, I meant it then and I mean it now.",
    "Thanks for coming to Owen's game in April, he played better because you were in the stands.",
    "I'm not here to blame you, I'm here because I'm frightened.",
    "It is not your fault that your back hurts, and you deserve real treatment for that pain.",
    "My brother Rick is a recovering addict, eleven years sober, and he's here today because he believes in you.",
    "The guys at my firm joke that I'm a spreadsheet junkie, and maybe I am.",
    "We all love you, every single person in this room.",
    "We are here for you today, tomorrow and after that.",
    "Every time I see a hummingbird I think of the feeder you hung on the deck.",
    "You never once complained when I worked till midnight every April, and I noticed.",
    "Janet at the family program explained that addiction is a disease, and that helped me stop being so angry.",
    "I'll keep the house clean and the bills paid while you're gone, you don't have to worry about any of that.",
    "I was a wreck too that year, I drank way too much myself and I'm sorry.",
    "My grandma used to call Grandpa Walt an old boozer and then nobody said another word, and I don't want to repeat that silence.",
    "I did a pathetic job of listening to you after the surgery and I own that.",
    "Dr. Nguyen diagnosed you with fibromyalgia in 2020, and I know your pain is not imagined.",
    "I was in denial for two years myself, pretending the missing pills were a pharmacy error.",
    "Owen told me 'I just want Mom back' and I want that too.",
    "If I'm honest I'm the one who never learned how to talk about hard things.",
    "That hospital visit was the worst day of my life, and I always remember how tight you squeezed my hand when you woke up.",
    "We used to joke that you were the only teacher in Ohio who actually liked parent night.",
    "I'm not giving you an ultimatum, I'm giving you a plane ticket and a bed.",
    "You've always been the one who remembers everybody's birthday, even the mailman's.",
    "At our first Christmas you said 'I'm a hopeless case in the kitchen' and burned the rolls, and it's still my favorite Christmas.",
    "I have never been prouder than the day you finished your masters while pregnant with Lily.",
    "My coworker Dave lost his son to fentanyl and he told me not to wait, so I'm not waiting.",
    "The old me would have kept a ledger of every wrong, but I'm not doing that today.",
    "I am sick of the silence in our house, sick of my own pretending mostly.",
    "You told me in the hospital, 'Mark, I think I'm an addict,' and that took more courage than anything I've ever done.",
    "My sister still calls herself a former stoner when she talks about Berkeley, and she's a pediatrician now.",
    "Your mom called last night just to say she loves you and she's praying for you.",
    "Everyone in this room has made mistakes, me included, and none of us is here to judge you.",
]

DEV187_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will move our savings into an account in my name only, and I will not pay any more pharmacy bills.",
    "If you choose not to go, I'll ask you to sleep in the guest room, and I will tell the kids the truth about why.",
    "If you leave treatment early I won't drive out to pick you up, but I will still call you every day.",
    "If you turn this down, starting tomorrow I will stop making excuses to your principal and to your mother.",
]
