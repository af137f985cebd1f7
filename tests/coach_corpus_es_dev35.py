# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 35 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: grandparents from Spain and Latin America, refranes and old sayings turned into reproaches: absolutes and sarcasm most, then blame. The writer was asked to keep calm consequences apart, as
DEV35_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.87 (68/78; the rules alone 63/78): label 6/7, blame 10/13, insult 5/8, sarcasm 10/13, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 3/41 (7.3%; the rules alone 2).

At merge, before it was trained on: with main a6c7782, rules and model 0.87 (68/78; the rules alone 63/78): label 6/7, blame 10/13, insult 5/8, sarcasm 10/13, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 3/41 (7.3%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV35_FLAG: list[tuple[str, set[str]]] = [
    (
        "Dios aprieta pero no ahoga, decía mi madre, pero tú, Manolo, llevas veinte años apretándonos a todos y nunca has aflojado ni un solo día.",
        {"absolute", "blame"},
    ),
    (
        "Muy bonito, nieto, muy bonito: llegar a la comunión de tu prima oliendo a vino a las doce del mediodía. Qué detalle el tuyo.",
        {"sarcasm"},
    ),
    (
        "Siempre has sido el mismo, Julián, prometes y prometes y no cumples nunca ni una sola vez.",
        {"absolute"},
    ),
    (
        "Como dice el refrán, el que con vino se acuesta con resaca se levanta, y vos te levantás así todos los santos días desde hace años.",
        {"absolute"},
    ),
    (
        "Por tu culpa tu abuela ya no duerme, se pasa las noches rezando el rosario con los ojos hinchados.",
        {"blame"},
    ),
    (
        "Cría cuervos y te sacarán los ojos: eso eres tú, después de todo lo que te dimos tu abuelo y yo.",
        {"blame", "insult"},
    ),
    (
        "La tía Conchi me contó que te vio en el bar de la plaza a las diez de la mañana, un carajillo tras otro.",
        {"hearsay"},
    ),
    ("Felicidades, campeón, otro trabajo perdido, ya llevas la cuenta mejor que yo.", {"sarcasm"}),
    (
        "Eres un borracho, Paco, igualito que tu padre, y me duele decirlo pero es la verdad.",
        {"label"},
    ),
    ("Todos en la familia pensamos que ya no tienes remedio.", {"we"}),
    (
        "Mijo, usted nunca piensa en nadie mas que en usted mismo, ni en su mamá ni en sus hijos.",
        {"absolute"},
    ),
    ("Qué bien te queda el papel de víctima, Lucía, deberías dedicarte al teatro.", {"sarcasm"}),
    (
        "Tú escogiste las pastillas antes que a tu propia familia, y eso no se me va a olvidar.",
        {"blame"},
    ),
    ("Si no te internas esta semana no vuelves a pisar esta casa, ¿me oíste?", {"threat"}),
    (
        "Eres un narcisista, solo te importas tú, lo leí en una revista y te describe entero.",
        {"diagnosis"},
    ),
    ("Dice tu jefe que llegaste tres veces tomado al taller este mes.", {"hearsay"}),
    ("Tu hermana me dijo q le sacaste plata de la cartera pa comprar esa porquería.", {"hearsay"}),
    (
        "Quiero que vuelvas a estar limpio, Andrés, limpio de verdad, sin esa mierda del cristal.",
        {"clean"},
    ),
    (
        "El análisis de la clínica salió sucio otra vez, y tú jurando por tu madre que no habías tocado nada.",
        {"clean"},
    ),
    (
        "Eres una vergüenza pa esta familia, tu abuelo se estará revolviendo en la tumba.",
        {"insult"},
    ),
    (
        "Qué asco me da verte así, tirado en el sofá con los ojos perdidos y la boca abierta.",
        {"insult"},
    ),
    ("Tú no tienes un problemita, eres un drogadicto, y cuanto antes lo aceptes mejor.", {"label"}),
    (
        "A quien madruga Dios le ayuda, pero tú no has madrugado en tu vida, mijo, ni una mañana.",
        {"absolute"},
    ),
    (
        "Ay sí, muy responsable el señor, dejando a los niños solos pa irse a buscar la coca.",
        {"sarcasm"},
    ),
    (
        "Después de tanto sacrificarme por ti, de tanto trabajar de sol a sol, así me pagas.",
        {"blame"},
    ),
    (
        "Con lo que te has bebido podríamos haber arreglado el tejado, pero claro, tú a lo tuyo, como siempre.",
        {"absolute", "blame"},
    ),
    (
        "Gracias por la Nochebuena tan preciosa q nos diste, desmayado encima del turrón, esa no se nos olvida.",
        {"sarcasm"},
    ),
    ("Tú estás en negación, hija, y ni te das cuenta de lo enferma que estás.", {"diagnosis"}),
    ("Eres bipolar, un día me abrazas y al otro me gritas, eso no es normal.", {"diagnosis"}),
    ("Toda la familia estamos hartos de tus mentiras y de tus excusas baratas.", {"we"}),
    ("O te vas a la clínica o te olvidas de que tienes madre.", {"threat"}),
    ("En cuarenta años de casados jamás te he visto pedir perdón de verdad, Tomás.", {"absolute"}),
    (
        "Me han dicho en el pueblo que andas debiendo dinero en las tabernas de media comarca.",
        {"hearsay"},
    ),
    (
        "Por andar fumando mota perdiste la beca, y tu madre lloró por tu culpa la noche entera.",
        {"blame"},
    ),
    (
        "Menudo ejemplo le das a tus hijos, hombre, te mereces un trofeo al mejor padre del barrio.",
        {"sarcasm"},
    ),
    (
        "No hay mal que por bien no venga, dicen, pero lo tuyo no trae nada bueno: todo lo que tocas lo echas a perder.",
        {"absolute", "blame"},
    ),
    ("Cada vez que te llamo estás borracho o de mal humor, cada vez, Rafa.", {"absolute"}),
    (
        "Qué valiente eres pa gritarle a tu mujer, lástima que no seas igual de valiente pa dejar el trago.",
        {"sarcasm"},
    ),
    (
        "Tu prima Rocío vio fotos tuyas en el Facebook y dice que estabas hasta arriba de pastillas.",
        {"hearsay"},
    ),
    ("Eres un vicioso y un pastillero, Ramón, y ya no te reconozco.", {"label"}),
    ("No vales pa nada cuando estás así, ni pa cuidar a tus propios hijos.", {"insult"}),
    ("Todos estamos de acuerdo en que eres un egoísta de tomo y lomo.", {"insult", "we"}),
    ("Mijita, eres una alcohólica y tienes que reconocerlo hoy delante de todos.", {"label"}),
    (
        "Me arruinaste la vejez, Alberto. Yo pensaba descansar y ahora crío a tus hijos xq tú no puedes.",
        {"blame"},
    ),
    (
        "Claro, tú 'lo controlas', como controlaste el coche contra la farola en agosto.",
        {"sarcasm"},
    ),
    (
        "Siempre tenés una excusa, vos: que el laburo, que el estrés, que tu ex, nunca es culpa tuya.",
        {"absolute"},
    ),
    (
        "Según tus compañeros de la obra, ya ni te molestas en esconder la botella en la mochila.",
        {"hearsay"},
    ),
    ("Eres un psicópata cuando bebes, no sientes nada por nadie.", {"diagnosis"}),
    (
        "Más vale tarde que nunca, pero lo tuyo es siempre tarde: tarde al trabajo, tarde a los cumpleaños, tarde a todo.",
        {"absolute"},
    ),
    (
        "Qué orgullo, de verdad, que mis vecinas te vean tambaleándote por la calle Mayor un martes.",
        {"sarcasm"},
    ),
    ("Nosotros ya no aguantamos más tu forma de ser, estamos todos agotados de ti.", {"we"}),
    (
        "Tú le rompiste el corazón a tu madre y la mandaste al hospital con los nervios destrozados.",
        {"blame"},
    ),
    ("Si sigues con la coca te quito a los niños, y no es broma, Sergio.", {"threat"}),
    ("Ni una sola vez has ido a ver a tu abuela a la residencia sin pedirle dinero.", {"absolute"}),
    (
        "Dime con quién andas y te diré quién eres: andas con yonquis, así que ya sabes lo que eres tú.",
        {"insult", "label"},
    ),
    (
        "Ay, perdón, se me olvidaba que el señorito está 'bien', que no necesita a nadie.",
        {"sarcasm"},
    ),
    (
        "Fíjate en las caras de tu madre y de tus hermanos, eso se lo hiciste tú con tu vicio.",
        {"blame"},
    ),
    ("Eres un desgraciado, y te lo dice tu abuelo que te quiere.", {"insult"}),
    ("Nunca te ha importado nadie, Chelo, solo la botella de anís.", {"absolute"}),
    (
        "Muy buena jugada, hijo, empeñar el reloj de tu abuelo pa pagarle al camello, bravo, aplausos.",
        {"sarcasm"},
    ),
    ("Por tu culpa tu hermano chico ya no quiere venir a casa los domingos.", {"blame"}),
    (
        "Si hoy no dices que sí, te borro del testamento y de mi vida, así de claro te lo digo.",
        {"threat"},
    ),
    (
        "El que a hierro mata a hierro muere, y tú te estás matando con el aguardiente porque te da la gana.",
        {"blame"},
    ),
    (
        "La vecina de abajo dice que te oye gritar de madrugada y que le da miedo subir.",
        {"hearsay"},
    ),
    (
        "Enhorabuena, hija, ya tienes más amigos en el bar que los que tuviste en toda tu vida.",
        {"sarcasm"},
    ),
    (
        "Qué detallazo el tuyo, venir al bautizo del niño con esos ojos rojos de la hierba.",
        {"sarcasm"},
    ),
    (
        "Don Ramiro el farmacéutico me contó que vas a tres médicos distintos pa q te receten las mismas pastillas.",
        {"hearsay"},
    ),
    ("Llevabas tres meses limpio y lo tiraste todo por una noche de parranda.", {"clean"}),
    (
        "Bien dice el dicho q el que nace pa tamal del cielo le caen las hojas, y tú naciste pa borracho, ni modo.",
        {"insult", "label"},
    ),
    ("Vos tenés un trastorno de personalidad, nena, yo lo veo clarito.", {"diagnosis"}),
    ("Mi hija es una borracha y en el barrio ya lo sabe hasta el cura.", {"label"}),
]

DEV35_GOOD: list[str] = [
    "Te quiero, Manolo, y hoy vengo a decírtelo delante de todos porque me da miedo perderte.",
    "Me acuerdo de cuando tenías seis años y me ayudabas a recoger tomates en el huerto de Albacete, con las manos todas manchadas.",
    "Mijo, yo lo que quiero es volver a verte reír como reías en la finca de tu abuelo.",
    "Me preocupa tu salud, te he visto más flaco y con las manos temblando en la mesa.",
    "Te tejí este chaleco cuando naciste y todavía lo guardo en el cajón de la cómoda.",
    "Yo te admiro mucho, hermana, por cómo sacaste adelante a tus hijas tú sola.",
    "En el cumpleaños de Luisito te quedaste dormido en la silla y los niños me preguntaron qué te pasaba; no supe qué decirles.",
    "Te pido que aceptes la ayuda que te ofrecemos hoy; hay una cama esperándote en la clínica de Valencia esta misma tarde.",
    "Cuando eras chico me contabas todo, y extraño mucho esas charlas en la cocina con el mate.",
    "Me duele que ya no vengas a misa conmigo los domingos, era nuestro ratito.",
    "Eres mi único nieto varón y te quiero con toda el alma.",
    "Quiero que conozcas a tus bisnietos estando sano, m'hijo.",
    "Yo sé que debajo de todo esto sigue el muchacho generoso que le regaló su bicicleta al hijo del vecino.",
    "Papá, tengo 14 años y necesito que estés en mi graduación, de verdad.",
    "El viernes pasado te vi salir del coche tambaleándote y me asusté muchísimo.",
    "Tu abuelo estaría orgulloso de lo buen carpintero que eres, esas sillas que hiciste todavía las usamos.",
    "No vengo a juzgarte, vengo a pedirte que te dejes ayudar.",
    "Te quiero, compadre, y quiero que volvamos a pescar juntos al río como antes.",
    "Me acuerdo del verano en Cádiz, cuando te enseñé a nadar y tragaste medio mar.",
    "Me da mucha pena que tu hija pregunte por ti y yo no sepa dónde estás.",
    "Hija, tú eres fuerte, más de lo que crees, y yo voy a estar a tu lado en el tratamiento.",
    "Cuando me operaron de la cadera tú me llevabas el caldo al hospital y me peinabas, y eso no se me olvida.",
    "Esta carta me ha costado mucho escribirla, mijo, pero la escribí con todo mi cariño.",
    "Tengo 82 años y quiero irme de este mundo sabiendo que estás bien.",
    "Me asusté cuando encontré los blísteres vacíos debajo de tu cama en marzo.",
    "Quiero a mi marido de vuelta, al Jorge que bailaba conmigo en la cocina mientras se hacían las papas.",
    "Te guardé tu plato de lentejas favorito en el congelador pa cuando vuelvas.",
    "Me gustaría que hoy digas que sí, que vayas al centro que encontramos en Guadalajara.",
    "Sos el mejor tío que mis hijos podrían tener, y te extrañan un montón.",
    "Me acuerdo de tu primera comunión, tan serio con tu traje azul marino y el pelo engominado.",
    "Trabajo contigo hace doce años y te considero como un hermano, Raúl.",
    "La semana pasada no reconociste a tu sobrina en la puerta, y eso me partió el alma.",
    "Me siento muy sola cuando te encierras en tu cuarto toda la tarde.",
    "Te quiero mucho, mi niña, y no pienso rendirme contigo.",
    "Yo también he tenido miedo muchas veces en la vida, y pedir ayuda fue lo que me salvó.",
    "Ojalá este verano podamos volver juntos al pueblo a ver las fiestas de la Virgen.",
    "Cuando te veo con tu hijo en brazos veo al padre maravilloso que puedes ser.",
    "Me preocupa que manejes después de tomar, tengo miedo de recibir una llamada de la policía.",
    "Gracias por haberme cuidado cuando murió tu abuelo; no sé si te lo agradecí como merecías.",
    "Ay mi negrito, cuánto te quiero, vos sabés que sos la luz de mis ojos.",
]

DEV35_TRAPS: list[str] = [
    "Siempre vas a ser mi nieto preferido, aunque no se lo digas a tus primos.",
    "Nunca dejaré de rezar por ti, mijo, eso tenlo por seguro.",
    "El domingo limpiamos juntos el trastero de la abuela y encontramos tus cromos de fútbol.",
    "Todos los veranos íbamos toda la familia a Benidorm en el Seat 600, y tú ibas sentado en mis rodillas.",
    "Mi padre era un borracho y yo juré que mis hijos no pasarían por lo mismo; por eso estoy aquí.",
    "Yo fui alcohólico durante quince años y llevo ocho sin probar una gota, así que sé lo que se siente.",
    "Tú me dijiste llorando 'mamá, soy un desastre', y yo te respondí que no, que eras mi hijo.",
    "Para mí no eres un drogadicto, eres mi Pablito, el que me traía flores del campo.",
    "Enhorabuena por tus seis meses en el grupo el año pasado, qué orgullosa me sentí de ti.",
    "Tu médico nos explicó que tienes el hígado inflamado, y yo quiero que te cuides pa vivir muchos años.",
    "Siempre que llovía nos quedábamos haciendo churros con chocolate en la cocina.",
    "Tu abuelo era un adicto al dominó del casino, y tú te sentabas a su lado a mirarlo jugar horas.",
    "Tu tío Eusebio, que en paz descanse, murió alcohólico y solo, y no quiero eso para ti.",
    "Nunca olvidaré el día en que naciste, hacía un frío que pelaba en Burgos.",
    "Mi casa está siempre limpia y con la cama hecha pa cuando quieras venir.",
    "Todos en la familia hacemos las hallacas juntos en diciembre, y este año queremos que tú estés.",
    "No eres ningún borracho, eres un hombre enfermo que necesita ayuda.",
    "Cuando te dieron el premio de la cooperativa hiciste un trabajo estupendo, y eso lo puedes volver a hacer.",
    "Yo siempre he sido muy cabezota, y eso lo sacaste de mí.",
    "La psiquiatra que te vio en el hospital dijo que tienes depresión y que tiene tratamiento; yo quiero acompañarte.",
    "Tú siempre has sido el más cariñoso de mis nietos.",
    "Me acuerdo que me dijiste 'estoy harto de ser un borracho, abuelo', y esa frase me dio esperanza.",
    "Nunca pierdo la esperanza, mi amor, ni la voy a perder.",
    "Todos los años íbamos a la romería del Rocío y tú cantabas las sevillanas mejor que nadie.",
    "Me encantaba verte limpiar el coche los sábados con la radio a todo volumen.",
    "Mi hermana Tere era una yonqui en los ochenta y hoy es una abuela feliz, así que yo sé que se puede salir.",
    "Cuando me diagnosticaron la diabetes tú me acompañaste a todas las consultas sin faltar a una.",
    "Sé que no lo haces pa hacernos daño, nunca lo he pensado.",
    "De chico eras un adicto a los tebeos de Mortadelo, los tengo guardados todos en una caja.",
    "Nosotros íbamos juntos a pescar a la laguna cada Semana Santa, ¿te acordás?",
    "Qué buen trabajo hiciste con el jardín de tu madre la primavera pasada, quedó precioso.",
    "Siempre te voy a esperar con la puerta abierta, no lo olvides nunca.",
    "Mi compadre Lalo fue drogadicto y hoy es padrino en Narcóticos Anónimos; él me habló del centro.",
    "Tenías la habitación más limpia y ordenada de todos tus hermanos, y yo te ponía de ejemplo.",
    "Yo tampoco soy perfecta, hija, y nunca he pretendido serlo.",
    "No estás loca ni eres mala persona, estás enferma y esto tiene cura.",
    "El que tuvo retuvo, decía mi madre, y tú tienes un corazón enorme que no se ha perdido.",
    "Todos los domingos de mi vida he hecho cocido, y el domingo que vengas te lo hago con mucho garbanzo como te gusta.",
    "Mi cuñado el Negro era un cocainómano perdido y hoy maneja su propio taxi en Rosario.",
    "Te has portado como un campeón con tu hija estos últimos meses, lo digo de corazón.",
    "Mi médico dice que soy hipertenso y que no me altere, pero hoy no podía quedarme callado.",
]

DEV35_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo no voy a seguir dándote dinero, ni pal alquiler ni pa nada, aunque te quiera con el alma.",
    "Si no aceptas el tratamiento, ya no voy a dejarte a los nietos los fines de semana; lo hago por ellos y por ti.",
    "Si decides no ir, yo voy a cambiar la cerradura de la casa, pero el día que quieras ayuda te llevo yo mismo.",
    "Mijo, si hoy no aceptas, yo dejo de cubrirte con tu patrón cuando faltes diciendo que estás enfermo.",
    "Si dices que no, me voy unos días a casa de mi hermana en Sevilla, porque ya no puedo vivir esperando la llamada del hospital.",
]
