"""Round 23 (f46): kind sentences the rules flagged on round 23's writers, readable since its
merge (dev 137-156, Spanish dev 28-35), and the Spanish kind twins older rules flagged in
`ROUND23E_ES_KIND_FLAGGED_BY_OLDER_RULES` (tests/coach_probes_round23e_es.py). Each twin below
is in our own words, in the same kind of context as a writer's sentence, and was flagged by
main a3bd90f's rules (checked in a copy of its tree); the probes are harsh sentences beside
each guarded rule that the rules must still flag. Rules alone (`second_opinion=False`);
tests/test_coach_guards.py runs them."""

from __future__ import annotations

# Grouped by the kind of context; a comment names the macro or the guarded rule.
KIND_TWINS = [
    # the writer's own loss, said as a change seen in the reader ("you stopped coming to my …")
    "Since you started on the painkillers you've stopped coming to my recitals, Mom.",
    "The year you stopped coming to family dinner, Grandpa still saved your chair.",
    # the reader inspired the writer's choice (blame-because-of-you-p4)
    "You're the reason I opened the bakery, you always said I should.",
    # the writer's own apology or the reader's effort "for every one of them"
    "I used to drive you to every one of your hockey games and I never missed one.",
    # the writer's own "pathetic", "worthless" compared to the reader, a name not called
    "Pathetic as my cooking is, I made you soup every night you had the flu.",
    "Pathetic is how I felt after I lost my job, and you were the one who called me every day.",
    "I'm not here to call you lazy or pathetic, I'm here because I love you.",
    "I was a lonely, pathetic mess after the divorce, and you took me in.",
    # the weather, a fish (insult-shaming-words)
    "The heat in Phoenix is disgusting this week, 115 every afternoon.",
    # a name not called (NOT_CALLING, r9_label-they-call-you-a)
    "Nobody's calling you an addict tonight, not me and not your mother.",
    "I'm not calling you names, not junkie, not anything, just my son.",
    "I'm not writing to call you an addict or a drunk, I'm writing because I love you, Dad.",
    # the dead named kindly (F46_REST_HIS_SOUL); a third person's past (F46_THIRD_WAS)
    "Grandpa Joe, God rest him, was an alcoholic, and Dad still misses him.",
    "Our old cook Manny was a junkie when we hired him, and you were the one who drove him to"
    " rehab.",
    # the writer's own past ("drank like a lush")
    "I drank like a lush for a whole year after the divorce, so I know how hard this is.",
    # a warm always / never (F46_WARM_ALWAYS)
    "I always thought you'd make it as a comedian, you were always funnier than me.",
    "You have always been the one at my side when things got hard.",
    "I know you would never want to hurt your kids, that isn't who you are.",
    "If I ever made you feel like a failure, I'm sorry, because you never were one.",
    # a doctor's finding (F46_MEDIC_SAID)
    "The nurse told us you were going to be just fine, and I cried in the hallway.",
    "The surgeon said you'd need strong pain medication after the fall, and I never judged you.",
    # what people say, refused (F46_SAID_REFUSED); a chai junkie (F45_ME_ALL_KNOW)
    "Folks at the bar say 'once an addict, always an addict,' but I don't believe that about you"
    " at all.",
    "I know people have said things about you, but I won't repeat any of it.",
    "I'm a coffee junkie, everybody knows that, but I'd quit tomorrow to see you well.",
    # the writer's own part, a reader's kindness after someone else's failing
    "I'd be a sorry excuse for a brother if I stayed quiet now.",
    "The plumber we called was pathetic, but you were the one who fixed the leak.",
    # a welcome, a firsthand sound, a feared call, an offer to talk (F46_FEARED_CALL,
    # F46_OFFER_TO_TALK)
    "There's a room at our house with your name on it whenever you're ready.",
    "I heard you slur your words on the phone last Sunday, and it scared me.",
    "When the phone rings late I'm afraid it's the police calling to tell me you're gone.",
    "My old army buddy, Russ, is a recovering alcoholic and he said he'd sit down with you"
    " anytime.",
    # fond jokes, fresh air, thanks for every safe night
    "We still laugh about your terrible dad jokes at every family barbecue.",
    "They've got clean mountain air out there, you'd love it.",
    "Thank you for every night you came home safe to the kids.",
    # a sober choice praised (F46_SOBER_CHOICE)
    "At the reunion you ordered a soda instead of a beer, and I thought that was real classy.",
]

KIND_TWINS_ES = [
    # thanks for care (sarcasm-es-elogio)
    # an observation after "desde que empezaste" (blame-es-desde-que-empezaste)
    # a doctor's finding, an offer of coffee (hearsay-es-nombrado, r20c_hearsay-me-confio-que)
    "Tu médico dijo que tienes la presión muy alta, y eso me da miedo.",
    "Mi amigo Pepe fue alcohólico y ayer me dijo que le encantaría tomarse algo contigo.",
    # a warm "ni una vez" (absolute-es-ni-una-vez)
    "Ni una sola vez me has fallado cuando te llamé.",
    # a game spoiled in fun (blame-es-arruinaste)
    "Arruinaste mi sorpresa, pero fue muy divertido.",
    # "cómo fuiste capaz" of a brave step (blame-es-como-pudiste)
    "¿Cómo fuiste capaz de dejar el alcohol tú solo?",
    # "así me pagas" with hugs (blame-es-asi-pagas)
    "Así me pagas, con una sonrisa y un abrazo.",
    # "no hay un día" of missing the reader (absolute-es-no-hay-dia)
    "No hay una noche en que no te eche de menos.",
    # the writer's own sweet tooth (absolute-es-imperfecto)
    "Soy una adicta al chocolate, y tú siempre me escondías los bombones.",
    # praise with tears, a bad name denied by all, the writer's own never, a label denied
    "Qué lindo tocaste la guitarra anoche, me hiciste llorar.",
    "Nadie en casa cree que seas un mal padre.",
    "Sé que no lo haces por maldad, nunca lo he creído.",
    "Vos no sois un borracho pa mí, vos sois mi hermano.",
]

# (text, category, rule id or None): harsh sentences beside each guarded rule.
PROBES = [
    ("Since you started drinking, Grandma stopped coming to Sunday dinner.", "blame", None),
    ("You're the reason I started drinking.", "blame", "blame-because-of-you-p4"),
    (
        "You were drunk at every one of our family dinners.",
        "absolute",
        "r20a_absolute-at-every-one-of-them",
    ),
    ("You are pathetic.", "insult", "insult"),
    ("You're worthless to me.", "insult", "insult"),
    ("Everyone calls you a junkie.", "label", "r9_label-they-call-you-a"),
    ("You were always late.", "absolute", "absolute-always"),
    ("You would never listen to anyone.", "absolute", "absolute-never"),
    ("People say you were drunk at the wedding.", "hearsay", None),
    ("You're a poor excuse for a father.", "insult", None),
    ("Thank you for ruining Christmas.", "sarcasm", None),
    ("You're a lying, disgusting drunk.", "insult", "insult-your-whining-3"),
    ("You're a bad person.", "insult", "insult-judgement-2-2"),
    ("You're a terrible dad.", "insult", "insult-judgement-2-2"),
    ("You need to get clean.", "clean", "clean-get"),
    ("Every night you come home drunk.", "absolute", "absolute-every-occasion"),
    ("It's pathetic, watching you stumble around.", "insult", "insult-pitiful-watching"),
    ("This mess has your name all over it.", "blame", "blame-your-fingerprints"),
    (
        "The neighbours keep calling to tell me you were passed out in the yard.",
        "hearsay",
        "r19_hearsay-keeps-calling-to-say",
    ),
    ("You were a junkie when we hired you.", "label", None),
    ("Showing up drunk to the recital, real classy.", "insult", "r11c_insult-super-classy"),
]

PROBES_ES = [
    ("Gracias por arruinar la Navidad.", "sarcasm", None),
    ("Tu hermana dice que eres un borracho.", "hearsay", "hearsay-es-nombrado"),
    (
        "Desde que empezaste con las pastillas nos arruinaste la vida.",
        "blame",
        "blame-es-desde-que-empezaste",
    ),
    ("Ni una vez has dejado de beber.", "absolute", "absolute-es-ni-una-vez"),
    ("¿Cómo fuiste capaz de dejar a tus hijos solos?", "blame", "blame-es-como-pudiste"),
    ("Así me pagas, con mentiras.", "blame", "blame-es-asi-pagas"),
    ("Tú siempre me escondías las botellas.", "absolute", "absolute-es-imperfecto"),
    ("Me hiciste llorar toda la noche con tus gritos.", "blame", "blame-es-mira-lo-que"),
    ("Nadie aquí confía en ti.", "we", "we-es-ninguno-confia"),
    ("Eres un borracho.", "label", "label-es-un-borracho"),
    # a cantina is not a song: R21C_KIND_AFTER's "cant…" no longer reads "cantina"
    (
        "Cada vez que vamos a una boda acabas borracho y gritando en la cantina.",
        "absolute",
        "r21c_absolute-frecuencia-escena",
    ),
]
