# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 114 (4 December 2026, round 22, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: family members from the American South, church and small-town gossip: sarcasm and absolutes most. The writer was asked to keep calm consequences apart, as
DEV114_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.95 (73/77; the rules alone 61/77): blame 12/13, sarcasm 20/23, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 5/45 (11.1%; the rules alone 3).

At merge, before it was trained on: with main bfd6408, rules and model 0.95 (73/77; the rules alone 61/77): blame 12/13, sarcasm 20/23, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 5/45 (11.1%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV114_FLAG: list[tuple[str, set[str]]] = [
    (
        "Real proud of how you showed up to Meemaw's ninetieth birthday twitchin' and sweatin', Dalton, you sure made it a party to remember.",
        {"sarcasm"},
    ),
    (
        "Bless your heart, you managed to pawn Granddaddy's deer rifle and his pocket watch in the same week, that takes some talent.",
        {"sarcasm"},
    ),
    (
        "Congratulations on gettin yourself banned from the Dollar General, Tanner, that's a first for this family.",
        {"sarcasm"},
    ),
    (
        "Thank you kindly for sleepin' through your own baby's christening, it was a lovely service, not that you'd know.",
        {"sarcasm"},
    ),
    (
        "Way to go makin the front page of the Clay County police blotter, Mama cut it out and stuck it on the fridge.",
        {"sarcasm"},
    ),
    (
        "You were a real gentleman at Easter, hollerin' at Pastor Reed in the parking lot with your pupils big as dimes.",
        {"sarcasm"},
    ),
    (
        "Sure, your 'just tired' again, tired for three days straight without a wink of sleep.",
        {"sarcasm"},
    ),
    (
        "Mighty generous of you to borrow my debit card without askin, I always wanted to pay for somebody else's pills.",
        {"sarcasm"},
    ),
    (
        "What a fine example you set for little Kaylee, teachin her to lie to her teacher about where her daddy was.",
        {"sarcasm"},
    ),
    (
        "Brother of the year right here, missed my wedding rehearsal cause you were out at that trailer cookin who knows what.",
        {"sarcasm"},
    ),
    (
        "Oh you were 'helpin a buddy move' again till four in the morning, what a good friend you are.",
        {"sarcasm"},
    ),
    (
        "Real smooth how you told Brother Wayne at church you had the flu while your eyes were pinned like needles.",
        {"sarcasm"},
    ),
    (
        "Thanks a bunch for my Christmas present, Jolene, an empty pill bottle with my name on it stuck behind the bathroom sink.",
        {"sarcasm"},
    ),
    ("Nice work keepin a job at the feed store for nearly a whole week this time.", {"sarcasm"}),
    (
        "Aren't you just the picture of health, sixty pounds lighter and pickin at sores on your arms.",
        {"sarcasm"},
    ),
    (
        "You sure know how to make a grandmama proud, showin up to my hospital room high as a Georgia pine.",
        {"sarcasm"},
    ),
    (
        "That was real considerate, leavin your truck in Mrs. Pruitt's azaleas so the whole street could come take a look.",
        {"sarcasm"},
    ),
    (
        "Way to be a good husband, Cody, pawnin my wedding ring to that fella on Route 9 and tellin me it fell down the drain.",
        {"sarcasm"},
    ),
    (
        'I reckon you\'re "doing great" like you told Mama on the phone, great enough to need forty dollars by Friday.',
        {"sarcasm"},
    ),
    (
        "Such a blessing to have you at the family reunion, Travis, noddin off into your potato salad in front of all the cousins.",
        {"sarcasm"},
    ),
    (
        "Gold star for you hon, you remembered my birthday a whole week late and only cause you needed a ride to Tupelo.",
        {"sarcasm"},
    ),
    (
        'Your "prescription" sure does run out fast for somebody who only takes them for his back.',
        {"sarcasm"},
    ),
    (
        "Somebody oughta give you a trophy, Crystal, you didn't make it to a single one of Brayden's t-ball games this spring.",
        {"absolute", "sarcasm"},
    ),
    (
        "You always got an excuse ready, Dalton, before anybody even asks you a question.",
        {"absolute"},
    ),
    (
        "Every single Sunday you promise Mama you'll come to church and every single Sunday that pew sits empty.",
        {"absolute"},
    ),
    ("You never pick up when I call unless you need somethin.", {"absolute"}),
    (
        "Ever since you started on them pills you don't care about nothin but where the next ones are comin from.",
        {"absolute"},
    ),
    ("Not one time have you kept your word to these kids since last summer.", {"absolute"}),
    ("You lie about everything Jessie, even stuff that don't matter one bit.", {"absolute"}),
    (
        "Every time you come by the house somethin goes missin, the checkbook, Daddy's tools, Meemaw's rings.",
        {"absolute"},
    ),
    (
        "You're forever runnin off to that trailer out on Possum Trot Road and forgettin you got a family.",
        {"absolute"},
    ),
    ("You dont never help out with nothin round the farm no more.", {"absolute"}),
    ("Each and every holiday you find some way to make it about you.", {"absolute"}),
    ("You haven't told me the truth in over two years, not one single time.", {"absolute"}),
    (
        "You constantly got your hand out, askin Daddy for gas money that never makes it in the tank.",
        {"absolute"},
    ),
    (
        "Whenever things get hard you run straight to that crank instead of to your people.",
        {"absolute"},
    ),
    ("You never once thanked Aunt Lorene for bailin you out in March.", {"absolute"}),
    ("All you ever do anymore is sleep all day and stay up all night.", {"absolute"}),
    ("You always swear this time'll be different and it never is.", {"absolute"}),
    ("There ain't a day goes by you aren't high on somethin.", {"absolute"}),
    (
        "Nothin anybody says gets through to you, not Mama, not the preacher, not your own babies.",
        {"absolute"},
    ),
    (
        "Mama's heart gave out in that hospital bed worryin over you, and I hold you responsible for that.",
        {"blame"},
    ),
    ("You picked that meth over your own wife and younguns, plain and simple.", {"blame"}),
    (
        "Daddy had to take a second mortgage on the farm to pay your lawyer, and every bit of that lands on your shoulders.",
        {"blame"},
    ),
    (
        "After all the nights I sat up prayin and drivin the back roads lookin for you, this is how you repay me.",
        {"blame"},
    ),
    ("Our family's name is mud in this town now and it's your doing.", {"blame"}),
    ("Meemaw cries herself to sleep on account of you.", {"blame"}),
    ("You tore this family clean in half, Bobby Ray.", {"blame"}),
    (
        "I'm sittin here with no savings and a busted car because you couldn't keep your hands out of my purse.",
        {"blame"},
    ),
    (
        "Your little sister quit the volleyball team so she wouldn't have to hear folks talk about you, you took that from her.",
        {"blame"},
    ),
    (
        "How in the world could you do that to your own mama, stealin her pain pills the week after her surgery?",
        {"blame"},
    ),
    (
        "You wrecked Christmas for the whole bunch of us and then acted like you were the one who got hurt.",
        {"blame"},
    ),
    (
        "I gave up my job in Memphis to come home and take care of you and what did it get me.",
        {"blame"},
    ),
    ("It's your fault the grandkids don't want to come to Meemaw's anymore.", {"blame"}),
    (
        "Sister Darlene at church told Mama she saw you buyin somethin behind the Piggly Wiggly.",
        {"hearsay"},
    ),
    (
        "Word around town is you been stayin over at that Harlan boy's place where they cook.",
        {"hearsay"},
    ),
    (
        "Your cousin Missy called me all worked up sayin you'd been knockin on her door at three in the mornin.",
        {"hearsay"},
    ),
    (
        "Deputy Sims pulled Daddy aside after the ballgame and said they got their eye on you.",
        {"hearsay"},
    ),
    (
        "The ladies at the beauty shop been sayin you lost your job at the mill for showin up out of your head.",
        {"hearsay"},
    ),
    (
        "From what Pastor Reed let slip, you been askin the church for money and tellin them it's for groceries.",
        {"hearsay"},
    ),
    (
        "Your ex Amber put it on Facebook that you stole her pills, and half the county read it.",
        {"hearsay"},
    ),
    (
        "I got it from Tammy down at the pharmacy that you been tryin to fill scripts from three different doctors.",
        {"hearsay"},
    ),
    (
        "You've turned into a no-account methhead, Dalton, and I don't hardly recognize you.",
        {"insult", "label"},
    ),
    (
        "I ain't gonna keep handin money to a pillhead, even if that pillhead is my own son.",
        {"label"},
    ),
    ("Mama just wants you to get yourself clean before the baby comes.", {"clean"}),
    (
        "You swore to the judge you'd been clean sixty days and then your drug screen lit up like the Fourth of July.",
        {"clean"},
    ),
    ("You are a plain embarrassment to the Whitfield name and to the Lord.", {"insult"}),
    ("Lookin at you now just turns my stomach.", {"insult"}),
    ("Every last one of us at Meemaw's table agrees you've gone plumb off the deep end.", {"we"}),
    ("Us kids have all talked it over and we're sick to death of cleanin up your messes.", {"we"}),
    (
        "You go to that rehab in Tupelo or you can find somewhere else to lay your head, and I mean tonight.",
        {"threat"},
    ),
    ("If you walk out that door today, don't you ever darken mine again.", {"threat"}),
    (
        "I've read up on it and you're a textbook narcissist, Jolene, everything is always about you.",
        {"absolute", "diagnosis"},
    ),
    ("You're in denial plain as day, just like your daddy was.", {"diagnosis"}),
]

DEV114_GOOD: list[str] = [
    "Dalton, I remember you teachin your little sister to bait a hook down at Sardis Lake when she was five.",
    "I love you more than words can say and I'm here because I want my boy back.",
    "When you were little you used to crawl up in Meemaw's lap during the sermon and fall asleep on her pearls.",
    "I've seen you lose a lot of weight this year and it scares me, I lay awake wonderin if you've eaten.",
    "Your laugh used to fill up this whole kitchen on Sunday afternoons and I miss it somethin awful.",
    "I want you to go to the treatment place in Jackson today, they got a bed waitin for you right now.",
    "I noticed you stopped comin to the Wednesday night suppers, and I missed sittin next to you.",
    "You were the best catcher the Pontotoc Warriors ever had, and I still got the picture from state on my fridge.",
    "Babe, I miss the man who used to slow dance with me in the kitchen to George Strait.",
    "Last month when you didn't come home for three nights I called every hospital between here and Birmingham.",
    "I am scared I'm gonna get a phone call one day sayin you're gone.",
    "I want my grandbabies to know the uncle that built them that treehouse.",
    "Please say yes today, son.",
    "I've watched your hands shake when you try to hold your coffee cup and it breaks my heart.",
    "You held my hand the whole way through Daddy's funeral and I carry that with me.",
    "I'm askin you to accept this help, not for me, but for you.",
    "Sissy, you taught me how to drive a stick in Granddaddy's old Ford and you were so patient with me.",
    "I felt so alone the day I found foil and a lighter in Kaylee's diaper bag.",
    "I'd give anything to have coffee with you on the porch again like we used to before work.",
    "Mama, you're the one who taught me what love looks like, and I'm givin it back the only way I know how.",
    "I pray for you every night, Tanner, and I believe God's not done with you.",
    "The folks at the center in Oxford are kind, I went and met them myself last Tuesday.",
    "I miss watchin Alabama games with you and fussin over the refs.",
    "When you came to my graduation, you were the loudest one hollerin my name and I was so proud.",
    "I'm worried about your heart, you been havin them chest pains and won't go see nobody.",
    "You're my big brother and I still look up to you.",
    "Jessie, I remember pickin blackberries with you out behind the barn and both of us gettin eat up with chiggers.",
    "I dont know how to help you by myself anymore, thats why I asked these folks to come.",
    "Our daughter asks me where Daddy is and I don't know what to tell her.",
    "My heart dropped when I saw you in the Walmart and for a second you didn't know who I was.",
    "Cody, you are a good man underneath all this and I have seen it with my own eyes.",
    "I hope real soon you'll take Brayden fishin again like you promised him.",
    "Meemaw kept your old room just the way you left it, quilt and all.",
    "Will you go with us this afternoon? Your bag is already packed and in my trunk.",
    "I remember you singin 'I'll Fly Away' at Grandpa's funeral and there wasn't a dry eye in that church.",
    "You used to call me on Sundays after church just to tell me about your week.",
    "Back in high school you drove me to my chemo appointments when Mama couldn't get off work.",
    "I felt ashamed of myself for hidin my purse from you, and I don't want to live like that no more.",
    "You're welcome at my table any day you're ready to get well.",
    "I want to see you walk Kaylee down the aisle one day.",
    "I'm willin to drive you up there myself and stay in a motel close by that first week.",
    "When I found you passed out in the truck in August I thought you were dead, and I shook for hours.",
    "Your nephew Colt can't wait to show you the calf he raised for the 4-H fair.",
    "I believe in you, and I believe treatment works, I watched it work for Brother Gary.",
    "Sugar, I want our life back, the one with the garden and the Friday night fish fries.",
]

DEV114_TRAPS: list[str] = [
    "My uncle Hollis was a drunk his whole life and died at fifty-two, and I don't want that for you.",
    "I was hooked on pills myself after my back surgery, so I know how that hunger talks to you.",
    "I will always love you, no matter what happens in this room today.",
    "I never stop prayin for you, not one night.",
    "We always had the best Fourth of July cookouts out at the lake house.",
    "Great job on your thirty days last spring, I was so proud of how hard you worked.",
    "Your doctor told us your kidneys are strugglin, and I want you to get the care you need.",
    "You told me yourself on the phone, 'Mama, I'm a mess and I don't know how to stop.'",
    "You are not a junkie to me, you're my baby boy.",
    "Sissy, you never once yelled at me the whole summer you taught me to drive.",
    "I'm proud to be your daddy, always have been and always will be.",
    "There's nothin you could ever do that would make me stop lovin you.",
    "You drove me to every one of my chemo appointments that spring and never complained once.",
    "Colt asks about you every time he comes over.",
    "We went to Gulf Shores every summer and you always built the biggest sandcastle on the beach.",
    "Meemaw was a lush in the sixties, she'll tell you herself, and she's been sober forty years now.",
    "I spent Saturday helpin Daddy clean out the barn and found your old fishin poles.",
    "Your daddy's daddy was a mean alcoholic, and you have never once been mean to me like that.",
    "I'm a recovering addict myself, eleven years this October, and there's a seat next to me at the meetings.",
    "Every time I hear Alan Jackson on the radio I think of you.",
    "Thank you for drivin Meemaw to her eye doctor in May, that meant the world to her.",
    "Kaylee is a total candy junkie, just like you were at her age.",
    "You're not a bad person and you're not a disgrace, you're sick and you can get well.",
    "Dr. Patel says your blood pressure is dangerously high and I'm scared for you.",
    "You have never been anything but gentle with your babies.",
    "The lady at the treatment center in Tupelo told me the first week is the hardest and that they'd call me every day.",
    "Pastor Reed said he'd be honored to visit you while you're in treatment.",
    "We all piled in the truck and drove to Dollywood the summer you turned twelve.",
    "We love you, all of us in this room, and we're not goin anywhere.",
    "Your counselor at the county program said you have depression and that it's treatable, and I believe her.",
    "You said 'I'm just a worthless junkie' to me on the porch last week, and it broke my heart cause it ain't true.",
    "Daddy always said you had the best arm in Lee County.",
    "You never forgot to call me on Mother's Day, not even last year.",
    "I'm not here to call you names or shame you, I'm here because I love you.",
    "Your best friend Dusty got clean in 2019 and he's the one who gave me the number for this place.",
    "I keep the house clean and your room ready for whenever you come home.",
    "Meemaw's biscuits were always the first thing gone at homecoming, and you always snuck two.",
    "You were the reason I made it through Daddy's passing.",
    "I'm sick of this disease, not of you.",
    "My first husband was a crackhead and I left him, but you are not him and I'm stayin.",
    "Proud of you for standin up at Brother Gary's baptism last fall, that took courage.",
    "The whole church has been prayin for you every Wednesday night.",
    "Way to go on gettin your GED back in '18, I still brag on you to the ladies at Bible study.",
    "I'll never forget the day you carried me piggyback two miles when I busted my ankle at Tishomingo.",
    "If you say yes today, I will be waitin at the door the day you get out.",
]

DEV114_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be payin your phone bill or your truck note no more.",
    "If you choose not to go, you can't stay in the camper behind the house, but I'll still answer when you call.",
    "If you turn this down, I won't bring the grandbabies around you until you're gettin help.",
    "If you don't go today, I'm not gonna cover for you with Mr. Haskins at the shop when you miss work.",
]
