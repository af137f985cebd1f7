# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 45 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Venezuelan families in exile, 'chamo', 'vale', remittances and long calls: blame and hearsay most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV45_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.92 (68/74; the rules alone 63/74): label 4/5, absolute 11/12, insult 6/7, sarcasm 9/12, every other kind full; good 0/39 (0.0%; the rules alone 0), traps 1/37 (2.7%; the rules alone 0).

At merge, before it was trained on: with main 6613c6f, rules and model 0.92 (68/74; the rules alone 63/74): label 4/5, absolute 11/12, insult 6/7, sarcasm 9/12, every other kind full; good 0/39 (0.0%; the rules alone 0), traps 1/37 (2.7%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV45_FLAG: list[tuple[str, set[str]]] = [
    (
        "Chamo, por tu culpa mi mamá tuvo que dejar su trabajo en Madrid y regresarse a Caracas a cuidarte.",
        {"blame"},
    ),
    (
        "Yo te mandaba los dólares por Zelle todos los meses y tú te los bebías, nunca compraste ni un kilo de harina pan con esa plata.",
        {"absolute"},
    ),
    (
        "Despues de todo lo que yo sacrifiqué pa sacarte de Venezuela, tú me sales con esto.",
        {"blame"},
    ),
    (
        "La tía Migdalia me contó que te vio en la plaza de Los Palos Grandes jalando perico con unos panas.",
        {"hearsay"},
    ),
    ("Eres un curdo, Richard, igualito a tu papá.", {"label"}),
    ("Tú siempre llamas cuando necesitas plata, nunca pa preguntar cómo estoy yo.", {"absolute"}),
    (
        "Felicitaciones por el cumpleaños de tu hija, llegaste tan rascao que ni la reconociste, excelente papá.",
        {"sarcasm"},
    ),
    (
        "Qué bonito regalo de navidad nos diste, Ender, pasarte la noche vomitando en el baño de mi suegra.",
        {"sarcasm"},
    ),
    (
        "Tu jefe de la obra me escribió por WhatsApp y me dijo q llegaste borracho tres veces esta semana.",
        {"hearsay"},
    ),
    ("Todos en la familia pensamos que ya no se te puede creer nada.", {"we"}),
    (
        "Si no te metes en esa clínica te juro que no vuelves a ver a los niños nunca más.",
        {"threat"},
    ),
    (
        "Tienes que limpiarte de una vez, mijo, y traerme los exámenes pa ver que estás limpio.",
        {"clean"},
    ),
    ("Eres un narcisista, Gustavo, en tu mundo solo existen tú y tu botella.", {"diagnosis"}),
    ("Me das asco cuando te veo así, tirado en el sofá abrazado a la botella de ron.", {"insult"}),
    ("Arruinaste el matrimonio de tu hermana con el show que montaste en la fiesta.", {"blame"}),
    (
        "Tú eres la razón por la que a mi papá le dio el infarto, chamo, no te hagas el loco.",
        {"blame"},
    ),
    (
        "Gracias por venir al velorio de la abuela empepado, de verdad qué elegancia la tuya.",
        {"sarcasm"},
    ),
    ("Cada vez que hablamos por videollamada estás con una cerveza en la mano.", {"absolute"}),
    (
        "Mi hermana dice que andas con unos malandros en Petare y que ya le debes plata a medio barrio.",
        {"hearsay"},
    ),
    ("Como hermano nunca has servido pa nada, Óscar, eres una vergüenza.", {"absolute", "insult"}),
    (
        "Me mato haciendo delivery en Bogotá pa mandarte la remesa y tú te la gastas en monte y en caña, así me pagas.",
        {"blame"},
    ),
    ("Ya estamos todos hartos de tus mentiras y tus excusas, vale.", {"we"}),
    ("O te internas o te me vas de la casa, tú decides.", {"threat"}),
    ("Qué buen ejemplo le estás dando a tu sobrino, tío del año.", {"sarcasm"}),
    ("Estás en negación, Yorman, eso se ve clarito desde aquí.", {"diagnosis"}),
    (
        "Por tu culpa tuvimos que vender el carro de papá pa pagarle tus deudas al jíbaro.",
        {"blame"},
    ),
    ("Escuché que te botaron del restaurante en Lima por llegar drogado.", {"hearsay"}),
    ("Ese marihuanero en el que te convertiste no es el hermano que yo conocí.", {"label"}),
    ("Nunca en tu vida has pensado en nadie más que en ti.", {"absolute"}),
    ("Mamá lloró toda la noche de su cumpleaños y eso es culpa tuya, Kevin.", {"blame"}),
    (
        "Tremendo papel hiciste en la graduación de Daniela, dormido en la tercera fila con la boca abierta.",
        {"sarcasm"},
    ),
    (
        "Eres un inútil y un mantenido, a los treinta y cinco años viviendo de lo que te manda tu mamá.",
        {"insult"},
    ),
    (
        "Tu exesposa me llamó desde Valencia pa decirme que no le pasas nada pa los niños desde marzo.",
        {"hearsay"},
    ),
    (
        "Mira lo que le has hecho a esta familia, ya estamos regados por medio mundo y encima tenemos que cargar contigo.",
        {"blame"},
    ),
    (
        "Tú siempre tienes una excusa: que el estrés, que la migración, que el frío de Santiago.",
        {"absolute"},
    ),
    ("Eres bipolar, chamo, un día estás feliz y al otro nos quieres matar a todos.", {"diagnosis"}),
    (
        "Qué orgullo, mi hijo el ingeniero, ahora experto en cuál licorería abre más temprano.",
        {"sarcasm"},
    ),
    ('Claro que estás "bien", por eso tienes los ojos así de rojos en cada llamada.', {"sarcasm"}),
    ("La familia entera está de acuerdo en que te volviste un egoísta.", {"insult", "we"}),
    ("Tu última prueba salió sucia otra vez y me mentiste en la cara.", {"clean"}),
    ("Eres un borracho, papá, y yo ya no te voy a tapar más.", {"label"}),
    (
        "Andreína se pasó su primer año en Miami preguntando por qué su papá no la llamaba, y eso es por ti.",
        {"blame"},
    ),
    ("Si no aceptas el tratamiento hoy, para mí te moriste.", {"threat"}),
    ("Ni una sola vez me has devuelto lo que te presté pa el pasaje.", {"absolute"}),
    ("Bravo, chamo, perdiste el tercer trabajo este año, todo un récord.", {"sarcasm"}),
    ("Tu pana el Gocho me dijo q te vio en Chacao pidiendo plata pa comprar.", {"hearsay"}),
    (
        "Una madre que deja a sus hijos solos pa irse de rumba es una sinvergüenza, Mariela.",
        {"insult"},
    ),
    ("Elegiste la botella antes que a tu propia familia.", {"blame"}),
    (
        "Tú no estás sobrio nunca cuando te llamo, ni un martes a las diez de la mañana.",
        {"absolute"},
    ),
    (
        "Muy bonito lo que hiciste en el bautizo, de verdad, la gente quedó encantada con tu discurso.",
        {"sarcasm"},
    ),
    ("Eres un adicto y un mentiroso, Luis Alfredo.", {"insult", "label"}),
    ("Tu mamá se enfermó de los nervios por ti, que no se te olvide.", {"blame"}),
    (
        "Mi cuñada me contó que andas diciendo en Buenos Aires que nosotros te abandonamos.",
        {"hearsay"},
    ),
    ("Siempre que tomas te pones agresivo con la gente que más te quiere.", {"absolute"}),
    ("Eres un psicópata, vale, nadie normal le hace eso a su mamá.", {"diagnosis", "insult"}),
    ("Si sigues así me llevo a los niños pa Panamá y no vas a saber más de nosotros.", {"threat"}),
    (
        "Pasaste de ser mi hermano mayor a ser un piedrero que se vende hasta los zapatos.",
        {"label"},
    ),
    (
        "Qué detalle tan lindo olvidarte de buscar a tu hija en el colegio xq estabas en la pea.",
        {"sarcasm"},
    ),
    ("Según tu padrino de AA ya ni vas a las reuniones.", {"hearsay"}),
    (
        "Te quedaste con la plata de la remesa que era pa las medicinas de la abuela, ¿cómo pudiste?",
        {"blame"},
    ),
    ("Todos estamos de acuerdo en que tú destruiste esta familia.", {"blame", "we"}),
    (
        "Gracias, mi amor, por gastarte el aguinaldo en whisky, los niños felices con sus regalos invisibles.",
        {"sarcasm"},
    ),
    (
        "Ay sí, el gran hombre de la casa, que no se puede parar antes del mediodía por el ratón.",
        {"sarcasm"},
    ),
    ("Todo lo que sale mal en esta familia tiene tu nombre.", {"absolute", "blame"}),
    ("Juraste que llevabas un mes limpio y el examen de la clínica dijo otra cosa.", {"clean"}),
    (
        "Me enteré por el Instagram de tu prima que estabas de fiesta hasta las 6 de la mañana el día que dijiste q estabas enfermo.",
        {"hearsay"},
    ),
    ("Jamás piensas en tu hija cuando sales a comprar.", {"absolute"}),
    ("Toda tu vida has hecho lo que te da la gana sin importarte nadie.", {"absolute"}),
]

DEV45_GOOD: list[str] = [
    "Mi amor, te escribo esta carta desde Madrid con el corazón en la mano.",
    "Me acuerdo cuando me enseñaste a manejar en la Francisco Fajardo, tú muerto de risa y yo muerta de miedo.",
    "Papá, tus arepas de los domingos son lo que más extraño de Maracaibo.",
    "Te quiero muchísimo, hermanito, y quiero que vuelvas a ser feliz.",
    "El sábado te llamé y no contestaste, y me quedé despierta hasta las cuatro de la mañana con miedo.",
    "Me dolió verte temblando en la videollamada el día de mi cumpleaños, y no supe qué decirte.",
    "Gracias por llevarme al aeropuerto de Maiquetía el día que me fui, sé que ese día a ti tambien te costó.",
    "Chamo, tú fuiste el primero en abrazarme cuando murió el abuelo.",
    "Me encantaba verte tocar el cuatro en las parrandas de diciembre.",
    "Quiero que conozcas a tu sobrina Valeria, que ya dice 'tío' por teléfono.",
    "Hay un centro en Mérida donde te pueden ayudar, y yo quiero acompañarte hasta la puerta.",
    "Te pido que aceptes hoy la ayuda que te estamos ofreciendo.",
    "Mija, yo te cargué en brazos de chiquita y te voy a seguir cargando mientras lo necesites.",
    "Extraño tus chistes malos y tu manera de imitar a los gaiteros.",
    "La noche que te encontré dormido en la escalera del edificio sentí que el piso se me abría.",
    "Cuando dejaste de ir a mis partidos de fútbol me sentí solo, papá.",
    "Gracias por mandarme esos audios largos cuando recién llegué a Santiago y no conocía a nadie.",
    "Sé que migrar te partió en dos, a mí también, y no tienes que cargar eso solo.",
    "Me preocupa tu salud, esa tos, lo flaco que te veo en las fotos.",
    "Quiero volver a sentarme contigo en la playa de Choroní a ver el atardecer.",
    "Vengo hoy porque te amo, no pa pelear.",
    "Me puse muy triste el día que vendiste tu guitarra, sé cuánto la querías.",
    "Recuerdo cómo le explicabas matemáticas a tu primo con una paciencia que yo no tengo.",
    "Abuelo, usted me enseñó a sembrar ají dulce en el patio de la casa en Barquisimeto.",
    "Hijo, estoy orgullosa de lo que luchaste cuando llegaste a Lima sin conocer a nadie.",
    "Te agradezco que el mes pasado fuiste tú el que me llamó pa decirme que necesitabas ayuda.",
    "Tengo miedo de recibir una llamada de madrugada diciéndome que te pasó algo.",
    "Me duele decirlo, pero en la boda de Carla me sentí avergonzada y me fui temprano.",
    "La clínica tiene cupo desde mañana y yo ya te compré el pasaje.",
    "Vos sabés que te quiero como a un hermano, loco.",
    "Cuando me ayudaste con la mudanza en Medellín sin que te pidiera nada, me salvaste la vida.",
    "Yo quiero a mi papá de vuelta, el que me llevaba a comer cachapas en la carretera vieja.",
    "Mi mamá y yo te estamos esperando aquí en Miami con el cuarto listo.",
    "Me acuerdo de tu risa cuando ganó el Caracas en el Universitario.",
    "En diciembre te vi bajar del taxi tambaleándote y me quedé paralizada en la ventana.",
    "Eres muy importante pa mí, pana, desde el liceo.",
    "Compa, en la obra te extrañamos, eras el que ponía la música y nos hacía reír.",
    "Me impresionó lo bien que cuidaste a mamá cuando le dio el covid, no se me olvida.",
    "Yo sé que tú puedes salir de esto, y voy a estar a tu lado.",
]

DEV45_TRAPS: list[str] = [
    "Mi tío Ramón era un borracho y se murió solo en Puerto Cabello; no quiero eso pa ti.",
    "Yo fui alcohólica durante ocho años y sé lo que es querer parar y no poder.",
    "Nunca dejé de rezar por ti, ni un solo día.",
    "El sábado limpiamos juntos el carro de papá y fue la mejor tarde del año.",
    "Tú no eres un drogadicto pa mí, eres mi hijo.",
    "Todos los 24 de diciembre hacíamos hallacas donde la abuela, y tú siempre amarrabas las mejores.",
    "Me dijiste por teléfono 'soy un desastre, mami', y yo quiero que sepas que no lo eres.",
    "Felicidades por tus sesenta días sin tomar, de verdad estoy orgullosísima.",
    "Tu médico nos explicó que el hígado ya está dañado, y eso me asusta porque te quiero vivo.",
    "Nosotros fuimos a Los Roques en el 2012 y todavía me río de cuando te picó la aguamala.",
    "Tu mamá es una adicta a las telenovelas turcas y tú te burlabas de ella con cariño.",
    "La psiquiatra de la clínica te diagnosticó depresión el año pasado, y me alegra que por fin tengas un nombre pa lo que sentías.",
    "Gracias por cuidar siempre a tu hermanita cuando éramos pequeños.",
    "Mi papá fue alcohólico toda la vida y nunca pidió ayuda; tú puedes hacerlo distinto.",
    "Te mando la foto de la casa limpiecita, como la dejaba mamá los sábados.",
    "Tú me dijiste llorando: 'ya no aguanto más esta vida', y yo te creí.",
    "Yo también me equivoqué mucho contigo, y fue culpa mía no escucharte a tiempo.",
    "No eres una vergüenza, eres mi hermana y estoy orgullosa de ti.",
    "Eres la razón por la que me levanto cada mañana con ganas de luchar por esta familia.",
    "Mi compañero de trabajo en Panamá es un adicto en recuperación y me recomendó una clínica buenísima.",
    "Qué buen trabajo hiciste con el huerto de la abuela, chamo, esas matas de plátano están preciosas.",
    "Cada vez que escucho una gaita me acuerdo de ti bailando con mamá.",
    "Siempre fuiste el más inteligente de los primos.",
    "No estás loco ni eres malo, estás enfermo y eso se puede tratar.",
    "Me puse a limpiar tu cuarto pa cuando vengas y encontré tu camiseta de la Vinotinto.",
    "Los domingos siempre hacíamos parrilla en casa del tío Nelson y tú eras el parrillero oficial.",
    "Yo nunca fui buena pa decir lo que siento, por eso te escribo.",
    "Mi vecina en Quito dice que hay un grupo de Narcóticos Anónimos en español cerca de su casa.",
    "Vos sabés que nunca te voy a dar la espalda.",
    "El cardiólogo fue claro: tu corazón está débil, y yo quiero que vivas muchos años más.",
    "Jamás me he arrepentido de ser tu mamá.",
    "Ese día todos cantamos cumpleaños por videollamada y tú estabas ahí, sonriendo.",
    "Me acuerdo de tus trescientos días sin consumir, y ese es el hermano que sé que sigue ahí.",
    "Yo era bien borracha en la universidad y tú me llevabas a la casa sin decirle nada a papá.",
    "Soy una adicta a los tequeños de la panadería de la esquina, y te guardo unos pa cuando vengas.",
    "Te perdono, y no es culpa tuya estar enfermo.",
    "Nosotros jugábamos dominó hasta las tres de la mañana en el porche de la casa de Cabimas.",
]

DEV45_BOTTOM_LINE_OK: list[str] = [
    "Si sales de aquí sin aceptar la ayuda, yo dejo de mandarte la remesa; esa plata va directo a la clínica el día que decidas entrar.",
    "Si no aceptas el tratamiento, ya no te voy a abrir la puerta de mi casa cuando llegues tomado, pero te voy a seguir queriendo.",
    "Si decides no ir, yo no voy a seguir cubriéndote con tu jefe ni inventando excusas por ti.",
    "Mientras sigas consumiendo no te voy a prestar el carro, y eso no cambia lo mucho que te quiero.",
]
