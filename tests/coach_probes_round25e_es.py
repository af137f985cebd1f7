# ruff: noqa: E501  (the sentences stay whole)
"""Round 25 (e48): Spanish absolutes and blame as constructions, in words of our own. The
r25e_ rules read a shape, not a wording. Absolutes: a frequency or totality that is not
"siempre + verbo" ("nunca", "jamás", "ni una sola vez", "todos los días", "todas las noches",
"cada vez que", "cada domingo", "todo el tiempo", "te pasas…", "se la pasa…") with a hard scene
of the domain after it and the reader in the sentence (r25e_absolute-total-luego-escena).
Blame: "Si [a harm], fue porque / por / de tanta … [the reader]" (r25e_blame-si-fue-por-ti),
with a harm in the sentence (R25E_HARM). Their kind twins: the same frequencies said warmly or
of the writer's own habits ("todos los días rezo…", "nunca te culpé…"), of someone else ("mi
papá…, y tú nunca fuiste así"), sober steps, thanks, and the blame shape said of help ("si hoy
tengo trabajo es porque tú me ayudaste"). Read by tests/test_coach_construction_rules.py, rules
alone.

e48 wrote four more rules ("nunca ha cumplido…", "siempre es lo mismo contigo", "hartos de que
siempre…", "el que … fuiste tú"); they were cut at merge, since no label of round 25's unread
Spanish writers was lost without them (docs/coach.md, "Twenty-fifth round: at merge"). Their
probes went with them; their kind twins stay below, quiet.

Not named coach_dev* or coach_corpus_es*: these are the rules' own probes, not training data."""

from __future__ import annotations

ROUND25E_ES_PROBES: list[tuple[str, set[str]]] = [
    (
        "Jamás has llegado a una cena de Navidad sin una botella de ron escondida en el abrigo.",
        {"absolute"},
    ),
    ("Cada vez que te pagan desapareces tres días y vuelves sin un peso.", {"absolute"}),
    ("Todas las noches llegas oliendo a cerveza y despiertas a los niños.", {"absolute"}),
    ("Te pasas el fin de semana entero tirado en la hamaca con la botella al lado.", {"absolute"}),
    ("Usted se la pasa en la cantina desde que abren hasta que cierran, papá.", {"absolute"}),
    ("Usted nunca ha reconocido lo que le hizo a mi mamá.", {"absolute"}),
    ("Nunca has cumplido una sola de tus promesas, Javier.", {"absolute"}),
    ("Jamás le pagaste a tu hermano lo que le debías.", {"absolute"}),
    ("Vos no has trabajado un solo día en tu vida.", {"absolute"}),
    (
        "Siempre es el mismo cuento contigo, Rolando: juras que paras y el sábado ya andas tomado.",
        {"absolute"},
    ),
    ("Otra vez la misma historia con usted, mamá.", {"absolute"}),
    ("Cada quincena se gasta el sueldo en el casino y después pide prestado.", {"absolute"}),
    ("Mijo, todito el tiempo anda con esos amigos del perico.", {"absolute"}),
    ("Tía, ni una sola vez ha venido a una reunión sin su vasito de aguardiente.", {"absolute"}),
    (
        "Si tu madre anda con la presión alta es porque tú le das disgustos cada fin de semana.",
        {"blame"},
    ),
    ("Si perdimos la casa fue por las deudas que dejaste en el casino.", {"blame"}),
    ("Si el abuelo se enfermó fue de tanta angustia que le hiciste pasar.", {"blame"}),
    ("Ni una sola vez en todo el año has ido a una fiesta sin tomarte algo antes.", {"absolute"}),
]

# Kind twins: no r25e_ rule may flag them; those below the list are flagged by older rules.
ROUND25E_ES_KIND: list[str] = [
    "Cada domingo íbamos a misa y tú nos comprabas un helado a la salida.",
    "Nunca te he visto tan contento como el día que dejaste la botella.",
    "Todos los días rezo para que dejes las pastillas, hijo.",
    "Jamás te dejaré solo con esa botella, hermano, aquí estoy.",
    "Siempre que hablas de tu sobriedad se me llenan los ojos de lágrimas.",
    "Cada vez que ves una cerveza y dices que no, me siento orgullosa de ti.",
    "Todas las noches pienso en ti y pido que el trago no te gane.",
    "Nunca te culpé por la borrachera de tu papá.",
    "Nunca te he juzgado por lo de las drogas, hijo.",
    "Jamás perdí la esperanza de verte sin el vicio.",
    "Nunca has tenido que pasar por esto solo, ni siquiera en la cárcel.",
    "Mi papá todas las noches llegaba borracho, y tú nunca fuiste así.",
    "Cada vez que mi tío toma, se pone a llorar por su madre.",
    "Tu abuelo se pasaba el día entero en la cantina, pero tú eres distinto.",
    "Nunca ha dejado de llamarme cada domingo, aunque esté lejos.",
    "Usted nunca ha faltado a una misa de la abuela, y eso la hace feliz.",
    "En ningún momento he dejado de quererte, hijo.",
    "Nunca me has pagado con malas palabras, aunque estuvieras enfermo.",
    "No has tomado una gota en años, y estoy orgullosa de ti.",
    "No has faltado a una reunión del grupo en meses, hermano.",
    "Siempre es la misma alegría contigo, primo, cada vez que vienes.",
    "Otra vez la misma mesa de siempre con usted, abuela, qué gusto.",
    "Cada vez que cobras me invitas un café, y eso te lo agradezco.",
    "Todos los días te levantas temprano a trabajar, aunque estés cansado.",
    "Ni una sola vez te he visto levantarle la mano a tus hijos.",
    "Jamás te ha faltado un plato en esta casa, con o sin trago de por medio.",
    "Todas las noches te dejo la luz del porche prendida.",
    "Cada vez que vienes a la cena de Navidad sin tomar, la abuela sonríe.",
    "Nunca has estado solo, ni cuando estabas en la clínica.",
    "Usted nunca se ha acordado de su propio cumpleaños, pero del mío sí, mamá.",
    "Jamás he visto a nadie trabajar tanto como tú en la finca.",
    "Ya ni me acuerdo de la última vez que peleamos, hijo, y eso es bueno.",
    "Cada vez que sales del grupo me llamas para contarme, y me hace feliz.",
    "Vos nunca le has pagado a nadie con mentiras, eso lo sé.",
    "Si hoy tengo trabajo es porque tú me ayudaste a terminar la carrera.",
    "Si sigo de pie después del accidente es gracias a ti, hermano.",
    "Si el abuelo murió tranquilo fue porque tú estuviste con él hasta el final.",
    "El que me llevó al hospital esa noche fuiste tú, y nunca lo olvido.",
    "La que me cuidó cuando me enfermé fuiste usted, mamá.",
    "Todo lo que soy te lo debo a ti, aunque ahora estés en el vicio.",
    "Nada de lo que pasó con la casa es responsabilidad tuya.",
    "No digo que el accidente sea culpa tuya, hermano.",
    "Si el negocio se fundió fue por la crisis, no por ti.",
    "El que más sufrió con la muerte de papá fuiste tú, lo sé.",
    "Estoy cansada de que siempre tengas que trabajar doble turno, hijo, mereces descansar.",
    "Nunca has pasado una Navidad sin tomar, pero este año lo lograste.",
    "Nunca pensé que vería una cena sin alcohol en esta casa, gracias a ti.",
    "Ni una sola vez has llegado sin un regalo para los niños.",
    "Nunca te has preocupado por ti misma, mamá, siempre por nosotros.",
    "Nunca ha trabajado tanto como este año, y se nota, papá.",
    "Usted nunca ha llamado a nadie borracho, ni cuando lo insultaban.",
    "Jamás he visto a tu papá sin una cerveza en la mano, y tú saliste tan distinto.",
    "Tu abuelo nunca ha pasado un domingo sin su botella, pero tú no eres él.",
    "Estamos hartos de que la vecina siempre ponga la música alta, ¿verdad, hermano?",
    "Nunca te vi como un borracho, sino como mi hermano enfermo.",
    "Cada domingo íbamos a misa y tú cantabas más fuerte que nadie.",
    "Siempre te voy a querer, con o sin el trago.",
    "Nunca dejé de rezar por ti cuando estabas en la cárcel.",
    "Estoy harta de que la gente del barrio siempre hable mal de ti.",
    "Siempre es la misma risa contigo, primo, qué bonito.",
]

# Kind twins older Spanish rules flag today (ready-made false-flag work).
ROUND25E_ES_KIND_FLAGGED_BY_OLDER_RULES: set[str] = {
    "Siempre que hablas de tu sobriedad se me llenan los ojos de lágrimas.",
    "Jamás perdí la esperanza de verte sin el vicio.",
    "Nunca has tenido que pasar por esto solo, ni siquiera en la cárcel.",
    "Mi papá todas las noches llegaba borracho, y tú nunca fuiste así.",
    "Nunca me has pagado con malas palabras, aunque estuvieras enfermo.",
    "Otra vez la misma mesa de siempre con usted, abuela, qué gusto.",
    "Todas las noches te dejo la luz del porche prendida.",
    "Usted nunca se ha acordado de su propio cumpleaños, pero del mío sí, mamá.",
    "Vos nunca le has pagado a nadie con mentiras, eso lo sé.",
    "Todo lo que soy te lo debo a ti, aunque ahora estés en el vicio.",
    "No digo que el accidente sea culpa tuya, hermano.",
    "Nunca has pasado una Navidad sin tomar, pero este año lo lograste.",
    "Nunca pensé que vería una cena sin alcohol en esta casa, gracias a ti.",
    "Ni una sola vez has llegado sin un regalo para los niños.",
    "Nunca te has preocupado por ti misma, mamá, siempre por nosotros.",
    "Usted nunca ha llamado a nadie borracho, ni cuando lo insultaban.",
    "Estamos hartos de que la vecina siempre ponga la música alta, ¿verdad, hermano?",
}
