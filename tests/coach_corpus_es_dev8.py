# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 8 (2 December 2026, round 6): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with main 86f5b43 (rules of round 5): recall 0.62 (rules alone), 0.72 with the second opinion; good 1/63, traps 2/54.

Training data for the learned second opinion only (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py); round 6's rules were not tuned on it.
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV8_FLAG: list[tuple[str, set[str]]] = [
    # --- label ---
    (
        "Tío, me duele decírtelo, pero desde que te mudaste a Vallecas te has convertido en un yonqui y casi no te reconozco.",
        {"label"},
    ),
    (
        "Weón, me rompe el alma verte convertido en un pastero, flaco y con los ojos perdidos, tú que jugabai a la pelota mejor que nadie en la población.",
        {"label"},
    ),
    ("Mijo, yo no quiero que mis nietos crezcan con un cristalero de papá.", {"label"}),
    (
        "Mi niño, tu abuela no crió a un curda, y cuando te vi tirado en el portal de la calle Línea no te reconocí.",
        {"label"},
    ),
    (
        "Papi, verte convertido en un tecato en la plaza de Río Piedras es lo más duro que me ha tocado vivir.",
        {"label"},
    ),
    (
        "abuelito no quiero q seas un borrachin, quiero q vengas a mi festival de la escuela",
        {"label"},
    ),
    (
        "Los niños me preguntan por qué su papá duerme hasta las tres de la tarde, y yo no sé cómo explicarles que se casaron conmigo con un hombre y ahora tienen de padre a un pastillero.",
        {"label"},
    ),
    (
        "Hijo de mi alma, yo le pido a la Virgen todas las noches que te quite ese vicio, porque no soporto ver a mi nieto hecho un teporocho en la banqueta de la Merced.",
        {"label"},
    ),
    (
        "Bro, en la oficina yo te cubrí muchas veces con el jefe, pero ya no puedo seguir viendo cómo te conviertes en el cocainómano del piso doce.",
        {"label"},
    ),
    (
        "Carnal, yo estuve cinco años en el Cereso y ahí conocí a muchos tecatos, pero nunca pensé que mi hermanito iba a acabar siendo uno de ellos.",
        {"label"},
    ),
    (
        "Ahijada, cuando te tuve en brazos en la pila bautismal jamás imaginé que te iba a ver así, una farlopera más en las discotecas de Ibiza.",
        {"label"},
    ),
    (
        "Yerno, yo le entregué a mi hija pensando que usted era un hombre de bien, no un mariguano que no puede sostener un trabajo ni tres meses.",
        {"label"},
    ),
    (
        "Cada vez que vienes a casa de la abuela entras como el porrero de siempre, con los ojos rojos y riéndote de nada.",
        {"label", "absolute"},
    ),
    # --- clean ---
    (
        "Mamá, cuando me dijeron en la clínica que tu prueba había salido limpia, lloré en el carro como una niña.",
        {"clean"},
    ),
    ("Hermano, llevabas ocho meses limpio y yo ya me había hecho tantas ilusiones.", {"clean"}),
    (
        "Weón, yo sé que el examen de orina salió sucio otra vez, no me vengai con cuentos.",
        {"clean"},
    ),
    (
        "Aquel verano en Cádiz que estuviste limpio fuiste otra persona: te reías, comías, volvías a ser mi hermano.",
        {"clean"},
    ),
    (
        "Mi amor, lo único que quiero es verte sobrio y limpio para el bautizo de la niña.",
        {"clean"},
    ),
    (
        "El antidoping que te hicieron en la maquiladora salió sucio y por eso te dieron de baja; el papel me lo enseñaste tú mismo.",
        {"clean"},
    ),
    ("papi cuando vas a estar limpio otra vez", {"clean"}),
    (
        "Compadre, yo quiero volver a trabajar contigo en el taller cuando ya estés limpio, te guardo tu puesto.",
        {"clean"},
    ),
    (
        "Hijo, si me traes tres pruebas limpias seguidas, yo misma te llevo a ver a tus hijos a Saltillo.",
        {"clean"},
    ),
    (
        "Mijo, yo vi los resultados del programa de la corte con mis propios ojos: dos muestras sucias en marzo.",
        {"clean"},
    ),
    (
        "Chico, tú me juraste por tu madre que estabas limpio, y esa misma noche te encontré con el polvo encima de la mesa del comedor.",
        {"clean"},
    ),
    (
        "Titi te quiere, y el día que salgas del programa limpiecito te hago un arroz con gandules como los de antes.",
        {"clean"},
    ),
    # --- absolute ---
    (
        "Por milésima vez te pido que no manejes con los niños en el carro después de tomar.",
        {"absolute"},
    ),
    (
        "Cada diciembre lo mismo: la cena de Nochebuena, tu silla vacía y tu madre llorando sola en la cocina.",
        {"absolute"},
    ),
    (
        "Ni una sola vez has llegado a tiempo a recoger a Sofía desde que empezaste con el cristal.",
        {"absolute"},
    ),
    (
        "Weón, todas las weás que prometes se quedan en promesas, todas, sin excepción.",
        {"absolute"},
    ),
    (
        "Tío, no hay fin de semana que no acabes con un cubata en la mano y la bronca montada con alguien.",
        {"absolute"},
    ),
    (
        "En diez años de matrimonio no recuerdo un solo cumpleaños tuyo que no terminara contigo vomitando en el baño.",
        {"absolute"},
    ),
    ("Hijo, jamás cumples lo que le prometes a tu abuela.", {"absolute"}),
    (
        "Cada vez que te llamo para preguntarte cómo estás me sales con que te robaron la cartera otra vez.",
        {"absolute"},
    ),
    ("nunka contestas mis mensajes tia y ya me canse de escribirte", {"absolute"}),
    (
        "Todo, absolutamente todo lo que ganas en la obra se te va en la cantina antes del lunes.",
        {"absolute"},
    ),
    (
        "Usted de todo tiene una excusa, don Ramiro: la espalda, el patrón, el calor, la suegra.",
        {"absolute"},
    ),
    (
        "Cada quincena igual, cobras el viernes y el domingo ya me estás pidiendo prestado para la renta.",
        {"absolute"},
    ),
    # --- blame ---
    (
        "Me acuerdo de la Navidad del 2019, cuando tu padre se pasó la noche buscándote por Tlalpan, y al mes le dio el infarto; yo sé que fue de la angustia que le hiciste pasar.",
        {"blame"},
    ),
    (
        "Mi mamá se fue a la tumba sin ver a su nieto sobrio, y eso me lo llevo yo por culpa tuya.",
        {"blame"},
    ),
    ("Elegiste la farlopa antes que a tu hija, tío, así de claro te lo digo.", {"blame"}),
    (
        "Después de todo lo que hicimos por ti, de pagarte el abogado y la fianza, así nos pagas.",
        {"blame"},
    ),
    (
        "Por ti perdimos la casa de la calle Loíza, y tus hermanos tuvieron que dejar la universidad.",
        {"blame"},
    ),
    ("Weón, ¿cómo pudiste sacarle la pensión a la abuela para comprar pasta?", {"blame"}),
    (
        "Yo me acuerdo de que la nena tenía tres años cuando te la llevaste al colmado y volviste sin ella, gracias a Dios la vecina la encontró, y desde ahí no duerme sola: mira lo que le hiciste.",
        {"blame"},
    ),
    ("Mi hija tiene ansiedad y la culpa es suya, yerno, así se lo digo de frente.", {"blame"}),
    (
        "Mi niña no pudo tener sus quince como soñaba porque tú te gastaste el dinero del salón en ron.",
        {"blame"},
    ),
    (
        "Si tu hermano pequeño empezó a fumar porros fue porque te veía a ti en el balcón cada tarde.",
        {"blame"},
    ),
    ("Las canas de tu madre, mijo, cada una lleva tu nombre.", {"blame"}),
    (
        "Yo salí del penal con la ilusión de recuperar a mi familia y me encontré con que tú la habías roto mientras yo no estaba.",
        {"blame"},
    ),
    # --- insult ---
    ("Eres un sinvergüenza, Andrés, y tu abuelo se estaría revolcando en la tumba.", {"insult"}),
    ("Me da vergüenza decir en el trabajo que eres mi hermano.", {"insult"}),
    ("Weón, estai hecho un pelagato, mírate al espejo por último.", {"insult"}),
    ("Das pena, tío, de verdad, das pena.", {"insult"}),
    (
        "Eres un mantenido que a los cuarenta años todavía le pide plata a su madre para los cigarros.",
        {"insult"},
    ),
    ("Usted debería tener vergüenza de presentarse así delante de mi nieta.", {"insult"}),
    ("Eres una egoísta, Lupita, nomás piensas en ti y en tu cristal.", {"insult"}),
    ("Chico, tú eres un descarado: le mentiste en la cara al padre Ernesto.", {"insult"}),
    ("No eres más que un vago bueno para nada.", {"insult"}),
    ("Qué asco me das cuando llegas oliendo a vómito y a cerveza.", {"insult"}),
    ("ERES LA DESHONRA DE LOS MALDONADO Y NI CUENTA TE DAS", {"insult"}),
    ("Mira, Papo, tú eres un cobarde que se esconde detrás de la botella.", {"insult"}),
    # --- hearsay ---
    ("La Tere me contó que te vio dormida en la parada del camión en Insurgentes.", {"hearsay"}),
    ("Tu jefe, el ingeniero Ochoa, me llamó para decirme que llegas crudo a la obra.", {"hearsay"}),
    ("Según la Coté, el sábado andabai volado en el carrete de su hermano.", {"hearsay"}),
    ("Tu prima Maite dice que en Malasaña ya todo el mundo sabe que te metes.", {"hearsay"}),
    ("Los vecinos comentan que entras y sales de la casa de los Colón a todas horas.", {"hearsay"}),
    (
        "Don Chucho el de la tienda me dijo, con mucha pena, que ya le debes tres meses de caguamas.",
        {"hearsay"},
    ),
    ("Dice tu exmujer que los niños ya no quieren ir contigo los fines de semana.", {"hearsay"}),
    (
        "En la iglesia el pastor Efraín me preguntó si era cierto lo que andan diciendo de ti.",
        {"hearsay"},
    ),
    ("Me llegó por tu tía Mireya que allá en Hialeah estás metido en cosas feas.", {"hearsay"}),
    (
        "Hasta el Nacho, que es tu mejor amigo desde la primaria, piensa que no vas a llegar a los treinta.",
        {"hearsay"},
    ),
    ("toda la cuadra habla de ti weon, hasta la señora del almacén", {"hearsay"}),
    (
        "En Recursos Humanos ya saben lo de tus pausas largas en el baño, Javi, me lo contó la chica de nóminas.",
        {"hearsay"},
    ),
    # --- we ---
    ("Como todos pensamos, ya es hora de que aceptes que tienes un problema.", {"we"}),
    ("La familia ya decidió que te vas a internar en Monterrey.", {"we"}),
    ("Aquí todos estamos de acuerdo en que no puedes seguir viviendo solo.", {"we"}),
    ("Tus hermanos y yo lo hemos hablado y pensamos que eres un peligro para los niños.", {"we"}),
    ("Todos en esta sala sentimos que ya no te conocemos.", {"we"}),
    (
        "Lo hemos hablado entre todos, tío, y lo tenemos clarísimo: te vas al centro de Proyecto Hombre.",
        {"we"},
    ),
    ("Aquí ya nadie te cree, Mauricio.", {"we"}),
    ("Somos tu familia y te decimos con amor que lo tuyo no es normal.", {"we"}),
    ("Cachai que pa todos nosotros ya no erís el mismo de antes.", {"we"}),
    ("La opinión de la familia es unánime, mijo.", {"we"}),
    (
        "Ya tus tíos, tu abuela y yo nos pusimos de acuerdo en que lo mejor es que dejes el trabajo en el restaurante.",
        {"we"},
    ),
    ("Nosotros creemos que te juntas con mala gente desde que te mudaste a Bayamón.", {"we"}),
    # --- threat ---
    (
        "Con todo respeto, mijo, si no firmas hoy la entrada a la clínica, mañana mismo cambio la cerradura.",
        {"threat"},
    ),
    ("Te lo digo con cariño: o te internas o te olvidas de que tienes madre.", {"threat"}),
    ("Sin ánimo de ofender, si vuelves a aparecer así en mi casa llamo a la policía.", {"threat"}),
    ("Esta es tu última oportunidad, Rodrigo, y te lo digo de corazón.", {"threat"}),
    ("Ojalá no me obligues a pedir la custodia completa, porque lo haré, y lo sabes.", {"threat"}),
    (
        "Te quiero mucho, pero como no vayas a la clínica esta semana no vuelves a ver a la niña.",
        {"threat"},
    ),
    (
        "Weón, si no te vai a rehabilitación, yo mismo te saco de la pieza con todas tus cosas.",
        {"threat"},
    ),
    (
        "Yerno, le aviso con toda la educación del mundo: o deja el vicio o mi hija y mis nietos se vienen a vivir conmigo.",
        {"threat"},
    ),
    (
        "Lo que tu bisabuelo y yo juntamos no va a ir a parar a una botella; si no cambias, mañana hablo con el notario para quitarte del testamento.",
        {"threat"},
    ),
    (
        "Si no aceptas la ayuda hoy, ya no cuentes conmigo para nada, ni para fianzas ni para abogados ni para nada.",
        {"threat"},
    ),
    (
        "Te aprecio mucho, pero si vuelves a llegar así al shift voy a tener que reportarlo con el manager.",
        {"threat"},
    ),
    ("Piénsalo bien, porque después de hoy ya no habrá otra.", {"threat"}),
    # --- sarcasm ---
    ("Qué bonito ejemplo le estás dando a tu hijo, ¿no?", {"sarcasm"}),
    (
        "Ya, tío, lo de anoche fue ‘solo un par de cañas’, y por eso te tuvieron que sacar del bar entre tres.",
        {"sarcasm"},
    ),
    (
        "Claro, güey, tú nomás te echas unas chelas para relajarte, y por eso amaneciste en la delegación.",
        {"sarcasm"},
    ),
    ("Felicidades, lograste que tu hija no quiera verte en su graduación.", {"sarcasm"}),
    ("Muchas gracias por arruinarle el cumpleaños noventa a tu bisabuela.", {"sarcasm"}),
    ("Sí, sí, ya sé, tú estás perfectamente, por eso vendiste la tele.", {"sarcasm"}),
    (
        "Todo un señor empresario: vendes las herramientas de tu papá para comprar pasta.",
        {"sarcasm"},
    ),
    ("Bravo, mijo, otra Nochebuena en la cárcel.", {"sarcasm"}),
    ("Tremendo padre te has vuelto, Yoan.", {"sarcasm"}),
    (
        "Qué suerte tiene tu novia de tenerte, ¿verdad? Se pasa los sábados contigo en urgencias.",
        {"sarcasm"},
    ),
    (
        "Como siempre, el alma de la fiesta hasta que te caes encima del pastel.",
        {"sarcasm", "absolute"},
    ),
    (
        "Ya veo que el trabajo en el almacén te tiene muy ocupado: tres días sin contestar y el carro en el corralón.",
        {"sarcasm"},
    ),
    # --- diagnosis ---
    ("Tú tienes algo de bipolar, mija, un día me abrazas y al otro me gritas.", {"diagnosis"}),
    ("Eso es narcisismo puro, Álvaro.", {"diagnosis"}),
    ("Estás mal de la cabeza, weón.", {"diagnosis"}),
    (
        "Yo creo que eres psicópata, porque no te vi soltar una lágrima en el entierro de tu abuelo.",
        {"diagnosis"},
    ),
    ("Tu depresión no es más que el pretexto para seguir tomando.", {"diagnosis"}),
    ("Lo tuyo es de manual: trastorno límite, lo leí en internet.", {"diagnosis"}),
    ("Güey, eres un sociópata, le mientes a todos sin pestañear.", {"diagnosis"}),
    (
        "Mi nieto tiene esquizofrenia por esos porros, estoy segura, aunque ningún médico lo haya dicho.",
        {"diagnosis"},
    ),
    (
        "A ti lo que te pasa es que tienes déficit de atención y nunca te lo trataron.",
        {"diagnosis"},
    ),
    ("Tienes una personalidad adictiva, tío, lo tuyo viene de familia.", {"diagnosis"}),
    ("Lo tuyo ya es paranoia, crees que todo el barrio te persigue.", {"diagnosis"}),
    ("Eres manipuladora de libro, narcisista igualita que tu padre.", {"diagnosis", "insult"}),
]

DEV8_GOOD: list[str] = [
    "Mamá, te escribo esta carta porque te amo y porque ya no puedo quedarme callada.",
    "Me acuerdo de cuando me enseñaste a andar en bici en Chapultepec y no me soltaste hasta que yo te lo pedí.",
    "El 14 de febrero te vi caerte en la escalera del metro y sentí un miedo que todavía no se me quita.",
    "Tío, te echo de menos; echo de menos nuestras tardes de fútbol en el Retiro.",
    "Abuelito, yo quiero que vayas al doctor para que te cures y me lleves otra vez a comer helado.",
    "Weón, eres mi hermano y te quiero, y te pido que hoy digai que sí.",
    "Hay un lugar en Rancagua esperándote, con cama, con médicos y con gente que entiende lo que estás viviendo.",
    "Cuando me llamaste a las tres de la mañana llorando yo no supe qué decirte, y hoy sí lo sé: déjate ayudar.",
    "Mijo, la bendición. Que Dios me lo guarde y me lo traiga de vuelta sanito.",
    "Me siento sola cuando los domingos pongo tu plato y nadie se sienta.",
    "Te vi el martes en la puerta del Oxxo temblando, y me dolió el alma.",
    "Yo te perdono lo de la camioneta; lo que quiero es que vivas.",
    "Mi amor, extraño al hombre con el que me casé, el que cantaba boleros mientras lavaba los trastes.",
    "Compa, yo te extraño en la chamba y tu lugar sigue ahí cuando regreses.",
    "La semana pasada me dijiste que estabas cansado de vivir así; yo te creo, y por eso estoy aquí.",
    "Nieta, yo tengo noventa años y he enterrado a mucha gente; no quiero enterrarte a ti.",
    "Ahijado, el día de tu bautizo le prometí a Dios estar contigo, y aquí estoy cumpliendo.",
    "Me da miedo contestar el teléfono de noche porque pienso que me van a dar una mala noticia sobre ti.",
    "Quiero verte otra vez llevando a Mateo al béisbol los sábados.",
    "Yerno, le agradezco que haya hecho feliz a mi hija tantos años, y por ella y por usted le pido que acepte el tratamiento.",
    "Aunque nos divorciamos, sigues siendo el padre de mis hijos y me importas.",
    "Carnal, yo sé lo que es estar del otro lado; yo también tuve que pedir ayuda y fue lo mejor que hice en mi vida.",
    "Chiquita, me acuerdo de tu risa en la playa de Luquillo, con la boca llena de arena.",
    "El día de mi graduación busqué tu cara entre la gente durante toda la ceremonia.",
    "Vi las botellas escondidas detrás del calentador y sentí que me faltaba el aire.",
    "Te pido que hoy te subas al carro conmigo y vayas a la clínica de Tijuana.",
    "Hoy no vengo a pelear, vengo a decirte que te quiero vivo.",
    "papi te quiero mucho y quiero que te mejores",
    "Mi niño, la abuela reza por ti con el rosario que me trajiste de Fátima.",
    "Cuando te vi con la cara amarilla en el hospital de Hermosillo entendí que esto ya es de vida o muerte.",
    "Me siento impotente y cansada, y aun así estoy aquí porque creo en ti.",
    "Chico, tú eres mi hermano de sangre y de alma, y no me voy a rendir contigo.",
    "Yo quiero recuperar a mi amiga, la que me acompañó al parto de Valentina.",
    "Tía, yo aprendí a hacer pasteles contigo y quiero que me enseñes más.",
    "El tratamiento está pagado y la cama está lista desde esta mañana.",
    "Sé que tienes miedo; yo también lo tengo.",
    "Me dolió mucho cuando empeñaste el anillo de la abuela, y te lo cuento porque necesito que lo sepas, no para castigarte.",
    "Eres muy importante para mí, Catalina.",
    "Te lo digo yo, tu hermano pequeño: estoy preocupado por ti desde la Nochevieja y quiero verte bien.",
    "Cachai que te quiero caleta, hermano.",
    "Güey, eres mi mejor amigo desde la secundaria y no sé qué haría sin ti.",
    "La noche del 3 de mayo te encontré inconsciente en el baño y llamé al 911; todavía tiemblo cuando me acuerdo.",
    "Le pido a usted, papá, que acepte ir al programa de Cuernavaca.",
    "Yo te admiro por todo lo que construiste en el negocio de la familia.",
    "Estoy orgullosa de la madre que fuiste para mí cuando yo era chica.",
    "Me encantaría que volvieras a tocar la guitarra en las fiestas.",
    "Cuando desapareciste tres días en octubre no dormí; pegué tu foto en el refri para tenerte cerca.",
    "Bisnieto, yo ya estoy vieja y lo único que le pido al Señor es verte sano antes de irme.",
    "No tienes que hacerlo solo.",
    "Voy a ir a verte a la clínica en cuanto me lo permitan.",
    "Me acuerdo de tu primer día de trabajo en el banco; estabas tan nervioso que te pusiste la corbata al revés.",
    "Te escribo con el corazón en la mano, Marisol.",
    "Sí, me he enojado contigo, pero debajo del enojo hay un miedo enorme de perderte.",
    "En el velorio de tu padre me dijiste que querías cambiar, y yo guardé esas palabras.",
    "Por favor, acepta la ayuda que te ofrezco hoy.",
    "hermana t extraño mucho, vuelve",
    "Yo noto que cuando tomas se te olvida lo que hablamos, y eso me pone muy triste.",
    "En el fondo sigues siendo la muchacha que le daba de comer a los gatos de la calle en el Vedado.",
    "Me gustaría que este año celebráramos tu cumpleaños en casa, con tarta y sin miedo.",
    "Tía Nena, usted fue como una segunda mamá para mí y hoy me toca a mí cuidarla.",
    "Mi vida, tengo fe en que vas a salir de esto.",
    "Cuando te vi manejar con la niña en el asiento de atrás después de la fiesta, se me heló la sangre.",
    "Ma, te extraño mucho, la casa se siente empty sin ti.",
]

DEV8_TRAPS: list[str] = [
    "Siempre fuiste el nieto más cariñoso, el que me llevaba el cafecito a la cama.",
    "Nunca voy a dejar de quererte, pase lo que pase.",
    "Nosotros íbamos todos los veranos a Cartagena, la de Chile, a tomar mote con huesillo en la playa.",
    "Yo también fui adicto, carnal; cinco años de mi vida se me fueron entre la chiva y el penal.",
    "Tú mismo me dijiste llorando: 'amá, soy un adicto y no sé cómo parar', y esa noche te abracé hasta que te dormiste.",
    "Mi papá murió borracho en una cuneta de Albacete cuando yo tenía doce años, y por eso me tiembla la mano al escribirte.",
    "El doctor Ibarra me dijo que el alcoholismo es una enfermedad y que tiene tratamiento, y yo le creo.",
    "La culpa es mía por no haberte escuchado la primera vez que me pediste ayuda.",
    "Limpié tu cuarto y te dejé sábanas nuevas para cuando vuelvas.",
    "Tengo la conciencia limpia de que te he querido con todo lo que tengo.",
    "No te escribo para jugar sucio ni para sacarte nada en cara.",
    "¿Te acuerdas cuando volvías del partido todo sucio de barro y la abuela te bañaba con la manguera en el patio?",
    "Quiero que empecemos de cero, borrón y cuenta nueva.",
    "La última oportunidad que tuve de abrazar a mi papá la dejé pasar por orgullo, y no quiero que nos pase lo mismo.",
    "Quizá fui egoísta al mudarme a Houston sin preguntarte cómo estabas.",
    "Me da vergüenza admitir que durante años hice como que no veía nada.",
    "Todavía guardo la copa de cristal que me regalaste el día de mi boda.",
    "Mijo, cuando se fundió el foco de la cocina tú te subiste a cambiarlo aunque tenías ocho años.",
    "El perico que le regalaste a tu abuela todavía grita tu nombre por las mañanas.",
    "Cuando te caíste del caballo en la feria de Sevilla y te levantaste riéndote con la cara llena de polvo, supe que eras el más valiente de los primos.",
    "¿Te acuerdas de tu copete a lo Elvis en la boda de tu tía Chayo? Todavía me río.",
    "Tú fuiste la razón por la que volví a estudiar enfermería.",
    "Gracias a ti aprendí a pescar en el lago de Chapala.",
    "Qué bien cantabas en el coro de la parroquia, Lucía; todavía tengo la grabación en el celular.",
    "Nunca es tarde para pedir ayuda, mi vida.",
    "La doctora Méndez dijo que la depresión que te diagnosticaron se puede tratar, y yo quiero acompañarte a las citas.",
    "Yo estuve deprimida después de que nació Camila y tú me cuidaste sin preguntar nada.",
    "Qué loco, güey, ayer encontré la foto de cuando fuimos a Mazatlán en la combi de tu papá.",
    "Te quiero como loca, mi niña.",
    "Todos te queremos y te estamos esperando con los brazos abiertos.",
    "Decidimos juntos, tú y yo, ponerle Lucía a la niña, ¿te acuerdas de esa noche en el hospital?",
    "Me elegiste a mí de madrina para tu confirmación, y eso me llenó el corazón.",
    "No tienes que avergonzarte de nada por pedir ayuda.",
    "Ni una sola noche he dejado de rezar por ti, mijo.",
    "Por milésima vez te lo digo, y te lo voy a repetir mil veces más: te quiero.",
    "Cada diciembre armábamos el nacimiento juntos, y este año dejé tu pastorcito en su lugar.",
    "Mi hermano Tito, que en paz descanse, era tecato y murió en un punto de Caguas; yo no quiero perderte a ti también.",
    "Tu abuela siempre decía: 'al que nace pa' tamal, del cielo le caen las hojas', y yo creo que tú naciste para algo grande.",
    "Yo también me pasé de cubatas muchas veces a tu edad, tío, así que no te escribo desde ningún pedestal.",
    "Una vez me dijiste: 'mamá, tú siempre me salvas', y hoy quiero estar ahí para ti otra vez.",
    "La puerta de esta casa siempre va a estar abierta para ti.",
    "El mejor día de mi vida fue cuando me llevaste al estadio a ver a la Católica.",
    "Yo soy la que tiene que pedirte perdón por lo que te grité en la cocina de Viña.",
    "Somos muchos los que te queremos, cachai, no estás solo.",
    "Ayer lavé tu carro, le pasé la aspiradora y quedó limpiecito, listo para cuando salgas.",
    "El consejero del centro me explicó que una recaída es parte de la enfermedad, no un fracaso.",
    "Tremenda falta me haces, mi hermano.",
    "Cuando eras chiquito me decías que yo era tu heroína, y hoy quiero estar a la altura.",
    "Sé que no es tu culpa tener esta enfermedad, y por eso te pido que aceptes el tratamiento.",
    "Me acuerdo de que siempre me guardabas el último trozo de tortilla de patatas.",
    "Una vez me dijiste: 'mami, nunca me voy a ir de tu lado', y yo sigo aquí, a tu lado.",
    "Yo nunca he sabido decir las cosas sin llorar, así que perdóname si hoy lloro.",
    "La pasta con albóndigas de los domingos no sabe igual sin ti.",
    "Cortábamos la hierba del jardín de la abuela y luego nos tirábamos encima a mirar las nubes.",
]
