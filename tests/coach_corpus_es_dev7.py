# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 7 (2 December 2026): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with the rules of round 5 and the learned second opinion
(main 86f5b43): recall 0.77 rules alone, 0.83 rules and model; good 0/62, traps 6/54 (5/54 rules alone).

In the rules' development split (tests/test_coach_es.py), with development batches 5 and 6, and
training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
"""

from __future__ import annotations

DEV7_FLAG: list[tuple[str, set[str]]] = [
    # --- label ---
    (
        "Carlos, llevo once años trabajando contigo en el taller de Hialeah y te aprecio como a un hermano, pero no puedo seguir viendo cómo un borracho maneja la grúa de la empresa mientras mis muchachos trabajan alrededor.",
        {"label"},
    ),
    (
        "abuelito te quiero muchisimo y me encanta cuando me llevas al parque pero ya no quiero tener un abuelo borrachito que se queda dormido en el sillon con la tele prendida",
        {"label"},
    ),
    (
        "Mija, yo te recibí en esta familia con los brazos abiertos el día que te casaste con mi Ernesto, y me duele en el alma que mis nietos tengan ahora una mamá pastillera que no se levanta ni para darles el desayuno.",
        {"label"},
    ),
    (
        "Compa, desde que bautizamos juntos a tu Juanito te he tenido como a un hermano, y por eso te lo digo derecho: te estás volviendo un tecato y ya no te reconozco.",
        {"label"},
    ),
    (
        "Yo sé lo que es porque lo viví veinte años, hijo, así que créeme cuando te digo que eres un adicto igualito que lo fui yo, y que negarlo solo te va a hundir más.",
        {"label"},
    ),
    (
        "Yo te crié sola, mi amor, trabajando doble turno en la factoría de Bayamón, y jamás me imaginé que mi nene iba a terminar de piedrero en la misma esquina donde aprendió a correr bicicleta.",
        {"label"},
    ),
    (
        "Fuiste uno de los alumnos más brillantes que tuve en el instituto de Tegucigalpa, ganaste la olimpiada de matemáticas con catorce años, y me cuesta aceptar que aquel muchacho ande hoy de marihuano por la colonia sin rumbo.",
        {"label"},
    ),
    (
        "Vos sos mi hermano y te banco a muerte, pero sos un falopero, Nico, y no hay otra forma de decirlo.",
        {"label"},
    ),
    (
        "Mijo, usted era el alma de la finca y de todas las fiestas de diciembre, pero ahora es un vicioso, y a mí se me parte el corazón de verlo llegar así.",
        {"label"},
    ),
    (
        "bro te quiero un monton pero ya pareces un junkie de esos del downtown y me da miedo",
        {"label"},
    ),
    (
        "Mi niña, tú sabes que tu madre te adora, pero una alcohólica no puede cuidar sola a un bebé de seis meses.",
        {"label"},
    ),
    (
        "Cuando te veo sentado en la puerta de la casa con los ojos rojos pienso que mi hijo se ha vuelto un fumón, y me pongo a rezar.",
        {"label"},
    ),
    # --- clean ---
    (
        "Te quiero de vuelta en la oficina, Ramiro, y la puerta sigue abierta, pero necesito que primero estés limpio por lo menos noventa días.",
        {"clean"},
    ),
    (
        "Aquel verano que estuviste limpia en casa de mi hermana en Tulancingo, los niños volvieron a reír en el patio, tú volviste a cocinar los domingos y yo, por fin, volví a dormir tranquila.",
        {"clean"},
    ),
    (
        "Me acuerdo de cada uno de mis días sin tomar, mijo, y sueño con el día en que me llames para decirme que ya llevas un mes limpio.",
        {"clean"},
    ),
    (
        "La prueba de orina que te hicieron en el hospital salió sucia otra vez, y yo me quedé en el estacionamiento llorando una hora antes de poder manejar.",
        {"clean"},
    ),
    (
        "ya llevas cuanto limpio?? xq la semana pasada te vi bien raro en la fiesta de la Yesi",
        {"clean"},
    ),
    (
        "Mi amor, no te pido que seas perfecto, solo que te mantengas limpio para que podamos volver a ir juntos a misa los domingos.",
        {"clean"},
    ),
    (
        "Todavía me acuerdo de lo orgulloso que estabas cuando saliste limpio en el antidoping del equipo, y quiero volver a ver esa sonrisa.",
        {"clean"},
    ),
    (
        "abuelita yo te extraño mucho y mi mami me dijo que ya no estas limpia y por eso no podemos ir a tu casa los sabados",
        {"clean", "hearsay"},
    ),
    (
        "Desde que saliste sucio en la prueba del oficial de libertad condicional casi no te veo, y cuando te veo no me miras a los ojos.",
        {"clean"},
    ),
    (
        "Yo te echo la mano con lo que haga falta, compadre, pero primero tienes que pasar las pruebas limpio, y ahí sí te vuelvo a prestar la camioneta.",
        {"clean"},
    ),
    (
        "El día que salgas del centro limpia y sobria te voy a estar esperando afuera con tus girasoles, como el día que te graduaste de enfermera.",
        {"clean"},
    ),
    (
        "Desde que dejaste de estar limpio, tu hermano deja la luz del cuarto prendida toda la noche porque no puede dormir.",
        {"clean"},
    ),
    # --- absolute ---
    (
        "Te he dado oportunidad tras oportunidad, y cada viernes de pago desapareces dos días y vuelves con la misma excusa del estómago.",
        {"absolute"},
    ),
    (
        "Mi hija te ha esperado despierta tantas noches con la cena tapada en la estufa, y tú siempre llegas oliendo a cerveza y con una historia distinta.",
        {"absolute"},
    ),
    (
        "Ni una sola vez has llegado a la hora a recoger a tu hijo desde que empezaste con esas pastillas, y él se queda mirando por la ventana.",
        {"absolute"},
    ),
    (
        "Compadre, en todas las carnes asadas de este año terminaste a los golpes con alguien, y la última fue con mi cuñado delante de mis hijos.",
        {"absolute"},
    ),
    ("abuelo tu nunca te acuerdas de lo que me prometes cuando tomas", {"absolute"}),
    (
        "Nunca cumpliste ni uno solo de los planes que hicimos para tu examen de admisión, y aun así yo seguí creyendo en ti.",
        {"absolute"},
    ),
    (
        "Todo lo que sale de tu boca desde hace dos años es mentira, hijo, y lo sé porque yo también mentía así.",
        {"absolute"},
    ),
    (
        "Cada vez que te prestamos plata, al otro día no tenés ni para el colectivo y nadie sabe adónde fue a parar.",
        {"absolute"},
    ),
    ("SIEMPRE es lo mismo contigo, dices q vas a cambiar y al otro dia otra vez", {"absolute"}),
    (
        "Me acuerdo con tanto cariño de las tardes pescando en el lago de Amatitlán, de tus chistes malos y de cómo me enseñaste a amarrar el anzuelo, y me pregunto en qué momento empezaste a escoger la botella todas las veces que te necesitábamos.",
        {"absolute", "blame"},
    ),
    (
        "Jamás has reconocido que tienes un problema con la coca, ni siquiera cuando te encontré tirado en el baño del restaurante.",
        {"absolute"},
    ),
    (
        "Mija, usted no ha ido a ni una sola reunión de padres en la escuela de la Valentina en todo el año, y la niña la busca con los ojos cada vez que se abre la puerta.",
        {"absolute"},
    ),
    # --- blame ---
    (
        "Por tu culpa perdimos el contrato con la constructora de Monterrey, y tuve que despedir a dos personas que tenían familia.",
        {"blame"},
    ),
    (
        "Mi hija está enferma de los nervios por tu culpa, y yo la veo adelgazar cada semana sin poder hacer nada.",
        {"blame"},
    ),
    (
        "Después de todo lo que sacrifiqué para que estudiaras, de las horas extras y los fines de semana limpiando oficinas en Newark, así me pagas, sacándome de la cartera el dinero de la renta para comprar piedra.",
        {"blame"},
    ),
    (
        "Mi comadre llora todas las noches y eso es culpa tuya, compadre, no del trago ni de la mala suerte.",
        {"blame"},
    ),
    (
        "abuela como pudiste olvidarte de mi cumpleaños de 12 si te lo recorde toda la semana",
        {"blame"},
    ),
    (
        "Tu madre pasó sus últimos meses en el hospital de Hermosillo preguntando por ti cada mañana, y yo creo, hijo, que esa angustia que le diste le quitó años de vida.",
        {"blame"},
    ),
    (
        "Escogiste a esos amigos del barrio y la marihuana antes que tu beca, y con eso le rompiste el corazón a tu madre.",
        {"blame"},
    ),
    ("Mira lo que le hiciste a tu hermanito: ahora tiene miedo de dormir solo.", {"blame"}),
    ("Vos sos la razón por la que papá no quiere venir más a los asados, y lo sabés.", {"blame"}),
    ("x tu culpa la abuela tuvo q vender el carro", {"blame"}),
    (
        "Cuando éramos chiquitos tú me cargabas en los hombros en la feria de San Marcos y yo me sentía la niña más segura del mundo, pero ahora mis hijos no pueden ir a casa de su tío por lo que tú decidiste hacer con tu vida, y eso me lo quitaste tú.",
        {"blame"},
    ),
    (
        "Por andar apostando y tomando en el casino de Lake Elsinore perdimos la casa de Perris, y los niños tuvieron que cambiarse de escuela a mitad de año.",
        {"blame"},
    ),
    # --- insult ---
    (
        "Me da vergüenza que los clientes te vean llegar así, con la camisa sucia y oliendo a alcohol, porque pareces un irresponsable, y yo sé que eres mucho más que eso.",
        {"insult"},
    ),
    (
        "Eres una egoísta, mija, y perdóname que te lo diga así, pero alguien tenía que decírtelo.",
        {"insult"},
    ),
    ("Deberías tener vergüenza de que tus hijos te vean en ese estado.", {"insult"}),
    (
        "Te has vuelto un bueno para nada, compadre, y me duele decirlo porque eras el mejor albañil de todo Zacatecas.",
        {"insult"},
    ),
    ("abuelo das pena cuando te caes en la calle y la gente se te queda viendo", {"insult"}),
    (
        "Eres un cobarde, hijo, porque esconderse en el cristal es lo más fácil del mundo, y yo lo sé mejor que nadie.",
        {"insult"},
    ),
    (
        "Y a veces, que Dios me perdone, me das asco, y luego me siento la peor madre del mundo por sentirlo.",
        {"insult"},
    ),
    (
        "Qué desperdicio de talento, muchacho; qué lástima que una cabeza como la tuya se esté pudriendo entre pastillas.",
        {"insult"},
    ),
    ("Sos un desastre, boludo, y te lo digo con todo el amor del mundo.", {"insult"}),
    ("eres un mantenido y un mentiroso y ya me canse", {"insult"}),
    (
        "Te recuerdo cantando en el coro de la parroquia de San Judas con tu camisita blanca, y cuando veo al hombre patético que se queda tirado en el sofá con el celular lleno de apuestas, me pregunto qué pasó con aquel niño.",
        {"insult"},
    ),
    (
        "Tu abuelo trabajó la tierra en Ayacucho para que tú tuvieras otra vida, y ahora eres una deshonra para su memoria.",
        {"insult"},
    ),
    # --- hearsay ---
    (
        "Los muchachos del turno de noche me contaron que te vieron tomando en la bodega antes de subirte al montacargas.",
        {"hearsay"},
    ),
    (
        "Toda la familia en Guadalajara ya sabe lo de tus pastillas, y mis hermanas me preguntan en cada llamada si es cierto que ya no te levantas de la cama.",
        {"hearsay"},
    ),
    (
        "Mi vieja dice que te vio saliendo del bar de la Cuarta a las once de la mañana, y que ni la saludaste.",
        {"hearsay"},
    ),
    ("mis primos dicen que tu hueles raro y que por eso ya no te abrazan", {"hearsay"}),
    (
        "Tu entrenador me comentó que ya no vas a los entrenamientos y que te han visto con gente del barrio de abajo.",
        {"hearsay"},
    ),
    (
        "Tu padrino de Alcohólicos Anónimos, el de Tijuana, me llamó para decirme que dejaste de ir a las juntas hace tres meses.",
        {"hearsay"},
    ),
    (
        "La vecina del 4B me dijo que entran y salen hombres de tu apartamento a todas horas.",
        {"hearsay"},
    ),
    (
        "En el barrio todos comentan que andás vendiendo las cosas de la abuela para comprar merca.",
        {"hearsay"},
    ),
    ("la tia rosa me conto q le pediste plata otra vez y q le mentiste en la cara", {"hearsay"}),
    (
        "Siempre voy a agradecerte que me enseñaras a manejar en el estacionamiento de la iglesia, con toda tu paciencia, y por eso me dolió tanto cuando el pastor me contó que te habían sacado tambaleándote de ese mismo estacionamiento.",
        {"hearsay"},
    ),
    (
        "En la oficina se comenta que ya no eres una persona confiable, y eso me parte el alma.",
        {"hearsay"},
    ),
    (
        "Tu ex me mandó un text diciendo que no has mandado el child support desde marzo y que los niños ya ni preguntan por ti.",
        {"hearsay"},
    ),
    # --- we ---
    (
        "Ramiro, le tengo mucho aprecio y por eso le digo que todos aquí en la oficina pensamos que usted necesita tomarse un tiempo para atenderse, antes de que pase algo grave con la maquinaria.",
        {"we"},
    ),
    (
        "La familia ya decidió que tú no vuelves a manejar con los niños en el carro hasta que te recuperes.",
        {"we"},
    ),
    (
        "Aquí entre todos los compas ya lo platicamos y estamos de acuerdo en que tienes un problema serio con el perico.",
        {"we"},
    ),
    ("todos en la casa creemos que ya no debes tomar abuelo", {"we"}),
    (
        "Los profesores que te conocimos desde primero coincidimos en que te has convertido en otra persona.",
        {"we"},
    ),
    (
        "Tus hermanos, tu mamá y yo lo hemos hablado mucho, y todos sentimos que ya no podemos creerte nada.",
        {"we"},
    ),
    ("Mi mamá, tus tías y yo estamos de acuerdo: tú necesitas internarte ya.", {"we"}),
    (
        "Acá todos pensamos lo mismo, Fede: que estás tapando todo con el porro y que te estás perdiendo.",
        {"we"},
    ),
    ("todos sabemos q no estas bien no te hagas", {"we"}),
    (
        "Hemos compartido tantas Navidades en casa de la abuela Chayo, con los tamales y el ponche de tejocote, y por eso esta vez la familia entera ha llegado a la misma conclusión: que tú necesitas ayuda profesional ya.",
        {"we"},
    ),
    (
        "Ya hablamos todos y quedamos en que el lunes temprano te llevamos al centro de tratamiento de Riverside.",
        {"we"},
    ),
    (
        "Aquí en la casa todos opinamos, mijo, que usted ya perdió el control con el aguardiente.",
        {"we"},
    ),
    # --- threat ---
    (
        "Si el lunes no te presentas en el programa de ayuda al empleado, no te molestes en regresar al taller.",
        {"threat"},
    ),
    (
        "Y si vuelves a tomarte una sola pastilla delante de mis nietos, te juro por la Virgen que me los llevo a Puebla y no los vuelves a ver.",
        {"threat"},
    ),
    (
        "Con todo respeto y con todo el cariño que te tengo, te aviso que si hoy no aceptas ir, mañana mismo hablo con un abogado para quedarme con la custodia.",
        {"threat"},
    ),
    (
        "Esta es la última vez que te busco, compadre; si no vas, ahí muere nuestra amistad.",
        {"threat"},
    ),
    ("si no dejas de tomar abuelo ya no te voy a volver a hablar", {"threat"}),
    (
        "Te lo digo como alguien que estuvo ahí: o entras hoy al programa o te olvidas de que tienes padre.",
        {"threat"},
    ),
    (
        "Si no vas, cambio la cerradura, y el viernes tus cosas van a estar en bolsas negras en el porche.",
        {"threat"},
    ),
    (
        "Te advierto que si no te presentas al tratamiento, yo mismo informaré a la dirección y perderás la beca.",
        {"threat"},
    ),
    ("Es tu última oportunidad, Juli; después de esto no cuentes más conmigo.", {"threat"}),
    ("o te internas o me largo con los niños y no me buscas mas", {"threat"}),
    (
        "Te quiero con toda el alma y me acuerdo cada día de nuestro viaje a Cartagena, de la arena tibia y de tu risa en la muralla, pero si no aceptas la ayuda esta tarde voy a pedir el divorcio, porque ya no me queda otra.",
        {"threat"},
    ),
    (
        "Espero que comprenda que, de no aceptar este tratamiento, la empresa se verá obligada a tomar medidas que ninguno de los dos desea.",
        {"threat"},
    ),
    # --- sarcasm ---
    ("Felicidades, Ramiro, este mes llegaste a tiempo una vez.", {"sarcasm"}),
    (
        "Qué buen ejemplo les das a tus hijos, mija, durmiendo hasta las tres de la tarde con la botella al lado de la almohada.",
        {"sarcasm"},
    ),
    (
        "Bonito padrino resultaste, compadre: ni al bautizo llegaste en tus cinco sentidos.",
        {"sarcasm"},
    ),
    (
        "gracias abuelo por arruinar la fiesta de quince de mi prima Kenia, todos bailando y tu tirado en el pasto",
        {"sarcasm"},
    ),
    (
        "Muy bien, mijo, de verdad, muy bien: vendiste el Xbox de tu hermano por veinte dólares para tus pastillas.",
        {"sarcasm"},
    ),
    (
        "Claro, tú lo tienes todo bajo control, igualito que lo tenía yo cuando choqué la troca en el 98.",
        {"sarcasm"},
    ),
    (
        "Excelente manera de usar tu inteligencia: inventando excusas más elaboradas que tus ensayos de literatura.",
        {"sarcasm"},
    ),
    ("Bárbaro, che, otro cumpleaños de mamá que te perdés por estar de gira.", {"sarcasm"}),
    (
        "wow q orgullo tener un hermano q sale en el periodico x chocar borracho contra la cerca de la escuela",
        {"sarcasm"},
    ),
    (
        "Me acuerdo de cuando me leías cuentos antes de dormir haciendo todas las voces de los personajes, y pienso en lo bien que te salió el papel de papá el sábado pasado, cuando te quedaste dormido en la tribuna durante el partido de Sebastián.",
        {"sarcasm"},
    ),
    ("Sí, claro, seguro que esta vez sí era la última raya.", {"sarcasm"}),
    (
        "Todo un campeón, hermano: tres días desaparecido en Las Vegas con la tarjeta de mamá y ni un mensajito para decir que estabas vivo.",
        {"sarcasm"},
    ),
    # --- diagnosis ---
    (
        "Yo no soy médico, pero lo tuyo ya es bipolaridad, Ramiro: un día eres el mejor supervisor de la planta y al otro le gritas a todo el mundo.",
        {"diagnosis"},
    ),
    ("Mija, tú eres una narcisista, todo tiene que girar alrededor de ti.", {"diagnosis"}),
    (
        "Compa, tú estás deprimido desde que enterramos a tu papá en Jerez, eso es clarito, y por eso te refugias en la caguama.",
        {"diagnosis"},
    ),
    (
        "abuela yo creo que tienes algo en la cabeza como esquizofrenia porque hablas sola en la cocina",
        {"diagnosis"},
    ),
    (
        "Hijo, además del trago tú tienes otra cosa: eres un sociópata que manipula a cualquiera para conseguir lo que quiere.",
        {"diagnosis"},
    ),
    (
        "Esa depresión de la que tanto hablas es puro cuento para que yo te tenga lástima.",
        {"diagnosis"},
    ),
    (
        "Desde la secundaria mostrabas rasgos clarísimos de un trastorno límite de la personalidad, y las drogas solo lo empeoraron.",
        {"diagnosis"},
    ),
    ("Sos un psicópata, Martín, no sentís culpa por nada.", {"diagnosis"}),
    ("ya se q tienes ansiedad pero eso no es excusa pa meterte tanto xanax", {"diagnosis"}),
    (
        "Cuando te veo con mis nietos en el parque de Chapultepec, tan cariñoso y tan paciente, me cuesta creer que seas la misma persona que revisa mi bolsa buscando dinero; yo ya creo que lo tuyo es un trastorno paranoide.",
        {"diagnosis"},
    ),
    ("Lo tuyo con el juego es un trastorno obsesivo, Beto, eso no es normal.", {"diagnosis"}),
    (
        "Eres un manipulador de libro, de esos que salen en los documentales de psicópatas.",
        {"diagnosis"},
    ),
]

DEV7_GOOD: list[str] = [
    "Ramiro, te escribo no como tu jefe sino como alguien que te aprecia después de once años trabajando hombro con hombro.",
    "El jueves pasado te vi temblando mientras firmabas la hoja de entrada, y me preocupé mucho por ti.",
    "Quiero que sepas que tu puesto en el taller te está esperando y que el seguro de la empresa cubre tu tratamiento.",
    "Compadre, me acuerdo de la noche en que nació tu Juanito y lloramos los dos en el pasillo del hospital de Santa Ana.",
    "Te quiero, compa, y te necesito de vuelta.",
    "Mija, cuando llegaste a esta familia me enseñaste a hacer pupusas de loroco, y extraño mucho aquellas tardes en tu cocina.",
    "El domingo en la mañana te vi dormida en el sillón con los zapatos puestos y a la niña tratando de despertarte, y sentí un miedo que no sé explicar.",
    "abuelito te quiero mucho mucho y quiero que vuelvas a llevarme por helado de fresa los domingos",
    "me da miedo cuando te caes en la cocina y no te puedes levantar",
    "yo te hice este dibujo de nosotros en la playa de Rosarito para que lo lleves contigo al hospital",
    "Te recuerdo en la primera fila, con la mano levantada antes de que yo terminara la pregunta.",
    "Cuando supe lo que estabas pasando sentí una tristeza enorme, y también la esperanza de que todavía estás a tiempo.",
    "Mi amor, yo te crié sola y fuiste mi compañero en todo, hasta en las noches en que no teníamos luz y cenábamos con velas.",
    "El 3 de marzo abrí la puerta de tu cuarto y te encontré con los labios morados; llamé al 911 con las manos temblando y todavía sueño con eso.",
    "Te pido que hoy aceptes ir al programa en Phoenix; ya hay una cama esperándote y yo te llevo personalmente.",
    "Hijo, yo pasé por este mismo infierno, y pedir ayuda fue lo más difícil y lo mejor que hice en mi vida.",
    "No te escribo desde arriba, sino desde el mismo lugar donde yo estaba parado hace quince años.",
    "Me duele ver en tus ojos el mismo cansancio que yo veía en el espejo.",
    "Quiero acompañarte a tu primera junta, si tú me lo permites.",
    "Te quiero, hermano, y te extraño un montón; extraño los mates en el balcón de Almagro y las charlas hasta las cuatro de la mañana.",
    "El sábado te vi tan flaco cuando bajaste del colectivo que por un segundo no te reconocí, y me dio mucho miedo.",
    "Mijo, yo lo quiero con toda mi alma y le pido por favor que se deje ayudar.",
    "Cuando usted me llamó a las tres de la mañana llorando desde la terminal de Medellín, yo sentí que se me iba la vida.",
    "te amo hermanita y quiero q vuelvas a ser tu, yo te acompaño a la cita del lunes",
    "me preocupo mucho x ti, no duermo bien desde q te vi en el hospital",
    "Me siento impotente cuando te veo rascándote los brazos hasta sacarte sangre.",
    "Gracias por defenderme en la escuela cuando los más grandes se burlaban de mi acento.",
    "Quiero que mis hijos conozcan al tío divertido que me enseñó a nadar en el río Lempa.",
    "Ya hablé con la clínica de San Antonio y tienen lugar para ti esta misma tarde.",
    "Por favor, acepta esta ayuda; no tienes que hacerlo solo.",
    "Te amo.",
    "Dios te bendiga, mijito, y que la Virgencita te acompañe en este camino.",
    "Cada noche prendo una veladora por ti frente a la imagen de San Judas Tadeo.",
    "Cuando encontré las botellas vacías escondidas detrás del calentador, sentí que se me cerraba la garganta.",
    "Me asusté muchísimo cuando encontré las jeringas en la caja de zapatos de tu clóset.",
    "Extraño tu risa, esa carcajada que se oía desde la calle.",
    "Estimado Ramiro: le escribo con el respeto y el afecto que le tengo desde el primer día en que entró a la empresa.",
    "Usted es un hombre valioso y yo quiero verlo sano.",
    "Perdóname por las veces que no supe qué decirte y me quedé callada.",
    "No tengo todas las respuestas, pero sé que te quiero y que quiero verte bien.",
    "Mi amor, I miss you so much; extraño cuando cocinábamos juntos los viernes en el apartamento de Queens.",
    "El día de la graduación de Daniela te busqué entre la gente y no te encontré, y me sentí muy sola.",
    "Te vi salir del baño del restaurante con la nariz sangrando y me quedé paralizada.",
    "Se me rompe el corazón cuando veo tu silla vacía en la mesa.",
    "Quiero recuperar a mi hermano.",
    "Si aceptas, yo me encargo del perro y de tus plantas mientras estás en el centro.",
    "Sé que eres capaz de grandes cosas porque lo vi con mis propios ojos durante tres años de clases.",
    "Me encantaría volver a leer tus cuentos, esos que escribías en el cuaderno verde.",
    "Guardé en el congelador el mole de tu abuela para cuando regreses.",
    "abuela yo quiero que vengas a mi graduacion de sexto y que estes bien",
    "Te escribo esta carta con mucho amor y con mucho miedo al mismo tiempo.",
    "Hace dos semanas te vi manejar con los niños atrás después de haber tomado en la carne asada, y no he podido dejar de pensar en eso.",
    "Estoy orgulloso de ti por haber venido hoy a escucharme.",
    "Mi sobriedad empezó con un sí muy chiquito, y hoy te pido que tú digas ese mismo sí.",
    "Ojalá podamos volver a pescar en el lago de Chapala cuando salgas.",
    "Me preocupan tu hígado, tu corazón, tu salud; quiero que vivas muchos años.",
    "Quiero que recibas la ayuda que mereces, y quiero estar a tu lado mientras la recibes.",
    "Cuando te vi en el cumpleaños de Sofía con las pupilas chiquititas y hablando arrastrado, me fui al carro a llorar.",
    "Hoy te pido, de corazón, que te subas conmigo al carro y vayamos juntos al centro de tratamiento.",
    "Me acuerdo de cuando levantamos la barda de mi casa en Fontana, tú con tu radio a todo volumen y yo cargando bloques.",
    "Tqm primo, cuenta conmigo pa lo q sea.",
    "TE AMO MUCHO TIO Y TE ESPERO PARA JUGAR FUT",
]

DEV7_TRAPS: list[str] = [
    "Siempre fuiste el primero en llegar cuando se me descomponía el carro en la carretera de Laredo, y eso nunca lo voy a olvidar.",
    "Mi esposo y yo decidimos convertir el cuarto de atrás de nuestra casa en un espacio para ti, por si quieres quedarte con nosotros cuando salgas del programa.",
    "El doctor Méndez me dijo en el hospital: “La adicción es una enfermedad del cerebro, no una falta de voluntad”, y esas palabras cambiaron mi manera de verte.",
    "La culpa es mía por no haberme dado cuenta antes de lo mucho que estabas sufriendo.",
    "Este fin de semana limpié tu cuarto, lavé tus sábanas y dejé la ventana abierta para que entre el sol cuando regreses.",
    "Yo también fui un borracho, hijo, durante veinte años, y nadie tuvo que gritarme para que entendiera; me tuvieron que querer.",
    "Tú mismo me dijiste aquella noche en la cocina: “Ma, soy adicto y no sé cómo parar”, y yo te abracé y te prometí que iba a buscar ayuda.",
    "Nunca voy a dejar de quererte, pase lo que pase.",
    "Eres la razón por la que me levanto cada mañana con ganas de trabajar.",
    "Me acuerdo de cuando llegabas todo sucio de lodo después de los partidos en la cancha de la colonia, y yo fingía regañarte mientras me reía.",
    "Gracias por haber sido el mejor padrino que mi hijo pudo tener; de verdad, gracias.",
    "Mi papá era alcohólico y murió solo en un cuarto de hotel en Ciudad Juárez, y yo no quiero que tú cargues con esa misma historia.",
    "Nosotros siempre íbamos a Mazatlán en Semana Santa, y tú eras el que armaba la carpa y prendía el fuego.",
    "Mi abuela decía que todos los caminos llevan a casa, y yo creo que este también.",
    "Fui egoísta durante mucho tiempo, pensando solo en mi trabajo, y no vi que me necesitabas.",
    "Quiero que empieces con la hoja limpia: sin deudas conmigo, sin rencores, sin nada pendiente.",
    "Nunca me voy a olvidar de tu cara el día que te dieron la medalla al mejor alumno de la generación.",
    "La trabajadora social dijo que las familias que participan en el tratamiento ayudan muchísimo a la recuperación, y yo quiero ser parte de eso.",
    "El médico de urgencias me dijo esa noche que llegaste a tiempo, y yo le di gracias a Dios de rodillas en la capilla.",
    "Todos los veranos íbamos juntos a la feria de Puyallup y siempre me ganabas el peluche más grande.",
    "Estoy loca de contenta de pensar que mañana podrías estar empezando una vida nueva.",
    "Eras un adicto a los crucigramas del periódico y a las telenovelas de las nueve, y yo te molestaba por eso.",
    "Tu tío Beto contaba chistes sucios en las bodas y tú eras el único que se atrevía a contarlos todavía más pelados.",
    "Yo sé lo que es ser adicta, porque yo también lo fui, y sé que de esto se sale.",
    "Tú siempre has sido el más generoso de los hermanos, el que le prestaba la bicicleta a todo el barrio.",
    "Desde que te fuiste a Dallas mi casa está limpia y ordenada, pero muy callada, y extraño el ruido de tu música.",
    "Quiero ser honesto: tengo miedo, y la culpa por haberte dado dinero sin preguntar es solo mía.",
    "Tu hermana dijo anoche algo muy bonito: que todavía guarda la carta que le escribiste cuando se fue a la universidad.",
    "Jamás he conocido a alguien con un corazón tan grande como el tuyo.",
    "Nosotros no somos perfectos, y yo menos que nadie, pero te queremos con todo lo que tenemos.",
    "Nuestra empresa siempre ha apoyado a su gente en los momentos difíciles, y contigo no va a ser diferente.",
    "Nunca es tarde para empezar de nuevo; eso me lo enseñaste tú cuando volviste a estudiar a los cuarenta.",
    "Mi madrina siempre decía “el que persevera alcanza”, y yo lo sigo creyendo por ti.",
    "abuelita tu siempre me haces los mejores tamales del mundo y nunca se te olvida ponerles pasas a los mios",
    "El juez dijo en la audiencia que, si completas el programa, tu caso se puede cerrar, y yo salí del juzgado con esperanza.",
    "Por tu culpa me volví aficionada al béisbol, y ahora no me pierdo un partido de los Dodgers.",
    "Cuando la enfermera me dijo que ya habías despertado, lloré de alivio en el pasillo.",
    "Tú elegiste ser enfermera porque querías cuidar a la gente, y yo quiero que ahora te dejes cuidar tú.",
    "Yo escogí quedarme a tu lado, y lo volvería a escoger mil veces.",
    "Ayer lavé tu carro, le limpié los asientos y le colgué el aromatizante de vainilla que te gusta, para que lo encuentres listo.",
    "Mi primo Toño, que lleva seis años sobrio, me dijo que le gustaría platicar contigo cuando tú quieras, sin presiones.",
    "Recuerdo que siempre me decías “mija, tú puedes con todo”, y hoy te lo quiero decir yo a ti.",
    "Se me hace una locura que ya tengas cuarenta años; para mí sigues siendo el niño que se escondía debajo de la mesa.",
    "Cada vez que escucho una canción de Los Bukis me acuerdo de ti cantando en la cocina con el trapo en el hombro.",
    "Quiero que sepas que tu cuarto siempre va a estar aquí, limpio y esperándote.",
    "En Al-Anon aprendí que yo no causé tu enfermedad, que no la puedo controlar y que no la puedo curar.",
    "El psiquiatra del centro dijo que la ansiedad que sientes tiene tratamiento, y eso me dio mucha esperanza.",
    "Muchas gracias, de corazón, por haber cuidado a mi mamá cuando yo estuve internado el año pasado.",
    "No hay un solo día en que no piense en ti con cariño.",
    "Yo era un vicioso de las maquinitas en el casino de Laughlin, y tú fuiste quien me llevó a mi primera junta de Jugadores Anónimos.",
    "Me dio mucha risa cuando la maestra dijo en la junta que eras el más platicador y a la vez el más brillante del salón.",
    "Te vi tan contento la semana que anduviste en la limpieza del parque con los voluntarios de la iglesia.",
    "Después de todo este tiempo, sigo pensando que eres la mejor persona que conozco.",
    "Qué orgullo tan grande sentí cuando te vi subir al escenario a recibir tu diploma de técnico.",
]
