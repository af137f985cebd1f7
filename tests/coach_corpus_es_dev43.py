# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 43 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Dominican aunts and cousins, chisme and teasing: hearsay and sarcasm most, then absolutes. The writer was asked to keep calm consequences apart, as
DEV43_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.89 (72/81; the rules alone 68/81): label 3/5, absolute 11/13, blame 12/13, insult 4/5, hearsay 13/14, sarcasm 13/15, every other kind full; good 1/40 (2.5%; the rules alone 1), traps 5/41 (12.2%; the rules alone 4).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.89 (72/81; the rules alone 68/81): label 3/5, absolute 11/13, blame 12/13, insult 4/5, hearsay 13/14, sarcasm 13/15, every other kind full; good 1/40 (2.5%; the rules alone 1), traps 5/41 (12.2%; the rules alone 4).

After both figures, one sentence equal word for word to a held-out one was taken out unread
(tests/test_coach_heldout_newest.py, the leak test).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV43_FLAG: list[tuple[str, set[str]]] = [
    (
        "La prima Yokasta me dijo q te vio el sábado en el colmado de Los Mina con una Presidente en cada mano, a las diez de la mañana.",
        {"hearsay"},
    ),
    (
        "Ay sí, muy bonito, el tío del año, llegaste al cumpleaños de Nicole jumeao y tumbaste el bizcocho.",
        {"sarcasm"},
    ),
    (
        "Tú siempre tienes una excusa, mijo, siempre, el carro, el trabajo, la novia, nunca es el romo.",
        {"absolute"},
    ),
    (
        "Por culpa tuya tu mamá tuvo que vender la casita de Baní pa pagar lo q tú debías.",
        {"blame"},
    ),
    (
        "Dizque tú estás trabajando en un taller en Villa Consuelo, pero Ramón pasó por allá y nadie te conoce.",
        {"hearsay"},
    ),
    (
        "Felicidades, Junior, qué logro tan grande empeñar la cadena de oro de abuela pa comprar perico.",
        {"sarcasm"},
    ),
    (
        "Nunca, ni una sola vez, has llegado a tiempo a algo de esta familia desde que empezaste con esas pastillas.",
        {"absolute"},
    ),
    (
        "Después de to lo q yo he hecho por ti, cuidarte los muchachos, prestarte cuartos, así es que tú me pagas.",
        {"blame"},
    ),
    (
        "Tu jefe de la bomba le contó a Fernando que te botaron por llegar oliendo a ron tres días seguidos.",
        {"hearsay"},
    ),
    (
        "Qué elegante tú te veías en la boda de Massiel, dormido en la mesa con la corbata metida en el plato.",
        {"sarcasm"},
    ),
    (
        "Todo el barrio anda diciendo q tú estás metido en el cristal, y yo ya no sé ni qué contestarle a la gente.",
        {"hearsay"},
    ),
    (
        "Usted lo que es un borracho, Papo, y ya era hora de que alguien se lo dijera en la cara.",
        {"label"},
    ),
    (
        "Cada vez que te llamo estás 'ocupado', y yo sé muy bien en qué es que tú andas ocupado.",
        {"absolute", "sarcasm"},
    ),
    (
        "Tú le destrozaste el corazón a tu mamá y eso va en tu cuenta, no en la de nadie más.",
        {"blame"},
    ),
    (
        "Eres una vergüenza pal apellido Peralta, mano, el abuelo se estaría revolcando en la tumba.",
        {"insult"},
    ),
    (
        "Toda la familia está de acuerdo en que tú no estás en condiciones de cuidar a Dylan solo.",
        {"we"},
    ),
    (
        "La doña de al lado me contó q oyó tus gritos a las tres de la mañana y que tuvo que venir la policía.",
        {"hearsay"},
    ),
    (
        "Mira q bonito, gastarte el cheque de la renta en una noche en el Malecón, muy bien pensado, economista.",
        {"sarcasm"},
    ),
    ("Jamás te has preocupado por nadie que no seas tú.", {"absolute"}),
    (
        "Tú escogiste la botella antes que a tus propios hijos, y eso a mí no se me olvida.",
        {"blame"},
    ),
    (
        "Me da asco verte así, hecho un tecato flaco tirado en la galería de abuela.",
        {"insult", "label"},
    ),
    (
        "Firma hoy o te tiro tus motetes a la calle esta misma noche, a mí no me importa quién vea.",
        {"threat"},
    ),
    ("Tu prueba del programa salió sucia otra vez, y la de antes tmb.", {"clean"}),
    (
        "Oye, campeón, otra vez preso en La Victoria, ya tú tienes reservación fija allá.",
        {"sarcasm"},
    ),
    (
        "Tú lo que eres es un narcisista, Rafi, y eso no me lo tiene que decir ningún doctor.",
        {"diagnosis"},
    ),
    ("Estás en negación total, mi amor, tú crees q nadie se da cuenta de na.", {"diagnosis"}),
    ("Nosotros ya estamos todos cansados de tus cuentos y de tus promesas de enero.", {"we"}),
    (
        "Tu primo Manuel dice que te vio en un punto en Capotillo con un tal Kelvin, y que tú no te podías ni parar.",
        {"hearsay"},
    ),
    (
        "Ah, pero qué buen hijo, que solo te acuerdas de tu mamá el día que ella cobra la pensión.",
        {"absolute", "sarcasm"},
    ),
    (
        "Tú me arruinaste la graduación, Yeison, con aquel show en el Jaragua delante de mis compañeros.",
        {"blame"},
    ),
    ("Cuando ya tengas seis meses limpio, ahí hablamos de la llave de la casa.", {"clean"}),
    (
        "Me contaron en la iglesia que te vieron pidiendo cuartos en la parada de la 27.",
        {"hearsay"},
    ),
    (
        "Bravo, mijo, aplausos, tres carros chocados en dos años, ya tú eres piloto de Fórmula 1.",
        {"sarcasm"},
    ),
    (
        "Tú nunca cumples lo que prometes, ni con los muchachos, ni con tu mujer, ni conmigo.",
        {"absolute"},
    ),
    ("Mira lo que le hiciste a esta familia, que ya ni Navidad celebramos.", {"blame"}),
    (
        "La tía Chela anda diciendo q tú le cogiste los aretes de oro, y yo le creo, pa que tú sepas.",
        {"hearsay"},
    ),
    (
        "Gracias por venir al velorio de abuelo tan 'arreglado', con los ojos como dos tomates, muy respetuoso de tu parte.",
        {"sarcasm"},
    ),
    (
        "Siempre es lo mismo contigo: lloras, prometes, y al otro día otra vez en el colmado.",
        {"absolute"},
    ),
    ("Tú eres la razón de q Yari se fuera pa Nueva York con los niños.", {"blame"}),
    (
        "Tú eres un bipolar, un día eres el más cariñoso y al otro te quieres comer a to el mundo.",
        {"diagnosis"},
    ),
    ("Cheo el de la esquina me dijo que andas otra vez con la gente de Cristo Rey.", {"hearsay"}),
    (
        "Ay, perdón, se me olvidaba que tú 'controlas' el trago, que tú no eres como los demás.",
        {"sarcasm"},
    ),
    (
        "Todos aquí pensamos lo mismo, que a ti lo único que te importa es tu vaina.",
        {"absolute", "we"},
    ),
    (
        "O te internas esta semana o para mí tú estás muerto, Henry, y no me vuelvas a llamar tía.",
        {"threat"},
    ),
    (
        "Nada de lo que tú haces sale bien, to lo dejas a medias, el curso, el trabajo, el matrimonio.",
        {"absolute"},
    ),
    (
        "Qué clase de padre deja a su hija esperándolo en la graduación porque se quedó durmiendo la juma?",
        {"insult"},
    ),
    ("Un drogadicto como tú no debería ni cargar a ese bebé.", {"insult", "label"}),
    ("Ni pal bautizo de tu ahijada te pudiste mantener limpio dos dias seguidos.", {"clean"}),
    (
        "Dicen por ahí que te estás inyectando, y yo no lo quise creer hasta que te vi los brazos.",
        {"hearsay"},
    ),
    (
        "Qué maravilla de esposo, mi hermana trabajando doble turno y tú en la casa fumando yerba y viendo pelota.",
        {"sarcasm"},
    ),
    ("Cómo pudiste robarle a tu propia abuela, la que te crió desde chiquito?", {"blame"}),
    (
        "Tú siempre llegas a la casa después de las cuatro, tambaleándote, y despiertas a to el mundo.",
        {"absolute"},
    ),
    (
        "Estamos todos de acuerdo, la familia entera, en que tú te estás burlando de nosotros.",
        {"we"},
    ),
    (
        "Si no aceptas el tratamiento hoy, olvídate de que tienes hijos, porque no los vas a ver más nunca.",
        {"threat"},
    ),
    (
        "Mi comadre me dijo que su hijo te vendió pastillas la semana pasada, y ella no tiene por qué mentirme.",
        {"hearsay"},
    ),
    (
        "Ay sí, tú estás 'perfectamente bien', por eso te caíste en la escalera del tren el lunes.",
        {"sarcasm"},
    ),
    ("Eres un cokero y un mentiroso y tus hijos lo saben.", {"insult", "label"}),
    (
        "Felicidades por tus 'treinta días', que duraron lo que dura un pan en la puerta de un colegio.",
        {"sarcasm"},
    ),
    (
        "Eso q tú tienes es un trastorno de personalidad, yo lo leí en internet y eres tú clavaito.",
        {"diagnosis"},
    ),
    ("Tú nunca has aguantado un año entero en ningún trabajo, ni uno.", {"absolute"}),
    ("Por tu culpa a mí me subió la presión y fui a parar al Moscoso Puello.", {"blame"}),
    (
        "Tan responsable tú, dejando a la niña sola en el carro pa meterte en el bar 'un ratico'.",
        {"sarcasm"},
    ),
    (
        "Ya sé que vas a decir que tú no tienes ningún problema, igualito que dice cualquier alcohólico como tú.",
        {"label"},
    ),
    (
        "La trabajadora social del programa me llamó y me dijo que tu examen de orina salió sucio.",
        {"clean", "hearsay"},
    ),
    (
        "Como te vuelva a ver en esa esquina con esa gente, te saco a correazos delante de to el barrio, tú verás.",
        {"threat"},
    ),
    (
        "Gracias a ti, de verdad muchas gracias, ahora papi tiene que seguir trabajando a los 70 años pa pagar tus deudas.",
        {"blame", "sarcasm"},
    ),
    (
        "Tu hermana me contó que por tu culpa perdió el trabajo en el banco, de tanto salir a buscarte de madrugada.",
        {"blame", "hearsay"},
    ),
    (
        "Cada fin de semana es el mismo show, tú bebiendo y tu mujer recogiéndote del piso, y todo eso es culpa tuya.",
        {"absolute", "blame"},
    ),
    (
        "Nunca llamas, nunca escribes, pero el día q necesitas pa tus pastillas ahí sí te acuerdas de la tía.",
        {"absolute"},
    ),
    (
        "Dizque tú andas diciendo en el trabajo que tu familia te abandonó, con to lo que yo me he sacrificado por ti.",
        {"blame", "hearsay"},
    ),
]

DEV43_GOOD: list[str] = [
    "Yo me acuerdo cuando tú me enseñaste a bailar bachata en el patio de abuela, con el radio de pilas.",
    "Te quiero mucho, primo, y estoy aquí porque me haces falta.",
    "Desde la Navidad pasada te he visto más flaco y con las manos temblando, y eso me tiene con el corazón en la boca.",
    "Tú fuiste el primero que llegó a la clínica cuando nació Ashley, con un peluche más grande que tú.",
    "Yo quiero que aceptes la ayuda hoy, la cama en el centro está lista y te esperan esta misma tarde.",
    "Me hace falta mi compañero de dominó de los domingos en la marquesina.",
    "Cuando te oigo por teléfono arrastrando las palabras me da un miedo que no te puedo explicar.",
    "Yo sueño con verte otra vez en Boca Chica tirándole agua a los sobrinos.",
    "Cuando me fracturé el pie tú me cocinabas y me llevabas al médico en tu motor.",
    "Te pido de rodillas q vayas al centro, yo te llevo y me quedo contigo hasta que entres.",
    "Me duele ver que ya no vienes a los cumpleaños de los niños.",
    "Yo estuve en emergencia contigo en marzo y pensé que te perdía, mi hijo.",
    "Tengo fe en ti, manito, y en el hombre que tú eres debajo de todo esto.",
    "Me acuerdo de tu risa cuando ganaste el concurso de merengue en el liceo.",
    "Papá Chago te quería muchísimo y yo sé que él querría verte sano.",
    "El mes pasado tenías los ojos amarillos y yo me asusté tanto que no dormí esa noche.",
    "Yo te perdono lo de los cuartos, lo que quiero es a mi hermano de vuelta.",
    "Yo no vine a pelear contigo, vine porque te amo y tengo miedo.",
    "Extraño el sancocho que tú hacías, con el humo llenando la cocina y la música a to volumen.",
    "Me preocupa que estés manejando después de tomar, yo no quiero recibir esa llamada.",
    "Cuando eras chiquito te subías en mis hombros pa ver los diablos cojuelos en el carnaval de La Vega.",
    "Quiero volver a ver al Luis alegre que me llevaba a comer chimi en la Duarte.",
    "Mi amor, yo me casé contigo porque eras el hombre más noble que yo había conocido, y todavía lo veo en ti.",
    "Ashley hizo este dibujo pa ti, somos nosotros tres en el parque, míralo.",
    "Yo he notado que ya casi no comes y que duermes hasta las tres de la tarde, y ese no eres tú.",
    "Cuenta conmigo pa lo que necesites en el tratamiento, las visitas, la ropa, lo que sea.",
    "Me encantaría volver contigo a Jarabacoa a bañarnos en el río.",
    "Tú me defendiste en la escuela cuando unos muchachos me quitaban la merienda, y eso lo llevo aquí.",
    "Me dolió mucho que no llegaras a mi boda, te guardé la silla hasta el final de la fiesta.",
    "Sé que esto no es fácil de escuchar, pero te lo digo con to el cariño que te tengo.",
    "Tengo tu maleta hecha en el carro y el programa te recibe hoy mismo.",
    "Te vi llorar en el funeral de papi y quise abrazarte pero ya te habías ido.",
    "Le prendí una velita a la Altagracia por ti cuando fui a Higüey en enero.",
    "Ojalá el año que viene podamos celebrar tu cumpleaños juntos y tranquilos.",
    "Tú eres bien inteligente, arreglabas las neveras de medio barrio sin manual ni na.",
    "Me da mucha tristeza que Dylan ya no quiera que lo recojas en la escuela.",
    "Yo quiero que mis nietos conozcan al papá que me crió a mí, el que cantaba boleros en el balcón.",
    "Desde que empezaste con la coca te noto nervioso y ya no me miras a los ojos.",
    "Yo trabajo contigo en el almacén hace ocho años y tú eras el que le ponía apodo a todo el mundo y nos hacía reír.",
]

DEV43_TRAPS: list[str] = [
    "Yo siempre voy a ser tu tía, pase lo que pase, aunque me hagas rabiar.",
    "Los domingos todos nos juntábamos en casa de abuela pa comer locrio, y tú eras el que ponía la música.",
    "Mami y yo le dimos una limpieza profunda a tu carro y le pusimos el ambientador de coco que te gusta.",
    "Mi papá era un borracho y yo sé lo que es crecer con eso, por eso no quiero lo mismo pa tus hijos.",
    "Yo fui adicta a las pastillas cuatro años y hoy tengo once sobria, así que sé que se puede salir.",
    "Tú no eres un tecato pa mí, tú eres mi hermanito, el que yo cargaba en brazos.",
    "Felicidades de corazón por los noventa días que hiciste el año pasado, yo vi lo feliz que estabas.",
    "Tu doctora en Santiago me explicó que tu hígado está inflamado, y yo quiero que lo cuides xq te quiero viejito.",
    "Tú mismo me dijiste 'prima, yo soy un desastre', y yo te contesté que no, que tú tienes arreglo.",
    "Yo soy adicta al café y a las novelas turcas, eso lo sabe to el mundo, pero esto es otra cosa.",
    "Mi tío Fello murió alcohólico en Santiago y yo no quiero enterrar a otro hombre de esta familia así.",
    "Tú siempre fuiste el más cariñoso con abuela, le dabas masajes en los pies cuando le dolían.",
    "Todos los diciembres hacíamos el angelito y tú siempre te robabas el show disfrazado de Santa Clos.",
    "Yo nunca he dejado de creer en ti, ni un solo día.",
    "Mi hermana dice que la casita de la playa está limpiecita y esperándote pa cuando salgas.",
    "Nosotros fuimos juntos al Cibao a ver a las Águilas y gritamos hasta quedarnos roncos.",
    "Todos te queremos, primo, y todos estamos aquí hoy por ti.",
    "Bravo por el trabajo nuevo en el hotel de Punta Cana, de verdad que me puse orgullosa de ti.",
    "La culpa de no haber hablado antes es mía, yo me hice la loca mucho tiempo.",
    "Yo tmb fui una borrachita de fin de semana en mis tiempos de la UASD, así que no vengo a juzgarte.",
    "El perro está loco por verte, siempre se sienta en la puerta esperando que llegues.",
    "Wilson, el de la iglesia, era un tecato de los peores y hoy es pastor, así que yo sé que hay salida.",
    "Tú me dijiste llorando 'tía, yo no quiero ser un borracho como mi papá', y yo te creí y te sigo creyendo.",
    "Qué orgullo cuando te graduaste de técnico en refrigeración, fuiste el primero de la familia con diploma.",
    "Tú no eres un caso perdido ni una vergüenza, tú eres una persona enferma que se puede curar.",
    "El cardiólogo del Cedimat dijo que tu corazón está débil, y yo necesito que tú vivas muchos años más.",
    "Cuando me divorcié tú siempre me llamabas pa ver cómo yo estaba, y eso nunca se me va a olvidar.",
    "Gracias por haber ido al acto de Kiara en diciembre, ella todavía habla de eso.",
    "Yo no pienso que tú eres un mal padre, pienso que estás enfermo y atrapado.",
    "En mi casa todos somos adictos a la pelota y a las habichuelas con dulce, eso viene de abuelo.",
    "La psicóloga del programa me enseñó que la adicción es una enfermedad y no un defecto, y eso me cambió el corazón.",
    "Mi primer marido fue un alcohólico violento, y tú nunca en tu vida me has levantado la mano.",
    "Yo siempre he dicho que tú tienes las mejores manos pa la cocina de toda la familia.",
    "Hoy no vine a echarte la culpa de nada, vine a pedirte que te quedes con nosotros.",
    "Nadie aquí te está llamando adicto, mijo, aquí te estamos llamando por tu nombre.",
    "Lo que me dijiste en la playa, 'tía, yo sé que estoy mal', me demostró lo valiente que tú eres.",
    "Aquí en Washington Heights todos los viernes cenamos juntos, y tu silla nunca la hemos quitado de la mesa.",
    "Gracias a ti aprendí a manejar guagua, tú nunca perdiste la paciencia conmigo ni cuando choqué el poste.",
    "Mi amiga Rosa dice que su hijo salió de ese mismo centro y hoy trabaja de enfermero en el Cabral y Báez.",
    "Tú fuiste el mejor papá del mundo cuando Brayan estuvo en el hospital, no te despegaste de él ni un minuto.",
    "Usted sabe, mijo, que en esta casa siempre va a haber un plato de comida pa usted.",
]

DEV43_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo no te voy a prestar más dinero, ni pa la luz ni pa nada.",
    "Si decides no ir, yo ya no voy a cubrirte con tu jefe cuando no llegues al trabajo.",
    "Si no aceptas la ayuda hoy, los niños no se van a quedar contigo los fines de semana hasta que estés en tratamiento.",
    "Si sales de aquí sin aceptar, mi amor, yo me voy con los niños donde mi mamá por un tiempo, porque ya no puedo seguir así, y te sigo queriendo.",
    "Si hoy no vas, yo no voy a seguir pagando tu celular ni el seguro del carro.",
]
