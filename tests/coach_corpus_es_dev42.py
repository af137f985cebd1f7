# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 42 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Salvadoran and Nicaraguan families in the US, relatives' news from back home: hearsay, sarcasm and diagnosis most. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV42_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.91 (73/80; the rules alone 66/80): absolute 12/13, blame 11/13, hearsay 10/11, sarcasm 11/13, diagnosis 9/10, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 2/38 (5.3%; the rules alone 1).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.91 (73/80; the rules alone 66/80): absolute 12/13, blame 11/13, hearsay 10/11, sarcasm 11/13, diagnosis 9/10, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 2/38 (5.3%; the rules alone 1).

After both figures, one sentence equal word for word to a held-out one was taken out unread
(tests/test_coach_heldout_newest.py, the leak test).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV42_FLAG: list[tuple[str, set[str]]] = [
    (
        "Tu tía Chayo me llamó desde San Miguel y me contó que en las fiestas de noviembre te vieron tirado en la acera frente a la catedral.",
        {"hearsay"},
    ),
    (
        "Me contaron los hermanos de la iglesia q te vieron comprando piedra atras de la gasolinera en Langley Park.",
        {"hearsay"},
    ),
    (
        "Tu jefe de la construccion me llamó y dijo que ya van tres lunes que no llegás, y que cuando llegás olés a guaro.",
        {"hearsay"},
    ),
    (
        "En Chinandega andan diciendo que sos un piedrero, y tu abuela lo oyó en la pulpería de doña Tere.",
        {"hearsay", "label"},
    ),
    (
        "Tu ex me contó que por eso se fue, porque cada vez que andabas tomado le gritabas enfrente de la niña.",
        {"absolute", "hearsay"},
    ),
    (
        "Tu padrino llamó de Masaya y dice que allá ya todos saben que sos un vicioso, que mejor ni vayás a la boda de Lupita.",
        {"hearsay", "label"},
    ),
    (
        "Mi hermana que estudia psicología dice que vos sos sociópata, y la verdad yo ya le estoy creyendo.",
        {"diagnosis", "hearsay"},
    ),
    (
        "Tu abuela en Santa Ana dice que eso tuyo es esquizofrenia, porque te ponés a hablar solo en el patio.",
        {"diagnosis", "hearsay"},
    ),
    (
        "Dice tu compadre Wilber que en las fiestas de San Jerónimo te la pasaste chupando tres días seguidos, qué orgullo pa la familia.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Me escribieron de Chalate que allá la gente comenta que vos nunca le mandás ni un dólar a tus hijos.",
        {"absolute", "hearsay"},
    ),
    (
        "Tu hermana Roxana me dijo por WhatsApp que le sacaste la cadena de oro a mi mamá del joyero.",
        {"hearsay"},
    ),
    (
        "Felicidades, campeón, llegaste a la primera comunión de tu hija oliendo a guaro, bien elegante.",
        {"sarcasm"},
    ),
    (
        "Qué buen ejemplo le estás dando a tus hijos, de verdad te felicito, entrando a las 4 de la mañana dando tumbos por la sala.",
        {"sarcasm"},
    ),
    (
        "Gracias por arruinarnos la Navidad con tu show en la mesa, quedó bien bonito el video que grabó tu sobrino.",
        {"blame", "sarcasm"},
    ),
    (
        'Vos decís que estás "bien", clarooo, tan bien que te encontré vomitando en el baño de tu tía el domingo.',
        {"sarcasm"},
    ),
    (
        "Muy responsable de tu parte gastarte el pisto de la renta en coca, te luciste, hermanito.",
        {"sarcasm"},
    ),
    (
        "Bonita manera de celebrar el día de la madre, mijo, dormido en el carro afuera del restaurante mientras tu mamá te esperaba adentro.",
        {"sarcasm"},
    ),
    (
        "Ay sí, vos 'lo tenés bajo control', por eso la policía de Prince George's te trajo a la casa el sábado a las tres de la mañana.",
        {"sarcasm"},
    ),
    (
        "Te lucistes en la boda de Karla jaja, tu bailecito arriba de la mesa de los regalos fue lo mas comentado.",
        {"sarcasm"},
    ),
    (
        "Qué detalle tan lindo el tuyo, empeñar la tele de tu abuela pa comprar pastillas.",
        {"sarcasm"},
    ),
    (
        "Gracias por siempre acordarte de nosotros... cuando necesitás plata.",
        {"absolute", "sarcasm"},
    ),
    (
        "Eso sí, pa la cantina nunca llegás tarde, bien puntualito el señor.",
        {"absolute", "sarcasm"},
    ),
    (
        "Seguro que sí, 'solo unas cervecitas', por eso habían dieciocho latas en la basura el domingo.",
        {"sarcasm"},
    ),
    ("Por tu culpa tu mamá anda con la presión por las nubes y ya no duerme.", {"blame"}),
    (
        "Vos sos la razón por la que Daniela ya no quiere venir a la casa los fines de semana.",
        {"blame"},
    ),
    (
        "Preferiste la botella antes que a tus propios hijos, y eso no se me va a olvidar.",
        {"blame"},
    ),
    (
        "Después de todo lo que sacrifiqué por vos, limpiando casas en Virginia pa pagarte el colegio, así me pagás.",
        {"blame"},
    ),
    ("Arruinaste el taller de tu papá, q le costó veinte años levantar.", {"blame"}),
    ("Mirá lo que le hiciste a esta familia, ahora ni tus hermanos se hablan.", {"blame"}),
    ("¿Cómo pudiste robarle a tu propia abuela, la que te crió en Jinotega?", {"blame"}),
    ("Tu papá se fue antes de tiempo de tanta preocupación por vos, eso cargalo vos.", {"blame"}),
    (
        "Toda la deuda de la tarjeta es culpa tuya y ahora yo tengo que hacer doble turno en el hotel.",
        {"blame"},
    ),
    (
        "Siempre le echás la culpa a los demás, pero el que le pegó al carro de la vecina fuiste vos.",
        {"absolute", "blame"},
    ),
    ("Usted nos dejó solos, mijo, cambió a su familia por esa piedra.", {"blame"}),
    ("Por andar metido en tus drogas perdimos la casa en Hyattsville, eso fue por vos.", {"blame"}),
    ("Nunca cumplís lo que prometés, ni una sola vez en estos cinco años.", {"absolute"}),
    ("Cada vez q te llamo estás arrastrando la lengua.", {"absolute"}),
    ("Todo el tiempo andás de mal humor gritándole a los niños por cualquier cosa.", {"absolute"}),
    (
        "Siempre es lo mismo contigo, Marvin: prometés, llorás, y el viernes otra vez en la cantina.",
        {"absolute"},
    ),
    (
        "Cada quincena desaparecés con el cheque completo y volvés el lunes sin un centavo.",
        {"absolute"},
    ),
    ("Jamás te he oído pedir perdón, ni a tu mamá ni a mí.", {"absolute"}),
    (
        "Vos tenés déficit de atención, por eso nunca terminás nada de lo que empezás.",
        {"absolute", "diagnosis"},
    ),
    (
        "Yo creo que sos bipolar, un día andás feliz y al otro estás rompiendo platos.",
        {"diagnosis"},
    ),
    ("Estás en negación total, mija, y no lo querés ver.", {"diagnosis"}),
    ("La verdad te has vuelto un narcisista, solo pensás en vos mismo.", {"diagnosis"}),
    ("Vos tenés algún trastorno de personalidad, eso no es normal en una persona.", {"diagnosis"}),
    ("A veces pienso que sos un sicópata, mentís sin pestañear.", {"diagnosis"}),
    ("Se nota que estás deprimida, Karen, y por eso te metés esas pastillas.", {"diagnosis"}),
    ("Sos borderline, lo leí en internet y tenés todos los sintomas.", {"diagnosis"}),
    ("Me duele decirlo, pero te volviste un bolo de esquina, Chepe.", {"label"}),
    ("Mi hijo es un drogadicto y ya no lo reconozco.", {"label"}),
    ("Un marihuanero como vos no puede quedarse cuidando a una niña de dos años.", {"label"}),
    ("Quiero que te limpies de una vez por todas y dejés esa porquería.", {"clean"}),
    ("La prueba del probation te salió sucia otra vez, Jonathan.", {"clean"}),
    ("Cuando estabas limpia eras otra persona, mi amor.", {"clean"}),
    ("¿Cuánto vas a aguantar limpio esta vez, dos semanitas como en enero?", {"clean"}),
    ("Das lástima, mirate al espejo un rato.", {"insult"}),
    ("¿Qué clase de madre deja a sus hijos solos pa irse a drogar?", {"insult"}),
    ("Sos una vergüenza pal apellido Martínez.", {"insult"}),
    ("Todos en la familia pensamos que ya no tenés remedio.", {"we"}),
    (
        "Tus hermanos y yo ya estamos cansados de que siempre nos mintás en la cara.",
        {"absolute", "we"},
    ),
    ("La familia entera está de acuerdo en que sos un egoísta.", {"insult", "we"}),
    ("O te metés al programa o te sacamos tus cosas a la calle hoy mismo.", {"threat"}),
    (
        "Si no vas a ese centro te juro que me llevo a los cipotes pa El Salvador y no los volvés a ver.",
        {"threat"},
    ),
    ("Si seguís así, para mí ya no sos mi hijo.", {"threat"}),
    (
        "Te doy hasta el viernes: o te internás o te denuncio con la policía por lo del carro.",
        {"threat"},
    ),
]

DEV42_GOOD: list[str] = [
    "Mijo, me acuerdo cuando tenías seis años y me ayudabas a echar las tortillas en el comal allá en Chalatenango.",
    "Te quiero mucho, hermano, y estoy aquí porque te extraño.",
    "Cuando naciste, tu papá te cargó en el Hospital Bloom y lloró como un cipote.",
    "He notado que ya no vas a jugar fútbol los domingos con tus amigos, y eso me preocupa.",
    "Papi, extraño cuando me llevabas a la escuela en la troca y cantábamos canciones de los Hermanos Flores.",
    "Me asusté muchísimo la noche del 14 de marzo cuando no contestabas el teléfono.",
    "Tengo miedo de recibir una llamada diciéndome que te pasó algo.",
    "Vos me enseñaste a manejar en el parqueo del Walmart de Gaithersburg, con una paciencia que yo no tenía.",
    "Mi amor, yo quiero envejecer a tu lado.",
    "Te pido que aceptés la ayuda que tenemos lista hoy; hay una cama esperándote en el centro.",
    "La abuelita te va a hacer nacatamales pa cuando salgás del programa.",
    "Me duele ver lo flaco que estás; antes te comías cinco pupusas revueltas sin pestañear.",
    "Me sentí muy sola en el cumpleaños de Daniela cuando vi tu silla vacía.",
    "Quiero que sepás que no te estoy juzgando, te estoy pidiendo que vivás.",
    "Compa, desde que entramos juntos a la compañía de drywall, vos fuiste el que me cubrió la espalda.",
    "Me preocupa esa tos que no se te quita y que ya casi no comés.",
    "Yo sé que ahí adentro está el muchacho que le llevaba serenata a su mamá el diez de mayo.",
    "Te necesito, mamá. Quiero que conozcás a tu nieta.",
    "Hoy vengo con el corazón en la mano.",
    "La semana pasada vi que te temblaban las manos al servir el café y se me partió el alma.",
    "Me encantaba verte jugar béisbol en el estadio de Managua con esa gorra roja que te regaló tu tío.",
    "Por favor, decí que sí hoy. El carro está afuera y yo te llevo.",
    "Quiero recuperar a mi hermana, la que se reía hasta llorar con los chistes del tío Ramón.",
    "Estoy orgulloso de ser tu papá y quiero verte crecer como hombre.",
    "Desde que perdiste el trabajo en el hotel te he visto encerrado en el cuarto con la luz apagada.",
    "Yo te perdono lo de la fiesta; lo que quiero es que te cuidés.",
    "Quiero que mis hijos conozcan al tío divertido que los llevaba a comer raspados en Sweetwater.",
    "En agosto te vi cabecear manejando en la 495 y yo iba con vos; casi nos matamos.",
    "Amiga, vos me acompañaste cuando murió mi mamá; ahora yo quiero acompañarte a vos.",
    "No tenés que hacer esto sola, mija.",
    "Yo creo en vos y en que podés salir adelante.",
    "Cuando llegaste de Nicaragua a los quince me ayudaste a pintar el apartamento de la calle Flower, y nos reímos toda la tarde.",
    "Te escribo esta carta xq tengo miedo de perderte.",
    "Mi corazón está con vos, cuñado, pase lo que pase hoy.",
    "El día que me gradué de enfermera vos gritaste mi nombre desde las gradas y yo me sentí la reina del mundo.",
    "Quiero que vuelvas a ser el papá que me hacía las trenzas antes de la escuela.",
    "Hay un programa en Baltimore donde hablan español y ya nos guardaron un lugar pa vos.",
    "Me da tristeza que Sofi me pregunte por qué papi duerme tanto.",
    "Abuelo, usted me enseñó a sembrar maíz y a respetar a la gente; ahora le pido que se deje ayudar.",
]

DEV42_TRAPS: list[str] = [
    "Siempre vas a ser mi niño, aunque ya tengás treinta años.",
    "Nunca voy a dejar de quererte, hermano.",
    "Todos los siete de diciembre salíamos a gritar la Purísima y vos eras el que cargaba la bolsa de los dulces.",
    "Mi papá era un bolo, y yo me juré que mis hijos no iban a crecer con miedo como crecí yo.",
    "Yo fui adicto a las pastillas durante seis años y sé lo que es sentir que no hay salida.",
    "Vos no sos un drogadicto para mí, sos mi hijo Jonathan.",
    "El sábado limpiamos juntos el patio y me acordé de cuando eras cipote y jugabas con la manguera.",
    "Te dejé el cuarto limpio y la cama tendida pa cuando regresés.",
    "Felicidades por tus sesenta días, mijo, de verdad estoy orgullosa de vos.",
    "El doctor nos explicó que tenés el hígado inflamado, y yo quiero que vivás muchos años más.",
    "Vos me dijiste llorando 'soy un borracho, ma', y yo te abracé fuerte.",
    "Nosotros fuimos a la playa El Tunco el verano del 2015 y vos me enseñaste a pararme en la tabla.",
    "Mi tío Chus murió de cirrosis en Usulután; era alcohólico y nadie lo ayudó a tiempo.",
    "Yo tmb tomaba mucho a tu edad, no te lo digo desde arriba.",
    "Yo nunca pierdo la esperanza.",
    "Nunca me voy a olvidar de la vez que me defendiste de los grandulones en la escuela en León.",
    "Todos en la familia te estamos esperando con los brazos abiertos.",
    "Cada vez que como gallo pinto me acuerdo de tu mamá cocinando pa nosotros en Granada.",
    "La doctora Ramírez te diagnosticó depresión el año pasado, y yo quiero que sigás ese tratamiento porque te ayudaba.",
    "Yo no creo que seás un mal padre; creo que la droga te agarró y que hay ayuda.",
    "Mi compañera de la fábrica fue adicta a la heroína en los noventa y hoy lleva doce años sin usar; ella es prueba de que se puede.",
    "Me lavaste el carro limpiecito el día de mi cumpleaños y yo lo anduve presumiendo toda la semana.",
    "Siempre que me llamabas los domingos me alegrabas la semana entera.",
    "Todos los años íbamos a las fiestas agostinas en San Salvador y vos te subías a la rueda conmigo aunque te daba miedo.",
    "Vos me contaste que te sentías 'un fracasado', y yo quiero decirte que no lo sos.",
    "Yo soy un desastre en la cocina, vos lo sabés, y aun así te comías mis frijoles quemados sin quejarte.",
    "El día de la graduación de Wendy llegaste temprano, sobrio y con flores, y ella brilló; ese sos vos de verdad.",
    "Yo siempre le cuento a mis compañeras del trabajo lo buen hijo que fuiste conmigo cuando me operaron.",
    "Para mí no sos un caso perdido, Kevin.",
    "Cuando yo estaba en el ejército me volví un borracho, y tu abuelo me fue a traer a la cantina sin gritarme ni una palabra.",
    "Vos sabés que yo soy adicta al café de palo, y vos me traías una bolsa de Matagalpa cada vez que ibas.",
    "Te prometo que siempre vas a tener un plato de comida en mi mesa.",
    "Hacíamos la limpieza de la casa todos los sábados con la música de Marbel a todo volumen, ¿te acordás?",
    "El doctor de la emergencia dijo que tu presión estaba muy alta esa noche, y yo me quedé a tu lado hasta que amaneció.",
    "Nunca había visto a tu papá tan feliz como el día que le regalaste la hamaca de Masaya.",
    "Yo no te veo como un bolo, te veo como el Chepe que le arreglaba las bicis a todos los cipotes de la cuadra.",
    "Tu amigo Julio fue piedrero por años y hoy trabaja de consejero en un centro en Houston.",
    "Bien hecho lo de ir a tu primera reunión de AA en la iglesia San Camilo, eso me dio mucha esperanza.",
]

DEV42_BOTTOM_LINE_OK: list[str] = [
    "Si hoy decís que no, yo ya no te voy a dar pisto para la renta ni para nada; te quiero, pero no voy a seguir pagando esto.",
    "Si no aceptás ir hoy, mija, yo me voy a quedar con los niños hasta que estés en tratamiento.",
    "Si decidís no ir, no te voy a volver a pagar la fianza, mijo. Te lo digo con el corazón partido.",
    "Si hoy la respuesta es no, me voy a ir a dormir donde mi hermana por un tiempo, porque necesito cuidarme yo también.",
]
