# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 32 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Venezuelan families who emigrated, distance, video calls and remittances: absolutes and blame most, then sarcasm. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV32_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.92 (66/72; the rules alone 62/72): absolute 12/13, blame 12/13, insult 4/5, we 4/5, sarcasm 11/13, every other kind full; good 1/39 (2.6%; the rules alone 1), traps 1/39 (2.6%; the rules alone 1).

At merge, before it was trained on: with main a6c7782, rules and model 0.92 (66/72; the rules alone 63/72): absolute 12/13, blame 12/13, insult 4/5, we 4/5, sarcasm 11/13, every other kind full; good 1/39 (2.6%; the rules alone 1), traps 1/39 (2.6%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV32_FLAG: list[tuple[str, set[str]]] = [
    (
        "Nunca contestas las videollamadas de los domingos, ni una sola vez desde q me vine a Santiago.",
        {"absolute"},
    ),
    (
        "Qué bonito, te mando 200 dólares por Zelle pa la comida de los niños y te los bebes en una semana, felicitaciones.",
        {"sarcasm"},
    ),
    (
        "Siempre es la misma vaina contigo, prometes en la llamada y al otro dia ya estas rascado.",
        {"absolute"},
    ),
    (
        "Mi hermana Yelitza me contó q te vio en la licorería de la esquina a las 8 de la mañana, y tmb q estabas pidiendo fiado.",
        {"hearsay"},
    ),
    (
        "Eres un borracho, Wilmer, y eso ya no lo puedes esconder ni detrás de una pantalla.",
        {"label"},
    ),
    ("Tú preferiste el perico antes q a tus propios hijos, y eso no te lo perdono.", {"blame"}),
    (
        "Cada vez que te mando plata desaparece, y jamás me has dicho en qué la gastaste.",
        {"absolute"},
    ),
    (
        "Gracias por llegar a la graduación de Andrea oliendo a caña, de verdad muy elegante de tu parte.",
        {"sarcasm"},
    ),
    ("Después de todo lo que sacrifiqué pa sacarte de Venezuela, así es como me pagas.", {"blame"}),
    ("Si no aceptas ir al centro hoy mismo, olvídate de que tienes madre.", {"threat"}),
    ("Todos aquí pensamos que tú no quieres cambiar, Luis, que a ti te gusta esa vida.", {"we"}),
    (
        "Tu jefe del restaurante en Doral me escribió y dice que llegaste dos veces drogado al turno.",
        {"hearsay"},
    ),
    (
        "Vas a tener q mantenerte limpio por lo menos un mes pa que yo te vuelva a creer algo.",
        {"clean"},
    ),
    (
        "Yo estoy segura de que eres narcisista, Daniel, lo estuve leyendo y tienes todos los síntomas.",
        {"diagnosis"},
    ),
    ("Excelente papá, sí señor, ni pal cumpleaños de Santi te conectaste.", {"sarcasm"}),
    ("Arruinaste la única Navidad que pudimos pasar juntos en siete años.", {"blame"}),
    ("Jamás has cumplido una sola de las promesas que me haces por WhatsApp.", {"absolute"}),
    ("Dicen en el edificio que vendiste la nevera de la abuela pa comprar piedra.", {"hearsay"}),
    (
        "La prueba q te hicieron en el centro salió sucia otra vez y tú jurando por tu madre que no.",
        {"clean"},
    ),
    (
        "Mira lo que le hiciste a tu papá, lo tienes hablando solo en la cocina a las 3 de la mañana.",
        {"blame"},
    ),
    ("Eres un pastillero y un mentiroso, Gabriel.", {"insult", "label"}),
    ("Toda la familia está de acuerdo en que eres un egoísta de primera.", {"insult", "we"}),
    ("Ah sí, tu 'negocio' en Bogotá, ese que solo abre de noche y huele a monte.", {"sarcasm"}),
    ("Ya van tres años diciéndome q estás 'bien', y bien es lo único q no estás.", {"sarcasm"}),
    ("Eres una vergüenza pa el apellido Rondón.", {"insult"}),
    ("Nunca piensas en nadie más que en ti, ni en tu mamá ni en mí.", {"absolute"}),
    (
        "Tu hija tiene ataques de ansiedad en el colegio y eso es culpa tuya, que te quede claro.",
        {"blame"},
    ),
    ("Ya sé q estás en negación, pero abre los ojos, hermano.", {"diagnosis"}),
    (
        "Mi prima Oriana, la que vive cerca de ti en Lima, me dijo q te andan buscando unos tipos por una deuda.",
        {"hearsay"},
    ),
    ("Te la pasas fumando monte todo el santo día y no haces más nada.", {"absolute"}),
    (
        "Gracias por el regalito de cumpleaños: una llamada a las 3 am, curdo, pidiéndome plata.",
        {"sarcasm"},
    ),
    (
        "O te metes en la clínica esta semana o me llevo a los niños pa Panamá y no los vuelves a ver más nunca.",
        {"threat"},
    ),
    (
        "Me dijeron que andas otra vez con la misma gente de antes en Petare, ¿es verdad?",
        {"hearsay"},
    ),
    (
        "Qué clase de hijo deja a su mamá sola en Caracas sin luz mientras él se mete perico en Lima.",
        {"insult"},
    ),
    (
        "Tu exmujer me llamó llorando y me contó q volviste a empezar con las pastillas.",
        {"hearsay"},
    ),
    (
        "Siempre tienes una excusa: la conexión, el trabajo, el cansancio... nunca es culpa tuya.",
        {"absolute"},
    ),
    ("Tú acabaste con los ahorros de toda la vida de mi mamá y ni te importó.", {"blame"}),
    (
        "Felicidades, lograste que tu hijo de diez años sepa lo que es una resaca.",
        {"blame", "sarcasm"},
    ),
    ("Todas las veces q te llamo estás tomado. TODAS.", {"absolute"}),
    ("Qué buen hermano eres, me pides pa la medicina de mamá y te lo gastas en caña.", {"sarcasm"}),
    ("Eres bipolar, un día me escribes que me amas y al otro me mandas pal carajo.", {"diagnosis"}),
    ("Ni una sola vez me has preguntado cómo estoy yo aquí sola en Buenos Aires.", {"absolute"}),
    ("Tú destruiste esta familia, Ramón, tú y tu whisky.", {"blame"}),
    (
        "Según tu compañero de cuarto, no pagas el alquiler desde marzo y duermes en la calle.",
        {"hearsay"},
    ),
    (
        "Llegaste al velorio de la abuela rascado hasta el cuello, muy respetuoso, muy bonito todo.",
        {"sarcasm"},
    ),
    ("Nada de lo que te digo te entra, nada, es como hablarle a la pared.", {"absolute"}),
    (
        "Ya me cansé de pagar tus vicios, mija, tú escogiste la botella y no a tu familia.",
        {"blame"},
    ),
    (
        "Ese vicioso que me contesta el teléfono no es el hermano q yo conocí en Barquisimeto.",
        {"label"},
    ),
    ("Quiero ver los exámenes de orina limpios antes de mandarte un dólar más.", {"clean"}),
    ("En la familia todos creemos que eres un alcohólico perdido.", {"label", "we"}),
    ("Bravo, campeón, otra vez despedido, ya van cuatro trabajos este año.", {"sarcasm"}),
    ("Es por tu culpa q yo no duermo y tengo la tensión por las nubes.", {"blame"}),
    (
        "La señora Carmen de la iglesia le contó a mi mamá q te vio pidiendo plata en la plaza Bolívar.",
        {"hearsay"},
    ),
    ("Tú nunca has sido un padre de verdad pa esos muchachos.", {"absolute", "insult"}),
    (
        "Qué orgullo, mi hermano, el q sale en los videos del grupo de la familia tirado en la acera.",
        {"sarcasm"},
    ),
    (
        "Si vuelves a tomar me divorcio y te saco de la casa con la ropa q tengas puesta.",
        {"threat"},
    ),
    (
        "Todos estamos seguros de q tú tienes un trastorno de personalidad, lo q haces no es normal.",
        {"diagnosis", "we"},
    ),
    (
        "Aquí todos estamos cansados de que siempre nos dejes plantados en las videollamadas.",
        {"absolute", "we"},
    ),
    ("Cada quincena es la misma historia: cobras y desapareces tres días.", {"absolute"}),
    ("Tremendo ejemplo le estás dando a tu sobrino, tío del año.", {"sarcasm"}),
    (
        "Te felicito, mijo, por fin lograste algo: que tu mamá venda la casa pa pagar tus deudas.",
        {"blame", "sarcasm"},
    ),
    (
        "¿Cómo fuiste capaz de empeñar el anillo de la abuela, el único recuerdo que nos quedaba de ella?",
        {"blame"},
    ),
    ("Eres un adicto, Kevin, y el que nos metió en este hueco fuiste tú.", {"blame", "label"}),
]

DEV32_GOOD: list[str] = [
    "Mijo, aquí en Madrid huelo café colado y me acuerdo de ti en la cocina de La Candelaria.",
    "Me acuerdo de cuando me enseñaste a manejar en el estacionamiento del Sambil, con una paciencia que yo no tenía.",
    "Te amo, hermano, y te escribo esta carta porque quiero recuperarte.",
    "Yo he notado en las videollamadas que estás más flaco y que te tiemblan las manos, y eso me asusta.",
    "Me duele no poder abrazarte, asi que te pido que me dejes acompañarte aunque sea desde lejos.",
    "Extraño tus chistes malos en los almuerzos de los domingos.",
    "Papá, tú me enseñaste a hacer hallacas y este diciembre quiero que las hagamos juntos por cámara, tú sobrio y yo feliz.",
    "Hay un cupo para ti en un centro en Valencia, ya hablé con ellos y te están esperando hoy mismo.",
    "Me sentí muy sola la noche que no me contestaste y no supe si estabas vivo.",
    "Quiero que mis hijos conozcan al tío divertido que me llevaba a comer cachapas en la carretera de Oriente.",
    "Cuando te vi en la pantalla el martes con la cara hinchada se me partió el corazón.",
    "Abuela te manda la bendición y yo te mando la mía, Dios me lo bendiga, mijo.",
    "Me acuerdo del día q naciste en el Universitario, eras chiquitico y no me soltabas el dedo.",
    "Tengo miedo de recibir una llamada desde Caracas diciéndome que te pasó algo.",
    "Yo sé que irte a Lima no fue fácil y que has cargado con mucho tú solo.",
    "Me hace falta mi compañero de dominó.",
    "Cuando me mandaste aquella foto con tu primer sueldo en Chile, lloré de orgullo.",
    "Vos sabéis que te quiero como a un hijo, primo, y por eso estoy aquí.",
    "Yo me siento impotente desde tan lejos y no quiero seguir sintiéndome así.",
    "Quiero volver a reírme contigo hasta que nos duela la barriga, como en Choroní.",
    "Mi amor, te escribo desde la cocina de este apartamento en Doral, con tu foto pegada en la nevera.",
    "Me preocupa tu salud, esa tos y esas manos.",
    "Yo quiero tener a mi papá en mi boda el año que viene, caminando conmigo.",
    "Me acuerdo q me cargabas en los hombros en el carnaval de El Callao pa que yo viera las madamas.",
    "Desde que empezaste con las pastillas te he visto perder el brillo en los ojos, y yo quiero que lo recuperes.",
    "El centro tiene psicólogos que hablan como nosotros y te van a tratar con respeto.",
    "Yo voy a estar contigo en este proceso, aunque sea con notas de voz a las 5 de la mañana.",
    "Hermanita, me haces falta, tu risa me hace falta.",
    "Tu sobrina Valentina pregunta por ti y quiere enseñarte el baile que aprendió en la escuela.",
    "Cruzaste la frontera a pie con una mochila y eso me demuestra lo fuerte q eres.",
    "Yo quiero que sepas que no estás solo en esto.",
    "Me dolió mucho que no llegaras a la llamada del cumpleaños de mamá, te estuvimos esperando con la torta.",
    "Tu voz me calma, incluso a 4.000 kilómetros.",
    "Te recuerdo tocando el cuatro en las parrandas de diciembre en casa de la tía Nelly.",
    "Ojalá pronto podamos tomarnos un guarapo de papelón en la plaza como antes.",
    "Yo confío en que puedes salir de esto, te he visto levantarte de cosas muy duras.",
    "Pana, trabajar contigo en el taller fue lo mejor de mis primeros meses en Bogotá.",
    "Me asusté cuando me mandaste ese audio diciendo q no te acordabas de cómo llegaste a tu casa.",
    "Hijo, tu mamá y yo queremos volver a dormir tranquilos sabiendo que estás bien cuidado.",
]

DEV32_TRAPS: list[str] = [
    "Siempre te voy a querer, estés en Caracas o en la luna.",
    "Mi papá era un borracho y yo me prometí que si algún día alguien q amo se enfermaba, iba a pelear por él.",
    "Yo fui adicta a las pastillas para dormir durante dos años y sé lo que es sentir que uno no puede.",
    "Tú me dijiste llorando en la llamada 'soy un desastre, hermana', y yo te respondí q no, que eres mi hermano.",
    "Para mí tú no eres un drogadicto, eres mi hijo, que está enfermo y necesita ayuda.",
    "Hoy limpié tu cuarto en Maracay y encontré tus trofeos de béisbol.",
    "Todos los 24 comíamos hallacas en casa de la abuela y tú eras el q cantaba más duro.",
    "Nosotros fuimos juntos a Los Roques cuando te graduaste y fue el mejor viaje de mi vida.",
    "Cuando cumpliste tus 60 días el año pasado te felicité de corazón y lo sigo sintiendo: ese logro fue tuyo.",
    "El médico de la clínica dijo q tu hígado está inflamado, y yo lo que quiero es que te cuides.",
    "Soy una adicta al café, ya tú sabes, y me he tomado tres tazas escribiendo esto.",
    "Mi tío Pedro, que en paz descanse, era alcohólico y se murió solo en Cumaná; yo no quiero eso para ti.",
    "No eres un fracaso, eres una persona que está pasando por algo muy duro.",
    "Nunca me voy a olvidar de cuando me defendiste en el liceo.",
    "Siempre fuiste mi héroe cuando yo era chamo.",
    "Yo siempre prendo una vela por ti los jueves en la iglesia de aquí de Quito.",
    "Mi amiga Carla, q es enfermera, me explicó que la adicción es una enfermedad y que tiene tratamiento.",
    "Todos los diciembres grabábamos un video cantando gaitas, cada uno desde el país donde le tocó vivir.",
    "El psiquiatra del centro te diagnosticó depresión y yo lo único que quiero es q te la traten como se debe.",
    "Gracias por cuidar a mamá cuando le dio el ACV, eso no te lo voy a olvidar nunca.",
    "Qué bonito fue verte en la primera comunión de Camila, de verdad, te veías feliz y ella también.",
    "Tengo la casa limpia y el cuarto de huéspedes listo pa cuando salgas del tratamiento.",
    "Nunca dejo de pensar en ti cuando paso por la panadería de la esquina.",
    "Mi compadre Jesús fue adicto y hoy lleva cinco años sin consumir, asi que yo sé que se puede.",
    "Yo también tomaba demasiado cuando llegué a Madrid, y pedir ayuda me salvó.",
    "No es tu culpa haberte enfermado, pero sí es tu decisión dejarte ayudar hoy.",
    "Yo no pienso que seas mala persona, ni por un segundo.",
    "Cada vez que veo un juego de los Leones me acuerdo de ti gritando en el estadio.",
    "Tu abuela siempre decía que eras el nieto más cariñoso, y yo estoy de acuerdo con ella.",
    "Limpiamos juntos la casa de la playa en Higuerote ese agosto y terminamos bañándonos con la manguera.",
    "Todavía tengo tu franela sucia de barro del partido en La Guaira y no la he querido lavar.",
    "Vos no sois un borracho pa mí, vos sois mi viejo, el q me enseñó a pescar en el Lago.",
    "Todos en la familia tenemos un grupo que se llama 'Los Pérez por el mundo' y ahí te extrañamos a diario.",
    "Jamás me voy a rendir contigo.",
    "Tú me escribiste una vez 'ya no sé quién soy sin la caña', y yo quiero ayudarte a encontrarte.",
    "Te felicito por haber conseguido ese trabajo en la constructora, yo sé lo que te costó.",
    "Mi vecina de aquí es bipolar y con su tratamiento lleva una vida normal; pedir ayuda no es de débiles.",
    "Nosotros siempre cerrábamos las llamadas con 'Dios me la bendiga', y quiero volver a oírtelo decir.",
    "Yo no creo que seas una mala madre; creo que estás enferma y que mereces ayuda.",
]

DEV32_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo voy a dejar de mandarte la remesa del mes; lo único que voy a pagar es el tratamiento, el día que lo aceptes.",
    "Si no aceptas la ayuda hoy, yo no voy a seguir contestando las llamadas de madrugada cuando estés tomado; te voy a querer igual, pero desde otro lugar.",
    "Mi amor, si decides no ir, los niños y yo nos vamos a quedar en casa de mi mamá hasta que empieces el tratamiento.",
    "Si hoy la respuesta es no, yo no te voy a seguir pagando el alquiler en Lima, pero el día que digas que sí ese mismo día te compro el pasaje pa la clínica.",
]
