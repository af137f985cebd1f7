# ruff: noqa: E501  (the sentences stay whole)
"""Round 24 (e47): Spanish sarcasm as a construction, in words of our own. The r24e_ rules
read a shape, not a wording: praise, thanks, congratulations or a mock title that *opens* the
sentence ("Qué bonito, …", "Gracias por …", "Bravo, …", "Todo un caballero, …", "Puntualísimo,
…"; alone or after one interjection) or *closes* it after a comma ("…, qué elegancia.", "…,
felicidades.", "…, todo un detalle."), with a hard scene of the domain in the sentence
(R24E_SCENE: drink and drug slang, jail, pawning, the pay drunk away, arriving when everyone
had left) and no sincere step (R24E_SINCERE: sobriety, treatment, "ya no llegas borracho",
thanks for something done for the writer, a birth, tears of joy). Their kind twins: the same
openings and closings said sincerely, rules alone. Read by tests/test_coach_construction_rules.py
(the probes and twins) and tests/test_coach_guards.py (each rule alone, ROUND24E_ES_SPANS).

Not named coach_dev* or coach_corpus_es*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND24E_ES_PROBES: list[tuple[str, set[str]]] = [
    (
        "Qué bonito, Ramiro, presentarte al bautizo de tu ahijado con los ojos vidriosos y oliendo a ron.",
        {"sarcasm"},
    ),
    (
        "Gracias por la cena de Año Nuevo, tío, la pasamos de maravilla viéndote dormir la borrachera en el sofá.",
        {"sarcasm"},
    ),
    (
        "Felicidades, hermana: otra boda en la que terminas tambaleándote entre las mesas.",
        {"sarcasm"},
    ),
    ("Bravo, mijo, te bebiste la quincena entera antes del viernes.", {"sarcasm"}),
    ("Enhorabuena, papá, ya te conocen hasta en el calabozo del pueblo.", {"sarcasm"}),
    (
        "Todo un caballero, llegando a la primera comunión de tu hija con tres cubatas encima.",
        {"sarcasm"},
    ),
    (
        "Muy responsable, hermano, empeñar la guitarra del abuelo para pagarle al dealer.",
        {"sarcasm"},
    ),
    (
        "Ay, qué detalle, venir a mi cumpleaños cuando ya se habían ido todos los invitados.",
        {"sarcasm"},
    ),
    (
        "Tremenda Navidad nos diste, con la patrulla en la puerta a las dos de la mañana.",
        {"sarcasm"},
    ),
    (
        "Qué orgullo, primo, salir en el periódico del barrio por la fianza que pagó tu madre.",
        {"sarcasm"},
    ),
    (
        "Puntualísima, mamá, llegaste al recital de Inés cuando ya estaban recogiendo las sillas.",
        {"sarcasm"},
    ),
    ("Gracias a usted, don Beto, mis hijos saben lo que es una celda.", {"sarcasm"}),
    (
        "¡Qué elegante te veías en la foto de la boda, con la corbata en la cabeza y la botella en la mano!",
        {"sarcasm"},
    ),
    ("Un aplauso para ti, que te fumaste el alquiler de marzo.", {"sarcasm"}),
    (
        "Muy buen padre, de verdad, enseñándole a tu hijo a esnifar en el baño de la fiesta.",
        {"sarcasm"},
    ),
    ("Pues qué bien, otro domingo que no te puedes tener en pie antes de la comida.", {"sarcasm"}),
    (
        "Vaya fiesta de quince años, con el papá de la quinceañera pasado de copas en la pista.",
        {"sarcasm"},
    ),
    (
        "Señor perfecto, el que pidiéndole plata a la abuela se gasta la pensión en birras.",
        {"sarcasm"},
    ),
    ("Llegaste a la graduación de tu hijo oliendo a aguardiente, qué elegancia.", {"sarcasm"}),
    ("Te gastaste la plata del colegio de los niños en el casino, felicidades.", {"sarcasm"}),
    ("Le vendiste la bicicleta de tu hija a un prestamista, todo un detalle.", {"sarcasm"}),
    ("Otra vez en el calabozo el fin de semana de mi boda, eso ya es un récord.", {"sarcasm"}),
    (
        "Te encontramos dormido en el coche con la puerta abierta y una botella vacía, quedamos encantados.",
        {"sarcasm"},
    ),
    ("Qué generoso, tío, pagarles las cervezas a todos con la plata de la luz.", {"sarcasm"}),
    ("Elegantísimo, papá, en la boda de tu sobrina vomitando detrás del pastel.", {"sarcasm"}),
]

ROUND24E_ES_KIND: list[str] = [
    "Qué bonito verte en el bautizo de tu ahijado con los ojos brillando de alegría.",
    "Gracias por la cena de Año Nuevo, tío, fue la primera sin una sola botella en la mesa.",
    "Felicidades, hermana, por tus dos años sin tomar: bailaste toda la boda sin una copa.",
    "Bravo, mijo, pagaste la quincena de la renta a tiempo y sin deudas.",
    "Enhorabuena, papá, ya te conocen en las reuniones del grupo como el que llega primero.",
    "Todo un caballero, llegaste a la primera comunión de tu hija con flores para su mamá.",
    "Muy responsable, hermano, recuperar la guitarra del abuelo de la casa de empeño con tu primer sueldo.",
    "Qué detalle, venir a mi cumpleaños cuando estabas tan cansado del trabajo.",
    "Gracias por sacarme de la cárcel aquella noche, nunca te lo voy a olvidar.",
    "Gracias por visitarme en el calabozo cuando nadie más quiso ir.",
    "Gracias por pagar mi fianza y no preguntarme nada.",
    "Qué orgullo, primo, salir en el periódico del barrio por tu trabajo con los jóvenes.",
    "Puntualísima, mamá, llegaste al recital de Inés antes que nadie y le guardaste el lugar.",
    "Felicidades por el nacimiento de tu hija, que llegó a las tres de la mañana.",
    "Qué bonito que ya no llegas tambaleándote a las comidas.",
    "Gracias por quedarte conmigo hasta las cuatro de la mañana cuando murió la abuela.",
    "Muy buen padre, de verdad, enseñándole a tu hijo a andar en bicicleta.",
    "Un aplauso para ti, que dejaste la botella hace un año.",
    "Qué valiente fuiste al pedir ayuda en el centro de rehabilitación.",
    "Tremenda fiesta de quince años, y tú sin probar una cerveza en toda la noche.",
    "Qué bonito ver a la bebé gatear por la sala mientras tú la mirabas.",
    "Gracias por la noche en vela que pasaste conmigo en el hospital.",
    "Felicidades por el nuevo trabajo, papá, te lo ganaste.",
    "Te vi tan contento en la boda, qué elegancia la tuya.",
    "Terminaste el programa y celebraste con tu familia, felicidades.",
    "Dejaste la cerveza y ahora corres maratones, todo un ejemplo.",
    "Sé que tomabas mucho cuando eras joven, y aun así siempre llegaste a mis partidos, gracias mil.",
    "Gracias por la vez que me llevaste a urgencias a las tres de la mañana.",
    "Qué orgullo verte salir del centro con tus seis meses sobrio.",
    "Felicidades por la bebé: nació a las cinco de la mañana y ya gatea.",
    "Gracias a ti dejé la cerveza.",
    "Menuda sorpresa nos diste al llegar sobrio a la cena.",
    "Todo un detalle que vinieras a la boda sin una cerveza en la mano.",
    "Vaya susto nos dio la policía cuando se equivocó de casa.",
    "Tremendo partido jugó tu hijo, y tú gritando en la tribuna sin una chela.",
    "Qué bien cantaste en la boda, aunque el novio ya iba pasado de copas.",
    "Muy buen trabajo, hermano, ayudando a los muchachos del barrio a dejar las drogas.",
    "Gracias por todo, papá, sé que la cárcel te cambió para bien.",
    "Gracias a ti salí de la cárcel con un trabajo esperándome.",
    "Gracias a usted no terminé en la calle ni en la cárcel.",
    "Qué bueno que la policía te encontró a tiempo.",
    "Qué suerte que la patrulla pasaba por ahí cuando chocaste.",
    "Qué fuerte fue verte en la celda, hijo, y aun así te quiero.",
    "Querido papá, sé que la cárcel fue dura para ti.",
    "Muy valiente, mamá, contarle al juez lo de las pastillas y pedir ayuda.",
    "Qué bonito, las velas prendidas en la mesa de Navidad.",
    "Qué lindo el arbolito con las luces prendidas.",
    "Qué orgullo, te levantas a las cinco de la mañana para ir a trabajar.",
    "Qué valiente, mantenerte en pie después de todo lo que pasó.",
    "Muy valiente, papá, ir a trabajar sin poder caminar por la rodilla.",
    "Qué valiente, te la juegas por tus hijos todos los días.",
    "Qué bien, te lo metiste en la cabeza y lo lograste.",
    "Qué orgullo, eres la heroína de esta familia.",
    "Qué bonito cantaste en la misa, muy entonado.",
    "Qué valiente, empeñarte en terminar la carrera con tres hijos.",
    "Gracias por prestarme para la fianza del piso cuando me mudé.",
    "Fuiste a verme a la cárcel cada domingo, gracias.",
    "Qué bonito, la última escena de la obra de tu hija.",
    "Gracias por tu show de magia en el cumpleaños de Lucía.",
    "Felicidades, tres días después de la operación ya caminabas.",
]

# Kind twins that rules older than this block flag (for the false-flag work).
ROUND24E_ES_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "Gracias por la cena de Año Nuevo, tío, fue la primera sin una sola botella en la mesa.",
    "Muy responsable, hermano, recuperar la guitarra del abuelo de la casa de empeño con tu primer sueldo.",
    "Felicidades por el nacimiento de tu hija, que llegó a las tres de la mañana.",
    "Qué bonito que ya no llegas tambaleándote a las comidas.",
    "Un aplauso para ti, que dejaste la botella hace un año.",
    "Qué bonito ver a la bebé gatear por la sala mientras tú la mirabas.",
    "Gracias por la vez que me llevaste a urgencias a las tres de la mañana.",
    "Felicidades por la bebé: nació a las cinco de la mañana y ya gatea.",
    "Qué bien cantaste en la boda, aunque el novio ya iba pasado de copas.",
    "Muy buen trabajo, hermano, ayudando a los muchachos del barrio a dejar las drogas.",
    "Gracias por todo, papá, sé que la cárcel te cambió para bien.",
    "Gracias a ti salí de la cárcel con un trabajo esperándome.",
    "Gracias a usted no terminé en la calle ni en la cárcel.",
    "Qué suerte que la patrulla pasaba por ahí cuando chocaste.",
    "Qué bonito, las velas prendidas en la mesa de Navidad.",
    "Qué lindo el arbolito con las luces prendidas.",
    "Qué orgullo, te levantas a las cinco de la mañana para ir a trabajar.",
    "Qué valiente, mantenerte en pie después de todo lo que pasó.",
    "Qué orgullo, eres la heroína de esta familia.",
    "Qué bonito cantaste en la misa, muy entonado.",
    "Qué valiente, empeñarte en terminar la carrera con tres hijos.",
    "Gracias por prestarme para la fianza del piso cuando me mudé.",
}

# Each rule alone, where the praise stands (tests/test_coach_guards.py): the opening at the
# sentence's start, after one interjection or after another sentence, with a scene; not
# reported inside a clause, not without a scene, not beside a sincere step; the closing only
# at the sentence's end.
OPENING = "r24e_sarcasm-elogio-inicio-escena"
CLOSING = "r24e_sarcasm-elogio-cierre-escena"
ROUND24E_ES_SPANS: list[tuple[str, str, bool]] = [
    (OPENING, "Qué bonito, presentarte a la posada con tres caguamas encima.", True),
    (OPENING, "Ay, qué bonito, presentarte a la posada con tres caguamas encima.", True),
    (
        OPENING,
        "Te esperamos toda la noche. Qué bonito, presentarte a la posada con tres caguamas encima.",
        True,
    ),
    (OPENING, "¡Gracias por la posada, con tres caguamas encima!", True),
    (OPENING, "Mi tía dijo que qué bonito verte en la posada con tres caguamas encima.", False),
    (OPENING, "Qué bonito, presentarte a la posada con un pastel para la abuela.", False),
    (OPENING, "Qué bonito, presentarte a la posada sin una caguama en la mano.", False),
    (CLOSING, "Llegaste a la posada con tres caguamas encima, qué bonito.", True),
    (CLOSING, "Llegaste a la posada con tres caguamas encima, qué bonito, eh.", True),
    (
        CLOSING,
        "Llegaste a la posada con tres caguamas encima, qué bonito lo que dijo el cura.",
        False,
    ),
    (CLOSING, "Llegaste a la posada con un pastel para la abuela, qué bonito.", False),
    (CLOSING, "Llegaste a la posada y no probaste una caguama, qué bonito.", False),
]
